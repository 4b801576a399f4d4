/**
 * A save refused because the record changed elsewhere (another window of the app, another tab)
 * since the editor opened it: what a repository returns instead of writing over that change, the
 * error the notebook raises for the editor, and how "Keep both" joins the two texts.
 */
import { StorageWriteError } from './storage-error'

/** The record as another window stored it, and what this window tried to store over it. */
export interface EditConflict<T> {
  stored: T
  attempted: T
}

/** What a guarded save did: saved (with the record before and after), or refused. */
export type GuardedSave<T> =
  { saved: true; before: T; after: T } | { saved: false; conflict: EditConflict<T> }

/** What the editors say when a save is refused this way. */
export const changedElsewhereMessage =
  'This note was changed in another window since you opened it, so your text was not saved over it'

/** The error the notebook raises for a refused save; the editor offers to keep both or reload. */
export class ChangedElsewhereError<T> extends StorageWriteError {
  override name = 'ChangedElsewhereError'
  constructor(readonly conflict: EditConflict<T>) {
    super(`${changedElsewhereMessage}.`)
  }
}

/**
 * Both texts in one: the other window's, then this one's after `separator`. A text that already
 * holds the other (one window only added to it) is kept alone, and an empty one adds nothing.
 */
export function keepBothTexts(theirs: string, mine: string, separator = '\n\n'): string {
  if (mine.includes(theirs)) return mine
  if (theirs.includes(mine)) return theirs
  return `${theirs}${separator}${mine}`
}

/**
 * What an undo or redo says about records another window had changed since, which it left as
 * that window left them (with its own text added after theirs): `what` names them ("the
 * annotation on para. 3", "3 annotations").
 */
export function changedElsewhereRemark(what: string, many: boolean): string {
  return `${what} had been changed in another window since, so ${many ? 'those changes are' : 'that change is'} kept, with the text put back here added after ${many ? 'theirs' : 'its own'}`
}
