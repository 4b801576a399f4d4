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
import { bytesToBase64 } from '../file-formats/file-bytes'
import { documentIdOf, type ImportedDocument } from '../library/library-document'

/** Everything a delegate has made, table by table: what a backup holds. */
export interface BackupData {
  annotations: Annotation[]
  sessionNotes: SessionNote[]
  agendaItems: AgendaItem[]
  /** The delegation's statements (none in a version 1 backup). */
  statements: Statement[]
  /** Colour labels and any other setting, by key. */
  settings: Setting[]
  /**
   * The documents the delegate imported, each with its original file (none in a version 1 or 2
   * backup). The shipped summary is built into the app and never backed up.
   */
  documents: ImportedDocument[]
}

/** The tables a backup holds, in the order they are written and reported. */
export const backupTables = [
  'annotations',
  'sessionNotes',
  'agendaItems',
  'statements',
  'settings',
  'documents'
] as const

/** One of the tables a backup holds. */
export type BackupTable = (typeof backupTables)[number]

/** How each table's records are named to a delegate, one and many. */
export const tableNouns: Readonly<Record<BackupTable, { one: string; many: string }>> = {
  annotations: { one: 'annotation', many: 'annotations' },
  sessionNotes: { one: 'session note', many: 'session notes' },
  agendaItems: { one: 'agenda item', many: 'agenda items' },
  statements: { one: 'statement', many: 'statements' },
  settings: { one: 'setting', many: 'settings' },
  documents: { one: 'document', many: 'documents' }
}

/** How many records of each table `data` holds. */
export function countRecords(data: BackupData): Record<BackupTable, number> {
  return {
    annotations: data.annotations.length,
    sessionNotes: data.sessionNotes.length,
    agendaItems: data.agendaItems.length,
    statements: data.statements.length,
    settings: data.settings.length,
    documents: data.documents.length
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
 * An annotation's known fields, copied, in the order the interface declares them. `documentId`,
 * `followUp` and `position` stay absent when absent (as in records from version 1), so those
 * round-trip exactly: an undone restore puts back exactly what was stored.
 */
export function backupAnnotation(annotation: Annotation): Annotation {
  const { documentId, followUp, position } = annotation
  return {
    id: annotation.id,
    ...(documentId !== undefined && { documentId }),
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

/**
 * An annotation as a backup file writes it (format 3 on): always naming its document, the shipped
 * summary where the record does not say (`documentIdOf`), as database version 6's upgrade and the
 * reading of backups of format 1 and 2 do.
 */
export function annotationJson(annotation: Annotation): Annotation {
  return backupAnnotation({ ...annotation, documentId: documentIdOf(annotation) })
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

/**
 * An imported document's known fields, copied, in order; its parsed form copied as JSON with the
 * keys of every object sorted, so that the same document always reads the same. The original
 * file's bytes are shared, not copied: nothing in the app changes a document's bytes.
 */
export function backupDocument(imported: ImportedDocument): ImportedDocument {
  const { original } = imported
  return {
    id: imported.id,
    title: imported.title,
    document: sortedJson(imported.document) as ImportedDocument['document'],
    original: {
      name: original.name,
      kind: original.kind,
      bytes: original.bytes,
      sha256: original.sha256
    },
    importedAt: imported.importedAt,
    updatedAt: imported.updatedAt
  }
}

/** An imported document as a backup file holds it: its original file's bytes in base64. */
export interface DocumentJson extends Omit<ImportedDocument, 'original'> {
  original: Omit<ImportedDocument['original'], 'bytes'> & { bytes: string }
}

/** An imported document as a backup file writes it (see {@link DocumentJson}). */
export function documentJson(imported: ImportedDocument): DocumentJson {
  const copied = backupDocument(imported)
  const { name, kind, sha256, bytes } = copied.original
  return { ...copied, original: { name, kind, sha256, bytes: bytesToBase64(bytes) } }
}

/**
 * What tells two copies of a document apart: every field, with the original file named by its
 * checksum and size instead of its bytes (checked against the bytes when a backup is read).
 */
function comparableDocument(imported: ImportedDocument): unknown {
  const copied = backupDocument(imported)
  const { name, kind, sha256, bytes } = copied.original
  return { ...copied, original: { name, kind, sha256, size: bytes.length } }
}

/** A setting, its value copied as JSON with the keys of every object sorted. */
export function backupSetting(setting: Setting): Setting {
  return { key: setting.key, value: sortedJson(setting.value) }
}

/**
 * A fresh copy of a JSON value with each object's keys in code-unit order. Built with
 * `Object.fromEntries`, which defines own properties, so even a key named `__proto__` could not
 * set a prototype. Settings are small and shallow (a parsed backup's are at most 64 deep); a
 * document's parsed form is a few levels deep (its sections at most three).
 */
function sortedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedJson)
  if (typeof value !== 'object' || value === null) return value
  const keys = Object.keys(value).sort(compareCodeUnits)
  return Object.fromEntries(
    keys.map((key) => [key, sortedJson((value as Record<string, unknown>)[key])])
  )
}

/** Each table's records in the form two copies are compared in, by table. */
const copiers: { [Table in BackupTable]: (record: BackupData[Table][number]) => unknown } = {
  annotations: annotationJson,
  sessionNotes: backupSessionNote,
  agendaItems: backupAgendaItem,
  statements: copyStatement,
  settings: backupSetting,
  documents: comparableDocument
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
    settings: byKey(data.settings).map(backupSetting),
    documents: byKey(data.documents).map(backupDocument)
  }
}

/**
 * Whether two records of `table` hold the same data: equal once copied as a backup file writes
 * them, so a field absent and a field never written compare alike, an annotation that does not
 * name its document is on the shipped summary, and key order does not matter.
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

/**
 * Whether `a` and `b` hold the same records, table by table and in the same order, each compared
 * as {@link sameRecord} does (a document by its original file's checksum, not its bytes).
 */
export function sameData(a: BackupData, b: BackupData): boolean {
  return backupTables.every((table) => {
    const copy = copiers[table] as (record: BackupData[typeof table][number]) => unknown
    const [first, second] = [a[table], b[table]]
    return (
      first.length === second.length &&
      JSON.stringify(first.map(copy)) === JSON.stringify(second.map(copy))
    )
  })
}
