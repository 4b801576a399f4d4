/**
 * Looks inside a Word file (a zip) before anything unpacks it for reading: refuses one that would
 * unpack to far more than it says or than a document holds (a zip bomb), one with macros, and one
 * that refers to files elsewhere (a remote template, a linked picture or object, a link into
 * local or network files).
 * Every entry is inflated once here, stopping at its declared size, so a lying entry is caught
 * before the reader inflates it whole.
 */
import { wordDocumentFiles, wordUnpackLimits } from '../file-formats/text-files'
import { documentFileError } from './import-errors'

/** An entry of the zip's central directory. */
interface ZipEntry {
  name: string
  method: number
  storedSize: number
  size: number
  localOffset: number
}

/** Checks a Word file's bytes; throws the `DocumentFileError` naming the first problem found. */
export async function inspectWordFile(bytes: Uint8Array): Promise<void> {
  if (bytes.length > wordDocumentFiles.maxSize) {
    throw documentFileError('too-large', wordDocumentFiles, bytes.length)
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw documentFileError('not-this-format', wordDocumentFiles)
  }
  const entries = centralDirectory(bytes)
  const names = entries.map((entry) => entry.name)
  if (!names.includes('word/document.xml')) {
    throw documentFileError('not-this-format', wordDocumentFiles)
  }
  if (names.some((name) => /(?:^|\/)vba(?:Project\.bin|Data\.xml)$/iu.test(name))) {
    throw documentFileError('macros', wordDocumentFiles)
  }
  let total = 0
  for (const entry of entries) {
    total += entry.size
    const swollen =
      entry.size > wordUnpackLimits.ratioAbove &&
      entry.size > Math.max(entry.storedSize, 1) * wordUnpackLimits.ratio
    if (total > wordUnpackLimits.totalSize || swollen) {
      throw documentFileError('zip-bomb', wordDocumentFiles)
    }
  }
  const decoder = new TextDecoder()
  for (const entry of entries) {
    const content = await inflateEntry(bytes, entry)
    if (
      entry.name === '[Content_Types].xml' &&
      /macroEnabled|vbaProject/iu.test(decoder.decode(content))
    ) {
      throw documentFileError('macros', wordDocumentFiles)
    }
    if (entry.name.endsWith('.rels') && refersElsewhere(decoder.decode(content))) {
      throw documentFileError('external-reference', wordDocumentFiles)
    }
  }
}

/**
 * Whether relationships name anything outside the file that Word would fetch or open with it: a
 * remote template, a linked picture, a frame, an embedded object, a sub-document. A hyperlink is
 * only a written address, fetched by nobody, so any web or mail link passes (the reader keeps only
 * `https:` ones as links); one into a computer's or network's files (`file:`, `\\server`) does not.
 */
function refersElsewhere(relationships: string): boolean {
  for (const [element] of relationships.matchAll(/<Relationship\b[^>]*>/gu)) {
    const attribute = (name: string) =>
      new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'u').exec(element)?.[1] ?? ''
    if (attribute('TargetMode') !== 'External') continue
    if (!/\/hyperlink$/iu.test(attribute('Type'))) return true
    if (/^(?:file:|\\\\|\/\/)/iu.test(attribute('Target').trim())) return true
  }
  return false
}

/** The entries listed in the zip's central directory. */
function centralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at
      break
    }
  }
  if (end < 0) throw documentFileError('damaged', wordDocumentFiles)
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const decoder = new TextDecoder()
  const entries: ZipEntry[] = []
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      throw documentFileError('damaged', wordDocumentFiles)
    }
    const nameLength = view.getUint16(at + 28, true)
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      storedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      localOffset: view.getUint32(at + 42, true)
    }
    // Zip64 sizes (all ones) are for files of gigabytes: no document is one.
    if (entry.size === 0xffffffff || entry.storedSize === 0xffffffff) {
      throw documentFileError('zip-bomb', wordDocumentFiles)
    }
    entries.push(entry)
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}

/** An entry's bytes, inflated no further than its declared size. */
async function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const local = entry.localOffset
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) {
    throw documentFileError('damaged', wordDocumentFiles)
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
  const stored = bytes.subarray(start, start + entry.storedSize)
  if (stored.length < entry.storedSize) throw documentFileError('damaged', wordDocumentFiles)
  if (entry.method === 0) return stored
  if (entry.method !== 8) throw documentFileError('damaged', wordDocumentFiles)
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(stored)
      controller.close()
    }
  })
  const reader = input
    .pipeThrough(
      // The DOM typings give the stream's chunks as `BufferSource`; they are bytes.
      new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<
        Uint8Array,
        Uint8Array
      >
    )
    .getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      length += value.length
      if (length > entry.size) {
        await reader.cancel()
        throw documentFileError('zip-bomb', wordDocumentFiles)
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'DocumentFileError') throw error
    throw documentFileError('damaged', wordDocumentFiles)
  }
  const content = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    content.set(chunk, offset)
    offset += chunk.length
  }
  return content
}
