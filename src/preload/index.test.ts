/** Tests for the preload: what the page receives, and that each method reaches its channel. */
import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn<(name: string, api: unknown) => void>() },
  ipcRenderer: {
    invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(async () => ({
      ok: true,
      value: null
    })),
    send: vi.fn(),
    on: vi.fn()
  }
}))
vi.mock('electron', () => electron)

import { bridgeChannels, bridgeGlobalName } from '../shared/bridge'
import { bridge } from './index'

describe('bridge', () => {
  it('is exposed once, under the contract’s global name', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledExactlyOnceWith(
      bridgeGlobalName,
      bridge
    )
    expect(bridgeGlobalName).toBe('cnd67')
  })

  it('has exactly the contract’s methods, all functions', () => {
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(bridgeChannels).sort())
    for (const method of Object.values(bridge)) expect(method).toBeTypeOf('function')
  })

  it('does not expose ipcRenderer or any of its functions', () => {
    const exposed: unknown[] = Object.values(bridge)
    expect(exposed).not.toContain(electron.ipcRenderer)
    expect(exposed).not.toContain(electron.ipcRenderer.invoke)
    expect(exposed).not.toContain(electron.ipcRenderer.send)
    expect(exposed).not.toContain(electron.ipcRenderer.on)
  })

  it('asks for the app info on its channel', async () => {
    electron.ipcRenderer.invoke.mockClear()
    await bridge.getAppInfo()
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(bridgeChannels.getAppInfo)
  })

  it('sends the address to open on its channel and returns the reply', async () => {
    electron.ipcRenderer.invoke.mockClear()
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: 'Refused' })
    expect(await bridge.openExternal('https://www.unodc.org/')).toEqual({
      ok: false,
      error: 'Refused'
    })
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      bridgeChannels.openExternal,
      'https://www.unodc.org/'
    )
  })
})
