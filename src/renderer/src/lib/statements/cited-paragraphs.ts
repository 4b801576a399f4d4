/**
 * The paragraphs of the meeting summary a statement cites, and the cited quotation Insert quote
 * puts in a statement. Citations are read as the session notes read them (the same pattern), but
 * a statement lists its paragraphs in the order it cites them, and a range ("paras. 45–47") cites
 * every paragraph in it: the list is the statement's sources, read in the order they are spoken.
 */
import type { Annotation } from '../annotations/annotation'
import { citation } from '../document/citation'
import { meetingDocument } from '../document/meeting-text'
import { inlineText } from '../brief/markdown-escape'
import { citationPattern } from '../session-notes/cited-paragraphs'

/** A number, and what joins it to the one before (a range's dash or "to", or a list's comma). */
const numberInList = /(–|-|\bto\b)?\s*(\d{1,4})/gu

/**
 * The paragraphs `text` cites ("(para. 58)", "(paras. 45–47)", "paras. 12, 14 and 17"), each
 * once, in the order first cited; numbers that are not paragraphs (0, or above `paragraphCount`)
 * are left out, and a range is cut to the paragraphs that exist.
 */
export function statementCitedParagraphs(
  text: string,
  paragraphCount: number = meetingDocument.paragraphs.length
): number[] {
  const cited = new Set<number>()
  const add = (paragraph: number) => {
    if (paragraph >= 1 && paragraph <= paragraphCount) cited.add(paragraph)
  }
  for (const match of text.matchAll(citationPattern)) {
    let previous: number | null = null
    for (const [, range, digits] of match[1].matchAll(numberInList)) {
      const paragraph = Number(digits)
      if (range && previous !== null && paragraph > previous) {
        const last = Math.min(paragraph, paragraphCount)
        for (let next = previous + 1; next <= last; next++) add(next)
      } else add(paragraph)
      previous = paragraph
    }
  }
  return [...cited]
}

/**
 * The Markdown Insert quote puts in a statement for a highlight or a note: the passage it is on
 * (or, for a note on a whole paragraph, `paragraphText`) in quotation marks, escaped so that it
 * shows as written, then its citation: “early warning systems” (para. 58). Without a passage or
 * a paragraph's text, the citation alone.
 */
export function quoteForStatement(
  annotation: Pick<Annotation, 'paragraph' | 'target'>,
  paragraphText = ''
): string {
  const quoted = inlineText(annotation.target?.quote.exact ?? paragraphText)
  const cited = `(${citation(annotation.paragraph)})`
  return quoted === '' ? cited : `“${quoted}” ${cited}`
}
