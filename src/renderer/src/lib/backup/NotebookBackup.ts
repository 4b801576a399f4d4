/**
 * The notebook as a whole, for backups: reading everything stored for a backup or an export,
 * planning and carrying out a restore, and deleting everything. A restore shows what it wrote
 * in the stores without reading thousands of records back; neither it nor clearing everything
 * can be undone step by step: a restore is undone whole (`undoRestore`), clearing everything
 * only by a backup taken before.
 */
import type { AnnotationsStore } from '../annotations/AnnotationsStore.svelte'
import { colorLabelsFrom, colorLabelsKey } from '../annotations/annotation-repository'
import { defaultColorLabels } from '../annotations/annotation'
import type { AgendaItemsStore } from '../follow-ups/AgendaItemsStore.svelte'
import { sortAgendaItems } from '../follow-ups/agenda-item-repository'
import { replaceAll } from '../notebook/list-changes'
import type { NotebookWriter } from '../notebook/NotebookWriter.svelte'
import type { SessionNotesStore } from '../session-notes/SessionNotesStore.svelte'
import type { StatementsStore } from '../statements/StatementsStore.svelte'
import type { NotesDatabase } from '../storage/database'
import type { ImportedDocument } from '../library/library-document'
import { listDocuments } from '../library/document-repository'
import { describeStorageError, StorageWriteError } from '../storage/storage-error'
import type { BackupData } from './backup-format'
import { clearAllData, readAllForBackup, restoreBackup } from './backup-repository'
import { planRestore, type RestoreMode, type RestorePlan } from './restore-plan'

/** The imported documents as a store shows them: the library, where there is one. */
export interface DocumentsShown {
  /** Shows the documents a restore stored: in place of every one (Replace) or among them (Merge). */
  showRestored(records: readonly ImportedDocument[], replace: boolean): void
}

/** The stores a restore shows its records in. */
export interface RestoredStores {
  annotations: AnnotationsStore
  sessionNotes: SessionNotesStore
  agendaItems: AgendaItemsStore
  statements: StatementsStore
  /**
   * The library's documents, when the notebook shows them; without it, a restore's documents are
   * stored and shown once read again (at the next start, or by the notebook's `reload`).
   */
  documents?: DocumentsShown
}

/** Backs up, restores and clears the whole notebook. */
export class NotebookBackup {
  #db: NotesDatabase
  #writer: NotebookWriter
  #stores: RestoredStores
  #reload: () => Promise<void>
  /** What each restore left, by what it resolved with, for `undoRestore` to check against. */
  #left = new WeakMap<BackupData, BackupData>()

  /** `reload` reads everything stored into the stores again, after clearing everything. */
  constructor(
    db: NotesDatabase,
    writer: NotebookWriter,
    stores: RestoredStores,
    reload: () => Promise<void>
  ) {
    this.#db = db
    this.#writer = writer
    this.#stores = stores
    this.#reload = reload
  }

  /**
   * Counts the changes written since the app started, so that automatic backups are taken only
   * when something changed.
   */
  get changes(): number {
    return this.#writer.changes
  }

  /** Everything stored, read in one transaction, for a backup or an export. */
  async readAll(): Promise<BackupData> {
    try {
      return await readAllForBackup(this.#db)
    } catch (error) {
      throw new StorageWriteError(describeStorageError(error), { cause: error })
    }
  }

  /**
   * The imported documents stored, in the library's order (when imported), for exports and
   * imports of annotations, which name each annotation's document.
   */
  async readDocuments(): Promise<ImportedDocument[]> {
    try {
      return await listDocuments(this.#db)
    } catch (error) {
      throw new StorageWriteError(describeStorageError(error), { cause: error })
    }
  }

  /** What restoring `data` in `mode` would do to what is stored now; nothing is written. */
  async planRestore(data: BackupData, mode: RestoreMode): Promise<RestorePlan> {
    return planRestore(await this.readAll(), data, mode)
  }

  /**
   * Carries out a restore in one transaction (all of it or nothing), then shows what is stored.
   * Earlier changes can no longer be undone one by one; the restore as a whole can: resolves
   * with what was stored before it, for `undoRestore`.
   */
  async restore(plan: RestorePlan, expected?: BackupData): Promise<BackupData> {
    const { before, after } = await this.#writer.write((db) => restoreBackup(db, plan, expected))
    this.#left.set(before, after)
    this.#writer.forgetHistory()
    // What is stored now follows from the plan: the backup's records in place of everything, or
    // added to and updated among what was here. No need to read thousands of records back.
    const { tables } = plan
    const merged = <T extends { id: string }>(current: readonly T[], records: readonly T[]) =>
      plan.mode === 'replace' ? [...records] : replaceAll(current, records)
    const { annotations, sessionNotes, agendaItems, statements } = this.#stores
    annotations.all = merged(annotations.all, tables.annotations.records)
    sessionNotes.all = merged(sessionNotes.all, tables.sessionNotes.records)
    agendaItems.all = sortAgendaItems(merged(agendaItems.all, tables.agendaItems.records))
    statements.all = merged(statements.all, tables.statements.records)
    this.#stores.documents?.showRestored(tables.documents.records, plan.mode === 'replace')
    const labels = tables.settings.records.find((setting) => setting.key === colorLabelsKey)
    if (labels) annotations.colorLabels = colorLabelsFrom(labels.value)
    else if (plan.mode === 'replace') annotations.colorLabels = { ...defaultColorLabels }
    return before
  }

  /**
   * Undoes a restore: puts back exactly `before` (what `restore` resolved with) in place of
   * everything, as a Replace of it would; but only if the notes are still as the restore left
   * them. If another window changed them since, throws a StorageWriteError saying so and writes
   * nothing, so that its change is not lost.
   */
  async undoRestore(before: BackupData): Promise<void> {
    await this.restore(await this.planRestore(before, 'replace'), this.#left.get(before))
  }

  /**
   * Deletes everything the delegate made, in one transaction, leaving the database as a new
   * install has it. Not undoable: a backup taken before is how it is reversed.
   */
  async clearAll(): Promise<void> {
    await this.#writer.write((db) => clearAllData(db))
    this.#writer.forgetHistory()
    await this.#reload()
  }
}
