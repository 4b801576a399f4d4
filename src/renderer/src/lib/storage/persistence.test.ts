/** Requesting persistent storage and describing the outcome. */
import { describe, expect, it } from 'vitest'
import {
  describePersistence,
  persistenceLabel,
  requestPersistentStorage,
  type PersistentStorageManager
} from './persistence'

function fakeStorage(
  persisted: boolean,
  grants: boolean
): PersistentStorageManager & { asked: number } {
  const storage = {
    asked: 0,
    persisted: async () => persisted,
    persist: async () => {
      storage.asked += 1
      return grants
    }
  }
  return storage
}

describe('requestPersistentStorage', () => {
  it('reports storage that is already persistent without asking again', async () => {
    const storage = fakeStorage(true, false)
    expect(await requestPersistentStorage(storage)).toBe('persistent')
    expect(storage.asked).toBe(0)
  })

  it('asks once and reports what was granted', async () => {
    expect(await requestPersistentStorage(fakeStorage(false, true))).toBe('persistent')
    expect(await requestPersistentStorage(fakeStorage(false, false))).toBe('best-effort')
  })

  it('reports unavailable when there is no storage manager or it fails', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unavailable')
    const failing: PersistentStorageManager = {
      persisted: async () => {
        throw new Error('SecurityError')
      },
      persist: async () => true
    }
    expect(await requestPersistentStorage(failing)).toBe('unavailable')
  })
})

describe('describePersistence', () => {
  it('tells the delegate what each outcome means for their notes', () => {
    expect(describePersistence('persistent')).toBe(
      'Notes are stored on this computer and protected from automatic clean-up.'
    )
    expect(describePersistence('best-effort')).toContain('Back up your notes regularly.')
    expect(describePersistence('unavailable')).toContain('Back up your notes regularly.')
  })
})

describe('persistenceLabel', () => {
  it('names each outcome in the status line, and nothing before it is known', () => {
    expect(persistenceLabel('persistent')).toBe('Storage: protected')
    expect(persistenceLabel('best-effort')).toBe('Storage: may be cleared')
    expect(persistenceLabel('unavailable')).toBe('Storage: unknown')
    expect(persistenceLabel(null)).toBe('')
  })
})
