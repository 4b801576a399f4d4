/** Tests for the preload: what the page receives, and that each method reaches its channel. */
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn<(name: string, api: unknown) => void>() },
  ipcRenderer: {
    invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(async () => ({
      ok: true,
      value: null
    })),
    send: vi.fn<(channel: string, ...args: unknown[]) => void>(),
    on: vi.fn<(channel: string, listener: (event: unknown, message: unknown) => void) => void>()
  }
}))
vi.mock('electron', () => electron)

import { backupRequestChannels, bridgeChannels, bridgeGlobalName } from '@shared/bridge'
import type { BridgeRequests } from '@shared/bridge'
import { bridge } from './index'

/** The preload's listener for backup requests from main, as registered when it loaded. */
const receiveBackupRequest = electron.ipcRenderer.on.mock.calls.find(
  ([channel]) => channel === backupRequestChannels.request
)?.[1]

/** Delivers a message from main on the backup request channel, and lets the answer settle. */
async function mainSends(message: unknown): Promise<void> {
  receiveBackupRequest?.({}, message)
  await new Promise((resolve) => setTimeout(resolve, 0))
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear()
  electron.ipcRenderer.send.mockReset()
})

describe('bridge', () => {
  it('is exposed once, under the contract’s global name', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledExactlyOnceWith(
      bridgeGlobalName,
      bridge
    )
    expect(bridgeGlobalName).toBe('cnd67')
  })

  it('has exactly the contract’s requests and subscription, all functions', () => {
    expect(Object.keys(bridge).sort()).toEqual(
      [...Object.keys(bridgeChannels), 'onBackupRequest'].sort()
    )
    for (const method of Object.values(bridge)) expect(method).toBeTypeOf('function')
  })

  it('does not expose ipcRenderer or any of its functions', () => {
    const exposed: unknown[] = Object.values(bridge)
    expect(exposed).not.toContain(electron.ipcRenderer)
    expect(exposed).not.toContain(electron.ipcRenderer.invoke)
    expect(exposed).not.toContain(electron.ipcRenderer.send)
    expect(exposed).not.toContain(electron.ipcRenderer.on)
    const unsubscribe = bridge.onBackupRequest(async () => undefined)
    expect([electron.ipcRenderer.send, electron.ipcRenderer.on]).not.toContain(unsubscribe)
    unsubscribe()
  })

  it('asks for the app info on its channel', async () => {
    await bridge.getAppInfo()
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(bridgeChannels.getAppInfo)
  })

  it('sends the address to open on its channel and returns the reply', async () => {
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

  const requests: { [Method in keyof BridgeRequests]: Parameters<BridgeRequests[Method]> } = {
    getAppInfo: [],
    openExternal: ['https://www.unodc.org/'],
    saveTextFile: [{ suggestedName: 'brief.md', content: '# Brief', kind: 'markdown' }],
    saveBinaryFile: [
      {
        suggestedName: 'brief.docx',
        content: new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
        kind: 'word'
      }
    ],
    printToPdf: [{ suggestedName: 'brief.pdf' }],
    writeAutomaticBackup: ['{}', 'platform'],
    listAutomaticBackups: [],
    readAutomaticBackup: ['cnd67-backup-20240314-090507-042.json']
  }

  it.each(Object.keys(requests) as (keyof BridgeRequests)[])(
    'sends %s with its arguments on its own channel and returns the reply',
    async (method) => {
      const reply = { ok: true, value: method }
      electron.ipcRenderer.invoke.mockResolvedValueOnce(reply)
      const call = bridge[method] as (...args: unknown[]) => Promise<unknown>
      expect(await call(...requests[method])).toEqual(reply)
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
        bridgeChannels[method],
        ...requests[method]
      )
    }
  )
})

describe('onBackupRequest', () => {
  it('listens on the backup request channel from the start', () => {
    expect(receiveBackupRequest).toBeTypeOf('function')
  })

  it('runs the page’s listener with the reason, then tells main it is done', async () => {
    const order: string[] = []
    const listener = vi.fn(async () => {
      order.push('listener')
    })
    electron.ipcRenderer.send.mockImplementation(() => order.push('done'))
    const unsubscribe = bridge.onBackupRequest(listener)
    await mainSends({ id: 3, reason: 'quit' })
    expect(listener).toHaveBeenCalledExactlyOnceWith('quit')
    expect(electron.ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(backupRequestChannels.done, {
      id: 3
    })
    expect(order).toEqual(['listener', 'done'])
    unsubscribe()
  })

  it('waits for the listener’s backup before saying it is done', async () => {
    let finish = () => {}
    const unsubscribe = bridge.onBackupRequest(
      () => new Promise<void>((resolve) => (finish = resolve))
    )
    await mainSends({ id: 4, reason: 'interval' })
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled()
    finish()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(electron.ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(backupRequestChannels.done, {
      id: 4
    })
    unsubscribe()
  })

  it('says it is done at once when the page has not subscribed', async () => {
    await mainSends({ id: 5, reason: 'quit' })
    expect(electron.ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(backupRequestChannels.done, {
      id: 5
    })
  })

  it('says it is done when the listener fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const unsubscribe = bridge.onBackupRequest(async () => {
      throw new Error('disk full')
    })
    await mainSends({ id: 6, reason: 'quit' })
    expect(electron.ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(backupRequestChannels.done, {
      id: 6
    })
    expect(error).toHaveBeenCalledOnce()
    error.mockRestore()
    unsubscribe()
  })

  it('keeps one listener: a later one replaces an earlier one', async () => {
    const first = vi.fn(async () => undefined)
    const second = vi.fn(async () => undefined)
    const unsubscribeFirst = bridge.onBackupRequest(first)
    const unsubscribeSecond = bridge.onBackupRequest(second)
    unsubscribeFirst()
    await mainSends({ id: 7, reason: 'interval' })
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledOnce()
    unsubscribeSecond()
    await mainSends({ id: 8, reason: 'interval' })
    expect(second).toHaveBeenCalledOnce()
  })

  it('ignores messages that are not backup requests', async () => {
    const listener = vi.fn(async () => undefined)
    const unsubscribe = bridge.onBackupRequest(listener)
    for (const message of [
      undefined,
      'quit',
      { id: 'x', reason: 'quit' },
      { id: 9, reason: 'x' }
    ]) {
      await mainSends(message)
    }
    expect(listener).not.toHaveBeenCalled()
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled()
    unsubscribe()
  })

  it('ignores a listener that is not a function', async () => {
    // A page could pass anything across the context bridge; the type does not stop it.
    const unsubscribe = bridge.onBackupRequest('not a function' as never)
    await mainSends({ id: 10, reason: 'quit' })
    expect(electron.ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(backupRequestChannels.done, {
      id: 10
    })
    unsubscribe()
  })
})
