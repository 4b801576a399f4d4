// @vitest-environment jsdom
/** Display settings are read defensively, stored, and put where the style sheet reads them. */
import { describe, expect, it } from 'vitest'
import page from '../../../index.html?raw'
import { memoryStore } from '@test-support/storage-fixtures'
import {
  applyDisplaySettings,
  defaultDisplaySettings,
  readDisplaySettings,
  saveDisplaySettings,
  type DisplaySettings
} from './display-settings'

const night: DisplaySettings = { theme: 'dark', fontSize: 'large', lineWidth: 'narrow' }

describe('readDisplaySettings', () => {
  it('starts from the defaults', () => {
    expect(readDisplaySettings(memoryStore())).toEqual(defaultDisplaySettings)
  })

  it('reads back what was saved', () => {
    const store = memoryStore()
    expect(saveDisplaySettings(store, night)).toBe(true)
    expect(readDisplaySettings(store)).toEqual(night)
  })

  it('falls back to the default for anything damaged or unknown, choice by choice', () => {
    expect(readDisplaySettings(memoryStore({ 'cnd67:display': '{"theme":' }))).toEqual(
      defaultDisplaySettings
    )
    expect(
      readDisplaySettings(
        memoryStore({ 'cnd67:display': '{"theme":"dark","fontSize":"huge","lineWidth":3}' })
      )
    ).toEqual({ ...defaultDisplaySettings, theme: 'dark' })
  })
})

describe('saveDisplaySettings', () => {
  it('says so when storage refuses', () => {
    const store = {
      ...memoryStore(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      }
    }
    expect(saveDisplaySettings(store, night)).toBe(false)
  })
})

describe('applyDisplaySettings', () => {
  it('sets the root element’s data attributes', () => {
    const root = document.createElement('html')
    applyDisplaySettings(root, night)
    expect({ ...root.dataset }).toEqual({ theme: 'dark', fontSize: 'large', lineWidth: 'narrow' })
  })

  it('leaves alone an attribute that already holds its value', async () => {
    const root = document.createElement('html')
    applyDisplaySettings(root, { ...night, theme: 'light' })
    const changes: string[] = []
    const observer = new MutationObserver((records) =>
      changes.push(...records.map((record) => record.attributeName ?? ''))
    )
    observer.observe(root, { attributes: true })
    applyDisplaySettings(root, night)
    await Promise.resolve()
    observer.disconnect()
    expect(changes).toEqual(['data-theme'])
  })

  it('finds the defaults already on the page the app ships', () => {
    const html = new DOMParser().parseFromString(page, 'text/html').documentElement
    expect({ ...html.dataset }).toEqual(defaultDisplaySettings)
  })
})
