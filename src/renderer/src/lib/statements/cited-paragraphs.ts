/**
 * The paragraphs of the library's documents a statement cites, and the cited quotation Insert
 * quote puts in a statement. Citations are read as the session notes read them (the same
 * pattern, the same document names), but a statement lists its paragraphs in the order it cites
 * them, and a range ("paras. 45–47") cites every paragraph in it: the list is the statement's
 * sources, read in the order they are spoken.
 */
import type { Annotation } from '../annotations/annotation'
import { citation } from '../document/citation'
import { meetingDocument } from '../document/meeting-text'
import { inlineText } from '../brief/markdown-escape'
import {
  documentCitation,
  documentCitationMatches,
  type CitedParagraph
} from '../library/document-citation'
import { shippedEntry, type LibraryEntry } from '../library/library-document'

/** A number, and what joins it to the one before (a range's dash or "to", or a list's comma). */
const numberInList = /(–|-|\bto\b)?\s*(\d{1,4})/gu

/**
 * The paragraphs `text` cites ("(para. 58)", "(paras. 45–47)", "paras. 12, 14 and 17",
 * "(E/CN.7/2024/99, para. 3)"), each once, in the order first cited, among the paragraphs of
 * `documents` (the library; the shipped summary alone unless given). A citation naming no
 * document is of the shipped summary; one naming a symbol the library does not hold is left out,
 * as are numbers that are not paragraphs of their document (0, or above its last), and a range is
 * cut to the paragraphs that exist.
 */
export function statementCitations(
  text: string,
  documents: readonly LibraryEntry[] = [shippedEntry(meetingDocument)]
): CitedParagraph[] {
  const byId = new Map(documents.map((document) => [document.id, document]))
  const cited = new Map<string, CitedParagraph>()
  for (const { documentId, numbers } of documentCitationMatches(text, documents)) {
    const document = documentId === null ? undefined : byId.get(documentId)
    if (!document) continue
    const paragraphCount = document.meeting.paragraphs.length
    const add = (paragraph: number) => {
      const key = `${document.id}\u0000${paragraph}`
      if (paragraph >= 1 && paragraph <= paragraphCount && !cited.has(key)) {
        const citation = documentCitation(document, paragraph)
        cited.set(key, { documentId: document.id, paragraph, citation })
      }
    }
    let previous: number | null = null
    for (const [, range, digits] of numbers.matchAll(numberInList)) {
      const paragraph = Number(digits)
      if (range && previous !== null && paragraph > previous) {
        const last = Math.min(paragraph, paragraphCount)
        for (let next = previous + 1; next <= last; next++) add(next)
      } else add(paragraph)
      previous = paragraph
    }
  }
  return [...cited.values()]
}

/**
 * The Markdown Insert quote puts in a statement for a highlight or a note: the passage it is on
 * (or, for a note on a whole paragraph, `paragraphText`) in quotation marks, escaped so that it
 * shows as written, then its citation (`paragraphCitation`, "para. 58" unless given; a quote from
 * another document names it: "E/CN.7/2024/99, para. 3"): “early warning systems” (para. 58).
 * Without a passage or a paragraph's text, the citation alone.
 */
export function quoteForStatement(
  annotation: Pick<Annotation, 'paragraph' | 'target'>,
  paragraphText = '',
  paragraphCitation = citation(annotation.paragraph)
): string {
  const quoted = inlineText(annotation.target?.quote.exact ?? paragraphText)
  const cited = `(${paragraphCitation})`
  return quoted === '' ? cited : `“${quoted}” ${cited}`
}
