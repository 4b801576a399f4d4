/**
 * The automatic backups kept in `<userData>/backups`: one JSON file per backup, named by the UTC
 * time it was written, each written atomically; the newest `automaticBackupsKept` kept, and the
 * first of each of the last `dailyAutomaticBackupsKept` days. Only files named exactly so are
 * listed, and only listed ones can be read.
 */
import { constants } from 'node:fs'
import { lstat, mkdir, open, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import {
  automaticBackupsKept,
  dailyAutomaticBackupsKept,
  isTextWithin,
  maxTextFileBytes
} from '@shared/bridge'
import type { AutomaticBackup, AutomaticBackupEntry, Result } from '@shared/bridge'
import { backupCountsFromHead, backupHeadBytes, type BackupHeadCounts } from '@shared/backup-head'
import { describeWriteError, errorCode, writeFileAtomically } from './atomic-write'

/** The backups folder inside a profile folder. */
export function automaticBackupsFolder(userDataDir: string): string {
  return join(userDataDir, 'backups')
}

/** `cnd67-backup-YYYYMMDD-HHMMSS-mmm.json`; fixed width, so names sort as the times do. */
const backupFileNamePattern =
  /^cnd67-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})\.json$/

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/**
 * The file name of a backup written at `time`, in UTC, so names keep to the order they were
 * written in across daylight-saving changes and travel between time zones.
 */
export function backupFileName(time: Date): string {
  const date = `${pad(time.getUTCFullYear(), 4)}${pad(time.getUTCMonth() + 1, 2)}${pad(time.getUTCDate(), 2)}`
  const clock = `${pad(time.getUTCHours(), 2)}${pad(time.getUTCMinutes(), 2)}${pad(time.getUTCSeconds(), 2)}`
  return `cnd67-backup-${date}-${clock}-${pad(time.getUTCMilliseconds(), 3)}.json`
}

/**
 * The backup a file name stands for, or `undefined` unless the name is exactly one that
 * `backupFileName` makes (of a real date and time). Nothing else, no path, passes.
 */
export function parseBackupFileName(name: unknown): AutomaticBackup | undefined {
  if (typeof name !== 'string') return undefined
  const match = backupFileNamePattern.exec(name)
  if (match === null) return undefined
  const [year, month, day, hours, minutes, seconds, milliseconds] = match.slice(1).map(Number)
  const time = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, milliseconds))
  // Date.UTC rolls 2024-02-30 over to March; such a name was not made by backupFileName.
  if (Number.isNaN(time.getTime()) || backupFileName(time) !== name) return undefined
  return { name, createdAt: time.toISOString() }
}

/** The start of the names of backups written on the UTC day of `time`: `cnd67-backup-YYYYMMDD-`. */
function dayPrefix(time: Date): string {
  return backupFileName(time).slice(0, 'cnd67-backup-YYYYMMDD-'.length)
}

/**
 * The names among `names` to delete: all backups but the newest `keep` and the first of each of
 * the last `dailyAutomaticBackupsKept` UTC days up to `now`. The first of a day was written
 * before anything later that day, so no number of later writes, however many, can push it out.
 */
export function backupsToPrune(
  names: readonly string[],
  now: Date,
  keep = automaticBackupsKept
): string[] {
  const backups = names.filter((name) => parseBackupFileName(name) !== undefined).sort()
  const kept = new Set(keep > 0 ? backups.slice(-keep) : [])
  for (let daysAgo = 0; daysAgo < dailyAutomaticBackupsKept; daysAgo++) {
    const prefix = dayPrefix(new Date(now.getTime() - daysAgo * 24 * 60 * 60 * 1000))
    const firstOfDay = backups.find((name) => name.startsWith(prefix))
    if (firstOfDay !== undefined) kept.add(firstOfDay)
  }
  return backups.filter((name) => !kept.has(name)).reverse()
}

/**
 * Whether `content` may be written as a backup: text of at most `maxTextFileBytes` that starts
 * as a JSON object does. The renderer made it and checks it fully when restoring.
 */
export function isBackupContent(content: unknown): content is string {
  return isTextWithin(content, maxTextFileBytes) && content.startsWith('{')
}

/**
 * The backups in `folder`, newest first, with their sizes. Files not named as backups, and
 * anything that is not a plain file (a folder, a link), are left out; a missing folder has none.
 */
export async function listAutomaticBackups(folder: string): Promise<AutomaticBackupEntry[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
  const entries: AutomaticBackupEntry[] = []
  for (const name of names.sort().reverse()) {
    const backup = parseBackupFileName(name)
    if (backup === undefined) continue
    try {
      const path = join(folder, name)
      const stats = await lstat(path)
      if (stats.isFile()) {
        entries.push({ ...backup, size: stats.size, counts: await countsOf(path) })
      }
    } catch {
      // Deleted since the folder was read; it is no longer there to list.
    }
  }
  return entries
}

/** What the backup at `path` says it holds, read from the start of the file. */
async function countsOf(path: string): Promise<BackupHeadCounts | null> {
  const file = await open(path, 'r')
  try {
    const head = Buffer.alloc(backupHeadBytes)
    const { bytesRead } = await file.read(head, 0, backupHeadBytes, 0)
    return backupCountsFromHead(head.subarray(0, bytesRead).toString('utf8'))
  } finally {
    await file.close()
  }
}

/** Deletes the backups in `folder` that `backupsToPrune` gives up as of `now`. */
export async function pruneAutomaticBackups(
  folder: string,
  now: Date,
  keep = automaticBackupsKept
): Promise<void> {
  for (const name of backupsToPrune(await readdir(folder), now, keep)) {
    await rm(join(folder, name), { force: true })
  }
}

/**
 * Writes `content` as a new backup named by `now` (a millisecond later if that name is taken),
 * then deletes those `backupsToPrune` gives up. A failed clean-up does not fail the
 * backup, which is already safely written.
 */
export async function writeAutomaticBackup(
  folder: string,
  content: string,
  now: Date
): Promise<Result<AutomaticBackup>> {
  let backup: AutomaticBackup
  try {
    await mkdir(folder, { recursive: true })
    const taken = new Set(await readdir(folder))
    let time = now.getTime()
    while (taken.has(backupFileName(new Date(time)))) time++
    const name = backupFileName(new Date(time))
    await writeFileAtomically(join(folder, name), content)
    backup = { name, createdAt: new Date(time).toISOString() }
  } catch (error) {
    return { ok: false, error: describeWriteError(error, 'the automatic backup') }
  }
  try {
    await pruneAutomaticBackups(folder, now)
  } catch (error) {
    console.error('Could not delete old automatic backups:', error)
  }
  return { ok: true, value: backup }
}

/**
 * The content of the backup called `name` in `folder`. Refused unless `name` is a backup's name
 * and that backup is in the listing, so no other file can be read through it, not even by a link
 * put in its place after it was listed; refused too if it is larger than `maxTextFileBytes`.
 */
export async function readAutomaticBackup(folder: string, name: unknown): Promise<Result<string>> {
  const backup = parseBackupFileName(name)
  if (backup === undefined) {
    return { ok: false, error: 'That is not the name of an automatic backup.' }
  }
  let listed: AutomaticBackupEntry[]
  try {
    listed = await listAutomaticBackups(folder)
  } catch {
    return { ok: false, error: 'The automatic backups could not be listed.' }
  }
  if (!listed.some((entry) => entry.name === backup.name)) {
    return { ok: false, error: 'There is no automatic backup of that name any more.' }
  }
  try {
    const path = join(folder, backup.name)
    const listedFile = await lstat(path)
    // Opened without following a link swapped in since the listing (POSIX), then checked to be
    // the very file just seen, which also catches a swap where `O_NOFOLLOW` does not exist (Windows).
    const file = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
    try {
      const stats = await file.stat()
      const sameFile = stats.dev === listedFile.dev && stats.ino === listedFile.ino
      if (!listedFile.isFile() || !stats.isFile() || !sameFile) {
        return { ok: false, error: 'That automatic backup could not be read.' }
      }
      if (stats.size > maxTextFileBytes) {
        return { ok: false, error: 'That automatic backup is larger than 100 MB; it was not read.' }
      }
      return { ok: true, value: await file.readFile('utf8') }
    } finally {
      await file.close()
    }
  } catch {
    return { ok: false, error: 'That automatic backup could not be read.' }
  }
}
