/** The part of the Web Storage API the app uses for small local state, so tests can pass a Map. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
