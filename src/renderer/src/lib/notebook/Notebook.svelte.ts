/**
 * The delegate's notebook as the app shows it: one store per kind of record (annotations,
 * session notes, agenda items, statements, tags), backup and restore of the whole, and one undo history
 * across them, all writing through one writer to one database. It reads everything stored at
 * once, at start, and again what another window of the app changed. Components reach it through
 * typed context.
 */
import { getContext, setContext } from 'svelte'
import type { Annotation, HighlightColor } from '../annotations/annotation'
import { AnnotationsStore } from '../annotations/AnnotationsStore.svelte'
import { loadColorLabels, type RepositoryClock } from '../annotations/annotation-repository'
import type { ParagraphText } from '../annotations/anchor-text'
import { NotebookBackup } from '../backup/NotebookBackup'
import { AgendaItemsStore } from '../follow-ups/AgendaItemsStore.svelte'
import { getDocument, listDocuments } from '../library/document-repository'
import type { ImportedDocument } from '../library/library-document'
import { LibraryStore } from '../library/LibraryStore.svelte'
import type { AgendaItem } from '../follow-ups/agenda-item'
import { loadAgendaItems } from '../follow-ups/agenda-item-repository'
import { SessionNotesStore } from '../session-notes/SessionNotesStore.svelte'
import type { SessionNote } from '../session-notes/session-note'
import { loadSessionNotes } from '../session-notes/session-note-repository'
import { StatementsStore } from '../statements/StatementsStore.svelte'
import type { Statement } from '../statements/statement'
import { loadStatements } from '../statements/statement-repository'
import type { NotesDatabase } from '../storage/database'
import { readAnnotations, type SnapshotScheduler } from '../storage/annotation-snapshot'
import { shownTables, type ShownTable } from '../storage/change-feed'
import { TagsStore } from '../tags/TagsStore.svelte'
import { NotebookWriter } from './NotebookWriter.svelte'

const notebookKey = Symbol('notebook')

/** Every table the notebook shows, all read at start. */
const everyTable: ReadonlySet<ShownTable> = new Set(shownTables)

/** What the notebook read of each kind of record; a kind not read is left out. */
interface StoredRecords {
  annotations?: Annotation[]
  sessionNotes?: SessionNote[]
  agendaItems?: AgendaItem[]
  statements?: Statement[]
  documents?: ImportedDocument[]
  colorLabels?: Record<HighlightColor, string>
}

/** Everything the delegate has written, kept in step with the database. */
export class Notebook {
  /** Every annotation, with its layout in the document and the colour labels. */
  readonly annotations: AnnotationsStore
  /** Every session note. */
  readonly sessionNotes: SessionNotesStore
  /** The delegate's agenda items, in their order. */
  readonly agendaItems: AgendaItemsStore
  /** The delegation's statements, newest first. */
  readonly statements: StatementsStore
  /** The tags in use on annotations and session notes. */
  readonly tags: TagsStore
  /** The shipped summary and the documents the delegate imported. */
  readonly library: LibraryStore
  /** Backups, restores and clearing everything. */
  readonly backup: NotebookBackup
  /** Whether the stored notes have been read. */
  loaded = $state(false)
  #db: NotesDatabase
  #writer: NotebookWriter

  constructor(
    db: NotesDatabase,
    paragraphs: readonly ParagraphText[],
    clock?: RepositoryClock,
    snapshotScheduler?: SnapshotScheduler
  ) {
    this.#db = db
    this.#writer = new NotebookWriter(db, clock, snapshotScheduler)
    this.annotations = new AnnotationsStore(this.#writer, paragraphs)
    this.sessionNotes = new SessionNotesStore(this.#writer)
    this.statements = new StatementsStore(this.#writer)
    this.library = new LibraryStore(this.#writer, this.annotations)
    const stores = {
      writer: this.#writer,
      annotations: this.annotations,
      sessionNotes: this.sessionNotes
    }
    this.agendaItems = new AgendaItemsStore(stores)
    this.tags = new TagsStore(stores)
    this.backup = new NotebookBackup(
      db,
      this.#writer,
      {
        annotations: this.annotations,
        sessionNotes: this.sessionNotes,
        agendaItems: this.agendaItems,
        statements: this.statements,
        documents: this.library
      },
      () => this.load()
    )
  }

  /** An imported document of the library, read when the reference pane opens it; undefined if none. */
  importedDocument(id: string): Promise<ImportedDocument | undefined> {
    return getDocument(this.#db, id)
  }

  /**
   * Reads everything stored, every read at once, and shows it all together: the annotations
   * from their start-up copy when there is one.
   */
  async load(): Promise<void> {
    this.#show(await this.#read(everyTable))
    this.loaded = true
  }

  /**
   * Reads again the tables another window changed, so that what it saved shows here too. If this
   * window writes while they are being read, they are read again: an older read must never
   * replace what this window has just saved.
   */
  async reload(tables: ReadonlySet<ShownTable>): Promise<void> {
    for (;;) {
      const writes = this.#writer.changes
      const read = await this.#read(tables)
      if (this.#writer.changes !== writes) continue
      this.#show(read)
      return
    }
  }

  /** Reads `tables`, all at once. */
  async #read(tables: ReadonlySet<ShownTable>): Promise<StoredRecords> {
    const [annotations, sessionNotes, agendaItems, statements, documents, colorLabels] =
      await Promise.all([
        tables.has('annotations') ? readAnnotations(this.#db) : undefined,
        tables.has('sessionNotes') ? loadSessionNotes(this.#db) : undefined,
        tables.has('agendaItems') ? loadAgendaItems(this.#db) : undefined,
        tables.has('statements') ? loadStatements(this.#db) : undefined,
        tables.has('documents') ? listDocuments(this.#db) : undefined,
        tables.has('settings') ? loadColorLabels(this.#db) : undefined
      ])
    return {
      annotations: annotations?.annotations,
      sessionNotes,
      agendaItems,
      statements,
      documents,
      colorLabels
    }
  }

  /** Shows what was read, all together; what was not read stays as it is. */
  #show(read: StoredRecords): void {
    if (read.annotations) this.annotations.all = read.annotations
    if (read.sessionNotes) this.sessionNotes.all = read.sessionNotes
    if (read.agendaItems) this.agendaItems.all = read.agendaItems
    if (read.statements) this.statements.all = read.statements
    if (read.documents) this.library.documents = read.documents
    if (read.colorLabels) this.annotations.colorLabels = read.colorLabels
  }

  /** Undoes the latest change of any store; returns what was undone, or null if nothing was. */
  undo(): Promise<string | null> {
    return this.#writer.undo()
  }

  /** Redoes the latest undone change; returns what was redone, or null. */
  redo(): Promise<string | null> {
    return this.#writer.redo()
  }
}

/** Makes `notebook` available to every component below the caller. */
export function provideNotebook(notebook: Notebook): Notebook {
  return setContext(notebookKey, notebook)
}

/** The notebook provided by an ancestor component. */
export function useNotebook(): Notebook {
  const notebook = getContext<Notebook | undefined>(notebookKey)
  if (!notebook) throw new Error('useNotebook() needs provideNotebook() in an ancestor component.')
  return notebook
}
