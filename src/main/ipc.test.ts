/** Tests for the bridge handlers: who may call them, which arguments pass, what they answer. */
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: {
    getName: vi.fn(() => 'CND67 Notes'),
    getVersion: vi.fn(() => '0.1.0')
  },
  ipcMain: {
    handle:
      vi.fn<(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => void>()
  },
  shell: { openExternal: vi.fn<(url: string) => Promise<void>>(async () => undefined) }
}))
vi.mock('electron', () => electron)

import { bridgeChannels, maxExternalUrlLength } from '../shared/bridge'
import { createBridgeHandlers, isTrustedSender, refusedSender, registerIpcHandlers } from './ipc'
import type { BridgeCallEvent, IpcContext } from './ipc'

const appWindowContentsId = 7

const context: IpcContext = {
  page: { url: 'app://cnd67/index.html', origin: 'app://cnd67', fromDevServer: false },
  isAppWindow: (webContents) => webContents.id === appWindowContentsId
}

/** A call from the app window's main frame, with any part replaced. */
function callEvent(overrides: Partial<BridgeCallEvent> = {}): BridgeCallEvent {
  return {
    sender: { id: appWindowContentsId },
    senderFrame: { url: 'app://cnd67/index.html#/paragraph/4', parent: null },
    ...overrides
  }
}

const untrustedEvents: [string, BridgeCallEvent][] = [
  ['a window the app did not create', callEvent({ sender: { id: 99 } })],
  ['a frame that is gone', callEvent({ senderFrame: null })],
  [
    'a subframe',
    callEvent({ senderFrame: { url: 'app://cnd67/index.html', parent: { url: 'app://cnd67/' } } })
  ],
  [
    'another origin',
    callEvent({ senderFrame: { url: 'https://evil.example/index.html', parent: null } })
  ],
  ['another app host', callEvent({ senderFrame: { url: 'app://evil/index.html', parent: null } })],
  ['a local file', callEvent({ senderFrame: { url: 'file:///tmp/index.html', parent: null } })]
]

beforeEach(() => {
  vi.clearAllMocks()
})

describe('isTrustedSender', () => {
  it('trusts the main frame of an app window on the app page', () => {
    expect(isTrustedSender(callEvent(), context)).toBe(true)
  })

  it.each(untrustedEvents)('does not trust %s', (_name, event) => {
    expect(isTrustedSender(event, context)).toBe(false)
  })

  it('trusts the dev server origin during development', () => {
    const devContext: IpcContext = {
      ...context,
      page: { url: 'http://localhost:5173', origin: 'http://localhost:5173', fromDevServer: true }
    }
    const devEvent = callEvent({ senderFrame: { url: 'http://localhost:5173/', parent: null } })
    expect(isTrustedSender(devEvent, devContext)).toBe(true)
    expect(isTrustedSender(callEvent(), devContext)).toBe(false)
  })
})

describe('createBridgeHandlers', () => {
  const handlers = createBridgeHandlers(context)

  describe('getAppInfo', () => {
    it('gives the app name and version', async () => {
      expect(await handlers.getAppInfo(callEvent())).toEqual({
        ok: true,
        value: { name: 'CND67 Notes', version: '0.1.0', platform: 'electron' }
      })
    })

    it.each(untrustedEvents)('refuses %s', async (_name, event) => {
      expect(await handlers.getAppInfo(event)).toEqual(refusedSender)
      expect(electron.app.getVersion).not.toHaveBeenCalled()
    })
  })

  describe('openExternal', () => {
    it('opens an https address in the system browser', async () => {
      const url = 'https://www.unodc.org/unodc/en/commissions/CND/session/67_Session_2024/'
      expect(await handlers.openExternal(callEvent(), url)).toEqual({ ok: true, value: null })
      expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith(url)
    })

    it.each(untrustedEvents)('refuses %s without opening anything', async (_name, event) => {
      expect(await handlers.openExternal(event, 'https://www.unodc.org/')).toEqual(refusedSender)
      expect(electron.shell.openExternal).not.toHaveBeenCalled()
    })

    it.each([
      ['a javascript: address', 'javascript:alert(1)'],
      ['a file: address', 'file:///etc/passwd'],
      ['an http: address', 'http://www.unodc.org/'],
      ['an address with credentials', 'https://user:pw@example.org/'],
      ['a relative address', '/index.html'],
      ['an empty string', ''],
      ['a number', 42],
      ['an object', { href: 'https://www.unodc.org/' }],
      ['nothing', undefined],
      ['an overly long address', `https://example.org/${'a'.repeat(maxExternalUrlLength)}`]
    ])('refuses %s without opening anything', async (_name, url) => {
      const result = await handlers.openExternal(callEvent(), url)
      expect(result).toEqual({
        ok: false,
        error: 'That address cannot be opened: only plain https:// web addresses are allowed.'
      })
      expect(electron.shell.openExternal).not.toHaveBeenCalled()
    })

    it('reports in plain words when the system cannot open the address', async () => {
      electron.shell.openExternal.mockRejectedValueOnce(new Error('No application found'))
      expect(await handlers.openExternal(callEvent(), 'https://www.unodc.org/')).toEqual({
        ok: false,
        error: 'The system could not open the address in a browser.'
      })
    })
  })
})

describe('registerIpcHandlers', () => {
  it('handles every bridge channel, each with the sender check', async () => {
    registerIpcHandlers(context)
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel)
    expect(channels.sort()).toEqual(Object.values(bridgeChannels).sort())

    for (const [, listener] of electron.ipcMain.handle.mock.calls) {
      expect(await listener(callEvent({ sender: { id: 99 } }), 'https://www.unodc.org/')).toEqual(
        refusedSender
      )
    }
    expect(electron.shell.openExternal).not.toHaveBeenCalled()
  })

  it('passes the arguments through to the handler', async () => {
    registerIpcHandlers(context)
    const openExternal = electron.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === bridgeChannels.openExternal
    )?.[1]
    expect(await openExternal?.(callEvent(), 'https://www.unodc.org/')).toEqual({
      ok: true,
      value: null
    })
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.unodc.org/')
  })
})
