/** Saving and restoring the reading position, and ignoring saved values that cannot be trusted. */
import { describe, expect, it } from 'vitest'
import type { KeyValueStore } from '../storage/key-value-store'
import { memoryStore } from '@test-support/storage-fixtures'
import { loadReadingPosition, readingPositionKey, saveReadingPosition } from './reading-position'

describe('loadReadingPosition', () => {
  it('restores a saved paragraph', () => {
    expect(
      loadReadingPosition(memoryStore({ [readingPositionKey]: '{"paragraph":42}' }), 87)
    ).toEqual({ paragraph: 42 })
  })

  it('ignores nothing saved, corrupt JSON and values out of range', () => {
    for (const saved of [
      undefined,
      '',
      '{',
      'null',
      '42',
      '[]',
      '{"paragraph":0}',
      '{"paragraph":88}',
      '{"paragraph":4.5}',
      '{"paragraph":"42"}',
      '{"__proto__":{"paragraph":3}}'
    ]) {
      const store = memoryStore(saved === undefined ? {} : { [readingPositionKey]: saved })
      expect(loadReadingPosition(store, 87)).toBeNull()
    }
  })

  it('ignores storage that throws', () => {
    const store: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => undefined,
      removeItem: () => undefined
    }
    expect(loadReadingPosition(store, 87)).toBeNull()
  })
})

describe('saveReadingPosition', () => {
  it('writes a position that loads back', () => {
    const store = memoryStore()
    expect(saveReadingPosition(store, { paragraph: 59 })).toBe(true)
    expect(store.values.get(readingPositionKey)).toBe('{"paragraph":59}')
    expect(loadReadingPosition(store, 87)).toEqual({ paragraph: 59 })
  })

  it('reports a full or disabled storage instead of throwing', () => {
    const store: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError')
      },
      removeItem: () => undefined
    }
    expect(saveReadingPosition(store, { paragraph: 1 })).toBe(false)
  })
})
