/**
 * The page's local storage for small local state, or a stand-in where the browser refuses it.
 * A module of its own, so that only the parts that remember something load it.
 */
import type { KeyValueStore } from './key-value-store'

/** What `localStore` answers where the browser refuses local storage: it keeps nothing. */
const keepsNothing: KeyValueStore = {
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined
}

/** The page's local storage, or a stand-in that keeps nothing where the browser refuses it. */
export function localStore(): KeyValueStore {
  try {
    return localStorage
  } catch {
    return keepsNothing
  }
}
