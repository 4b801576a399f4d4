/**
 * Tests for asking the renderer for backups: answers matched to requests, the 10-minute requests,
 * and quitting or closing deferred once, never for more than 5 seconds, never twice.
 */
import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backupRequestChannels } from '@shared/bridge'
import type { BackupRequest } from '@shared/bridge'
import {
  BackupRequests,
  backupIntervalMs,
  installBackupRequests,
  intervalBackupTimeoutMs,
  leavingBackupTimeoutMs
} from './backup-requests'
import type { BackupRequestTarget, InstalledBackupRequests } from './backup-requests'

/** Web contents that record what they were sent. */
class FakeWebContents implements BackupRequestTarget {
  static nextId = 1
  readonly id = FakeWebContents.nextId++
  readonly sent: BackupRequest[] = []
  destroyed = false
  crashed = false

  isDestroyed(): boolean {
    return this.destroyed
  }

  isCrashed(): boolean {
    return this.crashed
  }

  send(channel: string, request: BackupRequest): void {
    expect(channel).toBe(backupRequestChannels.request)
    this.sent.push(request)
  }

  /** The request sent last. */
  get lastRequest(): BackupRequest {
    const request = this.sent.at(-1)
    if (request === undefined) throw new Error('Nothing was sent.')
    return request
  }
}

/** A preventable event, as Electron passes to 'before-quit' and 'close' listeners. */
function departureEvent() {
  const event = {
    defaultPrevented: false,
    preventDefault: vi.fn(() => {
      event.defaultPrevented = true
    })
  }
  return event
}

/** A window that closes for real when `close()` is called and its 'close' is not prevented. */
class FakeWindow extends EventEmitter {
  readonly webContents = new FakeWebContents()
  destroyed = false
  readonly close = vi.fn(() => {
    const event = departureEvent()
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroyed = true
  })

  isDestroyed(): boolean {
    return this.destroyed
  }
}

/** An app that quits for real when `quit()` is called and 'before-quit' is not prevented. */
class FakeApp extends EventEmitter {
  quitted = false
  readonly quit = vi.fn(() => {
    const event = departureEvent()
    this.emit('before-quit', event)
    if (!event.defaultPrevented) this.quitted = true
  })
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('BackupRequests', () => {
  it('sends a numbered request and resolves when its target answers', async () => {
    const requests = new BackupRequests()
    const target = new FakeWebContents()
    const outcome = requests.ask(target, 'interval', 1000)
    expect(target.sent).toEqual([{ id: expect.any(Number), reason: 'interval' }])
    expect(requests.isAsking(target)).toBe(true)
    expect(requests.answer(target, { id: target.lastRequest.id })).toBe(true)
    expect(await outcome).toBe('answered')
    expect(requests.isAsking(target)).toBe(false)
  })

  it('gives each request its own number', () => {
    const requests = new BackupRequests()
    const target = new FakeWebContents()
    void requests.ask(target, 'interval', 1000)
    void requests.ask(target, 'quit', 1000)
    expect(new Set(target.sent.map((request) => request.id)).size).toBe(2)
  })

  it('times out when no answer comes', async () => {
    const requests = new BackupRequests()
    const target = new FakeWebContents()
    const outcome = requests.ask(target, 'quit', 5000)
    await vi.advanceTimersByTimeAsync(4999)
    expect(requests.isAsking(target)).toBe(true)
    await vi.advanceTimersByTimeAsync(1)
    expect(await outcome).toBe('timed-out')
    expect(requests.answer(target, { id: target.lastRequest.id })).toBe(false)
  })

  it('does not ask a page that is gone or has crashed', async () => {
    const requests = new BackupRequests()
    const destroyed = Object.assign(new FakeWebContents(), { destroyed: true })
    const crashed = Object.assign(new FakeWebContents(), { crashed: true })
    expect(await requests.ask(destroyed, 'quit', 5000)).toBe('unavailable')
    expect(await requests.ask(crashed, 'quit', 5000)).toBe('unavailable')
    expect([...destroyed.sent, ...crashed.sent]).toEqual([])
  })

  it('settles at once when the request cannot be sent', async () => {
    const requests = new BackupRequests()
    const target = new FakeWebContents()
    target.send = () => {
      throw new Error('Render frame was disposed')
    }
    expect(await requests.ask(target, 'quit', 5000)).toBe('unavailable')
    expect(requests.isAsking(target)).toBe(false)
  })

  it('ignores answers from another page, to another request, or malformed', () => {
    const requests = new BackupRequests()
    const target = new FakeWebContents()
    void requests.ask(target, 'quit', 5000)
    const { id } = target.lastRequest
    expect(requests.answer(new FakeWebContents(), { id })).toBe(false)
    expect(requests.answer(target, { id: id + 1 })).toBe(false)
    for (const message of [undefined, null, id, { id: String(id) }, { id: 1.5 }]) {
      expect(requests.answer(target, message)).toBe(false)
    }
    expect(requests.isAsking(target)).toBe(true)
  })

  it('takes one backup per waiting request as answering it, and only from its target', async () => {
    const requests = new BackupRequests()
    const target = new FakeWebContents()
    expect(requests.claimWrite(target)).toBe(false)
    void requests.ask(target, 'interval', 1000)
    expect(requests.claimWrite(new FakeWebContents())).toBe(false)
    expect(requests.claimWrite(target)).toBe(true)
    expect(requests.claimWrite(target)).toBe(false)
    requests.answer(target, { id: target.lastRequest.id })
    void requests.ask(target, 'quit', 1000)
    expect(requests.claimWrite(target)).toBe(true)
  })
})

describe('installBackupRequests', () => {
  let app: FakeApp
  let window: FakeWindow | undefined
  let requests: BackupRequests
  let installed: InstalledBackupRequests

  beforeEach(() => {
    app = new FakeApp()
    window = new FakeWindow()
    requests = new BackupRequests()
    installed = installBackupRequests({ app, requests, mainWindow: () => window })
    installed.watchWindow(window)
  })

  afterEach(() => {
    installed.stop()
  })

  /** The window, which these tests open in `beforeEach`. */
  function openWindow(): FakeWindow {
    if (window === undefined) throw new Error('No window is open.')
    return window
  }

  describe('on quitting', () => {
    it('asks for a backup first, and quits once it is answered', async () => {
      const { webContents } = openWindow()
      app.quit()
      expect(app.quitted).toBe(false)
      expect(webContents.sent).toEqual([{ id: expect.any(Number), reason: 'quit' }])

      requests.answer(webContents, { id: webContents.lastRequest.id })
      await vi.advanceTimersByTimeAsync(0)
      expect(app.quitted).toBe(true)
      expect(webContents.sent).toHaveLength(1)
    })

    it('quits after 5 seconds when no answer comes', async () => {
      app.quit()
      await vi.advanceTimersByTimeAsync(leavingBackupTimeoutMs - 1)
      expect(app.quitted).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect(app.quitted).toBe(true)
    })

    it('lets a second attempt to quit through at once', () => {
      app.quit()
      app.quit()
      expect(app.quitted).toBe(true)
      expect(openWindow().webContents.sent).toHaveLength(1)
    })

    it('quits at once when there is no window or its page has crashed', async () => {
      window = undefined
      app.quit()
      expect(app.quitted).toBe(true)

      const otherApp = new FakeApp()
      const crashed = new FakeWindow()
      crashed.webContents.crashed = true
      installBackupRequests({ app: otherApp, requests, mainWindow: () => crashed }).stop()
      otherApp.quit()
      await vi.advanceTimersByTimeAsync(0)
      expect(otherApp.quitted).toBe(true)
      expect(crashed.webContents.sent).toEqual([])
    })

    it('does not ask again as the quit closes the window', async () => {
      const current = openWindow()
      app.on('before-quit', (event: { defaultPrevented: boolean }) => {
        // As Electron does once a quit goes ahead: the windows are closed.
        if (!event.defaultPrevented) current.close()
      })
      app.quit()
      requests.answer(current.webContents, { id: current.webContents.lastRequest.id })
      await vi.advanceTimersByTimeAsync(0)
      expect(app.quitted).toBe(true)
      expect(current.destroyed).toBe(true)
      expect(current.webContents.sent).toHaveLength(1)
    })
  })

  describe('on closing the window', () => {
    it('asks for a backup first, and closes once it is answered', async () => {
      const current = openWindow()
      current.close()
      expect(current.destroyed).toBe(false)
      expect(current.webContents.sent).toEqual([{ id: expect.any(Number), reason: 'quit' }])

      requests.answer(current.webContents, { id: current.webContents.lastRequest.id })
      await vi.advanceTimersByTimeAsync(0)
      expect(current.destroyed).toBe(true)
      expect(current.close).toHaveBeenCalledTimes(2)
    })

    it('closes after 5 seconds when no answer comes', async () => {
      const current = openWindow()
      current.close()
      await vi.advanceTimersByTimeAsync(leavingBackupTimeoutMs)
      expect(current.destroyed).toBe(true)
    })

    it('lets a second close, or a quit, through at once', () => {
      const current = openWindow()
      current.close()
      current.close()
      expect(current.destroyed).toBe(true)

      app.quit()
      expect(app.quitted).toBe(true)
      expect(current.webContents.sent).toHaveLength(1)
    })

    it('does not close a window that is already gone', async () => {
      const current = openWindow()
      current.close()
      current.destroyed = true
      await vi.advanceTimersByTimeAsync(leavingBackupTimeoutMs)
      expect(current.close).toHaveBeenCalledOnce()
    })

    it('asks again for a window opened after the last one closed', async () => {
      const first = openWindow()
      first.close()
      await vi.advanceTimersByTimeAsync(leavingBackupTimeoutMs)

      const second = new FakeWindow()
      window = second
      installed.watchWindow(second)
      app.quit()
      expect(app.quitted).toBe(false)
      expect(second.webContents.sent).toEqual([{ id: expect.any(Number), reason: 'quit' }])
    })
  })

  describe('every 10 minutes', () => {
    it('asks the window for a backup', async () => {
      const { webContents } = openWindow()
      await vi.advanceTimersByTimeAsync(backupIntervalMs - 1)
      expect(webContents.sent).toEqual([])
      await vi.advanceTimersByTimeAsync(1)
      expect(webContents.sent).toEqual([{ id: expect.any(Number), reason: 'interval' }])
      requests.answer(webContents, { id: webContents.lastRequest.id })
      await vi.advanceTimersByTimeAsync(backupIntervalMs)
      expect(webContents.sent).toHaveLength(2)
    })

    it('does not ask again while an earlier request is unanswered', async () => {
      const { webContents } = openWindow()
      vi.spyOn(requests, 'isAsking').mockReturnValue(true)
      await vi.advanceTimersByTimeAsync(backupIntervalMs)
      expect(webContents.sent).toEqual([])
    })

    it('gives up on an unanswered request after a minute', async () => {
      const { webContents } = openWindow()
      await vi.advanceTimersByTimeAsync(backupIntervalMs + intervalBackupTimeoutMs)
      expect(requests.isAsking(webContents)).toBe(false)
    })

    it('does not ask while quitting, nor without a window, nor once stopped', async () => {
      const current = openWindow()
      app.quit()
      await vi.advanceTimersByTimeAsync(backupIntervalMs)
      expect(current.webContents.sent.map((request) => request.reason)).toEqual(['quit'])

      window = undefined
      await vi.advanceTimersByTimeAsync(backupIntervalMs)

      const fresh = new FakeWindow()
      window = fresh
      installed.watchWindow(fresh)
      installed.stop()
      await vi.advanceTimersByTimeAsync(backupIntervalMs)
      expect(fresh.webContents.sent).toEqual([])
    })
  })
})
