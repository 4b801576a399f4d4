/**
 * The files a delegate picks for the app to read, by format: for each, the largest file read and
 * the words that name it when it is refused; and reading one, its size before its bytes, then its
 * bytes as UTF-8. Each format speaks of itself: an annotation file is never called a backup.
 */
import { maxTextFileBytes } from '@shared/bridge'

/** A format of file the app reads, as its refusals name it. */
export interface TextFileFormat {
  /** What the file would be, in "The file is too large to be a backup". */
  shortName: string
  /** What the file would be, in "so it is not a CND67 Notes backup". */
  fullName: string
  /** The largest file read, in bytes of UTF-8 (or UTF-16 code units, for text already read). */
  maxSize: number
}

/**
 * The app's backups: everything a delegate made, the imported documents' original files among it
 * (in base64, a third larger), at most the 100 MiB the desktop app's main process saves and reads
 * (`maxTextFileBytes`). 20,000 notes make about 15 MB; a UN report's PDF is a few hundred
 * kilobytes to a few megabytes, so a library of some twenty such documents fits beside them.
 */
export const backupFiles: TextFileFormat = {
  shortName: 'a backup',
  fullName: 'a CND67 Notes backup',
  maxSize: maxTextFileBytes
}

/** W3C Web Annotation files, from this app or another tool: the notes only, 50 MB at most. */
export const webAnnotationFiles: TextFileFormat = {
  shortName: 'an annotation file',
  fullName: 'a Web Annotation file',
  maxSize: 50_000_000
}

/** PDF documents to import: a UN report is a few megabytes; 100 MB leaves room for scanned annexes. */
export const pdfDocumentFiles: TextFileFormat = {
  shortName: 'a PDF document',
  fullName: 'a PDF document',
  maxSize: 100_000_000
}

/** Word documents (.docx) to import, as stored (compressed); what they unpack to is limited apart. */
export const wordDocumentFiles: TextFileFormat = {
  shortName: 'a Word document',
  fullName: 'a Word document',
  maxSize: 50_000_000
}

/**
 * What a Word file may unpack to: in all, and for one entry larger than `ratioAbove` bytes, how
 * many times its stored size. Zeros deflate a thousandfold; text and pictures rarely tenfold.
 */
export const wordUnpackLimits = { totalSize: 300_000_000, ratio: 100, ratioAbove: 10_000_000 }

/** Plain text and Markdown documents to import. */
export const plainTextDocumentFiles: TextFileFormat = {
  shortName: 'a text document',
  fullName: 'a text document',
  maxSize: 20_000_000
}

/** What reading a file gives: its text, or why it is refused. */
export type TextFileRead = { ok: true; text: string } | { ok: false; error: string }

/** "The file is too large to be a backup (60 MB)." */
export function tooLargeMessage(format: TextFileFormat, size: number): string {
  // Rounded up to a tenth, so a file just over the limit does not read as the limit.
  const megabytes = Math.ceil(size / 100_000) / 10
  return `The file is too large to be ${format.shortName} (${megabytes.toLocaleString('en-GB')} MB).`
}

/**
 * The text of a file of `format` from its bytes, which must be UTF-8 (a byte order mark is
 * dropped). The size is checked before anything is decoded.
 */
export function decodeTextFile(bytes: Uint8Array, format: TextFileFormat): TextFileRead {
  if (bytes.length > format.maxSize) {
    return { ok: false, error: tooLargeMessage(format, bytes.length) }
  }
  try {
    // `ignoreBOM: false` (the default) drops a leading byte order mark.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return {
      ok: false,
      error: `This file is not UTF-8 text, so it is not ${format.fullName}. It may be damaged, or another kind of file.`
    }
  }
}

/** The text of a picked file of `format`: refused by its size before any of it is read. */
export async function readTextFile(file: Blob, format: TextFileFormat): Promise<TextFileRead> {
  if (file.size > format.maxSize) return { ok: false, error: tooLargeMessage(format, file.size) }
  return decodeTextFile(new Uint8Array(await file.arrayBuffer()), format)
}
