/**
 * What the app says once the platform has saved a file the delegate asked for (a backup, a brief,
 * a statement): where it went, if the platform says; nothing if the save dialog was cancelled.
 */
import type { Result, SavedFile } from '@shared/bridge'
import type { Notices } from '../notices/Notices.svelte'

/**
 * Where a file without a path went, as the message says it: nowhere named ("Backup saved."), or
 * the browser's downloads ("Brief saved to your downloads.").
 */
export type UnnamedPlace = 'unnamed' | 'downloads'

/**
 * What is said once `what` ("Backup", "Statement") is saved: where, if the platform says, else as
 * `withoutPath` says; nothing (null) if the delegate cancelled the save dialog.
 */
export function savedFileMessage(
  saved: SavedFile,
  what: string,
  withoutPath: UnnamedPlace = 'unnamed'
): string | null {
  if (!saved.saved) return null
  if (saved.path) return `${what} saved to ${saved.path}.`
  return withoutPath === 'downloads' ? `${what} saved to your downloads.` : `${what} saved.`
}

/**
 * Says where `what` was saved, once the platform's save (`result`) is done; throws the
 * platform's error, for the action running the save to show.
 */
export function showSavedFile(
  result: Result<SavedFile>,
  what: string,
  notices: Pick<Notices, 'show'>,
  withoutPath: UnnamedPlace = 'unnamed'
): void {
  if (!result.ok) throw new Error(result.error)
  const message = savedFileMessage(result.value, what, withoutPath)
  if (message) notices.show(message)
}
