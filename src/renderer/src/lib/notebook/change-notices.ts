/**
 * What the app says after a change to the notebook: what was done, with an Undo button, and
 * why a change failed, in plain words. Every panel that changes notes says it the same way.
 */
import type { Notices } from '../notices/Notices.svelte'
import { StorageWriteError } from '../storage/storage-error'

/** A sentence saying why `action` ("delete the tag") failed. */
export function failureMessage(cause: unknown, action: string): string {
  if (cause instanceof StorageWriteError || cause instanceof RangeError) return cause.message
  return `Could not ${action}: ${cause instanceof Error ? cause.message : String(cause)}`
}

/** Shows `message` with an Undo button that undoes the notebook's latest change and says so. */
export function showWithUndo(
  notices: Notices,
  notebook: { undo(): Promise<string | null> },
  message: string
): void {
  notices.show(message, 'info', {
    label: 'Undo',
    run: () =>
      void notebook.undo().then(
        (undone) => undone && notices.show(`Undone: ${undone}.`),
        (cause: unknown) => notices.show(failureMessage(cause, 'undo'), 'error')
      )
  })
}
