/**
 * The one way the notebook's stores write: each write goes through a repository here, is counted
 * (automatic backups are taken only after changes), asks for a new start-up copy of the
 * annotations, and fails in plain words. The undo history is kept here too, one for every store,
 * so that Undo reverses the latest change whichever kind of record it touched.
 */
import { systemClock, type RepositoryClock } from '../annotations/annotation-repository'
import type { NotesDatabase } from '../storage/database'
import { SnapshotWriter, type SnapshotScheduler } from '../storage/annotation-snapshot'
import { describeStorageError, StorageWriteError } from '../storage/storage-error'
import { UndoHistory, type ReversedChange, type UndoableChange } from './undo-history'

/** Writes to one database for the notebook's stores, and keeps their undo history. */
export class NotebookWriter {
  /**
   * Counts the changes written since the app started, so that automatic backups are taken only
   * when something changed.
   */
  changes = $state(0)
  #db: NotesDatabase
  #clock: RepositoryClock
  #history = new UndoHistory()
  /** Keeps the copy of the annotations that the next start reads. */
  #snapshot: SnapshotWriter

  constructor(
    db: NotesDatabase,
    clock: RepositoryClock = systemClock,
    snapshotScheduler?: SnapshotScheduler
  ) {
    this.#db = db
    this.#clock = clock
    this.#snapshot = new SnapshotWriter(db, snapshotScheduler)
  }

  /**
   * Runs `operation`, a repository write, with the database and the clock. A RangeError (a value
   * that cannot be stored) and a StorageWriteError (a repository's refusal, in plain words) pass
   * through as they are; any other failure becomes a StorageWriteError whose message a delegate
   * can act on.
   */
  async write<T>(operation: (db: NotesDatabase, clock: RepositoryClock) => Promise<T>): Promise<T> {
    try {
      const result = await operation(this.#db, this.#clock)
      this.changes++
      this.#snapshot.changed()
      return result
    } catch (error) {
      // Already in plain words: a value that cannot be stored, or a repository's own refusal
      // (a restore planned on data that changed since, say).
      if (error instanceof RangeError || error instanceof StorageWriteError) throw error
      throw new StorageWriteError(describeStorageError(error), { cause: error })
    }
  }

  /** Records a change that has just been written, as the latest one Undo reverses. */
  record(change: UndoableChange): void {
    this.#history.record(change)
  }

  /**
   * Forgets every change recorded so far, after a write (a restore, clearing everything) that
   * earlier changes cannot be undone across.
   */
  forgetHistory(): void {
    this.#history = new UndoHistory()
  }

  /**
   * Undoes the latest change; returns what was undone, followed by what had to be left as another
   * window left it, or null if nothing was undone.
   */
  async undo(): Promise<string | null> {
    return said(await this.#history.undo())
  }

  /** Redoes the latest undone change; returns what was redone (with any remark), or null. */
  async redo(): Promise<string | null> {
    return said(await this.#history.redo())
  }
}

/** A change undone or redone, as the notice says it: "Edited annotation on para. 3; the …". */
function said(change: ReversedChange | null): string | null {
  if (!change) return null
  return change.remark ? `${change.description}; ${change.remark}` : change.description
}
