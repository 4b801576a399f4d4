/** The panels as the screen shows them: toggled, revealed, remembered, and placed as the window changes. */
import { describe, expect, it } from 'vitest'
import { memoryStore } from '@test-support/storage-fixtures'
import { PanelLayout } from './PanelLayout.svelte'
import type { WindowMeasures } from './panel-layout'

const wide: WindowMeasures = { windowWidth: 1400, remPx: 16, characterWidth: 9 }
const laptop: WindowMeasures = { windowWidth: 1024, remPx: 16, characterWidth: 9 }
const narrow: WindowMeasures = { windowWidth: 760, remPx: 16, characterWidth: 9 }

function layoutAt(measures: WindowMeasures, store = memoryStore()) {
  const layout = new PanelLayout(() => store)
  layout.measure(measures)
  return { layout, store }
}

describe('PanelLayout.toggle', () => {
  it('hides and shows a docked panel, remembering the choice', () => {
    const { layout, store } = layoutAt(wide)
    expect(layout.toggleLabel('outline')).toBe('Hide outline')
    layout.toggle('outline')
    expect(layout.placement('outline')).toBe('hidden')
    expect(layout.expanded('outline')).toBe(false)
    expect(layout.toggleLabel('outline')).toBe('Show outline')
    expect(new PanelLayout(() => store).placement('outline')).toBe('hidden')
    layout.toggle('outline')
    expect(new PanelLayout(() => store).placement('outline')).toBe('docked')
  })

  it('opens a panel that cannot dock over the text, one at a time, without remembering it', () => {
    const { layout, store } = layoutAt(narrow)
    expect(layout.toggleLabel('notes')).toBe('Show notes panel')
    layout.toggle('notes')
    expect(layout.placement('notes')).toBe('overlay')
    expect(layout.toggleLabel('notes')).toBe('Hide notes panel')
    layout.toggle('outline')
    expect(layout.placement('outline')).toBe('overlay')
    expect(layout.placement('notes')).toBe('hidden')
    layout.toggle('outline')
    expect(layout.placement('outline')).toBe('hidden')
    expect(store.values.size).toBe(0)
  })
})

describe('PanelLayout.reveal', () => {
  it('shows a hidden panel and leaves a shown one as it is', () => {
    const { layout } = layoutAt(wide)
    layout.toggle('notes')
    layout.reveal('notes')
    expect(layout.placement('notes')).toBe('docked')
    layout.reveal('notes')
    expect(layout.placement('notes')).toBe('docked')
  })

  it('opens the notes over the text in a narrow window', () => {
    const { layout } = layoutAt(narrow)
    layout.reveal('notes')
    expect(layout.placement('notes')).toBe('overlay')
  })
})

describe('PanelLayout.closeOverlay', () => {
  it('closes the panel over the text and says whether there was one', () => {
    const { layout } = layoutAt(laptop)
    expect(layout.closeOverlay()).toBe(false)
    layout.toggle('outline')
    expect(layout.placement('outline')).toBe('overlay')
    expect(layout.closeOverlay()).toBe(true)
    expect(layout.placement('outline')).toBe('hidden')
  })
})

describe('PanelLayout.measure', () => {
  it('docks the outline again when the window widens, and forgets its overlay', () => {
    const { layout } = layoutAt(laptop)
    layout.toggle('outline')
    layout.measure(wide)
    expect(layout.placement('outline')).toBe('docked')
    layout.measure(laptop)
    expect(layout.placement('outline')).toBe('hidden')
  })

  it('shows both panels docked before the window is measured (the build’s rendering)', () => {
    const layout = new PanelLayout(() => null)
    expect(layout.placement('outline')).toBe('docked')
    expect(layout.placement('notes')).toBe('docked')
  })
})
