/**
 * The paragraphs of the meeting summary that a note's body cites, as delegates write them
 * ("para. 47", "paras. 12, 14 and 17", "paragraph 3", "¶ 9"), so the editor can offer each one.
 */

/**
 * A citation word or sign, then one number or a list of them; group 1 holds the numbers and what
 * joins them. Statements read citations the same way (statements/cited-paragraphs.ts).
 */
export const citationPattern =
  /(?:\bparas?\.?|\bparagraphs?|¶)\s*(\d{1,4}(?:\s*(?:,|and|&|–|-|to)\s*\d{1,4})*)/giu

/**
 * The paragraphs `markdown` cites, in ascending order, each once, at most `limit` of them.
 * Numbers below 1, and above `paragraphCount` when it is given, are not paragraphs and are left out.
 */
export function citedParagraphs(
  markdown: string,
  paragraphCount = Number.POSITIVE_INFINITY,
  limit = 20
): number[] {
  const cited = new Set<number>()
  for (const match of markdown.matchAll(citationPattern)) {
    for (const digits of match[1].match(/\d+/gu) ?? []) {
      const paragraph = Number(digits)
      if (paragraph >= 1 && paragraph <= paragraphCount) cited.add(paragraph)
    }
  }
  return [...cited].sort((a, b) => a - b).slice(0, limit)
}
