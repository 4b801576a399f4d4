/**
 * The delegate's library: the shipped meeting summary, built in and always first, and the UN
 * documents the delegate imports (PDF, Word, text). Every annotation belongs to one document;
 * the shipped summary keeps the id `shippedDocumentId`, so its addresses and citations stay as
 * they were ("#para-N", "para. N").
 */
import type { DocumentFileKind } from '../document-import/read-document-file'
import type { MeetingDocument } from '../document/meeting-document'
import type { UnDocument } from '../document/un-document/un-document'
import { meetingOfDocument } from './meeting-of-document'

import { shippedDocumentId } from './shipped-document'

export { shippedDocumentId }

/** The file a document was imported from, kept so that a backup can carry it. */
export interface OriginalFile {
  /** The file's name as picked, e.g. "V2401234.pdf". */
  name: string
  kind: DocumentFileKind
  bytes: Uint8Array
  /** The SHA-256 of `bytes`, lower-case hex: the document's identity where it has no symbol. */
  sha256: string
}

/** An imported document as stored (database version 6, table `documents`). */
export interface ImportedDocument {
  /** A UUID, stable for the document's life (and across backups). */
  id: string
  /** The title the library shows: the parsed title at first, then whatever the delegate renames it to. */
  title: string
  /** The document as parsed at import. */
  document: UnDocument
  original: OriginalFile
  /** When it was imported, ISO 8601. */
  importedAt: string
  /** When its title last changed, ISO 8601. */
  updatedAt: string
}

/** The document an annotation (or any record that may carry one) belongs to. */
export function documentIdOf(record: { documentId?: string }): string {
  return record.documentId ?? shippedDocumentId
}

/** The symbol a document is cited by: its first symbol, or null (the shipped summary has none). */
export function documentSymbol(document: Pick<UnDocument, 'header'> | null): string | null {
  return document?.header.symbols[0] ?? null
}

/**
 * A document as the features that read documents (search, the brief, the filters, the glossary)
 * take it: its id, the symbol it is cited by, and its text in the meeting summary's model.
 */
export interface LibraryEntry {
  id: string
  /** The title the library shows. */
  title: string
  /** E.g. "E/CN.7/2024/99"; null for the shipped summary and documents printed without one. */
  symbol: string | null
  meeting: MeetingDocument
}

/** The library entry of the shipped summary. */
export function shippedEntry(meeting: MeetingDocument): LibraryEntry {
  return { id: shippedDocumentId, title: meeting.title, symbol: null, meeting }
}

/** The library entry of an imported document (its file's bytes are not needed). */
export function importedEntry(
  imported: Pick<ImportedDocument, 'id' | 'title' | 'document'>
): LibraryEntry {
  return {
    id: imported.id,
    title: imported.title,
    symbol: documentSymbol(imported.document),
    meeting: meetingOfDocument(imported.document, imported.title)
  }
}

/** Every document of the library as an entry: the shipped summary first, then the imported ones in order. */
export function libraryEntries(
  summary: MeetingDocument,
  imported: readonly Pick<ImportedDocument, 'id' | 'title' | 'document'>[]
): LibraryEntry[] {
  return [shippedEntry(summary), ...imported.map(importedEntry)]
}

/** A paragraph's address in the window: "#para-47" in the shipped summary, "#doc/<id>/para-3" in another. */
export function paragraphAddress(documentId: string, paragraph: number): string {
  return documentId === shippedDocumentId
    ? `#para-${paragraph}`
    : `#doc/${encodeURIComponent(documentId)}/para-${paragraph}`
}

/** A document's address, at its start: "#doc/<id>", or "" for the shipped summary. */
export function documentAddress(documentId: string): string {
  return documentId === shippedDocumentId ? '' : `#doc/${encodeURIComponent(documentId)}`
}

/** Where an address points: a document and, if it names one, a paragraph of it. */
export interface AddressTarget {
  documentId: string
  paragraph: number | null
}

/**
 * Reads a location hash: "#para-47" (the shipped summary), "#doc/<id>" or "#doc/<id>/para-3".
 * Returns null for anything else; whether the document and paragraph exist is the caller's check.
 */
export function addressTarget(hash: string): AddressTarget | null {
  const shipped = /^#para-(\d{1,4})$/u.exec(hash)
  if (shipped) return { documentId: shippedDocumentId, paragraph: Number(shipped[1]) }
  const imported = /^#doc\/([^/]{1,200})(?:\/para-(\d{1,4}))?$/u.exec(hash)
  if (!imported) return null
  let documentId: string
  try {
    documentId = decodeURIComponent(imported[1])
  } catch {
    return null
  }
  return { documentId, paragraph: imported[2] === undefined ? null : Number(imported[2]) }
}
