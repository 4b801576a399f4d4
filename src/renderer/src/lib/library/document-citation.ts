/**
 * How a paragraph of any document in the library is cited, so that the brief, statements and
 * session notes name the same document the same way: by its symbol ("E/CN.7/2024/99, para. 3"),
 * by its title where it was issued without one ("Notes from the capital, para. 2"), and the
 * shipped summary as it always has been ("para. 3").
 */
import { citationIn } from '../document/citation'
import { shippedDocumentId, type LibraryEntry } from './library-document'

/**
 * What names a document before "para.": its symbol; its title when it has none (a bare "para. 2"
 * would read as the shipped summary's); null for the shipped summary.
 */
export function citedDocumentName(
  entry: Pick<LibraryEntry, 'id' | 'title' | 'symbol'>
): string | null {
  if (entry.id === shippedDocumentId) return null
  return entry.symbol || entry.title.trim() || null
}

/** The citation of paragraph `paragraph` of `entry`: "E/CN.7/2024/99, para. 3", "para. 3". */
export function documentCitation(
  entry: Pick<LibraryEntry, 'id' | 'title' | 'symbol'>,
  paragraph: number
): string {
  return citationIn(citedDocumentName(entry), paragraph)
}
