/**
 * Where focus goes when a panel that took it closes (the annotation editor): back to where it was
 * opened from, so a keyboard user carries on from there rather than from the top of the page.
 */

/** What is asked of an element focus may return to (an HTMLElement has it). */
export interface FocusOrigin {
  readonly isConnected: boolean
  /** No boxes: the element is hidden (display: none, or inside a hidden paragraph). */
  getClientRects(): { readonly length: number }
  focus(options?: FocusOptions): void
}

/**
 * Focuses `origin` if it is still on the page and shown; otherwise `fallback()` (the paragraph the
 * panel was about, when its button or highlight went with a Delete). Returns what was focused.
 */
export function returnFocus<T extends FocusOrigin>(
  origin: T | null,
  fallback: () => T | null
): T | null {
  const target = origin && isShown(origin) ? origin : fallback()
  if (!target || !isShown(target)) return null
  target.focus({ preventScroll: false })
  return target
}

function isShown(element: FocusOrigin): boolean {
  return element.isConnected && element.getClientRects().length > 0
}
