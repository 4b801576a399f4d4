/**
 * Asks the browser to keep the app's storage under pressure rather than evict it, and says what
 * was granted, so a delegate can see whether their notes are protected.
 */

/** What the storage may expect: kept, kept unless space runs short, or unknown. */
export type StoragePersistence = 'persistent' | 'best-effort' | 'unavailable'

/** The part of `navigator.storage` this needs, so tests can pass a fake. */
export type PersistentStorageManager = Pick<StorageManager, 'persist' | 'persisted'>

/** Requests persistent storage once; reports the outcome without ever throwing. */
export async function requestPersistentStorage(
  storage: PersistentStorageManager | undefined
): Promise<StoragePersistence> {
  if (!storage?.persist) return 'unavailable'
  try {
    if (await storage.persisted()) return 'persistent'
    return (await storage.persist()) ? 'persistent' : 'best-effort'
  } catch {
    return 'unavailable'
  }
}

/** The sentence shown to the delegate for each outcome. */
export function describePersistence(persistence: StoragePersistence): string {
  switch (persistence) {
    case 'persistent':
      return 'Notes are stored on this computer and protected from automatic clean-up.'
    case 'best-effort':
      return 'Notes are stored on this computer, but the system may clear them if disk space runs short. Back up your notes regularly.'
    case 'unavailable':
      return 'Could not check how notes are stored. Back up your notes regularly.'
  }
}

/** The status line's few words for each outcome; none until the outcome is known. */
export function persistenceLabel(persistence: StoragePersistence | null): string {
  switch (persistence) {
    case 'persistent':
      return 'Storage: protected'
    case 'best-effort':
      return 'Storage: may be cleared'
    case 'unavailable':
      return 'Storage: unknown'
    case null:
      return ''
  }
}
