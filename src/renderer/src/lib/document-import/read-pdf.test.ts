/**
 * Reading PDFs: the meeting summary printed as a UN document imports as the built-in parse; the
 * fictitious report's structure exactly (running header and footer gone, footnotes at their
 * reference, hyphenation undone, a paragraph joined across pages); the PDFs that cannot be read.
 */
import { describe, expect, it } from 'vitest'
import source from '../../../../../resources/cnd67-crp-synthetic-drugs-egm-2024.txt?raw'
import { nodePdfEngine, unDocumentFixture } from '@test-support/un-documents/fixtures'
import {
  firstDifference,
  matchedParagraphs,
  sectionOutline
} from '@test-support/un-documents/fidelity'
import { damagedPdf, minimalPdf } from '@test-support/un-documents/bad-files'
import { parseMeetingText } from '../document/parse-meeting-text'
import { parseUnDocument } from '../document/un-document/parse-un-document'
import { readPdf } from './read-pdf'

describe('readPdf', () => {
  it('reads the summary’s PDF copy as the built-in parse', async () => {
    const builtIn = parseMeetingText(source)
    const started = performance.now()
    const imported = parseUnDocument(
      await readPdf(unDocumentFixture('cnd67-crp-summary.pdf'), nodePdfEngine)
    )
    const matched = matchedParagraphs(builtIn, imported)
    console.log(
      `PDF: paragraphs matched: ${matched.length} of ${builtIn.paragraphs.length} (read and parsed in ${Math.round(performance.now() - started)} ms)`
    )
    expect(firstDifference(builtIn, imported)).toBeNull()
    expect(imported.paragraphs).toHaveLength(87)
    expect(sectionOutline(imported.sections)).toEqual(sectionOutline(builtIn.sections))
    expect(imported.title).toBe(builtIn.title)
    expect(imported.header.symbols).toEqual(['E/CN.7/2024/CRP.4'])
    expect(imported.footnotes).toEqual([
      { mark: '*', text: 'E/CN.7/2024/1.', paragraph: null, item: null }
    ])
  })

  it('reads the fictitious report’s structure exactly', async () => {
    const progress: string[] = []
    const document = parseUnDocument(
      await readPdf(unDocumentFixture('fictitious-report.pdf'), nodePdfEngine, {
        onProgress: (done, total) => progress.push(`${done}/${total}`)
      })
    )
    expect(progress).toEqual(['1/2', '2/2'])
    expect(document.header).toEqual({
      symbols: ['E/CN.7/2024/99'],
      dateText: '4 January 2024',
      date: '2024-01-04',
      distribution: 'General',
      originalLanguage: 'English',
      body: 'Commission on Narcotic Drugs',
      session: 'Sixty-seventh session',
      agendaItem: {
        label: 'Item 9 of the provisional agenda',
        number: 9,
        title: 'Provision of drug-related scientific support to fictional laboratories'
      },
      parts: [
        'Distr.: General',
        '4 January 2024',
        'Original: English',
        'Commission on Narcotic Drugs',
        'Sixty-seventh session',
        'Vienna, 14–22 March 2024',
        'Item 9 of the provisional agenda',
        'Provision of drug-related scientific support to fictional laboratories',
        'Report on the imaginary laboratory network of Utopia and Erewhon'
      ]
    })
    expect(document.title).toBe('Report on the imaginary laboratory network of Utopia and Erewhon')
    expect(sectionOutline(document.sections)).toEqual([
      { id: 'I', title: 'Introduction', range: { first: 1, last: 2 }, children: [] },
      {
        id: 'II',
        title: 'Activities',
        range: { first: 3, last: 5 },
        children: [
          { id: 'II.A', title: 'Analysis', range: { first: 3, last: 4 }, children: [] },
          { id: 'II.B', title: 'Cooperation', range: { first: 5, last: 5 }, children: [] }
        ]
      },
      { id: 'III', title: 'Recommendation', range: { first: 6, last: 6 }, children: [] }
    ])
    expect(document.paragraphs.map(({ number, text }) => `${number}. ${text}`)).toEqual([
      '1. This report, written for testing only, describes an invented network of laboratories in two fictitious countries, Utopia and Erewhon. None of its content is true; every laboratory, figure and date in it is made up.',
      '2. The network supports the analysis of seized samples and the non-medical use of substances, with evidence-based methods and shared laboratories in both countries.',
      '3. In the imaginary year under review, the laboratories of the network: (a) Analysed 1,234 fictitious samples; (b) Trained 56 invented analysts in the prevention of errors.',
      '4. The laboratories shared their results with each other every month, through a secure channel that exists only in this report, and they agreed on common methods for the identification of new substances, which they tested together on samples exchanged between Utopia and Erewhon, and whose results they compared at a joint meeting held in an invented city.',
      '5. The two fictitious countries agreed to continue the network for another imaginary year.',
      '6. The Commission may wish to take note of this fictitious report.'
    ])
    expect(document.footnotes).toEqual([
      { mark: '*', text: 'E/CN.7/2024/1.', paragraph: null, item: null },
      {
        mark: '1',
        text: 'Utopia and Erewhon are imaginary countries, named after two novels.',
        paragraph: 1,
        item: null
      },
      { mark: '2', text: 'All figures in this report are invented.', paragraph: 3, item: 'a' },
      { mark: '3', text: 'The meeting never took place.', paragraph: 4, item: null }
    ])
    expect(document.numbering).toBe('numbered')
    expect(document.unplaced).toEqual([])
  })

  const refusals: [string, () => Uint8Array, string][] = [
    [
      'an encrypted PDF',
      () => minimalPdf({ text: 'Secret', encrypted: true }),
      'This PDF document is protected by a password'
    ],
    ['a PDF with no text (a scan)', () => minimalPdf(), 'This PDF document has no text to read'],
    ['a damaged PDF', damagedPdf, 'This PDF document is damaged and cannot be read.'],
    [
      'a Word file named .pdf',
      () => unDocumentFixture('cnd67-crp-summary.docx'),
      'This file is not a PDF document, whatever its name says.'
    ]
  ]
  it.each(refusals)('refuses %s', async (_, file, message) => {
    await expect(readPdf(file(), nodePdfEngine)).rejects.toThrow(message)
  })

  it('reads a minimal PDF with text', async () => {
    const read = await readPdf(minimalPdf({ text: 'Hello' }), nodePdfEngine)
    expect(read.lines.map((line) => line.text)).toEqual(['Hello'])
  })

  it('stops between pages when cancelled', async () => {
    const controller = new AbortController()
    controller.abort(new DOMException('Import cancelled', 'AbortError'))
    await expect(
      readPdf(unDocumentFixture('fictitious-report.pdf'), nodePdfEngine, {
        signal: controller.signal
      })
    ).rejects.toThrow('Import cancelled')
  })
})
