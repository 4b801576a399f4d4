/**
 * The delegate's library as the app shows it: the shipped summary, built in and first, and the
 * documents imported, each with its counts of annotations. Importing reads a file and stores the
 * document only once it has been read whole; renaming and removing (a document with its
 * annotations) write through the notebook's writer and can be undone.
 */
import type { AnnotationsStore } from '../annotations/AnnotationsStore.svelte'
import type {
  DocumentFileKind,
  ImportOptions,
  PickedFile
} from '../document-import/read-document-file'
import { documentFileError } from '../document-import/import-errors'
import { sha256Hex } from '../file-formats/file-bytes'
import type { UnDocument } from '../document/un-document/un-document'
import { meetingDocument } from '../document/meeting-text'
import {
  pdfDocumentFiles,
  plainTextDocumentFiles,
  wordDocumentFiles,
  type TextFileFormat
} from '../file-formats/text-files'
import type { NotebookWriter } from '../notebook/NotebookWriter.svelte'
import type { UndoableChange } from '../notebook/undo-history'
import { addDocument, removeDocument, renameDocument, restoreDocument } from './document-repository'
import { importedTitle } from './document-title'
import {
  documentIdOf,
  libraryEntries,
  type ImportedDocument,
  type LibraryEntry
} from './library-document'
import {
  libraryRows,
  removalDescription,
  removalPreview,
  withoutBytes,
  type LibraryDocument,
  type LibraryRow,
  type RemovalPreview,
  type ShippedSummary
} from './library-rows'

/** Reads a picked file as a UN document (by default `importDocumentFile`, loaded when first used). */
export type DocumentReader = (file: PickedFile, options: ImportOptions) => Promise<UnDocument>

/** The part of a picked `File` an import reads. */
export type DocumentFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>

/** What an import may be given: progress to follow (pages read, pages in all), and a way to stop it. */
export type DocumentImportOptions = Pick<ImportOptions, 'onProgress' | 'signal'>

/** A file refused because the same file (the same bytes) is already in the library. */
export class DuplicateDocumentError extends Error {
  override name = 'DuplicateDocumentError'
  constructor(
    fileName: string,
    /** The document already imported from the same file. */
    readonly duplicateOf: Pick<ImportedDocument, 'id' | 'title'>
  ) {
    super(`“${fileName}” is already in your library as “${duplicateOf.title}”.`)
  }
}

/** The shipped summary as the library lists it. */
export const shippedSummary: ShippedSummary = {
  title: meetingDocument.title,
  dateText: meetingDocument.header.dateText,
  paragraphCount: meetingDocument.paragraphs.length
}

/** Each kind of file's size limit and wording. */
const fileFormats: Readonly<Record<DocumentFileKind, TextFileFormat>> = {
  pdf: pdfDocumentFiles,
  word: wordDocumentFiles,
  text: plainTextDocumentFiles
}

/** The app's reader, with pdf.js, mammoth and the parser loaded on first use. */
const readDocument: DocumentReader = async (file, options) => {
  const { importDocumentFile } = await import('../document-import/read-document-file')
  return importDocumentFile(file, options)
}

/** Every document of the library, kept in step with the database. */
export class LibraryStore {
  #documents = $state.raw<LibraryDocument[]>([])
  #writer: NotebookWriter
  #annotations: AnnotationsStore
  #shipped: ShippedSummary
  #read: DocumentReader
  /** Every document as the Library view lists it, the shipped summary first. */
  readonly rows: LibraryRow[]
  /** Every document as search, the brief, statements and session notes read it, the shipped summary first. */
  readonly entries: LibraryEntry[]

  /**
   * @param writer the notebook's one writer
   * @param annotations the notebook's annotations, which the counts are of and a removal removes
   * @param read how a file is read (tests give a reader of their own)
   */
  constructor(
    writer: NotebookWriter,
    annotations: AnnotationsStore,
    shipped: ShippedSummary = shippedSummary,
    read: DocumentReader = readDocument
  ) {
    this.#writer = writer
    this.#annotations = annotations
    this.#shipped = shipped
    this.#read = read
    this.rows = $derived(libraryRows(this.#shipped, this.#documents, this.#annotations.all))
    this.entries = $derived(libraryEntries(meetingDocument, this.#documents))
  }

  /** The imported documents, in the order they were imported; replaced whole on each change. */
  get documents(): LibraryDocument[] {
    return this.#documents
  }
  set documents(records: readonly (ImportedDocument | LibraryDocument)[]) {
    this.#documents = [...records]
      .map(withoutBytes)
      .sort((a, b) => a.importedAt.localeCompare(b.importedAt))
  }

  /** Shows the documents a restore stored: in place of every one (Replace) or among them (Merge). */
  showRestored(records: readonly ImportedDocument[], replace: boolean): void {
    const restored = records.map(({ id }) => id)
    const kept = replace ? [] : this.#documents.filter(({ id }) => !restored.includes(id))
    this.documents = [...kept, ...records]
  }

  /** The imported document with this id, if it is in the library. */
  find(id: string): LibraryDocument | undefined {
    return this.#documents.find((document) => document.id === id)
  }

  /** What removing document `id` would remove, said before it is done; null if it cannot be. */
  removalPreview(id: string): RemovalPreview | null {
    const row = this.rows.find((candidate) => candidate.id === id)
    return row && !row.builtIn ? removalPreview(row) : null
  }

  /**
   * Reads `file` and adds the document to the library, stored only once it has been read whole.
   * Rejects, storing nothing, with a DocumentFileError for a file that cannot be read, a
   * DuplicateDocumentError for a file already in the library, or the signal's reason once it is
   * aborted.
   */
  async import(file: DocumentFile, options: DocumentImportOptions = {}): Promise<LibraryDocument> {
    const { signal } = options
    signal?.throwIfAborted()
    const { documentFileKind } = await import('../document-import/read-document-file')
    const kind = documentFileKind(file.name)
    // A file too large is refused before any of it is read.
    if (kind && file.size > fileFormats[kind].maxSize) {
      throw documentFileError('too-large', fileFormats[kind], file.size)
    }
    const bytes = new Uint8Array(await file.arrayBuffer())
    const sha256 = await sha256Hex(bytes)
    const known = this.#documents.find((document) => document.original.sha256 === sha256)
    if (known) throw new DuplicateDocumentError(file.name, known)
    signal?.throwIfAborted()
    const document = await this.#read({ name: file.name, bytes }, options)
    signal?.throwIfAborted()
    const stored = await this.#writer.write((db, clock) => {
      const time = clock.now().toISOString()
      return addDocument(db, {
        id: clock.newId(),
        title: importedTitle(document.title, file.name),
        document,
        original: { name: file.name, kind: kind ?? 'text', bytes, sha256 },
        importedAt: time,
        updatedAt: time
      })
    })
    if (!stored.added) {
      this.#show(stored.duplicateOf)
      throw new DuplicateDocumentError(file.name, stored.duplicateOf)
    }
    this.#show(stored.document)
    return withoutBytes(stored.document)
  }

  /**
   * Renames an imported document; returns what was done, for the notice and Undo. Rejects with a
   * RangeError saying why a title is refused (blank, too long).
   */
  async rename(id: string, title: string): Promise<string> {
    const { before, after } = await this.#writer.write((db, clock) =>
      renameDocument(db, id, title, clock)
    )
    this.#show(after)
    const change: UndoableChange = {
      description: `Renamed “${before.title}” to “${after.title}”`,
      undo: () =>
        this.#writer
          .write((db, clock) => renameDocument(db, id, before.title, clock))
          .then((renamed) => this.#show(renamed.after)),
      redo: () =>
        this.#writer
          .write((db, clock) => renameDocument(db, id, after.title, clock))
          .then((renamed) => this.#show(renamed.after))
    }
    this.#writer.record(change)
    return change.description
  }

  /**
   * Removes an imported document and every annotation made on it, in one write; returns what was
   * done, for the notice and Undo, or null if it was not there.
   */
  async remove(id: string): Promise<string | null> {
    const removed = await this.#writer.write((db) => removeDocument(db, id))
    if (!removed) return null
    const drop = () => {
      this.#documents = this.#documents.filter((document) => document.id !== id)
      this.#annotations.all = this.#annotations.all.filter(
        (annotation) => documentIdOf(annotation) !== id
      )
    }
    drop()
    const change: UndoableChange = {
      description: removalDescription(removed.document.title, removed.annotations),
      undo: () =>
        this.#writer
          .write((db) => restoreDocument(db, removed))
          .then(() => {
            this.#show(removed.document)
            this.#annotations.show(removed.annotations)
          }),
      redo: () => this.#writer.write((db) => removeDocument(db, id)).then(drop)
    }
    this.#writer.record(change)
    return change.description
  }

  /** Shows a document as stored now, in its place. */
  #show(record: ImportedDocument | LibraryDocument): void {
    this.documents = [...this.#documents.filter(({ id }) => id !== record.id), record]
  }
}
