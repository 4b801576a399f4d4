/**
 * Every read and write a backup needs, each in one transaction over all its tables (the imported
 * documents among them): reading everything for a backup, restoring one (all of it or nothing),
 * and clearing all data.
 */
import { meetingDocument } from '../document/meeting-text'
import { agendaItemOfDocument } from '../follow-ups/agenda-item'
import { copiedOrStoredAnnotations } from '../storage/annotation-snapshot'
import type { NotesDatabase } from '../storage/database'
import { writeTransaction } from '../storage/write-transaction'
import { StorageWriteError } from '../storage/storage-error'
import { sameData, type BackupData } from './backup-records'
import { planRestore, samePlan, type RestorePlan } from './restore-plan'

/** The tables a backup covers, as Dexie tables of `db`. */
function backupTablesOf(db: NotesDatabase) {
  return [db.annotations, db.sessionNotes, db.agendaItems, db.statements, db.settings, db.documents]
}

/** The tables read for a backup: those it covers, and the start-up copy of the annotations. */
function readTablesOf(db: NotesDatabase) {
  return [...backupTablesOf(db), db.snapshots]
}

/**
 * Every table's records, read inside the caller's transaction (over `readTablesOf`). The
 * annotations come from their start-up copy when there is one, which holds exactly what their
 * table does and reads many times faster.
 */
async function readAll(db: NotesDatabase): Promise<BackupData> {
  const [{ annotations }, sessionNotes, agendaItems, statements, settings, documents] =
    await Promise.all([
      copiedOrStoredAnnotations(db),
      db.sessionNotes.toArray(),
      db.agendaItems.toArray(),
      db.statements.toArray(),
      db.settings.toArray(),
      db.documents.toArray()
    ])
  return { annotations, sessionNotes, agendaItems, statements, settings, documents }
}

/** Everything a backup holds, read in one transaction, so it is one consistent moment. */
export function readAllForBackup(db: NotesDatabase): Promise<BackupData> {
  return db.transaction('r', readTablesOf(db), () => readAll(db))
}

/** Why a restore was not done: the data changed after the delegate saw what it would do. */
export const changedSincePlanMessage =
  'Your notes changed while the restore was waiting to be confirmed, so nothing was restored. Look at what the restore will do again, then confirm.'

/** Why an undo of a restore was not done: the notes changed since (here or in another window). */
export const changedSinceRestoreMessage =
  'Your notes were changed since the restore (in this window or another), so it was not undone: undoing it would lose that change. Nothing was changed.'

/** What a restore stored in place of what: everything before it, and everything after. */
export interface RestoreDone {
  before: BackupData
  after: BackupData
}

/**
 * Does what `plan` says, in one transaction over all tables: replace empties every table and
 * writes the backup's records; merge writes the records added and updated. Either all of it
 * happens or, if anything fails, nothing does. First checks, in the same transaction, that the
 * data is still what the plan was made from, so the counts the delegate confirmed are what
 * happens; if not, throws a StorageWriteError and writes nothing. With `expected` (an undo of a
 * restore passes what that restore left), the data must be exactly that, or nothing is written
 * either: another window's change since is never undone unseen. Resolves with what was stored
 * before and after, read in the same transaction, so that the restore can be undone exactly.
 */
export function restoreBackup(
  db: NotesDatabase,
  plan: RestorePlan,
  expected?: BackupData
): Promise<RestoreDone> {
  return writeTransaction(db, readTablesOf(db), async () => {
    const current = await readAll(db)
    if (expected && !sameData(current, expected)) {
      throw new StorageWriteError(changedSinceRestoreMessage)
    }
    if (!samePlan(planRestore(current, plan.backup, plan.mode), plan)) {
      throw new StorageWriteError(changedSincePlanMessage)
    }
    const { tables } = plan
    if (plan.mode === 'replace') {
      await Promise.all(backupTablesOf(db).map((table) => table.clear()))
    }
    await db.annotations.bulkPut(tables.annotations.records)
    await db.sessionNotes.bulkPut(tables.sessionNotes.records)
    await db.agendaItems.bulkPut(tables.agendaItems.records)
    await db.statements.bulkPut(tables.statements.records)
    await db.settings.bulkPut(tables.settings.records)
    await db.documents.bulkPut(tables.documents.records)
    return { before: current, after: await readAll(db) }
  })
}

/**
 * Deletes everything the delegate made, imported documents included, in one transaction, leaving
 * the database as a new copy of the app starts: empty but for the agenda item the summary names.
 */
export function clearAllData(db: NotesDatabase): Promise<void> {
  return writeTransaction(db, backupTablesOf(db), async () => {
    await Promise.all(backupTablesOf(db).map((table) => table.clear()))
    await db.agendaItems.add(agendaItemOfDocument(meetingDocument.header.agendaItem))
  })
}
