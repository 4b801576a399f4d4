/**
 * The bridge's browser implementation, used when the renderer runs in a plain browser tab
 * (served from `out/renderer` by any static server) where there is no Electron main process:
 * files go to the browser's downloads, PDFs through its print dialog, and there are no
 * automatic backups, which need the desktop app's own folder.
 */
import {
  checkPrintToPdfRequest,
  checkSaveBinaryFileRequest,
  checkSaveTextFileRequest,
  isOpenableExternalUrl,
  type BinaryFileKind,
  type Bridge,
  type TextFileKind
} from '@shared/bridge'
import { splitsSurrogatePair } from '@shared/well-formed-text'

/** What the browser bridge needs from the page, so tests can pass a fake. */
export interface BrowserHost {
  /** Opens an address in a new tab (`window.open`). */
  open(url: string, target: string, features: string): unknown
  /** Opens the browser's print dialog, which offers Save as PDF (`window.print`). */
  print(): void
  /** Hands a file to the browser's downloads under `fileName`. */
  download(fileName: string, file: Blob): void
}

/** The media type each kind of text file is downloaded as. */
export const textFileTypes: Readonly<Record<TextFileKind, string>> = {
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8'
}

/** The media type each kind of document made as bytes is downloaded as. */
export const binaryFileTypes: Readonly<Record<BinaryFileKind, string>> = {
  word: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
}

/** Why the browser tab keeps no automatic backups. */
export const noAutomaticBackupsInBrowser =
  'Automatic backups need the desktop app; in a browser, save a backup file instead.'

/**
 * How many UTF-16 code units of a text go in each part of a file's Blob. Chromium makes a Blob
 * of a backup of 20,000 notes (20 million units) two to three times faster from parts of this
 * size than from the one string, or from parts much larger or smaller.
 */
export const blobChunkLength = 2 ** 18

/**
 * `text` cut into parts of about `length` code units, which joined are `text`. A cut never falls
 * between the two halves of a surrogate pair, which a Blob would write as two replacement
 * characters.
 */
export function textChunks(text: string, length = blobChunkLength): string[] {
  const chunks: string[] = []
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + length, text.length)
    if (end < text.length && splitsSurrogatePair(text, end)) end++
    chunks.push(text.slice(start, end))
    start = end
  }
  return chunks
}

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
      const checked = checkSaveTextFileRequest(request)
      if (!checked.ok) return checked
      const { suggestedName, content, kind } = checked.value
      host.download(suggestedName, new Blob(textChunks(content), { type: textFileTypes[kind] }))
      // The browser decides where downloads go and does not say.
      return { ok: true, value: { saved: true, path: null } }
    },
    async saveBinaryFile(request) {
      const checked = checkSaveBinaryFileRequest(request)
      if (!checked.ok) return checked
      const { suggestedName, content, kind } = checked.value
      host.download(suggestedName, new Blob([content.slice()], { type: binaryFileTypes[kind] }))
      return { ok: true, value: { saved: true, path: null } }
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
