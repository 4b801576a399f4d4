/**
 * What an address asks the reference pane to show: a document of the library and, if the address
 * names one that exists, a paragraph of it; or, for a document not in the library, a plain notice
 * while the pane keeps what it shows. Pure, so the rules are tested without a window.
 */
import {
  addressTarget,
  shippedDocumentId,
  type AddressTarget,
  type LibraryEntry
} from './library-document'

/** The notice for an address naming a document the library does not hold. */
export const unknownDocumentNotice = 'That document is not in your library.'

/** What to do with an address once its document has been looked up. */
export type DocumentOpening =
  { ok: true; entry: LibraryEntry; paragraph: number | null } | { ok: false; notice: string }

/**
 * Opens `entry` (undefined: the address named a document not in the library) at the paragraph
 * the address names, or at its start where it names none or one the document does not have.
 */
export function documentOpening(
  target: AddressTarget,
  entry: LibraryEntry | undefined
): DocumentOpening {
  if (!entry || entry.id !== target.documentId) return { ok: false, notice: unknownDocumentNotice }
  const count = entry.meeting.paragraphs.length
  const paragraph =
    target.paragraph !== null && target.paragraph >= 1 && target.paragraph <= count
      ? target.paragraph
      : null
  return { ok: true, entry, paragraph }
}

/**
 * The address of a document other than the shipped summary, which only the library can open;
 * null for the summary's own addresses ("#para-N", which the window follows itself) and anything
 * that is not an address.
 */
export function libraryAddressTarget(hash: string): AddressTarget | null {
  const target = addressTarget(hash)
  return target && target.documentId !== shippedDocumentId ? target : null
}

/** The storage key of a document's reading position; the shipped summary keeps its own. */
export function readingPositionKeyOf(documentId: string, summaryKey: string): string {
  return documentId === shippedDocumentId
    ? summaryKey
    : `${summaryKey}:${encodeURIComponent(documentId)}`
}
