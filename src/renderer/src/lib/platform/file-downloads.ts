/**
 * The browser's way to save a file: checked as the desktop app checks it, then handed to the
 * browser's downloads. A chunk of its own, loaded when the delegate first saves something.
 */
import type { BinaryFileKind, Result, SavedFile } from '@shared/bridge'
import { checkSaveTextFileRequest, type TextFileKind } from '@shared/bridge'
import { checkSaveBinaryFileRequest } from '@shared/binary-files'
import { splitsSurrogatePair } from '@shared/well-formed-text'
import type { BrowserHost } from './browser-bridge'

/** The media type each kind of text file is downloaded as. */
export const textFileTypes: Readonly<Record<TextFileKind, string>> = {
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8'
}

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

/** Downloads the text file `request` holds, or says why not. */
export function downloadTextFile(
  host: Pick<BrowserHost, 'download'>,
  request: unknown
): Result<SavedFile> {
  const checked = checkSaveTextFileRequest(request)
  if (!checked.ok) return checked
  const { suggestedName, content, kind } = checked.value
  host.download(suggestedName, new Blob(textChunks(content), { type: textFileTypes[kind] }))
  // The browser decides where downloads go and does not say.
  return { ok: true, value: { saved: true, path: null } }
}

/** The media type each kind of document made as bytes is downloaded as. */
export const binaryFileTypes: Readonly<Record<BinaryFileKind, string>> = {
  word: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
}

/** Downloads the document `request` holds, or says why not. */
export function downloadBinaryFile(
  host: Pick<BrowserHost, 'download'>,
  request: unknown
): Result<SavedFile> {
  const checked = checkSaveBinaryFileRequest(request)
  if (!checked.ok) return checked
  const { suggestedName, content, kind } = checked.value
  host.download(suggestedName, new Blob([content.slice()], { type: binaryFileTypes[kind] }))
  // The browser decides where downloads go and does not say.
  return { ok: true, value: { saved: true, path: null } }
}
