/** The part of the Web Storage API the app uses for small local state, so tests can pass a Map. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/**
 * The object stored as JSON under `key`, or an empty one where there is nothing, something that
 * is not an object, text that is not JSON, or storage that refuses to be read: small local state
 * is a preference, and a damaged one falls back to the defaults rather than stopping the app.
 */
export function readStoredObject(store: KeyValueStore, key: string): Record<string, unknown> {
  let stored: unknown = null
  try {
    stored = JSON.parse(store.getItem(key) ?? 'null')
  } catch {
    stored = null
  }
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
    ? (stored as Record<string, unknown>)
    : {}
}
