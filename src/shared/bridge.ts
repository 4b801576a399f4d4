/**
 * The one contract between the renderer and the main process: every operation the renderer may
 * ask of the platform, its serializable arguments and its result, and the one request the
 * platform may make of the renderer (a backup). Main, preload and the browser fallback are all
 * typed from here.
 */

import type { BackupHeadCounts } from './backup-head'
import { isLocalHost } from './local-host'
import { splitsSurrogatePair } from './well-formed-text'

/** The outcome of a bridge call; errors cross the process boundary as values, never as throws. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string }

/** What the About entry and the status line show of the running app. */
export interface AppInfo {
  /** The product name, e.g. "CND67 Notes". */
  name: string
  /** The app's semantic version from package.json. */
  version: string
  /** Where the renderer runs: inside the Electron shell or in a plain browser tab. */
  platform: 'electron' | 'browser'
}

/** The kinds of text file the app saves: a brief in Markdown, or a full export in JSON. */
export type TextFileKind = 'markdown' | 'json'

/** A text file the renderer asks to have saved where the user chooses. */
export interface SaveTextFileRequest {
  /** The file name proposed in the save dialog: a plain name ending in the kind's extension. */
  suggestedName: string
  /** The whole file, at most `maxTextFileBytes` once encoded as UTF-8. */
  content: string
  /** Which kind of file it is, which sets the extension and the dialog's file-type filter. */
  kind: TextFileKind
}

/** The kinds of document the app saves as bytes: a brief in Word's format. */
export type BinaryFileKind = 'word'

/** A document the renderer made as bytes and asks to have saved where the user chooses. */
export interface SaveBinaryFileRequest {
  /** The file name proposed in the save dialog: a plain name ending in the kind's extension. */
  suggestedName: string
  /** The whole file, at most `maxBinaryFileBytes`, in the kind's format (a .docx is a ZIP). */
  content: Uint8Array
  /** Which kind of file it is, which sets the extension and the dialog's file-type filter. */
  kind: BinaryFileKind
}

/** A PDF of the calling window's page the renderer asks to have saved where the user chooses. */
export interface PrintToPdfRequest {
  /** The file name proposed in the save dialog: a plain name ending in `.pdf`. */
  suggestedName: string
}

/** What became of a file the user was asked where to save. */
export interface SavedFile {
  /** Whether the file was written (or handed to the browser's downloads); false if cancelled. */
  saved: boolean
  /** Where the file was written; `null` when cancelled or when the browser chose the place. */
  path: string | null
}

/** An automatic backup kept by the desktop app in its profile folder. */
export interface AutomaticBackup {
  /** The file name, `cnd67-backup-YYYYMMDD-HHMMSS-mmm.json` in UTC; also its identifier. */
  name: string
  /** When it was written, as an ISO 8601 UTC timestamp (read from the name). */
  createdAt: string
}

/** An automatic backup as listed, with its size so the renderer can show it. */
export interface AutomaticBackupEntry extends AutomaticBackup {
  /** The file's size in bytes. */
  size: number
  /** What the backup says it holds, from the start of the file; null if it does not say. */
  counts: BackupHeadCounts | null
}

/**
 * The outcome of writing an automatic backup: the backup written, or `written: false` where
 * automatic backups are not kept (a plain browser tab, which has no folder of its own).
 */
export type AutomaticBackupWrite = ({ written: true } & AutomaticBackup) | { written: false }

/**
 * Why the main process asks the renderer for a backup: the app is quitting (or its window is
 * closing), or the regular interval has come round.
 */
export type BackupRequestReason = 'quit' | 'interval'

/**
 * Who asked for an automatic backup the renderer writes: the platform (its request every 10
 * minutes or on quitting) or the delegate (a command to back up now). The main process lets the
 * page write unasked backups only once a minute, and checks a claimed platform request against
 * the requests it really sent; a delegate's are not held back.
 */
export type BackupAskedBy = 'platform' | 'delegate'

/**
 * The renderer's answer to a backup request: if anything changed since its last automatic
 * backup, it writes one with `writeAutomaticBackup` and resolves once that is done. It should
 * resolve quickly when nothing changed; the app quits after 5 seconds whether it has or not.
 */
export type BackupRequestListener = (reason: BackupRequestReason) => Promise<void>

/** Every operation the renderer may ask of the platform; each is one request on its own channel. */
export interface BridgeRequests {
  /** Name and version of the app. */
  getAppInfo(): Promise<Result<AppInfo>>
  /**
   * Opens an `https:` address in the system browser. Any other scheme is refused, so text in the
   * document or in a note can never launch a program or open a local file.
   */
  openExternal(url: string): Promise<Result<null>>
  /**
   * Asks the user where to save a text file (starting in their Documents folder) and writes it
   * there whole or not at all. Cancelling is not an error: it answers `saved: false`.
   */
  saveTextFile(request: SaveTextFileRequest): Promise<Result<SavedFile>>
  /**
   * Asks the user where to save a document made as bytes (a Word brief), as `saveTextFile`
   * does, and writes it there whole or not at all.
   */
  saveBinaryFile(request: SaveBinaryFileRequest): Promise<Result<SavedFile>>
  /**
   * Prints the calling window's page, as it is laid out for print now, to an A4 PDF, then asks
   * the user where to save it. In a browser it opens the print dialog, which offers Save as PDF.
   */
  printToPdf(request: PrintToPdfRequest): Promise<Result<SavedFile>>
  /**
   * Writes a backup (the renderer's JSON export, at most `maxTextFileBytes`) to the profile's
   * backups folder, keeping the newest `automaticBackupsKept` and the first of each of the last
   * `dailyAutomaticBackupsKept` days. Refused when the page writes more than one a minute unless
   * `askedBy` the delegate or answering the platform's own request.
   */
  writeAutomaticBackup(
    content: string,
    askedBy: BackupAskedBy
  ): Promise<Result<AutomaticBackupWrite>>
  /** The automatic backups there are, newest first; none in a browser. */
  listAutomaticBackups(): Promise<Result<AutomaticBackupEntry[]>>
  /** The content of one automatic backup, by the name `listAutomaticBackups` gave. */
  readAutomaticBackup(name: string): Promise<Result<string>>
}

/** What the platform may ask of the renderer, as subscriptions the renderer takes out. */
export interface BridgeSubscriptions {
  /**
   * Answers the platform's requests for a backup with `listener`, replacing any earlier one.
   * Returns a function that stops answering. The desktop app asks every 10 minutes and before
   * it quits; a browser tab never asks.
   */
  onBackupRequest(listener: BackupRequestListener): () => void
}

/** Everything the platform offers the renderer. */
export interface Bridge extends BridgeRequests, BridgeSubscriptions {}

/** The IPC channel of each bridge request; main and preload both use this one table. */
export const bridgeChannels = {
  getAppInfo: 'cnd67:get-app-info',
  openExternal: 'cnd67:open-external',
  saveTextFile: 'cnd67:save-text-file',
  saveBinaryFile: 'cnd67:save-binary-file',
  printToPdf: 'cnd67:print-to-pdf',
  writeAutomaticBackup: 'cnd67:write-automatic-backup',
  listAutomaticBackups: 'cnd67:list-automatic-backups',
  readAutomaticBackup: 'cnd67:read-automatic-backup'
} as const satisfies Record<keyof BridgeRequests, string>

/**
 * The channels of the backup request: main sends `request` with a `BackupRequest` to the app
 * window, and preload sends `done` with the same `id` once the renderer's listener has settled.
 */
export const backupRequestChannels = {
  request: 'cnd67:backup-request',
  done: 'cnd67:backup-request-done'
} as const

/** A backup request as sent from main to the renderer. */
export interface BackupRequest {
  /** Identifies the request, so its answer can be matched to it. */
  id: number
  /** Why the backup is asked for. */
  reason: BackupRequestReason
}

/** The answer preload sends on `backupRequestChannels.done`. */
export interface BackupRequestDone {
  /** The `id` of the request answered. */
  id: number
}

/** The global name under which preload exposes the bridge to the renderer. */
export const bridgeGlobalName = 'cnd67'

/**
 * Longest address `openExternal` accepts, both as given and as the URL parser writes it out
 * (where each "é" of a path becomes six characters); longer ones are refused, not truncated.
 */
export const maxExternalUrlLength = 2048

/**
 * Whether an address may be opened in the system browser: an absolute `https:` URL with a host
 * on the public internet (not the delegate's machine or local network, see `isLocalHost`), no
 * credentials, and no longer than `maxExternalUrlLength` before or after parsing. Shared so the
 * renderer can decide what to render as a link and the main process can check again before
 * opening it.
 */
export function isOpenableExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > maxExternalUrlLength) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.href.length <= maxExternalUrlLength &&
    parsed.hostname.length > 0 &&
    !isLocalHost(parsed.hostname) &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

/** Largest text file or backup the bridge accepts, in bytes of UTF-8: 100 MB. */
export const maxTextFileBytes = 100 * 1024 * 1024

/** Largest document `saveBinaryFile` accepts, in bytes: 50 MB. */
export const maxBinaryFileBytes = 50 * 1024 * 1024

/** Longest file name a save may propose, in characters. */
export const maxSuggestedNameLength = 200

/** How many automatic backups are kept; older ones are deleted as new ones are written. */
export const automaticBackupsKept = 10

/**
 * For how many days, today included, the first automatic backup of each day is kept besides the
 * newest `automaticBackupsKept`, so a burst of writes cannot replace every good backup.
 */
export const dailyAutomaticBackupsKept = 7

/** The extension each kind of saved file ends in. */
export const fileExtensions = {
  markdown: '.md',
  json: '.json',
  word: '.docx',
  pdf: '.pdf'
} as const satisfies Record<TextFileKind | BinaryFileKind | 'pdf', string>

/**
 * Characters no proposed file name may contain: path separators, characters Windows forbids in
 * names, and control characters.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused.
const forbiddenFileNameCharacters = /[/\\<>:"|?*\u0000-\u001f\u007f]/

/**
 * Whether `name` is a plain file name ending in `extension` (in any case): no folder part, no
 * character some system forbids, not hidden, something before the extension, and no longer
 * than `maxSuggestedNameLength`. Shared so the renderer can propose names that main will accept.
 */
export function isPlainFileName(name: unknown, extension: string): name is string {
  return (
    typeof name === 'string' &&
    name.length > extension.length &&
    name.length <= maxSuggestedNameLength &&
    !name.startsWith('.') &&
    name.trim() === name &&
    !forbiddenFileNameCharacters.test(name) &&
    name.toLowerCase().endsWith(extension)
  )
}

/**
 * Whether `content` is a string of at most `maxBytes` once encoded as UTF-8. Each UTF-16 code
 * unit takes one to three bytes, so only strings between a third of the limit and the limit
 * are measured, and the count stops as soon as it is over.
 */
export function isTextWithin(content: unknown, maxBytes: number): content is string {
  if (typeof content !== 'string' || content.length > maxBytes) return false
  if (content.length * 3 <= maxBytes) return true
  let bytes = 0
  for (let index = 0; index < content.length && bytes <= maxBytes; index++) {
    const unit = content.charCodeAt(index)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (splitsSurrogatePair(content, index + 1)) {
      // A high half followed by a low one: one character, four bytes.
      bytes += 4
      index++
    } else bytes += 3
  }
  return bytes <= maxBytes
}

/**
 * Checks a `saveTextFile` request that may have come from anywhere: the request itself when
 * valid, else the reason in words a user can act on.
 */
export function checkSaveTextFileRequest(request: unknown): Result<SaveTextFileRequest> {
  if (typeof request !== 'object' || request === null) {
    return { ok: false, error: 'The file could not be saved: the request was not understood.' }
  }
  const { suggestedName, content, kind } = request as Record<string, unknown>
  if (kind !== 'markdown' && kind !== 'json') {
    return { ok: false, error: 'The file could not be saved: only Markdown and JSON are saved.' }
  }
  if (!isPlainFileName(suggestedName, fileExtensions[kind])) {
    return {
      ok: false,
      error: `The file could not be saved: its name is not a plain ${fileExtensions[kind]} file name.`
    }
  }
  if (!isTextWithin(content, maxTextFileBytes)) {
    return {
      ok: false,
      error: 'The file could not be saved: it is not text, or it is larger than 100 MB.'
    }
  }
  return { ok: true, value: { suggestedName, content, kind } }
}

/** How every ZIP file, and so every .docx, begins: a local file header, "PK\x03\x04". */
const zipSignature = [0x50, 0x4b, 0x03, 0x04] as const

/**
 * Checks a `saveBinaryFile` request that may have come from anywhere, as
 * `checkSaveTextFileRequest`: a Word document must be bytes, no more than `maxBinaryFileBytes`,
 * and begin as a ZIP file does.
 */
export function checkSaveBinaryFileRequest(request: unknown): Result<SaveBinaryFileRequest> {
  if (typeof request !== 'object' || request === null) {
    return { ok: false, error: 'The file could not be saved: the request was not understood.' }
  }
  const { suggestedName, content, kind } = request as Record<string, unknown>
  if (kind !== 'word') {
    return { ok: false, error: 'The file could not be saved: only Word documents are saved.' }
  }
  if (!isPlainFileName(suggestedName, fileExtensions[kind])) {
    return {
      ok: false,
      error: `The file could not be saved: its name is not a plain ${fileExtensions[kind]} file name.`
    }
  }
  if (!(content instanceof Uint8Array) || content.byteLength > maxBinaryFileBytes) {
    return {
      ok: false,
      error: 'The file could not be saved: it is not a document, or it is larger than 50 MB.'
    }
  }
  if (!zipSignature.every((byte, index) => content[index] === byte)) {
    return { ok: false, error: 'The file could not be saved: it is not a Word document.' }
  }
  return { ok: true, value: { suggestedName, content, kind } }
}

/** Whether a value is a `BackupAskedBy`, as it arrives from anywhere. */
export function isBackupAskedBy(value: unknown): value is BackupAskedBy {
  return value === 'platform' || value === 'delegate'
}

/** Checks a `printToPdf` request that may have come from anywhere, as `checkSaveTextFileRequest`. */
export function checkPrintToPdfRequest(request: unknown): Result<PrintToPdfRequest> {
  const suggestedName =
    typeof request === 'object' && request !== null
      ? (request as Record<string, unknown>).suggestedName
      : undefined
  if (!isPlainFileName(suggestedName, fileExtensions.pdf)) {
    return {
      ok: false,
      error: 'The PDF could not be saved: its name is not a plain .pdf file name.'
    }
  }
  return { ok: true, value: { suggestedName } }
}
