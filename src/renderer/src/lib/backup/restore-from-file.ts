/**
 * Restoring in the Data dialog, from a backup file the delegate picks or from one of the desktop
 * app's automatic backups: reading it (its size first, then its text, then every field), working
 * out what each way of restoring would do against what is stored, and carrying out the way the
 * delegate confirms. Nothing is written before that. A Web Annotation import is planned and
 * confirmed the same way (open-formats/import-annotations-file.ts).
 */
import type { AutomaticBackup, Result } from '@shared/bridge'
import { backupFiles, readTextFile } from '../file-formats/text-files'
import { checkDocumentFiles, parseBackup, type BackupData } from './backup-format'
import { countRecords } from './backup-records'
import {
  describeBackupContents,
  describeRestorePlan,
  planChangesAnything
} from './describe-restore'
import type { RestoreMode, RestorePlan } from './restore-plan'

/** What restoring needs of the notebook: a plan against what is stored, and carrying one out. */
export interface RestoringNotebook {
  planRestore(data: BackupData, mode: RestoreMode): Promise<RestorePlan>
  /** Carries out `plan`; resolves with what was stored before, to undo it with. */
  restore(plan: RestorePlan): Promise<BackupData>
}

/** A restore done: what it did, in words, and what was stored before, to undo it with. */
export interface RestoreDone {
  message: string
  before: BackupData
}

/** A restore read from a file, waiting for the delegate to choose how and confirm. */
export interface PendingRestore {
  /** Where it came from, for the heading: "CND67-notes-backup-2024-03-10.json". */
  source: string
  /** What it holds, in words: "12 annotations, 2 session notes, 0 agenda items". */
  contents: string
  /** What would be restored. */
  data: BackupData
  /** The ways it may be restored: merge and replace for a backup; an annotation import merges. */
  modes: RestoreMode[]
  /** What each of `modes` would do. */
  plans: Partial<Record<RestoreMode, RestorePlan>>
  /** Anything the import had to leave out or change, said before restoring. */
  remarks: string[]
}

/** Works out what restoring `data` each of `modes` ways would do, read from `source`. */
export async function planPendingRestore(
  notebook: RestoringNotebook,
  source: string,
  data: BackupData,
  modes: RestoreMode[],
  remarks: string[] = []
): Promise<PendingRestore> {
  const plans: PendingRestore['plans'] = {}
  for (const mode of modes) plans[mode] = await notebook.planRestore(data, mode)
  const contents = describeBackupContents(countRecords(data))
  return { source, contents, data, modes, plans, remarks }
}

/** "Restore from backup…": the picked file read as a backup, and what each way would do. */
export async function readBackupFile(
  notebook: RestoringNotebook,
  file: File
): Promise<Result<PendingRestore>> {
  const read = await readTextFile(file, backupFiles)
  if (!read.ok) return read
  return planBackupText(notebook, file.name, read.text)
}

/**
 * "Restore…" of an automatic backup: its `text`, as the main process read it (which refuses
 * files over its own limit first), read as a backup, and what each way would do.
 */
export function readAutomaticBackup(
  notebook: RestoringNotebook,
  backup: AutomaticBackup,
  text: string
): Promise<Result<PendingRestore>> {
  return planBackupText(notebook, `the automatic backup of ${backupTime(backup)}`, text)
}

/** When an automatic backup was made, as the dialog lists it: "10/03/2024, 18:00:00". */
export function backupTime(backup: AutomaticBackup): string {
  return new Date(backup.createdAt).toLocaleString('en-GB')
}

/**
 * A backup's text, checked (every field, then each imported document's original file against its
 * checksum), and what restoring it each way would do.
 */
async function planBackupText(
  notebook: RestoringNotebook,
  source: string,
  text: string
): Promise<Result<PendingRestore>> {
  const parsed = parseBackup(text)
  if (!parsed.ok) return { ok: false, error: parsed.error }
  const files = await checkDocumentFiles(parsed.backup.data.documents)
  if (!files.ok) return files
  const pending = await planPendingRestore(notebook, source, parsed.backup.data, [
    'merge',
    'replace'
  ])
  return { ok: true, value: pending }
}

/** The way chosen at first: merge where it is offered, since it removes nothing. */
export function firstMode(pending: PendingRestore): RestoreMode {
  return pending.modes.includes('merge') ? 'merge' : pending.modes[0]
}

/** Whether restoring `pending` the `mode` way would write or remove anything. */
export function restoreChangesAnything(pending: PendingRestore, mode: RestoreMode): boolean {
  const plan = pending.plans[mode]
  return plan !== undefined && planChangesAnything(plan)
}

/**
 * Restores `pending` the `mode` way, as planned, and says what was done: "Restored from
 * backup.json: Annotations: 3 added, 10 unchanged." Keeps what was there before, so that the
 * notice can offer to undo the restore.
 *
 * @throws RangeError if `mode` is not one of the ways `pending` was planned.
 */
export async function restorePending(
  notebook: RestoringNotebook,
  pending: PendingRestore,
  mode: RestoreMode
): Promise<RestoreDone> {
  const plan = pending.plans[mode]
  if (!plan) throw new RangeError(`This file cannot be restored that way (${mode}).`)
  const before = await notebook.restore(plan)
  return {
    message: `Restored from ${pending.source}: ${describeRestorePlan(plan).join(' ')}`,
    before
  }
}
