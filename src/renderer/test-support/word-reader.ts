/**
 * Reads a Word file back the way a delegate's colleagues would, with readers this project did not
 * write: mammoth for the body (headings, lists, tables, links as HTML; it ignores headers and
 * footers) and fflate for the parts mammoth leaves out (header and footer XML, relationships).
 */
import { strFromU8, unzipSync } from 'fflate'
import mammoth from 'mammoth'

/** What a test reads of a .docx file. */
export interface WordReading {
  /** The body as mammoth's HTML. */
  html: string
  /** The body's text as mammoth extracts it. */
  text: string
  /** What mammoth said it could not convert. */
  messages: string[]
  /** The XML of the headers, joined. */
  headers: string
  /** The XML of the footers, joined. */
  footers: string
  /** The targets of the document's external relationships (its hyperlinks). */
  externalTargets: string[]
}

/** Reads the bytes of a .docx file. */
export async function readWord(bytes: Uint8Array): Promise<WordReading> {
  // mammoth's Node build reads a Buffer (its browser build an ArrayBuffer); tests run in Node.
  const input = { buffer: nodeBuffer().from(bytes) } as unknown as Parameters<
    typeof mammoth.convertToHtml
  >[0]
  const [converted, raw] = await Promise.all([
    mammoth.convertToHtml(input, {
      styleMap: [
        "p[style-name='Quote'] => blockquote > p:fresh",
        "p[style-name='Brief entry'] => p:fresh"
      ]
    }),
    mammoth.extractRawText(input)
  ])
  const parts = unzipSync(bytes)
  const xmlOf = (pattern: RegExp): string =>
    Object.keys(parts)
      .filter((name) => pattern.test(name))
      .sort()
      .map((name) => strFromU8(parts[name]))
      .join('\n')
  const relationships = xmlOf(/^word\/_rels\/document\.xml\.rels$/u)
  const externalTargets = [
    ...relationships.matchAll(/<Relationship\b[^>]*\bTargetMode="External"[^>]*>/gu)
  ].map((match) => /\bTarget="([^"]*)"/u.exec(match[0])?.[1] ?? '')
  return {
    html: converted.value,
    text: raw.value,
    messages: converted.messages.map((message) => message.message),
    headers: xmlOf(/^word\/header\d*\.xml$/u),
    footers: xmlOf(/^word\/footer\d*\.xml$/u),
    externalTargets
  }
}

/** Node's Buffer, which the web tsconfig (with no Node types) does not know. */
function nodeBuffer(): { from(bytes: Uint8Array): unknown } {
  return (globalThis as unknown as { Buffer: { from(bytes: Uint8Array): unknown } }).Buffer
}
