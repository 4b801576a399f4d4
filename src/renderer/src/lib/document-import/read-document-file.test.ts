/**
 * Importing a picked file: the reader its name calls for, the text and Markdown reader, and the
 * plain messages for files that are not what their name says or that the import does not read.
 */
import { describe, expect, it } from 'vitest'
import { nodePdfEngine, unDocumentFixture } from '@test-support/un-documents/fixtures'
import { minimalPdf } from '@test-support/un-documents/bad-files'
import { xssPayloads } from '@test-support/xss-payloads'
import { documentFileKind, importDocumentFile } from './read-document-file'

const encode = (text: string) => new TextEncoder().encode(text)

describe('documentFileKind', () => {
  it('knows PDF, Word, text and Markdown by the end of the name, in any case', () => {
    expect(['a.PDF', 'b.docx', 'c.txt', 'd.md', 'e.doc', 'f'].map(documentFileKind)).toEqual([
      'pdf',
      'word',
      'text',
      'text',
      null,
      null
    ])
  })
})

describe('importDocumentFile', () => {
  it('reads a Markdown report with its footnotes', async () => {
    const markdown = [
      'E/CN.7/2024/98',
      '',
      'Distr.: General',
      '',
      '2 February 2024',
      '',
      '# Fictitious note on invented things',
      '',
      '## I. Background',
      '',
      '1. An invented body met twice.[^1]',
      '2. It agreed on two made-up points:',
      '- (a) The first point;',
      '- (b) The second point.[^2]',
      '',
      '[^1]: Both meetings are imaginary.',
      '[^2]: So are the points.'
    ].join('\n')
    const document = await importDocumentFile({ name: 'note.md', bytes: encode(markdown) })
    expect(document.header.symbols).toEqual(['E/CN.7/2024/98'])
    expect(document.header.date).toBe('2024-02-02')
    expect(document.title).toBe('Fictitious note on invented things')
    expect(document.sections.map((section) => section.id)).toEqual(['I'])
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'An invented body met twice.',
      'It agreed on two made-up points: (a) The first point; (b) The second point.'
    ])
    expect(document.footnotes).toEqual([
      { mark: '1', text: 'Both meetings are imaginary.', paragraph: 1, item: null },
      { mark: '2', text: 'So are the points.', paragraph: 2, item: 'b' }
    ])
  })

  it('numbers the blocks of a text without numbered paragraphs, and says so', async () => {
    const text = 'A made-up title\n\nFirst block of text,\nwrapped.\n\nSecond block.\n'
    const document = await importDocumentFile({ name: 'plain.txt', bytes: encode(text) })
    expect(document.numbering).toBe('by-blank-lines')
    expect(document.notice).toBe(
      'This document has no numbered paragraphs, so each block of text is a paragraph, numbered in order.'
    )
    expect(document.title).toBe('A made-up title')
    expect(document.paragraphs.map(({ number, text }) => `${number}. ${text}`)).toEqual([
      '1. First block of text, wrapped.',
      '2. Second block.'
    ])
  })

  it('keeps hostile text in a document as text: no markup, and links only to https: addresses', async () => {
    const text = xssPayloads
      .map((payload, index) => `${index + 1}. ${payload.text.replace(/\s+/gu, ' ')}`)
      .join('\n\n')
    const document = await importDocumentFile({ name: 'hostile.md', bytes: encode(text) })
    const parts = document.paragraphs.flatMap((paragraph) => [
      ...paragraph.content,
      ...paragraph.items.flatMap((item) => item.content)
    ])
    expect(document.paragraphs).toHaveLength(xssPayloads.length)
    expect(document.paragraphs.some((paragraph) => paragraph.text.includes('<script'))).toBe(true)
    for (const part of parts) {
      if (part.type === 'link') expect(part.href).toMatch(/^https:\/\//u)
    }
  })

  it('reads a PDF with the engine given', async () => {
    const document = await importDocumentFile(
      { name: 'report.pdf', bytes: unDocumentFixture('fictitious-report.pdf') },
      { pdfEngine: nodePdfEngine }
    )
    expect(document.paragraphs).toHaveLength(6)
  })

  const refusals: [string, string, () => Uint8Array, string][] = [
    [
      'a PDF named .txt',
      'x.txt',
      () => minimalPdf({ text: 'Hi' }),
      'This file is not a text document'
    ],
    [
      'a Word file named .md',
      'x.md',
      () => unDocumentFixture('cnd67-crp-summary.docx'),
      'This file is not a text document'
    ],
    [
      'a text file named .pdf',
      'x.pdf',
      () => encode('1. Not a PDF.'),
      'This file is not a PDF document'
    ],
    [
      'a text file named .docx',
      'x.docx',
      () => encode('1. Not Word.'),
      'This file is not a Word document'
    ],
    [
      'binary bytes named .txt',
      'x.txt',
      () => new Uint8Array([0xff, 0xfe, 0x00, 0xd8]),
      'This file is not a text document'
    ],
    [
      'an old Word .doc file',
      'x.doc',
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
      'This file is not a PDF, Word (.docx), text (.txt) or Markdown (.md) file'
    ],
    [
      'a text file of 20 MB and more',
      'x.txt',
      () => new Uint8Array(20_000_001).fill(0x61),
      'The file is too large to be a text document (20.1 MB).'
    ]
  ]
  it.each(refusals)('refuses %s', async (_, name, bytes, message) => {
    await expect(
      importDocumentFile({ name, bytes: bytes() }, { pdfEngine: nodePdfEngine })
    ).rejects.toThrow(message)
  })
})
