/**
 * The imported documents in the database (version 6's `documents` table). The shipped summary is
 * built in and never stored here. Each write is one transaction through `writeTransaction`; a
 * document removed takes its annotations with it, in the same transaction, and can be put back.
 */
import type { Annotation } from '../annotations/annotation'
import type { RepositoryClock } from '../annotations/annotation-repository'
import { systemClock } from '../annotations/annotation-repository'
import type { NotesDatabase } from '../storage/database'
import { notFoundError } from '../storage/storage-error'
import { writeTransaction } from '../storage/write-transaction'
import { cleanDocumentTitle, documentTitleProblem } from './document-title'
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

/** What adding a document did: stored it, or found the same file already in the library. */
export type AddedDocument =
  { added: true; document: ImportedDocument } | { added: false; duplicateOf: ImportedDocument }

/** The imported document whose original file has this SHA-256, if there is one. */
function documentWithFile(
  db: NotesDatabase,
  sha256: string
): Promise<ImportedDocument | undefined> {
  return db.documents.filter((stored) => stored.original.sha256 === sha256).first()
}

/**
 * Stores a newly imported document, unless a document imported from the same file (the same
 * SHA-256) is already in the library: then nothing is written and that document is returned.
 * The check runs in the write's own transaction, so two windows importing one file store it once.
 */
export function addDocument(db: NotesDatabase, document: ImportedDocument): Promise<AddedDocument> {
  return writeTransaction(db, [db.documents], async (): Promise<AddedDocument> => {
    const duplicateOf = await documentWithFile(db, document.original.sha256)
    if (duplicateOf) return { added: false, duplicateOf }
    await db.documents.add(document)
    return { added: true, document }
  })
}

/** A document's title before and after a rename, for undo. */
export interface RenamedDocument {
  before: ImportedDocument
  after: ImportedDocument
}

/**
 * Renames a document and returns it before and after. The title is cleaned as
 * `cleanDocumentTitle` says; one that breaks the rule is refused with a RangeError in plain words,
 * writing nothing, and a document that is gone with a RecordGoneError.
 */
export function renameDocument(
  db: NotesDatabase,
  id: string,
  title: string,
  clock: RepositoryClock = systemClock
): Promise<RenamedDocument> {
  const problem = documentTitleProblem(title)
  if (problem) return Promise.reject(new RangeError(problem))
  return writeTransaction(db, [db.documents], async () => {
    const before = await db.documents.get(id)
    if (!before) throw notFoundError('document', id)
    const after: ImportedDocument = {
      ...before,
      title: cleanDocumentTitle(title),
      updatedAt: clock.now().toISOString()
    }
    await db.documents.put(after)
    return { before, after }
  })
}

/** A document removed with its annotations, kept whole so that it can be put back. */
export interface RemovedDocument {
  document: ImportedDocument
  annotations: Annotation[]
}

/** The annotations made on document `id` (found by the `documentId` index). */
export function annotationsOnDocument(db: NotesDatabase, id: string): Promise<Annotation[]> {
  return db.annotations.where('documentId').equals(id).toArray()
}

/**
 * Removes a document and every annotation made on it, in one transaction, and returns what was
 * removed (for undo); undefined if there was no such document, in which case nothing is written.
 */
export function removeDocument(
  db: NotesDatabase,
  id: string
): Promise<RemovedDocument | undefined> {
  return writeTransaction(db, [db.documents, db.annotations], async () => {
    const document = await db.documents.get(id)
    if (!document) return undefined
    const annotations = await annotationsOnDocument(db, id)
    await db.annotations.bulkDelete(annotations.map((annotation) => annotation.id))
    await db.documents.delete(id)
    return { document, annotations }
  })
}

/** Puts a removed document and its annotations back exactly as they were, in one transaction. */
export async function restoreDocument(db: NotesDatabase, removed: RemovedDocument): Promise<void> {
  await writeTransaction(db, [db.documents, db.annotations], async () => {
    await db.documents.put(removed.document)
    await db.annotations.bulkPut(removed.annotations)
  })
}
