/**
 * The bridge's browser implementation, used when the renderer runs in a plain browser tab
 * (served from `out/renderer` by any static server) where there is no Electron main process:
 * files go to the browser's downloads, PDFs through its print dialog, and there are no
 * automatic backups, which need the desktop app's own folder.
 */
import { checkPrintToPdfRequest, isOpenableExternalUrl, type Bridge } from '@shared/bridge'

/** What the browser bridge needs from the page, so tests can pass a fake. */
export interface BrowserHost {
  /** Opens an address in a new tab (`window.open`). */
  open(url: string, target: string, features: string): unknown
  /** Opens the browser's print dialog, which offers Save as PDF (`window.print`). */
  print(): void
  /** Hands a file to the browser's downloads under `fileName`. */
  download(fileName: string, file: Blob): void
}

/** Why the browser tab keeps no automatic backups. */
export const noAutomaticBackupsInBrowser =
  'Automatic backups need the desktop app; in a browser, save a backup file instead.'

/** Saving files, loaded when first used: a session may never save one. */
const fileDownloads = () => import('./file-downloads')

/** A bridge that does in the browser what the main process does in Electron. */
export function createBrowserBridge(
  host: BrowserHost,
  appName: string,
  appVersion: string
): Bridge {
  return {
    async getAppInfo() {
      return { ok: true, value: { name: appName, version: appVersion, platform: 'browser' } }
    },
    async openExternal(url) {
      if (!isOpenableExternalUrl(url))
        return { ok: false, error: 'Only https: addresses can be opened.' }
      host.open(url, '_blank', 'noopener,noreferrer')
      return { ok: true, value: null }
    },
    async saveTextFile(request) {
      return (await fileDownloads()).downloadTextFile(host, request)
    },
    async saveBinaryFile(request) {
      return (await fileDownloads()).downloadBinaryFile(host, request)
    },
    async printToPdf(request) {
      const checked = checkPrintToPdfRequest(request)
      if (!checked.ok) return checked
      // The print dialog's "Save as PDF" destination does the saving, if the user chooses it;
      // whether they did, the page cannot tell.
      host.print()
      return { ok: true, value: { saved: false, path: null } }
    },
    async writeAutomaticBackup() {
      return { ok: true, value: { written: false } }
    },
    async listAutomaticBackups() {
      return { ok: true, value: [] }
    },
    async readAutomaticBackup() {
      return { ok: false, error: noAutomaticBackupsInBrowser }
    },
    onBackupRequest() {
      // A browser tab is never asked: there is nowhere to keep automatic backups.
      return () => undefined
    }
  }
}
