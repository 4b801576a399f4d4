/**
 * Writing a file whole or not at all: the content goes to a temporary file beside the target,
 * is flushed to disk, then renamed over the target, so a full disk or a crash mid-write leaves
 * the old file (or none) rather than half a new one. Also says in plain words why a write failed.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * The temporary file for a write to `target`: hidden, in the same folder (so the rename cannot
 * cross disks), and unique, so two writes to one target never share it.
 */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}

/**
 * Writes `content` to `target` atomically: to a new temporary file, flushed with fsync, then
 * renamed over `target`. On any failure the temporary file is removed and the error rethrown;
 * `target` is then as it was before.
 */
export async function writeFileAtomically(
  target: string,
  content: string | Uint8Array
): Promise<void> {
  const temporaryPath = temporaryPathFor(target)
  try {
    // 'wx' creates the file and fails if it exists, so nothing else's file is ever reused.
    const file = await open(temporaryPath, 'wx')
    try {
      await file.writeFile(content)
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(temporaryPath, target)
  } catch (error) {
    await rm(temporaryPath, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(target))
}

/**
 * Flushes a folder's entries, so the rename itself survives a power cut. Not every system can
 * (Windows cannot open a folder this way), and the file is already complete, so failure is ignored.
 */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Best effort only; see above.
  }
}

/** The system error code of a failed file operation (`ENOSPC`, `EACCES`, …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

/**
 * What a user is told when a file could not be written, by system error code; `subject` is what
 * was being written ("the file", "the backup").
 */
const writeErrorMessages: ReadonlyMap<string, (subject: string) => string> = new Map([
  ['ENOSPC', (subject: string) => `The disk is full; ${subject} was not saved.`],
  ['EDQUOT', (subject: string) => `The disk is full; ${subject} was not saved.`],
  ['EACCES', () => 'You do not have permission to save in that folder.'],
  ['EPERM', () => 'You do not have permission to save in that folder.'],
  ['EROFS', (subject: string) => `That disk is read-only; ${subject} was not saved.`],
  ['ENOENT', (subject: string) => `That folder no longer exists; ${subject} was not saved.`],
  ['ENOTDIR', (subject: string) => `That folder no longer exists; ${subject} was not saved.`],
  ['EBUSY', () => 'The file is open in another program; close it there and save again.'],
  [
    'ENAMETOOLONG',
    (subject: string) => `The name or folder path is too long; ${subject} was not saved.`
  ]
])

/**
 * Says in plain words why writing failed, e.g. "The disk is full; the file was not saved.", and
 * names the system's code when it is an unusual one.
 */
export function describeWriteError(error: unknown, subject = 'the file'): string {
  const code = errorCode(error)
  const sentence = `${subject.charAt(0).toUpperCase()}${subject.slice(1)} was not saved`
  if (code === undefined) return `${sentence} because of an unexpected error.`
  return writeErrorMessages.get(code)?.(subject) ?? `${sentence} (system error ${code}).`
}
