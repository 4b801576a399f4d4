/**
 * The delegate's records as a backup holds them: only the fields the app knows, in a fixed order,
 * copied afresh. Writing a backup, reading one back and telling records apart all go through
 * these, so that two copies of a record compare equal exactly when they hold the same data.
 */
import type { Annotation, PassageTarget } from '../annotations/annotation'
import type { AgendaItem } from '../follow-ups/agenda-item'
import { copyFollowUp } from '../follow-ups/follow-up'
import type { SessionNote } from '../session-notes/session-note'
import { copyStatement, type Statement } from '../statements/statement'
import type { Setting } from '../storage/database'

/** Everything a delegate has made, table by table: what a backup holds. */
export interface BackupData {
  annotations: Annotation[]
  sessionNotes: SessionNote[]
  agendaItems: AgendaItem[]
  /** The delegation's statements (none in a version 1 backup). */
  statements: Statement[]
  /** Colour labels and any other setting, by key. */
  settings: Setting[]
}

/** The tables a backup holds, in the order they are written and reported. */
export const backupTables = [
  'annotations',
  'sessionNotes',
  'agendaItems',
  'statements',
  'settings'
] as const

/** One of the tables a backup holds. */
export type BackupTable = (typeof backupTables)[number]

/** How each table's records are named to a delegate, one and many. */
export const tableNouns: Readonly<Record<BackupTable, { one: string; many: string }>> = {
  annotations: { one: 'annotation', many: 'annotations' },
  sessionNotes: { one: 'session note', many: 'session notes' },
  agendaItems: { one: 'agenda item', many: 'agenda items' },
  statements: { one: 'statement', many: 'statements' },
  settings: { one: 'setting', many: 'settings' }
}

/** How many records of each table `data` holds. */
export function countRecords(data: BackupData): Record<BackupTable, number> {
  return {
    annotations: data.annotations.length,
    sessionNotes: data.sessionNotes.length,
    agendaItems: data.agendaItems.length,
    statements: data.statements.length,
    settings: data.settings.length
  }
}

/** A copy of a passage target. */
function copyTarget(target: PassageTarget): PassageTarget {
  const { quote, position } = target
  return {
    quote: { type: quote.type, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    position: { type: position.type, start: position.start, end: position.end }
  }
}

/**
 * An annotation's known fields, copied, in the order the interface declares them. `followUp` and
 * `position` stay absent when absent (as in records from version 1), so those round-trip exactly.
 */
export function backupAnnotation(annotation: Annotation): Annotation {
  const { followUp, position } = annotation
  return {
    id: annotation.id,
    paragraph: annotation.paragraph,
    target: annotation.target === null ? null : copyTarget(annotation.target),
    color: annotation.color,
    note: annotation.note,
    tags: [...annotation.tags],
    ...(followUp !== undefined && { followUp: followUp === null ? null : copyFollowUp(followUp) }),
    ...(position !== undefined && { position }),
    createdAt: annotation.createdAt,
    updatedAt: annotation.updatedAt
  }
}

/** A session note's known fields, copied, in order. */
export function backupSessionNote(note: SessionNote): SessionNote {
  return {
    id: note.id,
    title: note.title,
    body: note.body,
    agendaItemId: note.agendaItemId,
    sessionDay: note.sessionDay,
    tags: [...note.tags],
    createdAt: note.createdAt,
    updatedAt: note.updatedAt
  }
}

/** An agenda item's known fields, copied, in order. */
export function backupAgendaItem(item: AgendaItem): AgendaItem {
  return { id: item.id, label: item.label, title: item.title, order: item.order }
}

/** A setting, its value copied as JSON with the keys of every object sorted. */
export function backupSetting(setting: Setting): Setting {
  return { key: setting.key, value: sortedJson(setting.value) }
}

/**
 * A fresh copy of a JSON value with each object's keys in code-unit order. Built with
 * `Object.fromEntries`, which defines own properties, so even a key named `__proto__` could not
 * set a prototype. Settings are small and shallow (a parsed backup's are at most 64 deep).
 */
function sortedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedJson)
  if (typeof value !== 'object' || value === null) return value
  const keys = Object.keys(value).sort(compareCodeUnits)
  return Object.fromEntries(
    keys.map((key) => [key, sortedJson((value as Record<string, unknown>)[key])])
  )
}

/** The backup copy of each table's records, by table. */
const copiers: { [Table in BackupTable]: (record: BackupData[Table][number]) => unknown } = {
  annotations: backupAnnotation,
  sessionNotes: backupSessionNote,
  agendaItems: backupAgendaItem,
  statements: copyStatement,
  settings: backupSetting
}

/** What identifies a record within its table: its id, or a setting's key. */
export function recordKey(record: { id: string } | Setting): string {
  return 'id' in record ? record.id : record.key
}

/**
 * All of `data` copied, each table in the order of its ids (settings by key), so that the same
 * data always makes the same backup.
 */
export function backupData(data: BackupData): BackupData {
  const byKey = <T extends { id: string } | Setting>(records: readonly T[]): T[] =>
    [...records].sort((a, b) => compareCodeUnits(recordKey(a), recordKey(b)))
  return {
    annotations: byKey(data.annotations).map(backupAnnotation),
    sessionNotes: byKey(data.sessionNotes).map(backupSessionNote),
    agendaItems: byKey(data.agendaItems).map(backupAgendaItem),
    statements: byKey(data.statements).map(copyStatement),
    settings: byKey(data.settings).map(backupSetting)
  }
}

/**
 * Whether two records of `table` hold the same data: equal once copied as a backup copies them,
 * so a field absent and a field never written compare alike, and key order does not matter.
 */
export function sameRecord<Table extends BackupTable>(
  table: Table,
  a: BackupData[Table][number],
  b: BackupData[Table][number]
): boolean {
  const copy = copiers[table] as (record: BackupData[Table][number]) => unknown
  return JSON.stringify(copy(a)) === JSON.stringify(copy(b))
}

/** Plain code-unit order, the same on every computer whatever its locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
