/**
 * The check of a document the renderer made as bytes (a Word brief) before it is saved: the
 * desktop app's main process and the browser's download both apply it. Kept apart from
 * bridge.ts so that the page loads it only when it first saves such a document.
 */
import {
  isPlainFileName,
  type BinaryFileKind,
  type Result,
  type SaveBinaryFileRequest
} from './bridge'

/** The extension each kind of document saved as bytes ends in. */
export const binaryFileExtensions = {
  word: '.docx'
} as const satisfies Record<BinaryFileKind, string>

/** Largest document `saveBinaryFile` accepts, in bytes: 50 MB. */
export const maxBinaryFileBytes = 50 * 1024 * 1024

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
  if (!isPlainFileName(suggestedName, binaryFileExtensions[kind])) {
    return {
      ok: false,
      error: `The file could not be saved: its name is not a plain ${binaryFileExtensions[kind]} file name.`
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
