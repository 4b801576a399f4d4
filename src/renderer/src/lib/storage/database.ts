/**
 * The app's IndexedDB database, through Dexie: the one schema, every version in order. Versions
 * are never edited once released; a change of schema is a new `version(n)` with an `.upgrade()`.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie'
import type { Annotation } from '../annotations/annotation'
import { colorLabelsKey, withCurrentDefaultLabels } from '../annotations/color-labels'
import { agendaItemOfDocument, type AgendaItem } from '../follow-ups/agenda-item'
import { meetingDocument } from '../document/meeting-text'
import type { SessionNote } from '../session-notes/session-note'
import type { Statement } from '../statements/statement'
import { shippedDocumentId, type ImportedDocument } from '../library/library-document'
import { dropSnapshotOnWrite, type AnnotationsSnapshot } from './annotation-snapshot'
import { recordWrittenTables } from './write-transaction'

/** The database's name; one per origin, so the same in every release of the app. */
export const databaseName = 'cnd67-notes'

/** A named setting, such as the colour labels. */
export interface Setting {
  key: string
  value: unknown
}

/** Puts the agenda item the summary names into a database that has no agenda items yet. */
async function seedAgendaItems(transaction: Transaction): Promise<void> {
  const agendaItems = transaction.table<AgendaItem, string>('agendaItems')
  if ((await agendaItems.count()) === 0) {
    await agendaItems.add(agendaItemOfDocument(meetingDocument.header.agendaItem))
  }
}

/** Stores the colour labels with each label still at its former default renamed to today's. */
async function renameFormerDefaultLabels(transaction: Transaction): Promise<void> {
  const settings = transaction.table<Setting, string>('settings')
  const labels = await settings.get(colorLabelsKey)
  if (labels)
    await settings.put({ key: colorLabelsKey, value: withCurrentDefaultLabels(labels.value) })
}

/**
 * Returns `written` (the last request of the current transaction) after asking IndexedDB to
 * commit the transaction as soon as its requests are done. Left to itself, IndexedDB commits only
 * once the page has heard back from every request, and a page busy painting the click on Save
 * hears back a frame later; the write is no less durable for committing early. Nothing may be
 * asked of the transaction after this.
 */
export function commitOnceIssued<T>(written: Promise<T>): Promise<T> {
  Dexie.currentTransaction?.idbtrans?.commit?.()
  return written
}

/** Puts every annotation made before the library on the shipped summary, the only document then. */
async function assignAnnotationsToSummary(transaction: Transaction): Promise<void> {
  await transaction
    .table<Annotation, string>('annotations')
    .toCollection()
    .modify((annotation) => {
      annotation.documentId ??= shippedDocumentId
    })
}

/** The delegate's data. Only repository modules write to it. */
export class NotesDatabase extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>
  settings!: EntityTable<Setting, 'key'>
  sessionNotes!: EntityTable<SessionNote, 'id'>
  agendaItems!: EntityTable<AgendaItem, 'id'>
  statements!: EntityTable<Statement, 'id'>
  /** The documents the delegate imported; the shipped summary is built in, never stored. */
  documents!: EntityTable<ImportedDocument, 'id'>
  /** Copies of other tables read at start (annotation-snapshot.ts); not the delegate's data. */
  snapshots!: EntityTable<AnnotationsSnapshot, 'key'>

  constructor(name: string = databaseName, options: ConstructorParameters<typeof Dexie>[1] = {}) {
    // Strict durability: a write is reported done only once it is on disk, so a note the app
    // says is saved survives a power cut or an OS crash too. Notes are saved one at a time, so
    // the cost (a flush per save) is paid where a delegate cannot notice it. The notes are held
    // in the notebook store, never watched through live queries, so Dexie's query cache is off.
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled', ...options })
    this.version(1).stores({
      // Annotations are read whole and ordered in memory; `paragraph` is indexed for the
      // per-paragraph lookups that the editor does.
      annotations: 'id, paragraph',
      settings: 'key'
    })
    // Follow-ups, positions and tags live on the annotations (follow-ups and positions as new
    // optional fields, so version-1 records stay exactly as they were). Tags are indexed on every
    // table that has them: renaming, merging or deleting a tag finds the items that carry it.
    this.version(2)
      .stores({
        annotations: 'id, paragraph, *tags',
        sessionNotes: 'id, *tags',
        agendaItems: 'id'
      })
      .upgrade(seedAgendaItems)
    // A copy of every annotation in one record, which starts the app faster than the thousands
    // of records it copies; `updatedAt` is indexed to check the copy against the table. Nothing
    // to upgrade: a database without a copy reads the table.
    this.version(3).stores({ annotations: 'id, paragraph, *tags, updatedAt', snapshots: 'key' })
    // The colours are named after themselves: labels still at their former defaults ("Priority",
    // "Concern", "Follow up"), which collided with other words of the app, take the new ones.
    // Annotations keep their colours; a note made from now on may have none (null), which needs
    // no index.
    this.version(4).stores({}).upgrade(renameFormerDefaultLabels)
    // The delegation's statements, read whole and ordered in memory: nothing is looked up by a
    // field, so only the id is indexed. Nothing to upgrade: a database has none yet.
    this.version(5).stores({ statements: 'id' })
    // The library: documents the delegate imports, each annotation on one of them. Annotations
    // written before it were all on the shipped summary and say so from now on; `documentId` is
    // indexed for removing a document with its annotations.
    this.version(6)
      .stores({ annotations: 'id, paragraph, *tags, updatedAt, documentId', documents: 'id' })
      .upgrade(assignAnnotationsToSummary)
    this.use(dropSnapshotOnWrite)
    this.use(recordWrittenTables)
    this.on('populate', seedAgendaItems)
  }
}
