/**
 * The main-process side of the bridge: one `ipcMain.handle` per bridge request, and the listener
 * for the renderer's answers to backup requests. Every call is refused unless it comes from the
 * main frame of an app window showing the app's own page, and every argument is checked again
 * here, since anything a renderer sends is untrusted.
 */
import { app, ipcMain, shell } from 'electron'
import type { BaseWindow } from 'electron'
import {
  backupRequestChannels,
  bridgeChannels,
  checkPrintToPdfRequest,
  checkSaveBinaryFileRequest,
  checkSaveTextFileRequest,
  isBackupAskedBy
} from '@shared/bridge'
import type { BridgeRequests, Result } from '@shared/bridge'
import {
  isBackupContent,
  listAutomaticBackups,
  readAutomaticBackup,
  writeAutomaticBackup
} from './automatic-backups'
import type { BackupRequests } from './backup-requests'
import { BackupWriteLimit } from './backup-write-limit'
import { checkExternalUrl } from './external-url'
import { nativeSaveDialog, saveWithDialog } from './files'
import { printPageToPdf } from './pdf'
import type { PdfSource } from './pdf'
import { originOf } from './renderer-page'
import type { RendererPage } from './renderer-page'

/** What the handlers need to know to decide whether to answer, and where to work. */
export interface IpcContext {
  /** The page whose origin may call the bridge. */
  page: RendererPage
  /** Whether web contents belong to a window this app created. */
  isAppWindow(webContents: { id: number }): boolean
  /** The app window showing these web contents, to attach dialogs to. */
  appWindowFor(webContents: { id: number }): BaseWindow | undefined
  /** The folder automatic backups are kept in. */
  automaticBackupsFolder: string
  /** The backup requests waiting for the renderer's answer. */
  backupRequests: BackupRequests
  /** The time now; a parameter so tests can fix it. */
  now(): Date
}

/** The parts of an IPC event the sender check reads. */
export interface SenderEvent {
  /** The web contents the message came from. */
  sender: { id: number }
  /** The frame the message came from; `null` once it has navigated away or been destroyed. */
  senderFrame: { url: string; parent: unknown } | null
}

/** The parts of an `IpcMainInvokeEvent` the handlers use. */
export interface BridgeCallEvent extends SenderEvent {
  /** The web contents the call came from, which `printToPdf` prints. */
  sender: { id: number } & PdfSource
}

/**
 * A method's parameters as they arrive from a renderer: in the contract's positions, but each of
 * any type or missing, so a handler has to check them before use.
 */
type Untrusted<Args extends unknown[]> = { [Index in keyof Args]?: unknown }

/** The handler of each bridge request, given the call's event and its untrusted arguments. */
export type BridgeHandlers = {
  [Method in keyof BridgeRequests]: (
    event: BridgeCallEvent,
    ...args: Untrusted<Parameters<BridgeRequests[Method]>>
  ) => ReturnType<BridgeRequests[Method]>
}

/** The answer to a call from anywhere but the app's own window. */
export const refusedSender = {
  ok: false,
  error: 'Refused: request did not come from the app window.'
} as const satisfies Result<never>

/**
 * Whether a message comes from the top frame of one of the app's windows while it shows the
 * app's page. A frame that has navigated away or been destroyed has no `senderFrame` and is refused.
 */
export function isTrustedSender(event: SenderEvent, context: IpcContext): boolean {
  const frame = event.senderFrame
  return (
    frame !== null &&
    frame.parent === null &&
    context.isAppWindow(event.sender) &&
    originOf(frame.url) === context.page.origin
  )
}

/** The answer to an unasked automatic backup written too soon after the last. */
export const tooFrequentBackup = {
  ok: false,
  error: 'The automatic backup was not saved: the page wrote one less than a minute ago.'
} as const satisfies Result<never>

/** The bridge handlers, each refusing untrusted senders before doing anything. */
export function createBridgeHandlers(context: IpcContext): BridgeHandlers {
  const backupWrites = new BackupWriteLimit()
  return {
    async getAppInfo(event) {
      if (!isTrustedSender(event, context)) return refusedSender
      return {
        ok: true,
        value: { name: app.getName(), version: app.getVersion(), platform: 'electron' }
      }
    },

    async openExternal(event, url) {
      if (!isTrustedSender(event, context)) return refusedSender
      const checked = checkExternalUrl(url)
      if (!checked.ok) return checked
      try {
        await shell.openExternal(checked.value)
        return { ok: true, value: null }
      } catch {
        return { ok: false, error: 'The system could not open the address in a browser.' }
      }
    },

    async saveTextFile(event, request) {
      if (!isTrustedSender(event, context)) return refusedSender
      const checked = checkSaveTextFileRequest(request)
      if (!checked.ok) return checked
      const { suggestedName, kind, content } = checked.value
      const showSaveDialog = nativeSaveDialog(context.appWindowFor(event.sender))
      return saveWithDialog(showSaveDialog, suggestedName, kind, content)
    },

    async saveBinaryFile(event, request) {
      if (!isTrustedSender(event, context)) return refusedSender
      const checked = checkSaveBinaryFileRequest(request)
      if (!checked.ok) return checked
      const { suggestedName, kind, content } = checked.value
      const showSaveDialog = nativeSaveDialog(context.appWindowFor(event.sender))
      return saveWithDialog(showSaveDialog, suggestedName, kind, content)
    },

    async printToPdf(event, request) {
      if (!isTrustedSender(event, context)) return refusedSender
      const checked = checkPrintToPdfRequest(request)
      if (!checked.ok) return checked
      // Printed before the dialog opens, while the page is still laid out for print.
      const pdf = await printPageToPdf(event.sender)
      if (!pdf.ok) return pdf
      const showSaveDialog = nativeSaveDialog(context.appWindowFor(event.sender))
      return saveWithDialog(showSaveDialog, checked.value.suggestedName, 'pdf', pdf.value)
    },

    async writeAutomaticBackup(event, content, askedBy) {
      if (!isTrustedSender(event, context)) return refusedSender
      if (!isBackupContent(content)) {
        return {
          ok: false,
          error: 'The automatic backup was not saved: it is not a JSON export of at most 100 MB.'
        }
      }
      if (!isBackupAskedBy(askedBy)) {
        return {
          ok: false,
          error: 'The automatic backup was not saved: the request was not understood.'
        }
      }
      // Only a claimed platform request spends one; the delegate's own backups leave it waiting.
      const answersRequest =
        askedBy === 'platform' && context.backupRequests.claimWrite(event.sender)
      if (!backupWrites.admit({ askedBy, answersRequest }, context.now())) return tooFrequentBackup
      const written = await writeAutomaticBackup(
        context.automaticBackupsFolder,
        content,
        context.now()
      )
      return written.ok ? { ok: true, value: { written: true, ...written.value } } : written
    },

    async listAutomaticBackups(event) {
      if (!isTrustedSender(event, context)) return refusedSender
      try {
        return { ok: true, value: await listAutomaticBackups(context.automaticBackupsFolder) }
      } catch {
        return { ok: false, error: 'The automatic backups could not be listed.' }
      }
    },

    async readAutomaticBackup(event, name) {
      if (!isTrustedSender(event, context)) return refusedSender
      return readAutomaticBackup(context.automaticBackupsFolder, name)
    }
  }
}

/**
 * Registers a handler on each bridge channel, and the listener for answers to backup requests
 * (taken only from the app's page); call once, after the app is ready.
 */
export function registerIpcHandlers(context: IpcContext): void {
  const handlers = createBridgeHandlers(context)
  for (const method of Object.keys(bridgeChannels) as (keyof BridgeRequests)[]) {
    const handler: (event: BridgeCallEvent, ...args: unknown[]) => Promise<Result<unknown>> =
      handlers[method]
    ipcMain.handle(bridgeChannels[method], (event, ...args: unknown[]) => handler(event, ...args))
  }
  ipcMain.on(backupRequestChannels.done, (event, message: unknown) => {
    if (isTrustedSender(event, context)) context.backupRequests.answer(event.sender, message)
  })
}
