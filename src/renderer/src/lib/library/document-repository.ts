/**
 * The imported documents in the database (version 6's `documents` table). The shipped summary is
 * built in and never stored here. Each write is one transaction through `writeTransaction`.
 */
import type { NotesDatabase } from '../storage/database'
import type { ImportedDocument } from './library-document'

/** Every imported document, in the order they were imported. */
export async function listDocuments(db: NotesDatabase): Promise<ImportedDocument[]> {
  const documents = await db.documents.toArray()
  return documents.sort((a, b) => a.importedAt.localeCompare(b.importedAt))
}

/** One imported document, or undefined if there is none with that id. */
export function getDocument(db: NotesDatabase, id: string): Promise<ImportedDocument | undefined> {
  return db.documents.get(id)
}
