/** Tests of what the Export brief dialog remembers, and of the marking it prints. */
import { describe, expect, it } from 'vitest'
import type { KeyValueStore } from '../storage/key-value-store'
import {
  defaultBriefSettings,
  markingText,
  maxMarkingLength,
  readBriefSettings,
  saveBriefSettings
} from './brief-settings'

function mapStore(
  entries: Record<string, string> = {}
): KeyValueStore & { map: Map<string, string> } {
  const map = new Map(Object.entries(entries))
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key)
  }
}

describe('readBriefSettings and saveBriefSettings', () => {
  it('reads back what was saved', () => {
    const store = mapStore()
    const settings = {
      template: 'capital',
      marking: 'own-words',
      ownMarking: 'Delegation only'
    } as const
    expect(saveBriefSettings(store, settings)).toBe(true)
    expect(readBriefSettings(store)).toEqual(settings)
  })

  it('falls back to the defaults for what is missing or damaged', () => {
    expect(readBriefSettings(mapStore())).toEqual(defaultBriefSettings)
    expect(readBriefSettings(mapStore({ 'cnd67:brief': '{not json' }))).toEqual(
      defaultBriefSettings
    )
    const damaged = mapStore({
      'cnd67:brief': JSON.stringify({ template: 'poster', marking: 'secret', ownMarking: 42 })
    })
    expect(readBriefSettings(damaged)).toEqual(defaultBriefSettings)
  })

  it('says false when storage refuses', () => {
    const full: KeyValueStore = {
      ...mapStore(),
      setItem: () => {
        throw new Error('QuotaExceededError')
      }
    }
    expect(saveBriefSettings(full, defaultBriefSettings)).toBe(false)
  })
})

describe('markingText', () => {
  it('prints nothing, the standard words, or the delegate’s own on one line', () => {
    expect(markingText({ marking: 'none', ownMarking: 'ignored' })).toBe('')
    expect(markingText({ marking: 'official-use', ownMarking: '' })).toBe('For official use only')
    expect(
      markingText({ marking: 'own-words', ownMarking: '  Restricted:\n delegation  only ' })
    ).toBe('Restricted: delegation only')
    expect(markingText({ marking: 'own-words', ownMarking: 'x'.repeat(500) })).toHaveLength(
      maxMarkingLength
    )
  })
})
