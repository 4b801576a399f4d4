/**
 * Where the panels go at a window's width and text size, and how the delegate's choices are
 * remembered; and that the style sheet lays out the widths this module counts on.
 */
import { describe, expect, it } from 'vitest'
import { fullStore, memoryStore } from '@test-support/storage-fixtures'
import {
  charactersPerLine,
  defaultPanelPreferences,
  dockedWidthsRem,
  minimumReadingWidth,
  paneSideRem,
  panelPlacements,
  readPanelPreferences,
  savePanelPreferences,
  type WindowMeasures
} from './panel-layout'

/**
 * Node's file reading, for the style sheet: the web tsconfig has no Node types, since renderer
 * code must not use Node; the test runs in Node, so it loads it at run time and types it here.
 */
const nodeFsModule = 'node:fs'
const files = (await import(/* @vite-ignore */ nodeFsModule)) as {
  readFileSync(path: URL, encoding: 'utf8'): string
}

/** A window of `windowWidth` pixels with medium text (16 px) in a serif of 9 px a character. */
function windowOf(windowWidth: number, remPx = 16, characterWidth = 9): WindowMeasures {
  return { windowWidth, remPx, characterWidth }
}

const bothShown = { outline: true, notes: true }

describe('charactersPerLine', () => {
  it('divides the width of the text by the width of a character', () => {
    expect(charactersPerLine(540, 9)).toBe(60)
  })

  it('is zero when nothing could be measured', () => {
    expect(charactersPerLine(540, 0)).toBe(0)
  })
})

describe('minimumReadingWidth', () => {
  it('is sixty characters and the pane’s sides', () => {
    expect(minimumReadingWidth(windowOf(1024))).toBe(60 * 9 + (4.5 + 2.75) * 16)
  })
})

describe('panelPlacements', () => {
  it('docks both panels in a wide window', () => {
    expect(panelPlacements(bothShown, null, windowOf(1400))).toEqual({
      outline: 'docked',
      notes: 'docked'
    })
    expect(panelPlacements(bothShown, null, windowOf(1280))).toEqual({
      outline: 'docked',
      notes: 'docked'
    })
  })

  it('keeps the notes panel docked and takes the outline out of the way at 1024 pixels', () => {
    expect(panelPlacements(bothShown, null, windowOf(1024))).toEqual({
      outline: 'hidden',
      notes: 'docked'
    })
    expect(panelPlacements(bothShown, 'outline', windowOf(1024))).toEqual({
      outline: 'overlay',
      notes: 'docked'
    })
  })

  it('docks the outline where the delegate hid the notes panel', () => {
    expect(panelPlacements({ outline: true, notes: false }, null, windowOf(1024))).toEqual({
      outline: 'docked',
      notes: 'hidden'
    })
  })

  it('shows only the overlay asked for in a narrow window', () => {
    expect(panelPlacements(bothShown, null, windowOf(800))).toEqual({
      outline: 'hidden',
      notes: 'hidden'
    })
    expect(panelPlacements(bothShown, 'notes', windowOf(800))).toEqual({
      outline: 'hidden',
      notes: 'overlay'
    })
  })

  it('gives way sooner for larger text', () => {
    // Extra large: 20 px a rem, a character of 11.3 px.
    expect(panelPlacements(bothShown, null, windowOf(1280, 20, 11.3))).toEqual({
      outline: 'hidden',
      notes: 'docked'
    })
    expect(panelPlacements(bothShown, null, windowOf(1024, 20, 11.3))).toEqual({
      outline: 'hidden',
      notes: 'hidden'
    })
  })

  it('hides a panel the delegate hid, and ignores an overlay for a panel that docks', () => {
    expect(panelPlacements({ outline: false, notes: true }, 'outline', windowOf(1400))).toEqual({
      outline: 'hidden',
      notes: 'docked'
    })
  })

  it('leaves the text its sixty characters wherever it docks a panel', () => {
    for (let windowWidth = 600; windowWidth <= 2000; windowWidth += 7) {
      for (const [remPx, characterWidth] of [
        [15, 8.5],
        [16, 9],
        [18, 10.2],
        [20, 11.3]
      ]) {
        const measures = windowOf(windowWidth, remPx, characterWidth)
        for (const preferences of [
          bothShown,
          { outline: false, notes: true },
          { outline: true, notes: false }
        ]) {
          const placed = panelPlacements(preferences, 'outline', measures)
          const docked =
            (placed.outline === 'docked' ? dockedWidthsRem.outline * remPx : 0) +
            (placed.notes === 'docked' ? dockedWidthsRem.notes * remPx : 0)
          const textWidth = windowWidth - docked - (paneSideRem.left + paneSideRem.right) * remPx
          if (docked > 0) {
            expect(charactersPerLine(textWidth, characterWidth)).toBeGreaterThanOrEqual(60 - 1e-9)
          }
        }
      }
    }
  })
})

describe('readPanelPreferences', () => {
  it('starts with both panels shown', () => {
    expect(readPanelPreferences(memoryStore())).toEqual(defaultPanelPreferences)
  })

  it('reads back what was saved', () => {
    const store = memoryStore()
    expect(savePanelPreferences(store, { outline: false, notes: true })).toBe(true)
    expect(readPanelPreferences(store)).toEqual({ outline: false, notes: true })
  })

  it('falls back to shown for anything damaged or unknown, panel by panel', () => {
    expect(readPanelPreferences(memoryStore({ 'cnd67:panels': '{"outline":' }))).toEqual(
      defaultPanelPreferences
    )
    expect(
      readPanelPreferences(memoryStore({ 'cnd67:panels': '{"outline":"no","notes":false}' }))
    ).toEqual({ outline: true, notes: false })
    expect(readPanelPreferences(memoryStore({ 'cnd67:panels': '[]' }))).toEqual(
      defaultPanelPreferences
    )
  })
})

describe('savePanelPreferences', () => {
  it('says so when storage refuses', () => {
    expect(savePanelPreferences(fullStore(), { outline: false, notes: false })).toBe(false)
  })
})

describe('the style sheet', () => {
  const css = files.readFileSync(new URL('../../app.css', import.meta.url), 'utf8')
  const value = (name: string) => css.match(new RegExp(`--${name}: ([\\d.]+)rem;`))?.[1]

  it('docks the panels at the widths the placement counts on', () => {
    expect(Number(value('outline-width'))).toBe(dockedWidthsRem.outline)
    expect(Number(value('notes-width'))).toBe(dockedWidthsRem.notes)
  })

  it('pads the pane as the placement counts on', () => {
    expect(Number(value('pane-left'))).toBe(paneSideRem.left)
    expect(Number(value('pane-right'))).toBe(paneSideRem.right)
  })
})
