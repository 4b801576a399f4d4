/**
 * Which paragraph the delegate is working on, the one rule the status line, the outline's "you
 * are here" and the palette's "Annotate the current paragraph (N)" all follow: the paragraph
 * they act on, not whichever one happens to sit at the top of the window.
 */
import { countOf } from '../ui/wording'

/** What tells which paragraph the delegate is on; null where a signal says nothing now. */
export interface WorkSignals {
  /** The paragraph the annotation editor is open on. */
  editing: number | null
  /** The paragraph holding the text selection. */
  selected: number | null
  /** The paragraph holding keyboard focus, while it is on screen. */
  focused: number | null
  /** The paragraph last jumped to (a link, Go to paragraph, a search result), while on screen. */
  jumpedTo: number | null
  /** The paragraph at the reading line, just below the toolbar: where the reader has scrolled. */
  reading: number
}

/**
 * The current paragraph: the editor's, else the selected one, else the focused one, else the
 * one just jumped to, else the reading position.
 */
export function currentParagraph(signals: WorkSignals): number {
  return (
    signals.editing ?? signals.selected ?? signals.focused ?? signals.jumpedTo ?? signals.reading
  )
}

/**
 * The status line's words for the current paragraph: "Paragraph 47 of 87", and under a filter
 * how many it shows, "Paragraph 14 of 87 · 4 paragraphs shown".
 */
export function paragraphStatus(
  current: number,
  paragraphCount: number,
  shownCount: number | null
): string {
  const where = `Paragraph ${current} of ${paragraphCount}`
  return shownCount === null ? where : `${where} · ${countOf(shownCount, 'paragraph')} shown`
}
