/**
 * The stable addresses that Web Annotation exports give each document of the library as their
 * targets' source, and the document an imported annotation's source names. A document has no URL
 * of its own that every copy shares, so each is a URN built from what identifies it:
 *
 * - the shipped summary: the meeting and the date the summary was issued
 *   (`urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16`, as before the library);
 * - an imported document with a symbol: its first symbol, which every copy of a UN document is
 *   cited by, `urn:un:symbol:` and the symbol percent-encoded as a URI component
 *   (`urn:un:symbol:E%2FCN.7%2F2024%2F99`). Encoding the slashes keeps the symbol one opaque name
 *   rather than something that reads as a path, and any other character a symbol may hold (a
 *   space, a bracket) well-formed in a URN (RFC 8141). "un" is not a namespace registered with
 *   IANA: these names are for this app and tools that exchange its files;
 * - an imported document without a symbol: the SHA-256 of the file it was imported from,
 *   `urn:sha256:` and 64 lower-case hexadecimal digits, the same for every copy of that file;
 * - a document the library no longer has (an annotation kept without it): its id in the app's
 *   own namespace, `urn:cnd67-notes:document:<id>`.
 */
import type { MeetingDocument } from '../document/meeting-document'
import { documentSymbol, shippedDocumentId } from '../library/library-document'
import type { ImportedDocument } from '../library/library-document'

/** The start of a URN naming a document by its UN symbol. */
export const symbolUrnPrefix = 'urn:un:symbol:'

/** The start of a URN naming a document by its original file's SHA-256. */
export const sha256UrnPrefix = 'urn:sha256:'

/** The start of a URN naming a document by its id in the app's library. */
export const documentIdUrnPrefix = 'urn:cnd67-notes:document:'

/** The app's own namespace, which the shipped summary's and every document id's URN are in. */
const appUrnPrefix = 'urn:cnd67-notes:'

/** "urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16" for the summary of 16 February 2024. */
export function meetingDocumentUri(meeting: MeetingDocument): string {
  return `urn:cnd67-notes:unodc-egm-synthetic-drugs:${meeting.header.date}`
}

/** "urn:un:symbol:E%2FCN.7%2F2024%2F99" for E/CN.7/2024/99. */
export function symbolUri(symbol: string): string {
  return `${symbolUrnPrefix}${encodeURIComponent(symbol)}`
}

/** "urn:sha256:" and the checksum, in lower case. */
export function sha256Uri(sha256: string): string {
  return `${sha256UrnPrefix}${sha256.toLowerCase()}`
}

/** "urn:cnd67-notes:document:" and the document's id, percent-encoded. */
export function documentIdUri(documentId: string): string {
  return `${documentIdUrnPrefix}${encodeURIComponent(documentId)}`
}

/** The URN of an imported document: by its symbol where it has one, else by its file's checksum. */
export function importedDocumentUri(
  imported: Pick<ImportedDocument, 'document' | 'original'>
): string {
  const symbol = documentSymbol(imported.document)
  return symbol === null ? sha256Uri(imported.original.sha256) : symbolUri(symbol)
}

/**
 * Whether `uri` is one of the names this app gives documents, so that one naming no document of
 * the library means the document is missing (rather than another tool's own address for it).
 */
export function isAppDocumentUri(uri: string): boolean {
  const lower = uri.toLowerCase()
  return [symbolUrnPrefix, sha256UrnPrefix, appUrnPrefix].some((prefix) => lower.startsWith(prefix))
}

/** What the URN's name part decodes to, or null if it is not percent-encoded well. */
function decodedName(uri: string, prefix: string): string | null {
  try {
    return decodeURIComponent(uri.slice(prefix.length))
  } catch {
    return null
  }
}

/**
 * The id of the document of the library that `uri` names: the shipped summary by its URN
 * (`shippedUri`), an imported document by any of its symbols, its file's checksum or its id
 * (the first of `documents` that matches, in their order); null if it names none of them. The
 * scheme and namespace are compared without regard to case, as URNs are.
 */
export function documentNamedBy(
  uri: string,
  shippedUri: string,
  documents: readonly Pick<ImportedDocument, 'id' | 'document' | 'original'>[]
): string | null {
  if (uri === shippedUri) return shippedDocumentId
  const lower = uri.toLowerCase()
  if (lower.startsWith(symbolUrnPrefix)) {
    const symbol = decodedName(uri, symbolUrnPrefix)
    const found = documents.find((imported) =>
      imported.document.header.symbols.includes(symbol ?? '')
    )
    return found?.id ?? null
  }
  if (lower.startsWith(sha256UrnPrefix)) {
    const sha256 = uri.slice(sha256UrnPrefix.length).toLowerCase()
    return documents.find((imported) => imported.original.sha256 === sha256)?.id ?? null
  }
  if (lower.startsWith(documentIdUrnPrefix)) {
    const id = decodedName(uri, documentIdUrnPrefix)
    if (id === shippedDocumentId) return shippedDocumentId
    return documents.find((imported) => imported.id === id)?.id ?? null
  }
  return null
}
