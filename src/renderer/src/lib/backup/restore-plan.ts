/**
 * What restoring a backup will do, worked out before anything is written: for each table, how many
 * records are added, updated, left unchanged, kept or removed, and the exact records to write.
 * The delegate sees the counts and confirms; the repository then writes exactly these records.
 *
 * Replace: the backup becomes the data; whatever is only on this computer is removed.
 * Merge, by id (settings by key), never removing anything:
 * - annotations, session notes, statements and imported documents: the later `updatedAt` wins; at
 *   the same time, or when this computer's is later, this computer's is kept;
 * - agenda items and settings, which carry no time: the backup's version wins when it differs,
 *   since restoring a backup is asking for what it holds, and the counts say so beforehand.
 * Colour labels a backup holds under their former defaults are restored as today's defaults.
 *
 * An annotation is on a document: the shipped summary, or one imported. A backup holds every
 * imported document its annotations are on, as the app writes it; one whose document will be
 * neither in the library after the restore (the file's documents, and with Merge those already
 * here) nor the summary is restored all the same, never dropped, and the plan counts it
 * (`withoutDocument`) so that the delegate is told before confirming.
 */
import { colorLabelsKey, withCurrentDefaultLabels } from '../annotations/color-labels'
import type { Setting } from '../storage/database'
import { documentIdOf, shippedDocumentId } from '../library/library-document'
import {
  backupTables,
  recordKey,
  sameRecord,
  backupData,
  type BackupData,
  type BackupTable
} from './backup-records'

/** Restore the backup in place of everything, or alongside what is here. */
export type RestoreMode = 'replace' | 'merge'

/** What a restore does to one table's records, or to all of them. */
export interface RestoreCounts {
  /** In the backup only: added. */
  added: number
  /** In both and different: the backup's version is written. */
  updated: number
  /** In both and the same. */
  unchanged: number
  /** Merge: in both and different, and this computer's version is kept: it is as new or newer. */
  keptNewer: number
  /** Merge: on this computer only, left as they are. */
  keptOnlyHere: number
  /** Replace: on this computer only, removed. */
  removed: number
}

/** What a restore does to one table. */
export interface TablePlan<T> {
  counts: RestoreCounts
  /**
   * The records to write, in the backup's order. Replace writes every record of the backup (into
   * an emptied table); merge writes only those added or updated.
   */
  records: T[]
}

/** What a restore will do, table by table. */
export type RestoreTablePlans = { [Table in BackupTable]: TablePlan<BackupData[Table][number]> }

/** A restore worked out and ready to confirm. */
export interface RestorePlan {
  mode: RestoreMode
  tables: RestoreTablePlans
  /** Every table's counts added up. */
  totals: RestoreCounts
  /**
   * How many of the file's annotations are on a document that will not be in the library after
   * the restore: neither in the file, nor (with Merge) already here. They are restored all the
   * same; no document shows them until one with their document's id is restored.
   */
  withoutDocument: number
  /**
   * The backup's data the plan was made from, so that the restore can check, in its
   * transaction, that nothing changed on this computer since the plan was shown.
   */
  backup: BackupData
}

/** Counts of nothing. */
function noCounts(): RestoreCounts {
  return { added: 0, updated: 0, unchanged: 0, keptNewer: 0, keptOnlyHere: 0, removed: 0 }
}

/** Whether a table's records carry `updatedAt`, so that merge can tell which version is newer. */
function isTimed(
  table: BackupTable
): table is 'annotations' | 'sessionNotes' | 'statements' | 'documents' {
  return (
    table === 'annotations' ||
    table === 'sessionNotes' ||
    table === 'statements' ||
    table === 'documents'
  )
}

/** What restoring `backup` over `current` does to one table. */
function planTable<Table extends BackupTable>(
  table: Table,
  current: readonly BackupData[Table][number][],
  backup: readonly BackupData[Table][number][],
  mode: RestoreMode
): TablePlan<BackupData[Table][number]> {
  type TableRecord = BackupData[Table][number]
  const here = new Map<string, TableRecord>(current.map((record) => [recordKey(record), record]))
  const counts = noCounts()
  const records: TableRecord[] = []
  for (const record of backup) {
    const key = recordKey(record)
    const mine = here.get(key)
    here.delete(key)
    if (mine === undefined) {
      counts.added++
      records.push(record)
    } else if (sameRecord(table, mine, record)) {
      counts.unchanged++
      // Replace empties the table first, so even an unchanged record is written back.
      if (mode === 'replace') records.push(record)
    } else if (mode === 'replace' || !isTimed(table) || isNewer(record, mine)) {
      counts.updated++
      records.push(record)
    } else {
      counts.keptNewer++
    }
  }
  if (mode === 'replace') counts.removed = here.size
  else counts.keptOnlyHere = here.size
  return { counts, records }
}

/** A setting from a backup as this release stores it: former default colour labels renamed. */
function currentSetting(setting: Setting): Setting {
  return setting.key === colorLabelsKey
    ? { key: setting.key, value: withCurrentDefaultLabels(setting.value) }
    : setting
}

/** Whether `a` was changed after `b`: their `updatedAt` compared as times. */
function isNewer(a: object, b: object): boolean {
  return updatedAt(a) > updatedAt(b)
}

/** When a record was last changed, in milliseconds; NaN if it does not say. */
function updatedAt(record: object): number {
  return 'updatedAt' in record && typeof record.updatedAt === 'string'
    ? Date.parse(record.updatedAt)
    : Number.NaN
}

/**
 * What restoring `backup` in `mode` does to `current` (everything on this computer now). Pure:
 * nothing is read or written. The records in the plan are fresh copies of the backup's.
 */
export function planRestore(
  current: BackupData,
  backup: BackupData,
  mode: RestoreMode
): RestorePlan {
  const copied = backupData(backup)
  copied.settings = copied.settings.map(currentSetting)
  const tables = {
    annotations: planTable('annotations', current.annotations, copied.annotations, mode),
    sessionNotes: planTable('sessionNotes', current.sessionNotes, copied.sessionNotes, mode),
    agendaItems: planTable('agendaItems', current.agendaItems, copied.agendaItems, mode),
    statements: planTable('statements', current.statements, copied.statements, mode),
    settings: planTable('settings', current.settings, copied.settings, mode),
    documents: planTable('documents', current.documents, copied.documents, mode)
  }
  const totals = noCounts()
  for (const table of backupTables) {
    for (const key of Object.keys(totals) as (keyof RestoreCounts)[]) {
      totals[key] += tables[table].counts[key]
    }
  }
  const documents = new Set([
    shippedDocumentId,
    ...copied.documents.map((imported) => imported.id),
    ...(mode === 'merge' ? current.documents.map((imported) => imported.id) : [])
  ])
  const withoutDocument = copied.annotations.filter(
    (annotation) => !documents.has(documentIdOf(annotation))
  ).length
  return { mode, tables, totals, withoutDocument, backup: copied }
}

/**
 * Whether two plans of the same backup do exactly the same: the same mode, counts and records,
 * and as many annotations left without their document.
 * Both take their records from that backup, so the records are the same when their keys are;
 * comparing keys rather than whole records keeps this quick for thousands of them.
 */
export function samePlan(a: RestorePlan, b: RestorePlan): boolean {
  if (a.mode !== b.mode || a.withoutDocument !== b.withoutDocument) return false
  return backupTables.every((table) => {
    const [first, second] = [a.tables[table], b.tables[table]]
    const keys = (plan: typeof first) =>
      plan.records.map((record) => ('id' in record ? record.id : record.key))
    return (
      JSON.stringify(first.counts) === JSON.stringify(second.counts) &&
      JSON.stringify(keys(first)) === JSON.stringify(keys(second))
    )
  })
}
