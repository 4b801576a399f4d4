/**
 * The desktop app's automatic backups as the Your data dialog lists them: when each was made,
 * what it holds (from the counts at the start of the file, else its size), and the name of its
 * Restore button.
 */
import type { AutomaticBackupEntry } from '@shared/bridge'
import { describeBackupContents } from './describe-restore'
import { backupTime } from './restore-from-file'

/** One automatic backup, as a line of the dialog's list. */
export interface AutomaticBackupRow {
  entry: AutomaticBackupEntry
  /** When it was made: "18/03/2024, 18:00:00". */
  time: string
  /** What it holds, "12 annotations, 2 session notes, 0 agenda items", or its size, "3 KB". */
  contents: string
  /** The accessible name of its Restore… button. */
  restoreLabel: string
}

/** A file's size in whole kilobytes, at least 1: "3 KB". */
function sizeInKilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1000))} KB`
}

/** Each automatic backup as a line of the list, in the order the platform listed them. */
export function automaticBackupRows(
  entries: readonly AutomaticBackupEntry[]
): AutomaticBackupRow[] {
  return entries.map((entry) => {
    const time = backupTime(entry)
    return {
      entry,
      time,
      contents: entry.counts
        ? describeBackupContents({ statements: 0, documents: 0, ...entry.counts, settings: 0 })
        : sizeInKilobytes(entry.size),
      restoreLabel: `Restore automatic backup of ${time}`
    }
  })
}
