/** Tests for the bridge handlers: who may call them, which arguments pass, what they answer. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BaseWindow, PrintToPDFOptions, SaveDialogReturnValue } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: {
    getName: vi.fn(() => 'CND67 Notes'),
    getVersion: vi.fn(() => '0.1.0'),
    getPath: vi.fn<(name: string) => string>()
  },
  dialog: { showSaveDialog: vi.fn<(...args: unknown[]) => Promise<SaveDialogReturnValue>>() },
  ipcMain: {
    handle:
      vi.fn<(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => void>(),
    on: vi.fn<(channel: string, listener: (event: unknown, message: unknown) => void) => void>()
  },
  shell: { openExternal: vi.fn<(url: string) => Promise<void>>(async () => undefined) }
}))
vi.mock('electron', () => electron)

import { backupRequestChannels, bridgeChannels, maxExternalUrlLength } from '@shared/bridge'
import type { BridgeRequests } from '@shared/bridge'
import { BackupRequests } from './backup-requests'
import { refusedExternalUrl } from './external-url'
import type { BackupRequestTarget } from './backup-requests'
import { pdfOptions } from './pdf'
import {
  createBridgeHandlers,
  isTrustedSender,
  refusedSender,
  registerIpcHandlers,
  tooFrequentBackup
} from './ipc'
import type { BridgeCallEvent, IpcContext } from './ipc'

const appWindowContentsId = 7

/** The app window the save dialog is attached to; a stand-in, since it is only passed on. */
const appWindow = { id: 1 } as unknown as BaseWindow

/** The start of a Word document: a ZIP file's first bytes. */
const wordBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])

/** The bytes the app window prints to. */
const printedPdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])

const printToPDF = vi.fn<(options: PrintToPDFOptions) => Promise<Uint8Array>>()

let profile: string

const context: IpcContext = {
  page: { url: 'app://cnd67/index.html', origin: 'app://cnd67', fromDevServer: false },
  isAppWindow: (webContents) => webContents.id === appWindowContentsId,
  appWindowFor: (webContents) => (webContents.id === appWindowContentsId ? appWindow : undefined),
  get automaticBackupsFolder() {
    return join(profile, 'backups')
  },
  backupRequests: new BackupRequests(),
  now: () => new Date('2024-03-14T09:05:07.042Z')
}

/** A call from the app window's main frame, with any part replaced. */
function callEvent(overrides: Partial<BridgeCallEvent> = {}): BridgeCallEvent {
  return {
    sender: { id: appWindowContentsId, printToPDF },
    senderFrame: { url: 'app://cnd67/index.html#/paragraph/4', parent: null },
    ...overrides
  }
}

const untrustedEvents: [string, BridgeCallEvent][] = [
  ['a window the app did not create', callEvent({ sender: { id: 99, printToPDF } })],
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
  profile = mkdtempSync(join(tmpdir(), 'cnd67-ipc-'))
  electron.app.getPath.mockImplementation(() => profile)
  printToPDF.mockResolvedValue(printedPdf)
})

afterEach(() => {
  rmSync(profile, { recursive: true, force: true })
})

/** Makes the save dialog answer with `filePath`, or cancel when it is undefined. */
function userPicks(filePath: string | undefined): void {
  electron.dialog.showSaveDialog.mockResolvedValue(
    filePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath }
  )
}

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

    // Each kind of address checkExternalUrl refuses is in external-url.test.ts; these show that a
    // refusal stops the handler before the system browser is asked.
    it.each([
      ['a javascript: address', 'javascript:alert(1)'],
      ['an address with credentials', 'https://user:pw@example.org/'],
      ['an address hiding a newline', 'https://www.unodc.org\n.evil.example/'],
      ['an object', { href: 'https://www.unodc.org/' }],
      ['an overly long address', `https://example.org/${'a'.repeat(maxExternalUrlLength)}`]
    ])('refuses %s without opening anything', async (_name, url) => {
      expect(await handlers.openExternal(callEvent(), url)).toEqual(refusedExternalUrl)
      expect(electron.shell.openExternal).not.toHaveBeenCalled()
    })

    it('opens the address as the main process parsed it, not as the page sent it', async () => {
      const sent = 'HTTPS://www.unodc.org\\@evil.example/'
      expect(await handlers.openExternal(callEvent(), sent)).toEqual({ ok: true, value: null })
      expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith(
        'https://www.unodc.org/@evil.example/'
      )
    })

    it('reports in plain words when the system cannot open the address', async () => {
      electron.shell.openExternal.mockRejectedValueOnce(new Error('No application found'))
      expect(await handlers.openExternal(callEvent(), 'https://www.unodc.org/')).toEqual({
        ok: false,
        error: 'The system could not open the address in a browser.'
      })
    })
  })

  describe('every request', () => {
    /** Each request with arguments that would be accepted from a trusted sender. */
    const validCalls: {
      [Method in keyof BridgeRequests]: Parameters<BridgeRequests[Method]>
    } = {
      getAppInfo: [],
      openExternal: ['https://www.unodc.org/'],
      saveTextFile: [{ suggestedName: 'brief.md', content: '# Brief', kind: 'markdown' }],
      saveBinaryFile: [{ suggestedName: 'brief.docx', content: wordBytes, kind: 'word' }],
      printToPdf: [{ suggestedName: 'brief.pdf' }],
      writeAutomaticBackup: ['{}', 'platform'],
      listAutomaticBackups: [],
      readAutomaticBackup: ['cnd67-backup-20240314-090507-042.json']
    }

    it.each(Object.keys(validCalls) as (keyof BridgeRequests)[])(
      '%s refuses every untrusted sender, doing nothing',
      async (method) => {
        const handler = handlers[method] as (
          event: BridgeCallEvent,
          ...args: unknown[]
        ) => Promise<unknown>
        userPicks(join(profile, 'written'))
        for (const [, event] of untrustedEvents) {
          expect(await handler(event, ...validCalls[method])).toEqual(refusedSender)
        }
        expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
        expect(printToPDF).not.toHaveBeenCalled()
        expect(electron.shell.openExternal).not.toHaveBeenCalled()
        expect(readdirSync(profile)).toEqual([])
      }
    )
  })

  describe('saveTextFile', () => {
    const brief = { suggestedName: 'CND67 brief.md', content: '# Brief\n', kind: 'markdown' }

    it('asks where, on the calling window, and writes the file there', async () => {
      const target = join(profile, 'Documents', 'CND67 brief.md')
      mkdirSync(join(profile, 'Documents'))
      userPicks(target)
      expect(await handlers.saveTextFile(callEvent(), brief)).toEqual({
        ok: true,
        value: { saved: true, path: target }
      })
      expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(
        appWindow,
        expect.objectContaining({
          defaultPath: join(profile, 'CND67 brief.md'),
          filters: [{ name: 'Markdown', extensions: ['md'] }]
        })
      )
      expect(readFileSync(target, 'utf8')).toBe('# Brief\n')
    })

    it('answers saved: false when the user cancels', async () => {
      userPicks(undefined)
      expect(await handlers.saveTextFile(callEvent(), brief)).toEqual({
        ok: true,
        value: { saved: false, path: null }
      })
    })

    it('refuses a name with a path in it without opening the dialog', async () => {
      const request = { ...brief, suggestedName: '../../.bashrc.md' }
      expect(await handlers.saveTextFile(callEvent(), request)).toEqual({
        ok: false,
        error: 'The file could not be saved: its name is not a plain .md file name.'
      })
      expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
    })

    it('refuses a request that is not one, without opening the dialog', async () => {
      for (const request of [undefined, 'brief.md', { ...brief, content: 42 }]) {
        expect((await handlers.saveTextFile(callEvent(), request)).ok).toBe(false)
      }
      expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
    })
  })

  describe('saveBinaryFile', () => {
    const brief = { suggestedName: 'CND67-brief-2024-03-10.docx', content: wordBytes, kind: 'word' }

    it('asks where with a Word filter, on the calling window, and writes the bytes there', async () => {
      const target = join(profile, 'Documents', 'CND67-brief-2024-03-10.docx')
      mkdirSync(join(profile, 'Documents'))
      userPicks(target)
      expect(await handlers.saveBinaryFile(callEvent(), brief)).toEqual({
        ok: true,
        value: { saved: true, path: target }
      })
      expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(
        appWindow,
        expect.objectContaining({
          defaultPath: join(profile, 'CND67-brief-2024-03-10.docx'),
          filters: [{ name: 'Word document', extensions: ['docx'] }]
        })
      )
      expect(new Uint8Array(readFileSync(target))).toEqual(wordBytes)
      expect(readdirSync(join(profile, 'Documents'))).toEqual(['CND67-brief-2024-03-10.docx'])
    })

    it('answers saved: false when the user cancels, writing nothing', async () => {
      userPicks(undefined)
      expect(await handlers.saveBinaryFile(callEvent(), brief)).toEqual({
        ok: true,
        value: { saved: false, path: null }
      })
      expect(readdirSync(profile)).toEqual([])
    })

    it('says why in plain words when the folder cannot be written', async () => {
      userPicks(join(profile, 'no such folder', 'brief.docx'))
      expect(await handlers.saveBinaryFile(callEvent(), brief)).toEqual({
        ok: false,
        error: expect.stringMatching(/^That folder no longer exists; the file was not saved/u)
      })
    })

    it('refuses what is not a Word document, without opening the dialog', async () => {
      for (const request of [
        undefined,
        { ...brief, suggestedName: '../brief.docx' },
        { ...brief, suggestedName: 'brief.md' },
        { ...brief, content: 'PK\u0003\u0004' },
        { ...brief, content: new Uint8Array([0x3c, 0x68, 0x74, 0x6d, 0x6c]) },
        { ...brief, kind: 'markdown' }
      ]) {
        expect((await handlers.saveBinaryFile(callEvent(), request)).ok).toBe(false)
      }
      expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
    })
  })

  describe('printToPdf', () => {
    it('prints the calling window to PDF, then saves it where the user chose', async () => {
      const target = join(profile, 'brief.pdf')
      userPicks(target)
      expect(await handlers.printToPdf(callEvent(), { suggestedName: 'brief.pdf' })).toEqual({
        ok: true,
        value: { saved: true, path: target }
      })
      expect(printToPDF).toHaveBeenCalledExactlyOnceWith(pdfOptions)
      expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(
        appWindow,
        expect.objectContaining({ filters: [{ name: 'PDF', extensions: ['pdf'] }] })
      )
      expect(new Uint8Array(readFileSync(target))).toEqual(printedPdf)
    })

    it('refuses a name that is not a plain .pdf name, without printing', async () => {
      expect(await handlers.printToPdf(callEvent(), { suggestedName: '/tmp/x.pdf' })).toEqual({
        ok: false,
        error: 'The PDF could not be saved: its name is not a plain .pdf file name.'
      })
      expect(printToPDF).not.toHaveBeenCalled()
    })

    it('does not open the dialog when the page cannot be printed', async () => {
      printToPDF.mockRejectedValueOnce(new Error('Printing failed'))
      expect(await handlers.printToPdf(callEvent(), { suggestedName: 'brief.pdf' })).toEqual({
        ok: false,
        error: 'The PDF could not be made from the page; nothing was saved.'
      })
      expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
    })
  })

  describe('automatic backups', () => {
    const backupName = 'cnd67-backup-20240314-090507-042.json'

    it('writes a backup named by the time, lists it and reads it back', async () => {
      expect(
        await handlers.writeAutomaticBackup(callEvent(), '{"annotations":[]}', 'delegate')
      ).toEqual({
        ok: true,
        value: { written: true, name: backupName, createdAt: '2024-03-14T09:05:07.042Z' }
      })
      expect(await handlers.listAutomaticBackups(callEvent())).toEqual({
        ok: true,
        value: [{ name: backupName, createdAt: '2024-03-14T09:05:07.042Z', size: 18, counts: null }]
      })
      expect(await handlers.readAutomaticBackup(callEvent(), backupName)).toEqual({
        ok: true,
        value: '{"annotations":[]}'
      })
    })

    it('refuses content that is not a JSON export', async () => {
      for (const content of ['not json', '[]', 42, undefined]) {
        expect(await handlers.writeAutomaticBackup(callEvent(), content, 'platform')).toEqual({
          ok: false,
          error: 'The automatic backup was not saved: it is not a JSON export of at most 100 MB.'
        })
      }
      expect(readdirSync(profile)).toEqual([])
    })

    it('refuses a backup that does not say who asked for it', async () => {
      for (const askedBy of [undefined, 'page', 1]) {
        expect(await handlers.writeAutomaticBackup(callEvent(), '{}', askedBy)).toEqual({
          ok: false,
          error: 'The automatic backup was not saved: the request was not understood.'
        })
      }
      expect(readdirSync(profile)).toEqual([])
    })

    it('lets the page write one unasked backup a minute, and always answer a request', async () => {
      let now = new Date('2024-03-14T09:05:07.042Z')
      const backupRequests = new BackupRequests()
      const limited = createBridgeHandlers({ ...context, backupRequests, now: () => now })
      const write = (askedBy: unknown) => limited.writeAutomaticBackup(callEvent(), '{}', askedBy)
      const later = (ms: number) => (now = new Date(now.getTime() + ms))

      expect((await write('platform')).ok).toBe(true)
      later(1)
      expect(await write('platform')).toEqual(tooFrequentBackup)

      const target: BackupRequestTarget = {
        id: appWindowContentsId,
        isDestroyed: () => false,
        isCrashed: () => false,
        send: () => undefined
      }
      void backupRequests.ask(target, 'quit', 5000)
      later(1)
      expect((await write('platform')).ok).toBe(true)
      later(1)
      // One backup answers one request; a second is unasked again.
      expect(await write('platform')).toEqual(tooFrequentBackup)
      later(1)
      expect((await write('delegate')).ok).toBe(true)
      later(60 * 1000)
      expect((await write('platform')).ok).toBe(true)
      expect(readdirSync(join(profile, 'backups'))).toHaveLength(4)
    })

    it('lists none before any is written', async () => {
      expect(await handlers.listAutomaticBackups(callEvent())).toEqual({ ok: true, value: [] })
    })

    it('reports a backups folder that cannot be listed', async () => {
      writeFileSync(join(profile, 'backups'), 'not a folder')
      expect(await handlers.listAutomaticBackups(callEvent())).toEqual({
        ok: false,
        error: 'The automatic backups could not be listed.'
      })
    })

    it('reads nothing outside the backups folder', async () => {
      writeFileSync(join(profile, 'window-state.json'), '{}')
      for (const name of ['../window-state.json', join(profile, 'window-state.json'), '../x']) {
        expect(await handlers.readAutomaticBackup(callEvent(), name)).toEqual({
          ok: false,
          error: 'That is not the name of an automatic backup.'
        })
      }
    })
  })
})

describe('registerIpcHandlers', () => {
  it('handles every bridge channel, each with the sender check', async () => {
    userPicks(join(profile, 'written'))
    registerIpcHandlers(context)
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel)
    expect(channels.sort()).toEqual(Object.values(bridgeChannels).sort())
    expect(electron.ipcMain.on).toHaveBeenCalledExactlyOnceWith(
      backupRequestChannels.done,
      expect.any(Function)
    )

    for (const [, listener] of electron.ipcMain.handle.mock.calls) {
      expect(
        await listener(callEvent({ sender: { id: 99, printToPDF } }), 'https://www.unodc.org/')
      ).toEqual(refusedSender)
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

describe('the answer to a backup request', () => {
  /** The app window's web contents, as the backup request reaches them. */
  const target: BackupRequestTarget & { sent: { id: number }[] } = {
    id: appWindowContentsId,
    sent: [],
    isDestroyed: () => false,
    isCrashed: () => false,
    send(_channel, request) {
      this.sent.push(request)
    }
  }

  function doneListener(): (event: unknown, message: unknown) => void {
    registerIpcHandlers(context)
    const listener = electron.ipcMain.on.mock.calls.find(
      ([channel]) => channel === backupRequestChannels.done
    )?.[1]
    if (listener === undefined) throw new Error('No listener for the backup answer.')
    return listener
  }

  it('settles the request when it comes from the app window', async () => {
    const listener = doneListener()
    const outcome = context.backupRequests.ask(target, 'quit', 5000)
    listener(callEvent(), { id: target.sent.at(-1)?.id })
    expect(await outcome).toBe('answered')
  })

  it.each(untrustedEvents)('is ignored from %s', (_name, event) => {
    const listener = doneListener()
    void context.backupRequests.ask(target, 'quit', 5000)
    listener(event, { id: target.sent.at(-1)?.id })
    expect(context.backupRequests.isAsking(target)).toBe(true)
    listener(callEvent(), { id: target.sent.at(-1)?.id })
  })
})
