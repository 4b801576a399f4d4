/**
 * The window's panels as the screen shows them: the delegate's remembered choices, the overlay
 * open over the text in a narrow window, and the window's measures, from which
 * `panelPlacements` decides where each panel goes.
 */
import type { KeyValueStore } from '../storage/key-value-store'
import {
  defaultPanelPreferences,
  panelPlacements,
  readPanelPreferences,
  savePanelPreferences,
  type Panel,
  type PanelPlacement,
  type PanelPreferences,
  type WindowMeasures
} from './panel-layout'

/** Measures wide enough for both panels, until the window is measured. */
const roomyWindow: WindowMeasures = { windowWidth: 1400, remPx: 16, characterWidth: 9 }

/** What each panel is called on its button and in the command palette. */
const panelNames: Record<Panel, string> = { outline: 'outline', notes: 'notes panel' }

export class PanelLayout {
  #store: () => KeyValueStore | null
  #preferences = $state.raw<PanelPreferences>({ ...defaultPanelPreferences })
  #overlay = $state<Panel | null>(null)
  #measures = $state.raw<WindowMeasures>(roomyWindow)
  readonly #placements = $derived(panelPlacements(this.#preferences, this.#overlay, this.#measures))

  /**
   * @param store where the choices are kept; a function returning null where there is no
   *   storage (the build renders the window ahead of time, with both panels shown)
   */
  constructor(store: () => KeyValueStore | null) {
    this.#store = store
    const found = store()
    if (found) this.#preferences = readPanelPreferences(found)
  }

  /** Where `panel` shows now. */
  placement(panel: Panel): PanelPlacement {
    return this.#placements[panel]
  }

  /** Whether `panel` is on screen, docked or over the text. */
  expanded(panel: Panel): boolean {
    return this.#placements[panel] !== 'hidden'
  }

  /** What the button or command toggling `panel` does: "Hide outline", "Show notes panel". */
  toggleLabel(panel: Panel): string {
    return `${this.expanded(panel) ? 'Hide' : 'Show'} ${panelNames[panel]}`
  }

  /** Takes the window's new measures; an overlay whose panel can now dock is closed. */
  measure(measures: WindowMeasures): void {
    this.#measures = measures
    if (this.#overlay && this.#placements[this.#overlay] !== 'overlay') this.#overlay = null
  }

  /**
   * Hides or shows `panel`: a docked panel's choice is remembered; in a narrow window, the panel
   * opens over the text (closing the other one) or closes.
   */
  toggle(panel: Panel): void {
    this.#set(panel, !this.expanded(panel))
  }

  /** Shows `panel` if it is hidden (the editor opening, a view of the notes asked for). */
  reveal(panel: Panel): void {
    if (!this.expanded(panel)) this.#set(panel, true)
  }

  /** Closes the panel shown over the text, if any; true if there was one. */
  closeOverlay(): boolean {
    const open = this.#overlay !== null
    this.#overlay = null
    return open
  }

  #set(panel: Panel, shown: boolean) {
    const docks = panelPlacements({ ...this.#preferences, [panel]: true }, null, this.#measures)
    if (docks[panel] === 'docked') {
      this.#preferences = { ...this.#preferences, [panel]: shown }
      const store = this.#store()
      if (store) savePanelPreferences(store, this.#preferences)
    } else {
      this.#overlay = shown ? panel : null
    }
  }
}
