/**
 * How a paragraph of any document in the library is cited, so that the brief, statements and
 * session notes name the same document the same way: by its symbol ("E/CN.7/2024/99, para. 3"),
 * by its title where it was issued without one ("Notes from the capital, para. 2"), and the
 * shipped summary as it always has been ("para. 3"); and how such citations are read back.
 */
import { citationIn, citationPattern } from '../document/citation'
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

/** A paragraph of a document of the library, as a text cites it. */
export interface CitedParagraph {
  documentId: string
  paragraph: number
  /** How it is cited: "para. 58", "E/CN.7/2024/99, para. 3". */
  citation: string
}

/** A document as citations name it. */
export type CitableDocument = Pick<LibraryEntry, 'id' | 'title' | 'symbol'>

/** A citation read in a text: the document it names and its numbers as written. */
export interface DocumentCitationMatch {
  /**
   * The document cited: one of the library's by its symbol or title, the shipped summary when
   * none is named, or null for a symbol the library does not hold.
   */
  documentId: string | null
  /** The numbers and what joins them, as written: "3", "45–47", "12, 14 and 17". */
  numbers: string
}

/**
 * A UN document symbol as printed: capitals, then one or more parts after slashes
 * ("E/CN.7/2024/99", "A/RES/78/1", "UNODC/CND/2024/CRP.1").
 */
export const documentSymbolSource = '[A-Z][A-Z0-9]*(?:/[A-Za-z0-9.-]*[A-Za-z0-9])+'

/** A symbol ending the text before a citation, with the comma after it: "E/CN.7/2024/99, ". */
const symbolBefore = new RegExp(`(?:^|[^\\p{L}\\p{N}/])(${documentSymbolSource}),?\\s*$`, 'u')

/** How far before a citation its document's name is looked for. */
const nameReach = 300

/**
 * The citations in `text` ("para. 58", "E/CN.7/2024/99, paras. 3–4", "Notes from the capital,
 * para. 2"), in order, each with the document it names among `documents` (see
 * {@link DocumentCitationMatch}); what counts as a citation is `citationPattern`, as session
 * notes and statements read it.
 */
export function documentCitationMatches(
  text: string,
  documents: readonly CitableDocument[]
): DocumentCitationMatch[] {
  const bySymbol = new Map<string, string>()
  const titled: { title: string; id: string }[] = []
  for (const document of documents) {
    const name = citedDocumentName(document)
    if (name === null) continue
    if (document.symbol) bySymbol.set(document.symbol, document.id)
    else titled.push({ title: name, id: document.id })
  }
  // The longest title first, so that "Notes from the capital (2)" is not read as "… capital".
  titled.sort((a, b) => b.title.length - a.title.length)
  const matches: DocumentCitationMatch[] = []
  for (const match of text.matchAll(citationPattern)) {
    const before = text.slice(Math.max(0, match.index - nameReach), match.index)
    matches.push({ documentId: documentNamedBefore(before, bySymbol, titled), numbers: match[1] })
  }
  return matches
}

function documentNamedBefore(
  before: string,
  bySymbol: ReadonlyMap<string, string>,
  titled: readonly { title: string; id: string }[]
): string | null {
  const symbol = symbolBefore.exec(before)
  if (symbol) return bySymbol.get(symbol[1]) ?? null
  const named = before.replace(/,?\s*$/u, '')
  for (const { title, id } of titled) if (named.endsWith(title)) return id
  return shippedDocumentId
}
