/** Plain words for the ways a write to the notes database can fail. */

/** A write that did not happen, with a sentence for the delegate saying why. */
export class StorageWriteError extends Error {
  override name = 'StorageWriteError'
}

/**
 * What a repository throws when the record to change is gone, naming what it was. Its own name,
 * not IndexedDB's NotFoundError, which Dexie would turn into one of its own errors without it.
 */
export class RecordGoneError extends Error {
  override name = 'RecordGoneError'
  constructor(
    /** What the record was, in words: "annotation", "session note". */
    readonly subject: string,
    id: string
  ) {
    super(`No ${subject} ${id}`)
  }
}

/** The error for a record that is gone. */
export function notFoundError(subject: string, id: string): RecordGoneError {
  return new RecordGoneError(subject, id)
}

/** A sentence saying why a write failed, for a delegate rather than a developer. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : ''
  const inner =
    error instanceof Error && 'inner' in error && error.inner instanceof Error
      ? error.inner.name
      : ''
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'There is no space left on this computer to store notes. Free some disk space and try again.'
  }
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') {
    return 'The notes database is closed. Restart the app and try again.'
  }
  if (name === 'VersionError' || name === 'UpgradeError') {
    return 'The notes database was changed by a newer version of the app. Update the app to open it.'
  }
  if (error instanceof RecordGoneError) {
    return `That ${error.subject} no longer exists; it may have been deleted.`
  }
  return `The notes database refused the change (${name || 'unknown error'}).`
}
