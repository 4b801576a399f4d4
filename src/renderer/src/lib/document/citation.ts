/**
 * How a paragraph of the meeting document is cited: the one spelling used by every panel, the
 * search results and the brief, so that a delegate reads and searches for the same words.
 */

/** The citation of a paragraph as delegates write it: "para. 47". */
export function citation(paragraph: number): string {
  return `para. ${paragraph}`
}
