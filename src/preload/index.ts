/**
 * The preload script: exposes the bridge contract to the page as `window.cnd67`, one method per
 * request, each forwarding to its IPC channel, and the subscription that answers the main
 * process's backup requests. The page never sees `ipcRenderer` itself.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { backupRequestChannels, bridgeChannels, bridgeGlobalName } from '@shared/bridge'
import type {
  BackupRequest,
  BackupRequestDone,
  BackupRequestListener,
  Bridge,
  BridgeRequests
} from '@shared/bridge'

/** A bridge method that forwards its arguments to the method's channel and returns the reply. */
function invoker<Method extends keyof BridgeRequests>(method: Method): BridgeRequests[Method] {
  const invoke = (...args: Parameters<BridgeRequests[Method]>) =>
    ipcRenderer.invoke(bridgeChannels[method], ...args)
  // `invoke` replies with `any`; the main process's handlers are typed against the same contract.
  return invoke as BridgeRequests[Method]
}

/** The page's answer to backup requests, while it has subscribed. */
let backupListener: BackupRequestListener | undefined

/** Whether a message from main is a `BackupRequest`. */
function isBackupRequest(message: unknown): message is BackupRequest {
  if (typeof message !== 'object' || message === null) return false
  const { id, reason } = message as Record<string, unknown>
  return Number.isSafeInteger(id) && (reason === 'quit' || reason === 'interval')
}

/**
 * Runs the page's listener for a backup request and tells main when it has settled, at once if
 * the page has not subscribed, so main waits no longer than it must. A listener that fails still
 * counts as answered: main is waiting to quit, not to learn why.
 */
async function answerBackupRequest(request: BackupRequest): Promise<void> {
  try {
    await backupListener?.(request.reason)
  } catch (error) {
    console.error('The automatic backup failed:', error)
  } finally {
    const done: BackupRequestDone = { id: request.id }
    ipcRenderer.send(backupRequestChannels.done, done)
  }
}

ipcRenderer.on(backupRequestChannels.request, (_event, message: unknown) => {
  if (isBackupRequest(message)) void answerBackupRequest(message)
})

/**
 * The bridge the page receives. Typed as `Bridge`, so a method added to the contract fails the
 * typecheck here until it is wired.
 */
export const bridge: Bridge = {
  getAppInfo: invoker('getAppInfo'),
  openExternal: invoker('openExternal'),
  saveTextFile: invoker('saveTextFile'),
  saveBinaryFile: invoker('saveBinaryFile'),
  printToPdf: invoker('printToPdf'),
  writeAutomaticBackup: invoker('writeAutomaticBackup'),
  listAutomaticBackups: invoker('listAutomaticBackups'),
  readAutomaticBackup: invoker('readAutomaticBackup'),
  onBackupRequest(listener) {
    if (typeof listener !== 'function') return () => undefined
    backupListener = listener
    return () => {
      if (backupListener === listener) backupListener = undefined
    }
  }
}

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge)
