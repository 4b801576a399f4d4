/** Tests for the main window's options, opening, and the record of the app's own windows. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const fakes = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')

  /** A window that records how it was made and what was done to it. */
  class FakeBrowserWindow extends EventEmitter {
    static instances: FakeBrowserWindow[] = []
    static nextId = 1
    static getAllWindows(): FakeBrowserWindow[] {
      return FakeBrowserWindow.instances
    }

    readonly webContents = { id: FakeBrowserWindow.nextId++ }
    readonly loadURL = vi.fn<(url: string) => Promise<void>>(async () => undefined)
    readonly show = vi.fn<() => void>()
    readonly maximize = vi.fn<() => void>()
    readonly restore = vi.fn<() => void>()
    readonly focus = vi.fn<() => void>()
    minimized = false

    constructor(readonly options: BrowserWindowConstructorOptions) {
      super()
      FakeBrowserWindow.instances.push(this)
    }

    isMinimized(): boolean {
      return this.minimized
    }

    isMaximized(): boolean {
      return false
    }

    getNormalBounds(): { x: number; y: number; width: number; height: number } {
      return { x: 0, y: 0, width: 800, height: 600 }
    }
  }

  const workArea: Rectangle = { x: 0, y: 0, width: 1920, height: 1050 }
  return { FakeBrowserWindow, getAllDisplays: vi.fn(() => [{ workArea }]) }
})

vi.mock('electron', () => ({
  BrowserWindow: fakes.FakeBrowserWindow,
  screen: { getAllDisplays: fakes.getAllDisplays }
}))

import {
  appWindowFor,
  createMainWindow,
  focusMainWindow,
  isAppWindow,
  mainWindow,
  mainWindowOptions,
  preloadPath
} from './windows'
import type { RendererPage } from './renderer-page'

const { FakeBrowserWindow } = fakes
const appPage: RendererPage = {
  url: 'app://cnd67/index.html',
  origin: 'app://cnd67',
  fromDevServer: false
}

let profileDir: string

beforeEach(() => {
  profileDir = mkdtempSync(join(tmpdir(), 'cnd67-windows-'))
  FakeBrowserWindow.instances = []
})

afterEach(() => {
  rmSync(profileDir, { recursive: true, force: true })
})

function openWindow(): InstanceType<typeof FakeBrowserWindow> {
  createMainWindow(appPage, join(profileDir, 'window-state.json'))
  const window = FakeBrowserWindow.instances.at(-1)
  if (window === undefined) throw new Error('No window was created.')
  return window
}

describe('preloadPath', () => {
  it('points at the CommonJS preload built beside the main bundle', () => {
    expect(preloadPath).toBe(join(import.meta.dirname, '../preload/index.cjs'))
  })
})

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ width: 1200, height: 800, isMaximized: false })

  it('isolates and sandboxes the page', () => {
    expect(options.webPreferences).toEqual({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false
    })
  })

  it('stays hidden until the page is ready, on the reading pane colour', () => {
    expect(options.show).toBe(false)
    expect(options.backgroundColor).toBe('#fbfaf7')
    expect(options.title).toBe('CND67 Notes')
    expect(options.minWidth).toBe(640)
    expect(options.minHeight).toBe(480)
  })

  it('uses the given geometry', () => {
    expect(
      mainWindowOptions({ x: 5, y: 6, width: 700, height: 500, isMaximized: true })
    ).toMatchObject({
      x: 5,
      y: 6,
      width: 700,
      height: 500
    })
  })
})

describe('createMainWindow', () => {
  it('opens at the default size on a first start and loads the page', () => {
    const window = openWindow()
    expect(window.options).toMatchObject({ width: 1200, height: 800 })
    expect(window.options.x).toBeUndefined()
    expect(window.loadURL).toHaveBeenCalledWith('app://cnd67/index.html')
  })

  it('opens where the window was saved, maximized if it was', () => {
    writeFileSync(
      join(profileDir, 'window-state.json'),
      JSON.stringify({ x: 50, y: 60, width: 900, height: 650, isMaximized: true })
    )
    const window = openWindow()
    expect(window.options).toMatchObject({ x: 50, y: 60, width: 900, height: 650 })

    window.emit('ready-to-show')
    expect(window.maximize).toHaveBeenCalledOnce()
    expect(window.show).toHaveBeenCalledOnce()
  })

  it('shows the window only once it is ready', () => {
    const window = openWindow()
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledOnce()
    expect(window.maximize).not.toHaveBeenCalled()
  })

  it('counts the window as the app’s until it is closed', () => {
    const window = openWindow()
    expect(isAppWindow(window.webContents)).toBe(true)
    window.emit('closed')
    expect(isAppWindow(window.webContents)).toBe(false)
  })
})

describe('isAppWindow', () => {
  it('does not know web contents the app did not create', () => {
    expect(isAppWindow({ id: 9999 })).toBe(false)
  })
})

describe('appWindowFor', () => {
  it('finds the app window showing the web contents', () => {
    const window = openWindow()
    expect(appWindowFor(window.webContents)).toBe(window)
  })

  it('finds none for web contents the app did not create or has closed', () => {
    const window = openWindow()
    window.emit('closed')
    expect(appWindowFor(window.webContents)).toBeUndefined()
    expect(appWindowFor({ id: 9999 })).toBeUndefined()
  })
})

describe('mainWindow', () => {
  it('is the open app window', () => {
    const window = openWindow()
    expect(mainWindow()).toBe(window)
  })

  it('is none when every app window has closed', () => {
    openWindow().emit('closed')
    expect(mainWindow()).toBeUndefined()
  })
})

describe('focusMainWindow', () => {
  it('restores a minimized app window and focuses it', () => {
    const window = openWindow()
    window.minimized = true
    focusMainWindow()
    expect(window.restore).toHaveBeenCalledOnce()
    expect(window.focus).toHaveBeenCalledOnce()
  })

  it('does nothing when no app window is open', () => {
    expect(() => focusMainWindow()).not.toThrow()
  })
})
