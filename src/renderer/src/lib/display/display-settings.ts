/**
 * How the app looks to this reader: light, dark or the system's theme, the text size and the
 * width of a line of the document. Kept in local storage and applied to the page's root element
 * before the first paint, so a delegate reading at night never sees a white flash.
 */
import { readStoredObject, type KeyValueStore } from '../storage/key-value-store'

export const themes = ['system', 'light', 'dark'] as const
export type Theme = (typeof themes)[number]
export const fontSizes = ['small', 'medium', 'large', 'x-large'] as const
export type FontSize = (typeof fontSizes)[number]
export const lineWidths = ['narrow', 'medium', 'wide'] as const
export type LineWidth = (typeof lineWidths)[number]

/** The reader's display choices. */
export interface DisplaySettings {
  theme: Theme
  fontSize: FontSize
  lineWidth: LineWidth
}

/** The choices of the Display dialog, in its order; each has a command that goes to it. */
export const displayFields = [
  'theme',
  'fontSize',
  'lineWidth'
] as const satisfies readonly (keyof DisplaySettings)[]

/** One of the Display dialog's choices. */
export type DisplayField = (typeof displayFields)[number]

/** The element id of a choice's menu in the Display dialog. */
export function displayFieldId(field: DisplayField): string {
  return `display-${field}`
}

/** What a new reader starts with: the system's theme, medium text and lines. */
export const defaultDisplaySettings: Readonly<DisplaySettings> = {
  theme: 'system',
  fontSize: 'medium',
  lineWidth: 'medium'
}

/** How each choice is named in the Display menu. */
export const displayLabels = {
  theme: { system: 'Same as the system', light: 'Light', dark: 'Dark' },
  fontSize: { small: 'Small', medium: 'Medium', large: 'Large', 'x-large': 'Extra large' },
  lineWidth: { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' }
} as const satisfies {
  theme: Record<Theme, string>
  fontSize: Record<FontSize, string>
  lineWidth: Record<LineWidth, string>
}

const storageKey = 'cnd67:display'

function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback
}

/** The stored settings; anything missing, unknown or unreadable falls back to the defaults. */
export function readDisplaySettings(store: KeyValueStore): DisplaySettings {
  const value = readStoredObject(store, storageKey)
  return {
    theme: oneOf(themes, value.theme, defaultDisplaySettings.theme),
    fontSize: oneOf(fontSizes, value.fontSize, defaultDisplaySettings.fontSize),
    lineWidth: oneOf(lineWidths, value.lineWidth, defaultDisplaySettings.lineWidth)
  }
}

/** Stores the settings; false if storage refused them (they still apply until the app closes). */
export function saveDisplaySettings(store: KeyValueStore, settings: DisplaySettings): boolean {
  try {
    store.setItem(storageKey, JSON.stringify(settings))
    return true
  } catch {
    return false
  }
}

/** Puts the settings on the root element, where the style sheet reads them. */
export function applyDisplaySettings(root: HTMLElement, settings: DisplaySettings): void {
  // The page ships with the defaults in place (index.html): an attribute set again to the value
  // it has would still make the browser restyle the page as the app starts.
  for (const field of displayFields) {
    if (root.dataset[field] !== settings[field]) root.dataset[field] = settings[field]
  }
}
