/** Tests for the app's lifecycle: profile choice, single instance, and what starts once ready. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backupRequestChannels, bridgeChannels } from '@shared/bridge'

const fakes = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')

  /** The order in which the app called into Electron, to check what happens before ready. */
  const calls: string[] = []
  const logged = <Return>(name: string, result: () => Return) =>
    vi.fn(() => {
      calls.push(name)
      return result()
    })

  class FakeBrowserWindow extends EventEmitter {
    static instances: FakeBrowserWindow[] = []
    static getAllWindows(): FakeBrowserWindow[] {
      return FakeBrowserWindow.instances
    }

    readonly webContents = {
      id: FakeBrowserWindow.instances.length + 1,
      send: vi.fn<(channel: string, request: { id: number; reason: string }) => void>(),
      isDestroyed: () => false,
      isCrashed: () => false
    }
    readonly isDestroyed = vi.fn(() => false)
    readonly close = vi.fn()
    readonly loadURL = vi.fn(async () => undefined)
    readonly isMinimized = vi.fn(() => true)
    readonly restore = vi.fn()
    readonly show = vi.fn()
    readonly focus = vi.fn()

    constructor() {
      super()
      calls.push('new BrowserWindow')
      FakeBrowserWindow.instances.push(this)
    }
  }

  const appEvents = new EventEmitter()
  const state = { hasLock: true, profileDir: '' }
  const electron = {
    app: {
      isPackaged: false,
      setPath: logged('app.setPath', () => undefined),
      getPath: vi.fn(() => state.profileDir),
      enableSandbox: logged('app.enableSandbox', () => undefined),
      requestSingleInstanceLock: logged('app.requestSingleInstanceLock', () => state.hasLock),
      quit: logged('app.quit', () => undefined),
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => {
        appEvents.on(event, listener)
      }),
      whenReady: logged('app.whenReady', async () => undefined),
      isReady: vi.fn(() => true),
      getName: vi.fn(() => 'CND67 Notes'),
      getVersion: vi.fn(() => '0.1.0'),
      setAboutPanelOptions: logged('app.setAboutPanelOptions', () => undefined)
    },
    protocol: {
      registerSchemesAsPrivileged: logged('protocol.registerSchemesAsPrivileged', () => undefined),
      handle: logged('protocol.handle', () => undefined)
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: logged('setPermissionRequestHandler', () => undefined),
        setPermissionCheckHandler: logged('setPermissionCheckHandler', () => undefined),
        webRequest: { onBeforeRequest: logged('webRequest.onBeforeRequest', () => undefined) }
      }
    },
    Menu: {
      buildFromTemplate: vi.fn(() => ({})),
      setApplicationMenu: logged('Menu.setApplicationMenu', () => undefined)
    },
    BrowserWindow: FakeBrowserWindow,
    screen: { getAllDisplays: vi.fn(() => []) },
    ipcMain: {
      handle: logged('ipcMain.handle', () => undefined),
      on: vi.fn<(channel: string, listener: (event: unknown, message: unknown) => void) => void>()
    },
    dialog: { showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn() }
  }
  return { calls, state, appEvents, electron, FakeBrowserWindow }
})

vi.mock('electron', () => fakes.electron)

const { calls, state, appEvents, electron, FakeBrowserWindow } = fakes

/** Loads the main module afresh, as launching the app does, and lets its startup settle. */
async function launch(): Promise<void> {
  vi.resetModules()
  await import('./index')
  await new Promise((resolve) => setTimeout(resolve, 0))
}

beforeEach(() => {
  state.profileDir = mkdtempSync(join(tmpdir(), 'cnd67-profile-'))
  state.hasLock = true
  calls.length = 0
  FakeBrowserWindow.instances = []
  appEvents.removeAllListeners()
  vi.clearAllMocks()
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
  vi.stubEnv('CND67_USER_DATA_DIR', undefined)
})

afterEach(() => {
  vi.unstubAllEnvs()
  rmSync(state.profileDir, { recursive: true, force: true })
})

describe('main process start', () => {
  it('uses the profile directory from CND67_USER_DATA_DIR, before taking the lock', async () => {
    vi.stubEnv('CND67_USER_DATA_DIR', state.profileDir)
    await launch()
    expect(electron.app.setPath).toHaveBeenCalledExactlyOnceWith('userData', state.profileDir)
    expect(calls.indexOf('app.setPath')).toBeLessThan(
      calls.indexOf('app.requestSingleInstanceLock')
    )
  })

  it('ignores CND67_USER_DATA_DIR in a packaged app', async () => {
    vi.stubEnv('CND67_USER_DATA_DIR', state.profileDir)
    electron.app.isPackaged = true
    try {
      await launch()
    } finally {
      electron.app.isPackaged = false
    }
    expect(electron.app.setPath).not.toHaveBeenCalled()
  })

  it('keeps the default profile when the variable is not set', async () => {
    await launch()
    expect(electron.app.setPath).not.toHaveBeenCalled()
  })

  it('registers the scheme and enables the sandbox before the app is ready', async () => {
    await launch()
    const ready = calls.indexOf('app.whenReady')
    expect(calls.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(ready)
    expect(calls.indexOf('app.enableSandbox')).toBeLessThan(ready)
    expect(electron.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function))
  })

  it('quits at once when another instance holds the lock', async () => {
    state.hasLock = false
    await launch()
    expect(electron.app.quit).toHaveBeenCalledOnce()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(FakeBrowserWindow.instances).toEqual([])
  })

  it('once ready, sets up about panel, menu, scheme, permissions, requests, IPC and a window', async () => {
    await launch()
    expect(electron.app.setAboutPanelOptions).toHaveBeenCalledWith({
      applicationName: 'CND67 Notes',
      applicationVersion: '0.1.0'
    })
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce()
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce()
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce()
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce()
    expect(calls.indexOf('webRequest.onBeforeRequest')).toBeLessThan(
      calls.indexOf('new BrowserWindow')
    )
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(Object.keys(bridgeChannels).length)
    expect(electron.ipcMain.on).toHaveBeenCalledWith(
      backupRequestChannels.done,
      expect.any(Function)
    )
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    expect(FakeBrowserWindow.instances[0].loadURL).toHaveBeenCalledWith('app://cnd67/index.html')
    expect(calls.indexOf('protocol.handle')).toBeLessThan(calls.indexOf('new BrowserWindow'))
  })

  it('loads the dev server during development', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    await launch()
    expect(FakeBrowserWindow.instances[0].loadURL).toHaveBeenCalledWith('http://localhost:5173')
  })

  it('brings the existing window forward when started again', async () => {
    await launch()
    appEvents.emit('second-instance')
    const [window] = FakeBrowserWindow.instances
    expect(window.restore).toHaveBeenCalledOnce()
    expect(window.focus).toHaveBeenCalledOnce()
    expect(FakeBrowserWindow.instances).toHaveLength(1)
  })

  it('reopens a window on activate only when none is open', async () => {
    await launch()
    appEvents.emit('activate')
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    FakeBrowserWindow.instances = []
    appEvents.emit('activate')
    expect(FakeBrowserWindow.instances).toHaveLength(1)
  })

  it.runIf(process.platform !== 'darwin')('quits when the last window closes', async () => {
    await launch()
    appEvents.emit('window-all-closed')
    expect(electron.app.quit).toHaveBeenCalledOnce()
  })

  it('asks the window for a backup before quitting, and quits once it is written', async () => {
    await launch()
    const quitting = { preventDefault: vi.fn() }
    appEvents.emit('before-quit', quitting)
    expect(quitting.preventDefault).toHaveBeenCalledOnce()
    expect(electron.app.quit).not.toHaveBeenCalled()

    const [window] = FakeBrowserWindow.instances
    const [channel, request] = window.webContents.send.mock.calls[0]
    expect(channel).toBe(backupRequestChannels.request)
    expect(request).toEqual({ id: expect.any(Number), reason: 'quit' })

    const answer = electron.ipcMain.on.mock.calls.find(
      ([name]) => name === backupRequestChannels.done
    )
    const event = {
      sender: window.webContents,
      senderFrame: { url: 'app://cnd67/index.html', parent: null }
    }
    if (answer === undefined) throw new Error('No listener for the backup answer.')
    answer[1](event, { id: request.id })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(electron.app.quit).toHaveBeenCalledOnce()
  })
})
