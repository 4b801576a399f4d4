/**
 * Which paragraphs the reference pane shows: the delegate's filter and the paragraphs it leaves,
 * followed as the filter or the annotations change, plus any paragraph a link led to that the
 * filter hides. It loads with the notes (no filter can be set before them), so that the start of
 * the reference pane carries none of the filtering code.
 */
import type { MeetingDocument } from '../document/meeting-document'
import {
  emptyFilter,
  isFilterEmpty,
  revealedParagraphNotice,
  sectionsWithoutShownParagraphs,
  showingAlso,
  visibleParagraphs,
  type FilteredAnnotation,
  type FilterResult,
  type ParagraphFilter
} from './paragraph-filter'

/** The paragraphs shown: `visible` is null when the filter shows them all. */
export type ShownParagraphs = { visible: null; hiddenCount: 0 } | FilterResult

export class ReadingFilter {
  #filter = $state.raw<ParagraphFilter>(emptyFilter())
  /** Paragraphs shown in addition to the filter's, because a link or Go to paragraph led there. */
  #revealed = $state.raw<readonly number[]>([])
  readonly #meeting: Pick<MeetingDocument, 'paragraphs' | 'sections'>
  readonly #annotations: () => readonly FilteredAnnotation[]
  /** The paragraphs the filter leaves (and those revealed), and how many it hides. */
  readonly shown: ShownParagraphs = $derived.by(() => {
    if (isFilterEmpty(this.#filter)) return { visible: null, hiddenCount: 0 }
    const result = visibleParagraphs(this.#meeting, this.#annotations(), this.#filter)
    return showingAlso(result, this.#revealed, this.#meeting.paragraphs.length)
  })
  /** The sections with no paragraph shown, whose headings the pane leaves out. */
  readonly emptySections: ReadonlySet<string> = $derived.by(() =>
    sectionsWithoutShownParagraphs(this.#meeting.sections, this.shown.visible)
  )

  /**
   * @param meeting the document whose paragraphs are filtered
   * @param annotations the delegate's annotations as they are now (read again as they change)
   */
  constructor(
    meeting: Pick<MeetingDocument, 'paragraphs' | 'sections'>,
    annotations: () => readonly FilteredAnnotation[]
  ) {
    this.#meeting = meeting
    this.#annotations = annotations
  }

  /** The delegate's filter; every paragraph shows until they set one. */
  get filter(): ParagraphFilter {
    return this.#filter
  }

  /** Sets the filter; paragraphs revealed under the previous one are hidden again if it does. */
  set filter(filter: ParagraphFilter) {
    this.#filter = filter
    this.#revealed = []
  }

  /** The paragraphs shown although the filter hides them, in document order. */
  get revealed(): readonly number[] {
    return this.#revealed
  }

  /** Shows every paragraph again. */
  clear(): void {
    this.filter = emptyFilter()
  }

  /** Shows only the paragraphs of one speaker, whatever was filtered before. */
  showSpeaker(speaker: string): void {
    this.filter = { ...emptyFilter(), speakers: [speaker] }
  }

  /**
   * Shows paragraph `number` in addition to the filter's, if the filter hides it, and returns
   * what to tell the delegate; null if it was shown already.
   */
  reveal(number: number): string | null {
    const { visible } = this.shown
    if (visible === null || visible.has(number)) return null
    this.#revealed = [...this.#revealed, number].sort((a, b) => a - b)
    return revealedParagraphNotice(number, this.#filter)
  }
}
