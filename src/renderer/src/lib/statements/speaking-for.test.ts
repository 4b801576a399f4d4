/** The delegation's name, remembered on this computer for the next statement. */
import { describe, expect, it } from 'vitest'
import { fullStore, memoryStore } from '@test-support/storage-fixtures'
import { readSpeakingFor, rememberSpeakingFor, speakingForKey } from './speaking-for'

describe('readSpeakingFor', () => {
  it('reads the name remembered, or "" when there is none or it is damaged', () => {
    expect(readSpeakingFor(memoryStore({ [speakingForKey]: '{"name":"Canada"}' }))).toBe('Canada')
    expect(readSpeakingFor(memoryStore())).toBe('')
    expect(readSpeakingFor(memoryStore({ [speakingForKey]: 'not json' }))).toBe('')
    expect(readSpeakingFor(memoryStore({ [speakingForKey]: '{"name":42}' }))).toBe('')
    expect(readSpeakingFor(null)).toBe('')
  })
})

describe('rememberSpeakingFor', () => {
  it('keeps the name trimmed, and forgets it when blank', () => {
    const store = memoryStore()
    expect(rememberSpeakingFor(store, '  Mexico ')).toBe(true)
    expect(store.values.get(speakingForKey)).toBe('{"name":"Mexico"}')
    expect(readSpeakingFor(store)).toBe('Mexico')
    expect(rememberSpeakingFor(store, ' ')).toBe(true)
    expect(store.values.has(speakingForKey)).toBe(false)
  })

  it('says so when storage refuses it', () => {
    expect(rememberSpeakingFor(fullStore(), 'Canada')).toBe(false)
    expect(rememberSpeakingFor(null, 'Canada')).toBe(false)
  })
})
