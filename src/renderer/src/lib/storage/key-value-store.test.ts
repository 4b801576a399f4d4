/** Small local state read back: whatever storage holds, an object or an empty one. */
import { describe, expect, it } from 'vitest'
import { readStoredObject, type KeyValueStore } from './key-value-store'

/** A store holding `text` under every key, or one whose reads throw when `text` is an Error. */
function storeWith(text: string | null | Error): KeyValueStore {
  return {
    getItem: () => {
      if (text instanceof Error) throw text
      return text
    },
    setItem: () => undefined,
    removeItem: () => undefined
  }
}

describe('readStoredObject', () => {
  it('reads the object stored under the key', () => {
    expect(readStoredObject(storeWith('{"theme":"dark","fontSize":3}'), 'k')).toEqual({
      theme: 'dark',
      fontSize: 3
    })
  })

  it.each([
    ['nothing stored', null],
    ['text that is not JSON', '{"theme":'],
    ['a list', '["dark"]'],
    ['a string', '"dark"'],
    ['a number', '3'],
    ['null', 'null'],
    ['storage that refuses to be read', new Error('SecurityError')]
  ])('gives an empty object for %s', (_case, text) => {
    expect(readStoredObject(storeWith(text), 'k')).toEqual({})
  })
})
