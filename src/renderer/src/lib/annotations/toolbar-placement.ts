/**
 * Where the toolbar for a selected passage goes: just above the passage's first line, or below
 * its last line when there is no room above, centred on that line and kept inside the window.
 */

/** A box on screen, in CSS pixels from the window's top left (a DOMRect has it). */
export interface ScreenBox {
  top: number
  left: number
  right: number
  bottom: number
}

/** A width and a height, in CSS pixels. */
export interface ScreenSize {
  width: number
  height: number
}

/** The first and last line of a selected passage on screen (the same box for one line). */
export interface PassageLines {
  first: ScreenBox
  last: ScreenBox
}

/** Where to put the toolbar, and on which side of the passage it went. */
export interface ToolbarPlacement {
  top: number
  left: number
  side: 'above' | 'below'
}

/** The space left between the passage and the toolbar, and between the toolbar and the edges. */
export const toolbarGap = 8

/**
 * Where a toolbar of `toolbar` size goes for `passage` in a window of `viewport` size: above the
 * first line if it fits there under `topInset` (what stays over the text, such as the app's
 * own toolbar), else below the last line; centred on that line; never outside the window.
 */
export function placeToolbar(
  passage: PassageLines,
  toolbar: ScreenSize,
  viewport: ScreenSize,
  topInset = 0
): ToolbarPlacement {
  const above = passage.first.top - toolbarGap - toolbar.height
  const side = above >= topInset + toolbarGap ? 'above' : 'below'
  const line = side === 'above' ? passage.first : passage.last
  const wanted = side === 'above' ? above : line.bottom + toolbarGap
  const top = clamp(wanted, toolbarGap, viewport.height - toolbarGap - toolbar.height)
  const centred = (line.left + line.right) / 2 - toolbar.width / 2
  const left = clamp(centred, toolbarGap, viewport.width - toolbarGap - toolbar.width)
  return { top: Math.round(top), left: Math.round(left), side }
}

/** `value` within `low` and `high`; `low` if they cross (a window smaller than the toolbar). */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high))
}
