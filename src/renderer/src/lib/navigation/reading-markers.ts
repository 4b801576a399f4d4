/**
 * Which paragraph each marker of the reading position stands for once a filter hides some: a
 * paragraph for itself, a heading for the first paragraph shown in its section.
 */

/**
 * The paragraph a marker stands for: `marked` (its `data-paragraph`, for a heading the first
 * paragraph of its section) when every paragraph shows, else the first shown at or after it;
 * null if none is.
 */
export function shownParagraphFrom(
  marked: number,
  visible: ReadonlySet<number> | null
): number | null {
  if (visible === null || visible.has(marked)) return marked
  let first: number | null = null
  for (const number of visible)
    if (number > marked && (first === null || number < first)) first = number
  return first
}
