/** Fixture factories for storage tests: an in-memory stand-in for localStorage. */
import type { KeyValueStore } from '@renderer/lib/storage/key-value-store'

/** A key-value store kept in a Map, which tests can inspect through `values`; it lists its keys. */
export function memoryStore(
  initial: Record<string, string> = {}
): KeyValueStore & Pick<Storage, 'length' | 'key'> & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial))
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
    get length() {
      return values.size
    },
    key: (index) => [...values.keys()][index] ?? null
  }
}

/** A key-value store that is full: it reads and removes, but refuses every write. */
export function fullStore(initial: Record<string, string> = {}): ReturnType<typeof memoryStore> {
  const store = memoryStore(initial)
  store.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  }
  return store
}
