/**
 * Which paragraphs the reference pane shows: the delegate's filter and the paragraphs it leaves,
 * followed as the filter or the annotations change. It loads with the notes (no filter can be set
 * before them), so that the start of the reference pane carries none of the filtering code.
 */
import type { MeetingDocument } from '../document/meeting-document'
import {
  emptyFilter,
  isFilterEmpty,
  visibleParagraphs,
  type FilteredAnnotation,
  type FilterResult,
  type ParagraphFilter
} from './paragraph-filter'

/** The paragraphs shown: `visible` is null when the filter shows them all. */
export type ShownParagraphs = { visible: null; hiddenCount: 0 } | FilterResult

export class ReadingFilter {
  /** The delegate's filter; every paragraph shows until they set one. */
  filter = $state.raw<ParagraphFilter>(emptyFilter())
  readonly #meeting: Pick<MeetingDocument, 'paragraphs'>
  readonly #annotations: () => readonly FilteredAnnotation[]
  /** The paragraphs the filter leaves, and how many it hides. */
  readonly shown: ShownParagraphs = $derived.by(() =>
    isFilterEmpty(this.filter)
      ? { visible: null, hiddenCount: 0 }
      : visibleParagraphs(this.#meeting, this.#annotations(), this.filter)
  )

  /**
   * @param meeting the document whose paragraphs are filtered
   * @param annotations the delegate's annotations as they are now (read again as they change)
   */
  constructor(
    meeting: Pick<MeetingDocument, 'paragraphs'>,
    annotations: () => readonly FilteredAnnotation[]
  ) {
    this.#meeting = meeting
    this.#annotations = annotations
  }

  /** Shows every paragraph again. */
  clear(): void {
    this.filter = emptyFilter()
  }

  /** Shows only the paragraphs of one speaker, whatever was filtered before. */
  showSpeaker(speaker: string): void {
    this.filter = { ...emptyFilter(), speakers: [speaker] }
  }
}
