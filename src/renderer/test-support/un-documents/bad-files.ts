/**
 * Files a delegate might pick that cannot be imported, made in memory: PDFs written object by
 * object (encrypted, without text, damaged) and Word files zipped entry by entry (zip bombs,
 * macros, external references).
 */
import { unDocumentFixture } from './fixtures'

const encoder = new TextEncoder()

/** A one-page PDF; with `text`, the page shows it; with `encrypted`, it needs a password. */
export function minimalPdf(options: { text?: string; encrypted?: boolean } = {}): Uint8Array {
  const stream = options.text
    ? `BT /F1 12 Tf 72 720 Td (${options.text}) Tj ET`
    : '0 0 m 100 100 l S'
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  ]
  if (options.encrypted) {
    // The standard security handler, revision 3, with a user password whose check value no
    // empty password matches: pdf.js asks for the password.
    const filler = 'ab'.repeat(32)
    objects.push(
      `<< /Filter /Standard /V 2 /R 3 /Length 128 /P -1340 /O <${filler}> /U <${filler}> >>`
    )
  }
  let body = '%PDF-1.7\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  const encrypt = options.encrypted
    ? ` /Encrypt ${objects.length} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`
    : ''
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`
  return encoder.encode(body)
}

/** A PDF header followed by bytes that are no PDF at all. */
export function damagedPdf(): Uint8Array {
  const bytes = new Uint8Array(4096)
  for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 7919) % 251
  bytes.set(encoder.encode('%PDF-1.7\n'), 0)
  return bytes
}

/** One entry of a zip file: its name, its bytes, and optionally the size it claims to unpack to. */
export interface ZipEntry {
  name: string
  data: Uint8Array | string
  /** Written as the entry's uncompressed size instead of its real one: a lying zip. */
  claimedSize?: number
}

/** The CRC-32 of bytes, as zip files check them. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = (crc >>> 8) ^ crcTable[(crc ^ byte) & 0xff]
  return (crc ^ 0xffffffff) >>> 0
}

const crcTable = Uint32Array.from({ length: 256 }, (_, index) => {
  let value = index
  for (let bit = 0; bit < 8; bit++) value = (value >>> 1) ^ (0xedb88320 & -(value & 1))
  return value >>> 0
})

/** Bytes deflated, as zip files store them. */
async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes)
      controller.close()
    }
  })
  const output = input.pipeThrough(
    new CompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>
  )
  return new Uint8Array(await new Response(output).arrayBuffer())
}

/** A zip file of the entries, each deflated. */
export async function zip(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  const locals: Uint8Array[] = []
  const centrals: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data
    const compressed = await deflateRaw(raw)
    const name = encoder.encode(entry.name)
    const size = entry.claimedSize ?? raw.length
    const crc = crc32(raw)
    const local = new DataView(new ArrayBuffer(30))
    local.setUint32(0, 0x04034b50, true)
    local.setUint16(4, 20, true)
    local.setUint16(8, 8, true)
    local.setUint32(14, crc, true)
    local.setUint32(18, compressed.length, true)
    local.setUint32(22, size, true)
    local.setUint16(26, name.length, true)
    const central = new DataView(new ArrayBuffer(46))
    central.setUint32(0, 0x02014b50, true)
    central.setUint16(4, 20, true)
    central.setUint16(6, 20, true)
    central.setUint16(10, 8, true)
    central.setUint32(16, crc, true)
    central.setUint32(20, compressed.length, true)
    central.setUint32(24, size, true)
    central.setUint16(28, name.length, true)
    central.setUint32(42, offset, true)
    const localBytes = concat([new Uint8Array(local.buffer), name, compressed])
    locals.push(localBytes)
    centrals.push(concat([new Uint8Array(central.buffer), name]))
    offset += localBytes.length
  }
  const directory = concat(centrals)
  const end = new DataView(new ArrayBuffer(22))
  end.setUint32(0, 0x06054b50, true)
  end.setUint16(8, entries.length, true)
  end.setUint16(10, entries.length, true)
  end.setUint32(12, directory.length, true)
  end.setUint32(16, offset, true)
  return concat([...locals, directory, new Uint8Array(end.buffer)])
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    joined.set(part, at)
    at += part.length
  }
  return joined
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
const packageRelationships = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
const documentXml = (text: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`

/** A small, sound Word file with one paragraph, and any further entries. */
export function wordFile(
  extra: readonly ZipEntry[] = [],
  documentRelationships?: string
): Promise<Uint8Array> {
  return zip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: packageRelationships },
    { name: 'word/document.xml', data: documentXml('1. A fictitious paragraph.') },
    ...(documentRelationships
      ? [{ name: 'word/_rels/document.xml.rels', data: documentRelationships }]
      : []),
    ...extra
  ])
}

/** Relationships of a Word document's body, one of them external. */
export function externalRelationships(type: string, target: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}" TargetMode="External"/></Relationships>`
}

/** A Word file with an entry of 24 MB of zeros, which deflate to about 24 KB; it may claim a smaller size. */
export function zipBomb(claimedSize?: number): Promise<Uint8Array> {
  return wordFile([
    { name: 'word/media/filler.bin', data: new Uint8Array(24_000_000), claimedSize }
  ])
}

/** The summary's Word fixture cut in half. */
export function truncatedWordFile(): Uint8Array {
  const whole = unDocumentFixture('cnd67-crp-summary.docx')
  return whole.slice(0, Math.floor(whole.length / 2))
}
