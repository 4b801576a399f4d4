/**
 * Where the outline and the notes panel sit beside the text: docked as columns while the text
 * keeps at least sixty characters a line, else over the text when asked for (an overlay). The
 * delegate's choice to hide or show each docked panel is kept in local storage.
 */
import { readStoredObject, type KeyValueStore } from '../storage/key-value-store'

/** The two panels beside the text, left and right. */
export const panels = ['outline', 'notes'] as const
export type Panel = (typeof panels)[number]

/**
 * How a panel shows: as a column beside the text, over the text (the window is too narrow for a
 * column), or not at all.
 */
export type PanelPlacement = 'docked' | 'overlay' | 'hidden'

/** Whether the delegate wants each panel shown while it can be docked. */
export type PanelPreferences = Record<Panel, boolean>

/** What the placement depends on, in CSS pixels. */
export interface WindowMeasures {
  /** The width the page can lay out in (the window less any scroll bar). */
  windowWidth: number
  /** One rem: the text size the delegate chose. */
  remPx: number
  /** The average width of a character of the document's text, in its font and size. */
  characterWidth: number
}

/** The fewest characters a line of the document may hold before panels give way. */
export const minimumCharactersPerLine = 60

/** Each docked panel's width, in rem. */
export const dockedWidthsRem: Readonly<Record<Panel, number>> = { outline: 16, notes: 20 }

/** The reference pane's padding beside the text, in rem: paragraph numbers left, ✎ right. */
export const paneSideRem = { left: 4.5, right: 2.75 } as const

/** Both panels shown: a new reader sees the outline and the notes. */
export const defaultPanelPreferences: Readonly<PanelPreferences> = { outline: true, notes: true }

/** The characters of `characterWidth` that fit in `textWidth` (both in pixels). */
export function charactersPerLine(textWidth: number, characterWidth: number): number {
  return characterWidth > 0 ? textWidth / characterWidth : 0
}

/** The narrowest reading column, in pixels, that keeps `minimumCharactersPerLine`. */
export function minimumReadingWidth(measures: WindowMeasures): number {
  return (
    minimumCharactersPerLine * measures.characterWidth +
    (paneSideRem.left + paneSideRem.right) * measures.remPx
  )
}

/**
 * Where each panel goes. The notes panel keeps its column first (the editor lives there); the
 * outline docks only if the text still has its sixty characters beside it. A panel that cannot
 * dock shows over the text while it is the `overlay` asked for, and is hidden otherwise.
 */
export function panelPlacements(
  preferences: PanelPreferences,
  overlay: Panel | null,
  measures: WindowMeasures
): Record<Panel, PanelPlacement> {
  const needed = minimumReadingWidth(measures)
  const width = (panel: Panel) => dockedWidthsRem[panel] * measures.remPx
  const place = (panel: Panel, dockable: boolean): PanelPlacement =>
    dockable ? (preferences[panel] ? 'docked' : 'hidden') : overlay === panel ? 'overlay' : 'hidden'
  const notes = place('notes', measures.windowWidth - width('notes') >= needed)
  const besideOutline = notes === 'docked' ? width('notes') : 0
  const outline = place(
    'outline',
    measures.windowWidth - width('outline') - besideOutline >= needed
  )
  return { outline, notes }
}

const storageKey = 'cnd67:panels'

/** The stored preferences; anything missing, damaged or unreadable falls back to shown. */
export function readPanelPreferences(store: KeyValueStore): PanelPreferences {
  const value = readStoredObject(store, storageKey)
  return {
    outline: typeof value.outline === 'boolean' ? value.outline : defaultPanelPreferences.outline,
    notes: typeof value.notes === 'boolean' ? value.notes : defaultPanelPreferences.notes
  }
}

/** Stores the preferences; false if storage refused them (they still apply until the app closes). */
export function savePanelPreferences(store: KeyValueStore, preferences: PanelPreferences): boolean {
  try {
    store.setItem(storageKey, JSON.stringify(preferences))
    return true
  } catch {
    return false
  }
}
