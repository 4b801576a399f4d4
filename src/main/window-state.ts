/**
 * Remembers where the main window was: size, position and whether it was maximized, kept in
 * `<userData>/window-state.json`. A missing, corrupt or off-screen record falls back to defaults.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Rectangle } from 'electron'

/** The remembered geometry of the main window. */
export interface WindowState {
  /** Left edge in screen coordinates; absent until first saved, so the window opens centred. */
  x?: number
  /** Top edge in screen coordinates; absent until first saved. */
  y?: number
  /** Width of the window when not maximized. */
  width: number
  /** Height of the window when not maximized. */
  height: number
  /** Whether the window was maximized when last saved. */
  isMaximized: boolean
}

/** The state of a first start: a comfortable reading size, centred on the primary display. */
export const defaultWindowState: Readonly<WindowState> = {
  width: 1200,
  height: 800,
  isMaximized: false
}

/** The window-state file inside a profile directory. */
export function windowStatePath(userDataDir: string): string {
  return join(userDataDir, 'window-state.json')
}

/** Reads a saved state from JSON text, or `undefined` if it is not one. */
export function parseWindowState(text: string): WindowState | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const { x, y, width, height, isMaximized } = value as Record<string, unknown>
  const isInteger = (n: unknown): n is number => Number.isSafeInteger(n)
  if (!isInteger(x) || !isInteger(y) || !isInteger(width) || !isInteger(height)) return undefined
  if (width <= 0 || height <= 0 || typeof isMaximized !== 'boolean') return undefined
  return { x, y, width, height, isMaximized }
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}

/**
 * Puts a saved window back on a screen that exists now: onto the work area it overlaps most,
 * shrunk and moved to fit wholly inside it. A window on no current display (a monitor since
 * unplugged) gets the defaults.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state
  const bounds = { x: state.x, y: state.y, width: state.width, height: state.height }
  let best: Rectangle | undefined
  let bestArea = 0
  for (const workArea of workAreas) {
    const area = overlapArea(bounds, workArea)
    if (area > bestArea) {
      best = workArea
      bestArea = area
    }
  }
  if (best === undefined) return { ...defaultWindowState }
  const width = Math.min(bounds.width, best.width)
  const height = Math.min(bounds.height, best.height)
  return {
    x: clamp(bounds.x, best.x, best.x + best.width - width),
    y: clamp(bounds.y, best.y, best.y + best.height - height),
    width,
    height,
    isMaximized: state.isMaximized
  }
}

/** The state to open the window with: the saved one fitted to the displays, else the defaults. */
export function loadWindowState(file: string, workAreas: readonly Rectangle[]): WindowState {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return { ...defaultWindowState }
  }
  const saved = parseWindowState(text)
  return saved === undefined ? { ...defaultWindowState } : fitToDisplays(saved, workAreas)
}

/**
 * Writes the state to a temporary file and renames it over the old one, so a crash mid-write
 * leaves the previous state rather than half a JSON file.
 */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true })
  const temporaryFile = `${file}.${process.pid}.tmp`
  writeFileSync(temporaryFile, `${JSON.stringify(state, null, 2)}\n`)
  renameSync(temporaryFile, file)
}

/** The parts of a window the tracker uses, so tests can drive it with a plain event emitter. */
export interface TrackedWindow {
  /** Listens for the window's geometry changing or the window closing. */
  on(event: 'move' | 'resize' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown
  /** The bounds the window has, or would have when neither maximized nor minimized. */
  getNormalBounds(): Rectangle
  /** Whether the window is maximized. */
  isMaximized(): boolean
}

/** How long the window must stay still before a move or resize is written. */
export const saveDelayMs = 500

/**
 * Saves the window's state shortly after it stops moving or resizing, and at once when it closes.
 * The normal bounds are saved, so a maximized window restores to its former size.
 */
export function trackWindowState(window: TrackedWindow, file: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const save = (): void => {
    clearTimeout(timer)
    try {
      saveWindowState(file, { ...window.getNormalBounds(), isMaximized: window.isMaximized() })
    } catch (error) {
      // Losing the window position is not worth interrupting the reader for.
      console.error('Could not save the window state:', error)
    }
  }
  const saveSoon = (): void => {
    clearTimeout(timer)
    timer = setTimeout(save, saveDelayMs)
  }
  for (const event of ['move', 'resize', 'maximize', 'unmaximize'] as const) {
    window.on(event, saveSoon)
  }
  window.on('close', save)
}
