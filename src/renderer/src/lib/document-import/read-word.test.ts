// @vitest-environment jsdom
/**
 * Reading Word files: the meeting summary's Word copy imports as the built-in parse, and the files
 * that cannot be read are refused with a plain message naming the problem.
 */
import { describe, expect, it } from 'vitest'
import * as docx from 'docx'
import source from '../../../../../resources/cnd67-crp-synthetic-drugs-egm-2024.txt?raw'
import { unDocumentFixture } from '@test-support/un-documents/fixtures'
import {
  firstDifference,
  matchedParagraphs,
  sectionOutline
} from '@test-support/un-documents/fidelity'
import {
  externalRelationships,
  minimalPdf,
  truncatedWordFile,
  wordFile,
  zipBomb
} from '@test-support/un-documents/bad-files'
import { parseMeetingText } from '../document/parse-meeting-text'
import { parseUnDocument } from '../document/un-document/parse-un-document'
import { readWord } from './read-word'

const builtIn = parseMeetingText(source)

describe('readWord', () => {
  it('reads the summary’s Word copy as the built-in parse', async () => {
    const started = performance.now()
    const imported = parseUnDocument(await readWord(unDocumentFixture('cnd67-crp-summary.docx')))
    const matched = matchedParagraphs(builtIn, imported)
    console.log(
      `Word: paragraphs matched: ${matched.length} of ${builtIn.paragraphs.length} (read and parsed in ${Math.round(performance.now() - started)} ms)`
    )
    expect(firstDifference(builtIn, imported)).toBeNull()
    expect(imported.paragraphs).toHaveLength(87)
    expect(sectionOutline(imported.sections)).toEqual(sectionOutline(builtIn.sections))
    expect(imported.title).toBe(builtIn.title)
    expect(imported.paragraphs.map((paragraph) => paragraph.content)).toEqual(
      builtIn.paragraphs.map((paragraph) => paragraph.content)
    )
    expect(imported.header).toMatchObject({
      dateText: '16 February 2024',
      distribution: 'General',
      originalLanguage: 'English',
      body: 'Commission on Narcotic Drugs',
      session: 'Sixty-seventh session',
      agendaItem: { label: 'Item 6 of the provisional agenda', number: 6 }
    })
    expect(imported.footnotes).toEqual([
      { mark: '1', text: 'E/CN.7/2024/1.', paragraph: null, item: null }
    ])
  })

  it('reads a small sound Word file', async () => {
    const document = parseUnDocument(await readWord(await wordFile()))
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'A fictitious paragraph.'
    ])
  })

  it('numbers paragraphs and letters items that Word’s list numbering numbers', async () => {
    const listItem = (text: string, level: number) =>
      new docx.Paragraph({ text, numbering: { reference: 'paragraphs', level } })
    const file = new docx.Document({
      numbering: {
        config: [
          {
            reference: 'paragraphs',
            levels: [
              { level: 0, format: docx.LevelFormat.DECIMAL, text: '%1.' },
              { level: 1, format: docx.LevelFormat.LOWER_LETTER, text: '(%2)' }
            ]
          }
        ]
      },
      sections: [
        {
          children: [
            new docx.Paragraph({ text: 'An invented report' }),
            new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, text: 'I. First part' }),
            listItem('A first paragraph:', 0),
            listItem('a first item;', 1),
            listItem('a second item.', 1),
            listItem('A second paragraph.', 0),
            new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, text: 'II. Second part' }),
            listItem('A third paragraph.', 0)
          ]
        }
      ]
    })
    const bytes = new Uint8Array(await docx.Packer.toArrayBuffer(file))
    const document = parseUnDocument(await readWord(bytes))
    expect(document.paragraphs.map((p) => [p.number, p.text, p.sectionPath])).toEqual([
      [1, 'A first paragraph: (a) a first item; (b) a second item.', ['I']],
      [2, 'A second paragraph.', ['I']],
      [3, 'A third paragraph.', ['II']]
    ])
  })

  const refusals: [string, () => Uint8Array | Promise<Uint8Array>, string][] = [
    [
      'a PDF named .docx',
      () => minimalPdf({ text: 'Hello' }),
      'This file is not a Word document, whatever its name says.'
    ],
    [
      'a damaged (cut) Word file',
      truncatedWordFile,
      'This Word document is damaged and cannot be read.'
    ],
    ['a zip bomb', () => zipBomb(), 'would unpack to far more than a document holds'],
    [
      'a zip bomb that lies about its size',
      () => zipBomb(1000),
      'would unpack to far more than a document holds'
    ],
    [
      'a Word file with macros',
      () => wordFile([{ name: 'word/vbaProject.bin', data: 'macro' }]),
      'contains macros'
    ],
    [
      'a remote template',
      () => wordFile([], externalRelationships('attachedTemplate', 'https://example.org/t.dotm')),
      'refers to files elsewhere'
    ],
    [
      'a picture linked from the web',
      () => wordFile([], externalRelationships('image', 'https://example.org/chart.png')),
      'refers to files elsewhere'
    ],
    [
      'a link into network files',
      () => wordFile([], externalRelationships('hyperlink', 'file://server/share/x.docx')),
      'refers to files elsewhere'
    ],
    [
      'a link to a Windows share',
      () => wordFile([], externalRelationships('hyperlink', '\\\\server\\share\\x.docx')),
      'refers to files elsewhere'
    ]
  ]
  it.each(refusals)('refuses %s', async (_, file, message) => {
    await expect(readWord(await file())).rejects.toThrow(message)
  })

  it.each(['https://www.unodc.org/', 'http://www.unodc.org/', 'mailto:cnd@un.org'])(
    'accepts a written link to %s, which nothing fetches',
    async (target) => {
      const file = await wordFile([], externalRelationships('hyperlink', target))
      await expect(readWord(file)).resolves.toMatchObject({ lines: expect.any(Array) })
    }
  )
})
