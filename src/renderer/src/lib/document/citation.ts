/**
 * How a paragraph of the meeting document is cited: the one spelling used by every panel, the
 * search results and the brief, so that a delegate reads and searches for the same words.
 */

/** The citation of a paragraph as delegates write it: "para. 47". */
export function citation(paragraph: number): string {
  return `para. ${paragraph}`
}

/** What goes before paragraph numbers: "para." before one, "paras." before several. */
export function citationAbbreviation(count: number): string {
  return count === 1 ? 'para.' : 'paras.'
}

/** Paragraph numbers as a list: "27, 42, 64, 75". */
export function paragraphList(paragraphs: readonly number[]): string {
  return paragraphs.join(', ')
}

/** The citation of several paragraphs: "para. 53" for one, "paras. 27, 42, 64, 75" for more. */
export function paragraphsCitation(paragraphs: readonly number[]): string {
  return `${citationAbbreviation(paragraphs.length)} ${paragraphList(paragraphs)}`
}

/** The citation of a run of paragraphs: "para. 53" if it is one, "paras. 45–66" otherwise. */
export function rangeCitation(first: number, last: number): string {
  return first === last ? citation(first) : `paras. ${first}–${last}`
}

/**
 * The citation of a paragraph of a document that may have a symbol: "E/CN.7/2024/99, para. 3"
 * for an imported document with one, "para. 3" for the shipped summary (which has none) as ever.
 */
export function citationIn(symbol: string | null, paragraph: number): string {
  return symbol ? `${symbol}, ${citation(paragraph)}` : citation(paragraph)
}

/**
 * A citation as delegates write it: a citation word or sign, then one number or a list of them
 * ("para. 47", "paras. 12, 14 and 17", "paragraph 3", "¶ 9"); group 1 holds the numbers and what
 * joins them. Session notes and statements read citations with it (see
 * library/document-citation.ts for the document a citation names).
 */
export const citationPattern =
  /(?:\bparas?\.?|\bparagraphs?|¶)\s*(\d{1,4}(?:\s*(?:,|and|&|–|-|to)\s*\d{1,4})*)/giu
