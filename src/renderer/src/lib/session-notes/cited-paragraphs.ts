/**
 * The paragraphs that a note's body cites, as delegates write them ("para. 47", "paras. 12, 14
 * and 17", "paragraph 3", "¶ 9", "E/CN.7/2024/99, para. 3"), so the editor can offer each one.
 */
import {
  documentCitation,
  documentCitationMatches,
  type CitedParagraph
} from '../library/document-citation'
import type { LibraryEntry } from '../library/library-document'

/**
 * The paragraphs of the library's `documents` that `markdown` cites, each once, at most `limit`
 * of them: by document in the library's order, then in ascending order. A citation naming no
 * document is of the shipped summary; one naming a document the library does not hold, and
 * numbers that are not paragraphs of their document, are left out.
 */
export function noteCitations(
  markdown: string,
  documents: readonly LibraryEntry[],
  limit = 20
): CitedParagraph[] {
  const order = new Map(documents.map((document, index) => [document.id, index]))
  const cited = new Map<string, CitedParagraph & { order: number }>()
  for (const { documentId, numbers } of documentCitationMatches(markdown, documents)) {
    const index = documentId === null ? undefined : order.get(documentId)
    if (index === undefined) continue
    const document = documents[index]
    for (const paragraph of numbersIn(numbers)) {
      const key = `${document.id}\u0000${paragraph}`
      if (paragraph < 1 || paragraph > document.meeting.paragraphs.length || cited.has(key))
        continue
      const citation = documentCitation(document, paragraph)
      cited.set(key, { documentId: document.id, paragraph, citation, order: index })
    }
  }
  return [...cited.values()]
    .sort((a, b) => a.order - b.order || a.paragraph - b.paragraph)
    .slice(0, limit)
    .map(({ documentId, paragraph, citation }) => ({ documentId, paragraph, citation }))
}

/** The numbers of a citation's list: "12, 14 and 17" → 12, 14, 17 (a range's ends only). */
function numbersIn(numbers: string): number[] {
  return (numbers.match(/\d+/gu) ?? []).map(Number)
}
