/** Tests for remembering the window's geometry, with real files in a temporary profile. */
import { EventEmitter } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Rectangle } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  defaultWindowState,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveDelayMs,
  saveWindowState,
  trackWindowState,
  windowStatePath
} from './window-state'
import type { TrackedWindow, WindowState } from './window-state'

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 875 }
const monitorOnTheRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1415 }

function savedState(overrides: Partial<WindowState> = {}): WindowState {
  return { x: 100, y: 80, width: 1000, height: 700, isMaximized: false, ...overrides }
}

let profileDir: string

beforeEach(() => {
  profileDir = mkdtempSync(join(tmpdir(), 'cnd67-window-state-'))
})

afterEach(() => {
  rmSync(profileDir, { recursive: true, force: true })
})

describe('windowStatePath', () => {
  it('is window-state.json in the profile', () => {
    expect(windowStatePath('/profile')).toBe(join('/profile', 'window-state.json'))
  })
})

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(parseWindowState(JSON.stringify(savedState({ isMaximized: true })))).toEqual(
      savedState({ isMaximized: true })
    )
  })

  it.each([
    ['corrupt JSON', '{"x": 1,'],
    ['an empty file', ''],
    ['null', 'null'],
    ['an array', '[1, 2, 3, 4]'],
    ['a missing field', JSON.stringify({ x: 0, y: 0, width: 800, isMaximized: false })],
    ['a string number', JSON.stringify({ ...savedState(), width: '800' })],
    ['a fractional size', JSON.stringify({ ...savedState(), height: 700.5 })],
    ['a zero width', JSON.stringify({ ...savedState(), width: 0 })],
    ['a negative height', JSON.stringify({ ...savedState(), height: -10 })],
    ['a non-boolean maximized flag', JSON.stringify({ ...savedState(), isMaximized: 'yes' })]
  ])('rejects %s', (_name, text) => {
    expect(parseWindowState(text)).toBeUndefined()
  })
})

describe('fitToDisplays', () => {
  it('keeps a window that is wholly on a display', () => {
    expect(fitToDisplays(savedState(), [laptop, monitorOnTheRight])).toEqual(savedState())
  })

  it('keeps a window on a secondary display', () => {
    const onMonitor = savedState({ x: 2000, y: 200 })
    expect(fitToDisplays(onMonitor, [laptop, monitorOnTheRight])).toEqual(onMonitor)
  })

  it('falls back to the defaults when the window is on no display', () => {
    const onUnpluggedMonitor = savedState({ x: 2000, y: 200, isMaximized: true })
    expect(fitToDisplays(onUnpluggedMonitor, [laptop])).toEqual(defaultWindowState)
  })

  it('falls back to the defaults when there are no displays', () => {
    expect(fitToDisplays(savedState(), [])).toEqual(defaultWindowState)
  })

  it('moves a window hanging off an edge back inside the display', () => {
    expect(fitToDisplays(savedState({ x: -300, y: 600 }), [laptop])).toEqual(
      savedState({ x: 0, y: 175 })
    )
  })

  it('shrinks a window larger than the display it is on', () => {
    expect(
      fitToDisplays(savedState({ x: 10, y: 10, width: 3000, height: 2000 }), [laptop])
    ).toEqual(savedState({ x: 0, y: 0, width: 1440, height: 875 }))
  })

  it('fits a window straddling two displays onto the one showing most of it', () => {
    expect(
      fitToDisplays(savedState({ x: 1040, y: 100, width: 1000 }), [laptop, monitorOnTheRight])
    ).toEqual(savedState({ x: 1440, y: 100, width: 1000 }))
  })

  it('leaves an unpositioned state to be centred', () => {
    expect(fitToDisplays({ ...defaultWindowState }, [laptop])).toEqual(defaultWindowState)
  })
})

describe('loadWindowState', () => {
  it('gives the defaults on a first start', () => {
    expect(loadWindowState(windowStatePath(profileDir), [laptop])).toEqual(defaultWindowState)
  })

  it('gives the defaults for a corrupt file', () => {
    const file = windowStatePath(profileDir)
    writeFileSync(file, '{"x": 100, "y"')
    expect(loadWindowState(file, [laptop])).toEqual(defaultWindowState)
  })

  it('gives the defaults for a window saved on a display that is gone', () => {
    const file = windowStatePath(profileDir)
    writeFileSync(file, JSON.stringify(savedState({ x: 5000, y: 3000 })))
    expect(loadWindowState(file, [laptop])).toEqual(defaultWindowState)
  })

  it('reads back what was saved', () => {
    const file = windowStatePath(profileDir)
    saveWindowState(file, savedState({ isMaximized: true }))
    expect(loadWindowState(file, [laptop])).toEqual(savedState({ isMaximized: true }))
  })
})

describe('saveWindowState', () => {
  it('writes the state as JSON and leaves no temporary file', () => {
    const file = windowStatePath(profileDir)
    saveWindowState(file, savedState())
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(savedState())
    expect(readdirSync(profileDir)).toEqual(['window-state.json'])
  })

  it('replaces an earlier state', () => {
    const file = windowStatePath(profileDir)
    saveWindowState(file, savedState())
    saveWindowState(file, savedState({ x: 300 }))
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(savedState({ x: 300 }))
  })

  it('creates a profile directory that does not exist yet', () => {
    const file = windowStatePath(join(profileDir, 'new-profile'))
    saveWindowState(file, savedState())
    expect(existsSync(file)).toBe(true)
  })
})

/** A window that emits the tracked events on demand and reports fixed geometry. */
class FakeWindow extends EventEmitter implements TrackedWindow {
  bounds: Rectangle = { x: 100, y: 80, width: 1000, height: 700 }
  maximized = false

  getNormalBounds(): Rectangle {
    return this.bounds
  }

  isMaximized(): boolean {
    return this.maximized
  }
}

describe('trackWindowState', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('saves once the window has stopped moving', () => {
    vi.useFakeTimers()
    const file = windowStatePath(profileDir)
    const window = new FakeWindow()
    trackWindowState(window, file)

    window.emit('move')
    window.bounds = { x: 200, y: 90, width: 1000, height: 700 }
    window.emit('move')
    vi.advanceTimersByTime(saveDelayMs - 1)
    expect(existsSync(file)).toBe(false)

    vi.advanceTimersByTime(1)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(savedState({ x: 200, y: 90 }))
  })

  it('saves the normal bounds and the maximized flag after maximizing', () => {
    vi.useFakeTimers()
    const file = windowStatePath(profileDir)
    const window = new FakeWindow()
    trackWindowState(window, file)

    window.maximized = true
    window.emit('maximize')
    vi.advanceTimersByTime(saveDelayMs)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(savedState({ isMaximized: true }))
  })

  it('saves at once on close', () => {
    const file = windowStatePath(profileDir)
    const window = new FakeWindow()
    trackWindowState(window, file)

    window.bounds = { x: 10, y: 20, width: 900, height: 600 }
    window.emit('close')
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(
      savedState({ x: 10, y: 20, width: 900, height: 600 })
    )
  })

  it('reports rather than throws when the state cannot be written', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const blocker = join(profileDir, 'not-a-directory')
    writeFileSync(blocker, '')
    const window = new FakeWindow()
    trackWindowState(window, windowStatePath(blocker))

    expect(() => window.emit('close')).not.toThrow()
    expect(error).toHaveBeenCalledOnce()
    error.mockRestore()
  })
})
