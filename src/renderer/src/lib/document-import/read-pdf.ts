/**
 * Reads a PDF's text layer with Mozilla's pdf.js into the UN document parser's lines: each
 * printed line with its page, its position from the top and its font size, superscript footnote
 * marks written as footnote references. pdf.js runs with no code evaluation, no network and no
 * fonts fetched or installed; the PDF's own errors become `DocumentFileError`s.
 */
import type * as Pdfjs from 'pdfjs-dist'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import { pdfDocumentFiles } from '../file-formats/text-files'
import {
  footnoteReference,
  type SourceLine,
  type UnDocumentSource
} from '../document/un-document/un-source'
import { documentFileError, DocumentFileError } from './import-errors'

/** The part of pdf.js the reader uses: the browser build with its worker, or Node's legacy build. */
export type PdfEngine = Pick<typeof Pdfjs, 'getDocument'>

/** What the caller may follow or stop while a PDF is read. */
export interface ReadOptions {
  /** Told after each page: pages read, pages in all. */
  onProgress?: (done: number, total: number) => void
  /** Stops the reading between pages; the promise then rejects with the signal's reason. */
  signal?: AbortSignal
}

/** pdf.js settings: nothing evaluated, fetched or installed, and stop at the first error. */
const safeSettings = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  stopAtErrors: true,
  disableAutoFetch: true,
  disableStream: true,
  disableRange: true,
  useWorkerFetch: false,
  enableXfa: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  verbosity: 0
} as const

/** One piece of text placed on a page. */
interface Placed {
  text: string
  x: number
  right: number
  /** The baseline's distance from the top of the page. */
  baseline: number
  size: number
}

/** Reads the text of a PDF file's bytes. */
export async function readPdf(
  bytes: Uint8Array,
  engine: PdfEngine,
  options: ReadOptions = {}
): Promise<UnDocumentSource> {
  if (bytes.length > pdfDocumentFiles.maxSize) {
    throw documentFileError('too-large', pdfDocumentFiles, bytes.length)
  }
  if (!startsWith(bytes, '%PDF-')) throw documentFileError('not-this-format', pdfDocumentFiles)
  // pdf.js takes the buffer over, so it is given a copy.
  const task = engine.getDocument({ data: bytes.slice(), ...safeSettings })
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw asFileError(error)
    })
    const lines: SourceLine[] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      options.signal?.throwIfAborted()
      const page = await pdf.getPage(number).catch((error: unknown) => {
        throw asFileError(error)
      })
      const height = page.getViewport({ scale: 1 }).height
      const content = await page.getTextContent().catch((error: unknown) => {
        throw asFileError(error)
      })
      const placed = content.items
        .filter((item): item is TextItem => 'str' in item && item.str.trim() !== '')
        .map((item) => placeItem(item, height))
      lines.push(...pageLines(placed, number))
      page.cleanup()
      options.onProgress?.(number, pdf.numPages)
    }
    if (!lines.some((line) => /\p{L}/u.test(line.text))) {
      throw documentFileError('no-text', pdfDocumentFiles)
    }
    return { lines }
  } finally {
    await task.destroy()
  }
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  // A PDF may have a few bytes before its header; the format allows up to 1,024.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  return head.includes(text)
}

/** pdf.js's errors, by name, as the problem the delegate is told of. */
function asFileError(error: unknown): DocumentFileError {
  if (error instanceof DocumentFileError) return error
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') return documentFileError('encrypted', pdfDocumentFiles)
  return documentFileError('damaged', pdfDocumentFiles)
}

/** Where a text item sits on its page. */
function placeItem(item: TextItem, pageHeight: number): Placed {
  const [a, b, c, d, x, y] = item.transform as number[]
  const size = Math.hypot(c, d) || Math.hypot(a, b)
  return { text: item.str, x, right: x + item.width, baseline: pageHeight - y, size }
}

/**
 * The lines of a page, top to bottom: items sharing a baseline, left to right; a run of small
 * digits or asterisks raised above a line of larger text is that line's footnote reference.
 */
function pageLines(items: Placed[], page: number): SourceLine[] {
  const rows: Placed[][] = []
  for (const item of [...items].sort((p, q) => p.baseline - q.baseline || p.x - q.x)) {
    const row = rows.find((candidate) => Math.abs(candidate[0].baseline - item.baseline) < 1)
    if (row) row.push(item)
    else rows.push([item])
  }
  const marks = new Set<Placed[]>()
  for (const row of rows) {
    const size = Math.max(...row.map((item) => item.size))
    if (!row.every((item) => /^\s*[\d*†‡]{1,3}\s*$/u.test(item.text))) continue
    const carrier = rows.find((other) => {
      if (other === row || marks.has(other)) return false
      const otherSize = Math.max(...other.map((item) => item.size))
      const drop = other[0].baseline - row[0].baseline
      return size < otherSize * 0.85 && drop > 0 && drop < otherSize * 0.7
    })
    if (!carrier) continue
    for (const item of row) {
      carrier.push({ ...item, text: footnoteReference(item.text.trim()), size: 0 })
    }
    marks.add(row)
  }
  return rows
    .filter((row) => !marks.has(row))
    .map((row) => {
      row.sort((p, q) => p.x - q.x)
      let text = ''
      let previous: Placed | null = null
      for (const item of row) {
        const gap = previous ? item.x - previous.right : 0
        const size = Math.max(item.size, previous?.size ?? 0, 1)
        if (previous && gap > size * 0.15 && !/\s$/u.test(text) && !/^\s/u.test(item.text)) {
          text += ' '
        }
        text += item.text
        previous = item
      }
      return {
        text: text.replace(/\s+/gu, ' ').trim(),
        page,
        y: row[0].baseline,
        fontSize: Math.max(...row.map((item) => item.size))
      }
    })
}
