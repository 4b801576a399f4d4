/**
 * The backup file: one versioned JSON document with everything the delegate made. Writing one is
 * a pure function of the data, the app and the time; reading one trusts nothing in it, and says
 * in plain English what is wrong with the first problem it finds.
 */
import * as v from 'valibot'
import { isTextWithin } from '@shared/bridge'
import {
  backupData,
  backupTables,
  annotationJson,
  countRecords,
  documentJson,
  recordKey,
  tableNouns,
  type BackupData
} from './backup-records'
import {
  backupFormat,
  backupLimits,
  backupSchema,
  backupVersion,
  backupVersions,
  describeIssue,
  describePlace,
  formatNumber,
  quoteFieldName,
  settingValueSchemas,
  upgradeVersionOne,
  upgradeVersionTwo,
  versionOneBackupSchema,
  versionTwoBackupSchema,
  type BackupFile,
  type VersionTwoBackupFile
} from './backup-schema'
import {
  findJsonTextProblem,
  findJsonValueProblem,
  placeInText,
  type JsonTextProblem
} from '../file-formats/json-guard'
import { backupFiles, tooLargeMessage } from '../file-formats/text-files'
import { sha256Hex } from '../file-formats/file-bytes'
import type { ImportedDocument } from '../library/library-document'

export { backupFormat, backupVersion, backupVersions } from './backup-schema'
export type { BackupData } from './backup-records'

/** The largest file read as a backup, in bytes (or UTF-16 code units, for text): see `backupFiles`. */
export const maxBackupSize = backupFiles.maxSize

/**
 * How deeply arrays and objects may nest in a backup (the notes go six deep; an imported
 * document's sections, whose levels are at most three, about fourteen).
 */
export const maxBackupNesting = 64

/** The app that made a backup. */
export interface BackupApp {
  name: string
  version: string
}

/** What a backup says about itself besides the data. */
export interface BackupMeta {
  app: BackupApp
}

/** How many records of each table a backup holds. */
export type BackupCounts = Record<keyof BackupData, number>

/** A backup as read from a file, or about to be written to one. */
export interface Backup {
  format: typeof backupFormat
  version: typeof backupVersion
  /** When the backup was made, ISO 8601. */
  createdAt: string
  app: BackupApp
  counts: BackupCounts
  data: BackupData
}

/** What reading a backup file gives: the backup, or why it cannot be restored. */
export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; error: string }

/** What checking a backup just written gives: nothing, or why a restore would refuse it. */
export type BackupCheckResult = { ok: true } | { ok: false; error: string }

/**
 * The backup file for `data`, made by `meta.app` at `now`: indented JSON with one record per
 * line, each table in the order of its ids and each record's fields in a fixed order, so the same
 * data makes the same file. A record per line keeps the file readable and lets the browser write
 * each record in one pass (JSON.stringify with indentation is several times slower).
 */
export function serializeBackup(data: BackupData, meta: BackupMeta, now: Date): string {
  const copied = backupData(data)
  const header = JSON.stringify(
    {
      format: backupFormat,
      version: backupVersion,
      createdAt: now.toISOString(),
      app: { name: meta.app.name, version: meta.app.version },
      counts: countRecords(copied)
    },
    null,
    2
  )
  // The header without its closing brace, then the data: every piece joined once, so that the
  // file is one flat string rather than pieces that the first reader of it must copy together.
  const pieces = [`${header.slice(0, -'\n}'.length)},\n  "data": {\n`]
  backupTables.forEach((table, index) => {
    // Documents carry their original file's bytes, written as base64; annotations name their
    // document.
    const records: readonly unknown[] =
      table === 'documents'
        ? copied.documents.map(documentJson)
        : table === 'annotations'
          ? copied.annotations.map(annotationJson)
          : copied[table]
    pieces.push(`${index === 0 ? '' : ',\n'}    ${JSON.stringify(table)}: `)
    if (records.length === 0) {
      pieces.push('[]')
      return
    }
    // A table's records as a JSON array, one record to a line.
    records.forEach((record, at) => {
      pieces.push(`${at === 0 ? '[\n' : ',\n'}      ${JSON.stringify(record)}`)
    })
    pieces.push('\n    ]')
  })
  pieces.push('\n  }\n}\n')
  return pieces.join('')
}

/**
 * The backup file for `data` (see {@link serializeBackup}), checked as a restore would read it
 * (see {@link checkWrittenBackup}): a backup that could not be restored is worse than none. Its
 * text, or why a restore would refuse it.
 */
export function writeBackup(
  data: BackupData,
  meta: BackupMeta,
  now: Date
): { ok: true; text: string } | { ok: false; error: string } {
  const text = serializeBackup(data, meta, now)
  const check = checkWrittenBackup(text)
  return check.ok ? { ok: true, text } : check
}

/**
 * Reads a backup file's text, refusing anything that is not a complete, valid backup of a version
 * this app reads (1, 2 or 3; a version 1 or 2 backup reads as a version 3 one without documents,
 * every annotation on the shipped summary, and, from version 1, without statements).
 * In order: the size (before parsing), the JSON itself (where it goes wrong, or that it is cut
 * off, or nested too deep), keys that could reach a prototype, the format marker and version, then
 * every field (strictly: unknown fields are refused), then ids repeated within a table and counts
 * that disagree with the data. The backup returned is made of fresh plain objects holding only
 * the fields the app knows. Whether each document's original file is the one it was imported
 * from takes a checksum, which the browser computes asynchronously: {@link checkDocumentFiles}.
 *
 * Text containing U+FFFD (the replacement character) is accepted: it is a character a note may
 * hold. Bytes that are not UTF-8 are refused earlier, by `readTextFile` (file-formats/text-files.ts).
 */
export function parseBackup(text: string): BackupParseResult {
  if (text.length > maxBackupSize) return refuse(tooLargeMessage(backupFiles, text.length))
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const textProblem = findJsonTextProblem(body, maxBackupNesting)
  if (textProblem) return refuse(describeTextProblem(textProblem, body))
  return parseBackupJson(body)
}

/**
 * Checks a backup the app has just written, as a restore would read it: its size in UTF-8 bytes,
 * as the file will be read, then everything {@link parseBackup} checks but the
 * character-by-character scan of the JSON text, which JSON.stringify wrote and so is valid JSON.
 * Its nesting is checked where the data can nest freely, in settings' values (every other field
 * has a fixed shape, six levels deep at most). Nothing is returned but whether it passed: the
 * copy of the data a restore works on is not made.
 */
export function checkWrittenBackup(text: string): BackupCheckResult {
  if (!isTextWithin(text, maxBackupSize)) {
    return refuse(tooLargeMessage(backupFiles, new TextEncoder().encode(text).length))
  }
  const result = readBackupJson(text)
  if (!result.ok) return result
  // A setting's value starts four levels down: the file, its data, the settings, the setting.
  const tooDeep = result.file.data.settings.some(
    (setting) => nestingOf(setting.value, maxBackupNesting - 4) > maxBackupNesting - 4
  )
  if (tooDeep) {
    return refuse(
      `This backup could not be read back: its data is nested more than ${maxBackupNesting} levels deep.`
    )
  }
  return { ok: true }
}

/** How deeply arrays and objects nest in `value` (0 for anything else), counting no further than `limit + 1`. */
function nestingOf(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 0
  if (limit < 0) return 1
  let deepest = 0
  for (const inner of Object.values(value)) {
    deepest = Math.max(deepest, nestingOf(inner, limit - 1))
    if (deepest > limit) break
  }
  return deepest + 1
}

/** No limit on a backup's parsed value but its keys (see {@link readBackupJson}). */
const anyDepth = { maxDepth: Infinity, maxValues: Infinity }

/** What the JSON of a backup holds, checked field by field (see {@link parseBackup}). */
function parseBackupJson(body: string): BackupParseResult {
  const result = readBackupJson(body)
  if (!result.ok) return result
  const { file } = result
  return {
    ok: true,
    backup: {
      format: backupFormat,
      version: backupVersion,
      createdAt: file.createdAt,
      app: { name: file.app.name, version: file.app.version },
      counts: { ...file.counts },
      data: backupData(file.data)
    }
  }
}

/** The JSON of a backup, checked field by field, as the schema reads it. */
function readBackupJson(
  body: string
): { ok: true; file: BackupFile } | { ok: false; error: string } {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    // The scan above accepts only what JSON.parse does; this is a last line of defence.
    return refuse('This file is damaged: it is not valid JSON.')
  }

  // Only the keys are looked for here: the text's depth was checked before it was parsed (or,
  // for a backup just written, is checked where it can nest), and JSON.parse makes nothing else.
  const problem = findJsonValueProblem(parsed, anyDepth)
  if (problem?.kind === 'forbidden-key') {
    const place = describePlace(problem.path.slice(0, -1))
    const name = quoteFieldName(String(problem.path.at(-1)))
    return refuse(cannotRestore([`${place} has a field named ${name}, which no backup has`]))
  }

  if (!isRecord(parsed) || parsed.format !== backupFormat) {
    return refuse('This file is not a CND67 Notes backup.')
  }
  const versionProblem = describeVersionProblem(parsed.version)
  if (versionProblem) return refuse(versionProblem)

  const result = parseBackupFile(parsed)
  const problems = result.success
    ? findDataProblems(result.output)
    : result.issues.map((issue) => describeIssue(issue))
  if (problems.length > 0 || !result.success) return refuse(cannotRestore(problems))
  return { ok: true, file: result.output }
}

/**
 * A backup's JSON checked against the schema of the version it says it is, and an older one made
 * a current one (see `upgradeVersionOne` and `upgradeVersionTwo`); a file that names no version
 * is checked as the current version, which then says its version is missing.
 */
function parseBackupFile(
  parsed: Record<string, unknown>
): { success: true; output: BackupFile } | { success: false; issues: v.BaseIssue<unknown>[] } {
  const options = { abortPipeEarly: true }
  const upgraded = (result: v.SafeParseResult<v.GenericSchema<unknown, VersionTwoBackupFile>>) =>
    result.success
      ? { success: true as const, output: upgradeVersionTwo(result.output) }
      : { success: false as const, issues: result.issues }
  if (parsed.version === 1) {
    const result = v.safeParse(versionOneBackupSchema, parsed, options)
    return result.success
      ? { success: true, output: upgradeVersionTwo(upgradeVersionOne(result.output)) }
      : { success: false, issues: result.issues }
  }
  if (parsed.version === 2) return upgraded(v.safeParse(versionTwoBackupSchema, parsed, options))
  const result = v.safeParse(backupSchema, parsed, options)
  return result.success
    ? { success: true, output: result.output }
    : { success: false, issues: result.issues }
}

/** A refusal. */
function refuse(error: string): { ok: false; error: string } {
  return { ok: false, error }
}

/** Whether `value` is an object that is not an array. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What is wrong with a file's text as JSON, for a delegate. */
function describeTextProblem(problem: JsonTextProblem, text: string): string {
  switch (problem.kind) {
    case 'empty':
      return 'The file is empty.'
    case 'truncated':
      return 'The file ends too early: it may have been cut off while it was saved or copied.'
    case 'too-deep': {
      const { line, column } = placeInText(text, problem.offset)
      return `This file is not a CND67 Notes backup: its data is nested more than ${maxBackupNesting} levels deep (line ${formatNumber(line)}, column ${formatNumber(column)}).`
    }
    case 'syntax': {
      const { line, column } = placeInText(text, problem.offset)
      return `This file is damaged: it is not valid JSON (the first mistake is at line ${formatNumber(line)}, column ${formatNumber(column)}).`
    }
  }
}

/** Why a backup's `version` cannot be read, or null when it can (or is missing: see the schema). */
function describeVersionProblem(version: unknown): string | null {
  if ((backupVersions as readonly unknown[]).includes(version) || version === undefined) return null
  if (typeof version === 'number' && Number.isInteger(version) && version > backupVersion) {
    return `This backup was made by a newer version of the app (version ${version}); update the app to restore it.`
  }
  const shown = JSON.stringify(version)
  const written = shown.length > 40 ? `${shown.slice(0, 40)}…` : shown
  return `This backup says it is version ${written}, which is not a version of the backup format; the file may be damaged.`
}

/**
 * What the schema cannot see in a backup whose fields are all valid: ids repeated within a table,
 * counts that disagree with the data, and the values of settings the app knows.
 */
function findDataProblems(file: BackupFile): string[] {
  const problems: string[] = []
  for (const table of backupTables) {
    const records = file.data[table]
    const firstAt = new Map<string, number>()
    records.forEach((record, index) => {
      const key = recordKey(record)
      const first = firstAt.get(key)
      if (first === undefined) firstAt.set(key, index)
      else {
        const field = table === 'settings' ? 'key' : 'id'
        problems.push(
          `${table}[${index}].${field} repeats the ${field} of ${table}[${first}]; each ${tableNouns[table].one} must appear once`
        )
      }
    })
    const said = file.counts[table]
    if (said !== records.length) {
      problems.push(
        `counts.${table} is ${formatNumber(said)} but the file holds ${formatNumber(records.length)} ${tableNouns[table].many}; it may have been edited or damaged`
      )
    }
  }
  file.data.settings.forEach((setting, index) => {
    const path = ['settings', index, 'value']
    const schema = settingValueSchemas[setting.key]
    if (schema) {
      const result = v.safeParse(schema, setting.value, { abortPipeEarly: true })
      if (!result.success)
        problems.push(...result.issues.map((issue) => describeIssue(issue, path)))
    } else if (JSON.stringify(setting.value).length > backupLimits.settingLength) {
      problems.push(
        `${describePlace(path)} must be at most ${formatNumber(backupLimits.settingLength)} characters long`
      )
    }
  })
  return problems
}

/** "This backup cannot be restored: <the first problem> (and 2 more problems)." */
function cannotRestore(problems: readonly string[]): string {
  const more = problems.length - 1
  const andMore =
    more === 0 ? '' : ` (and ${formatNumber(more)} more problem${more === 1 ? '' : 's'})`
  return `This backup cannot be restored: ${problems[0]}${andMore}.`
}

/**
 * Checks that each document's original file is the one it was imported from: its bytes' SHA-256
 * is the checksum the document records. A backup whose file was damaged (or edited) is refused
 * whole, naming the first such document, so that nothing of it is restored.
 */
export async function checkDocumentFiles(
  documents: readonly ImportedDocument[]
): Promise<BackupCheckResult> {
  for (const imported of documents) {
    if ((await sha256Hex(imported.original.bytes)) === imported.original.sha256) continue
    const name = imported.title.trim() === '' ? '' : `“${imported.title}” `
    return refuse(
      `This backup cannot be restored: the original file of the document ${name}(${imported.original.name}) is not the file it was imported from (its SHA-256 checksum differs), so the backup is damaged or was edited. Nothing was restored.`
    )
  }
  return { ok: true }
}
