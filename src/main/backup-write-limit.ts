/**
 * How often the page may write an automatic backup of its own accord. Each write can push the
 * oldest of the rolling backups out, so a page that went wrong, writing junk in a loop, must not
 * be able to replace them all in a moment; writes the main process asked for, or the delegate
 * did, are not held back.
 */
import type { BackupAskedBy } from '@shared/bridge'

/** The least time between two automatic backups the page writes unasked: one minute. */
export const pageBackupIntervalMs = 60 * 1000

/** What is known of a write when it arrives. */
export interface BackupWrite {
  /** Who the page says asked for it. */
  askedBy: BackupAskedBy
  /** Whether it answers a backup request the main process sent and was still waiting on. */
  answersRequest: boolean
}

/** The page's unasked automatic backups: when the last one was let through. */
export class BackupWriteLimit {
  #lastUnaskedWrite: number | undefined

  /**
   * Whether `write` may go ahead at `now`, counting it if it is an unasked one that does. A write
   * answering the main process's own request, or one the delegate asked for, always may; any
   * other may once per `pageBackupIntervalMs`.
   */
  admit(write: BackupWrite, now: Date): boolean {
    if (write.answersRequest || write.askedBy === 'delegate') return true
    const time = now.getTime()
    if (
      this.#lastUnaskedWrite !== undefined &&
      time - this.#lastUnaskedWrite < pageBackupIntervalMs
    )
      return false
    this.#lastUnaskedWrite = time
    return true
  }
}
