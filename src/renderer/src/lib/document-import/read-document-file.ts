/**
 * Imports a file as a UN document: picks the reader by the file's name, checks that the bytes are
 * what the name says, loads the PDF and Word readers only when needed (pdf.js and mammoth are large), and
 * parses what it read. Nothing is stored here; the caller keeps the result or drops it.
 */
import { parseUnDocument } from '../document/un-document/parse-un-document'
import { sourceFromText } from '../document/un-document/source-from-text'
import type { UnDocument } from '../document/un-document/un-document'
import type { UnDocumentSource } from '../document/un-document/un-source'
import { decodeTextFile, plainTextDocumentFiles } from '../file-formats/text-files'
import { documentFileError } from './import-errors'
import type { PdfEngine, ReadOptions } from './read-pdf'

/** The kinds of file imported, by the end of their name. */
export type DocumentFileKind = 'pdf' | 'word' | 'text'

/** A picked file: its name and bytes. */
export interface PickedFile {
  name: string
  bytes: Uint8Array
}

/** What importing may be given besides the file. */
export interface ImportOptions extends ReadOptions {
  /** pdf.js to use; by default the app's, with its worker, loaded on first use. */
  pdfEngine?: PdfEngine
}

/** The kind of file a name says, or null for a name the import does not read. */
export function documentFileKind(name: string): DocumentFileKind | null {
  const extension = /\.([a-z0-9]+)$/iu.exec(name)?.[1].toLowerCase()
  if (extension === 'pdf') return 'pdf'
  if (extension === 'docx') return 'word'
  if (extension === 'txt' || extension === 'md' || extension === 'markdown') return 'text'
  return null
}

/** Reads and parses a picked file; throws a `DocumentFileError` saying why it cannot. */
export async function importDocumentFile(
  file: PickedFile,
  options: ImportOptions = {}
): Promise<UnDocument> {
  return parseUnDocument(await readDocumentSource(file, options))
}

/** The lines of a picked file, read by the reader its name calls for. */
export async function readDocumentSource(
  file: PickedFile,
  options: ImportOptions = {}
): Promise<UnDocumentSource> {
  const kind = documentFileKind(file.name)
  if (kind === 'pdf') {
    const [{ readPdf }, engine] = await Promise.all([
      import('./read-pdf'),
      options.pdfEngine ?? import('./pdf-engine').then(({ loadPdfEngine }) => loadPdfEngine())
    ])
    return readPdf(file.bytes, engine, options)
  }
  if (kind === 'word') {
    const { readWord } = await import('./read-word')
    return readWord(file.bytes)
  }
  if (kind === 'text') return readTextDocument(file.bytes)
  throw documentFileError('unknown-format', plainTextDocumentFiles)
}

/** A text or Markdown file's lines; a PDF or zip (Word) file named as text is refused. */
export function readTextDocument(bytes: Uint8Array): UnDocumentSource {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 5))
  if (head.startsWith('%PDF') || head.startsWith('PK\u0003\u0004')) {
    throw documentFileError('not-this-format', plainTextDocumentFiles)
  }
  const read = decodeTextFile(bytes, plainTextDocumentFiles)
  if (!read.ok) {
    throw documentFileError(
      bytes.length > plainTextDocumentFiles.maxSize ? 'too-large' : 'not-this-format',
      plainTextDocumentFiles,
      bytes.length
    )
  }
  return sourceFromText(read.text)
}
