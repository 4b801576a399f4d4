/**
 * Follows which paragraph the reader is on as they scroll, among the paragraphs a filter shows,
 * for the current paragraph (see current-paragraph.ts) and for reopening the app where they
 * stopped.
 */
import type { KeyValueStore } from '../storage/key-value-store'
import { shownParagraphFrom } from './reading-markers'
import { loadReadingPosition, readingPositionKey, saveReadingPosition } from './reading-position'

/** A heading or paragraph on screen, and the paragraph it stands for. */
interface ShownMarker {
  element: HTMLElement
  paragraph: number
}

/** How long scrolling must pause before the position is written to storage. */
const saveDelayMs = 250

/** The paragraph at the reading line: just below the toolbar, at the top of the view. */
export class ReadingTracker {
  /** The paragraph the reader is on. */
  current = $state(1)
  #markers: HTMLElement[] = []
  /** The markers on screen under the filter, in document order. */
  #shown: ShownMarker[] = []
  #visible: ReadonlySet<number> | null = null
  #readingLine: () => number
  #store: () => KeyValueStore
  #paragraphCount: number
  /** Where the position of the document followed is kept. */
  #key = readingPositionKey
  #frame = 0
  #saveTimer: ReturnType<typeof setTimeout> | undefined

  /**
   * @param store where the position is kept; a function, because no storage exists yet when
   *   the pane is rendered ahead of time at build
   * @param readingLine the distance from the top of the viewport at which a paragraph counts as
   *   being read (the toolbar's height plus a little)
   */
  constructor(store: () => KeyValueStore, paragraphCount: number, readingLine: () => number) {
    this.#store = store
    this.#paragraphCount = paragraphCount
    this.#readingLine = readingLine
  }

  /** The paragraph saved when the app was last open, if any. */
  saved(): number | null {
    return loadReadingPosition(this.#store(), this.#paragraphCount, this.#key)?.paragraph ?? null
  }

  /**
   * Follows another document of the library from its start: `paragraphCount` paragraphs long,
   * its position kept under `key`. Call between stopping and following again.
   */
  reopen(key: string, paragraphCount: number): void {
    this.#key = key
    this.#paragraphCount = paragraphCount
    this.#visible = null
    this.current = 1
  }

  /**
   * Starts following the window's scrolling; returns a stop function. `markers` are the
   * paragraphs and headings in document order, each with `data-paragraph` (for a heading, the
   * first paragraph of its section), so a section jumped to counts as being read.
   */
  follow(markers: HTMLElement[]): () => void {
    this.#markers = markers
    this.#shown = this.#shownMarkers()
    const onScroll = () => {
      if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.#update())
    }
    const saveNow = () => this.#save()
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('pagehide', saveNow)
    this.#update()
    return () => {
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('pagehide', saveNow)
      cancelAnimationFrame(this.#frame)
      this.#save()
    }
  }

  /**
   * Follows the paragraphs a filter shows (null: all of them), once the pane has hidden the
   * others and the sections left empty.
   */
  show(visible: ReadonlySet<number> | null): void {
    this.#visible = visible
    this.#shown = this.#shownMarkers()
    if (this.#markers.length > 0) this.#update()
  }

  /** The markers neither hidden themselves nor inside a hidden section. */
  #shownMarkers(): ShownMarker[] {
    const shown: ShownMarker[] = []
    for (const element of this.#markers) {
      if (this.#visible !== null && element.closest('[hidden]')) continue
      // The attribute rather than `dataset`, which makes an object per element at the start.
      const marked = Number(element.getAttribute('data-paragraph'))
      const paragraph = shownParagraphFrom(marked, this.#visible)
      if (paragraph !== null) shown.push({ element, paragraph })
    }
    return shown
  }

  #update(): void {
    this.#frame = 0
    // A filter showing nothing leaves the reader where they were.
    if (this.#shown.length === 0) return
    const line = this.#readingLine()
    // Markers are in document order, so the last one whose top has passed the line is found
    // by binary search: a handful of layout reads per frame however long the document is.
    let low = 0
    let high = this.#shown.length - 1
    let found = 0
    while (low <= high) {
      const middle = (low + high) >> 1
      if (this.#shown[middle].element.getBoundingClientRect().top <= line) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    const number = this.#shown[found]?.paragraph ?? 1
    if (number !== this.current) {
      this.current = number
      clearTimeout(this.#saveTimer)
      this.#saveTimer = setTimeout(() => this.#save(), saveDelayMs)
    }
  }

  #save(): void {
    clearTimeout(this.#saveTimer)
    saveReadingPosition(this.#store(), { paragraph: this.current }, this.#key)
  }
}
