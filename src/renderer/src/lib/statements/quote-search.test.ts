/** Insert quote's candidates: in document order, found by paragraph, Member State or words. */
import { describe, expect, it } from 'vitest'
import { defaultAnnotation } from '@test-support/annotations-fixtures'
import {
  noteOnDocument,
  notesEntry,
  notesId,
  reportEntry,
  reportId
} from '@test-support/library-fixtures'
import { meetingDocument } from '../document/meeting-text'
import { shippedEntry } from '../library/library-document'
import { libraryQuoteCandidates, quoteCandidates, searchQuoteCandidates } from './quote-search'

const paragraphs = [
  {
    number: 58,
    speaker: { name: 'Türkiye', kind: 'member-state' as const },
    text: 'Türkiye stressed early warning on synthetic drugs and precursor control.'
  },
  {
    number: 12,
    speaker: { name: 'Chief of PTRS', kind: 'presenter' as const },
    text: 'The Chief of PTRS highlighted the global synthetic drug assessment.'
  },
  { number: 3, speaker: null, text: 'x '.repeat(200) }
]

function passage(paragraph: number, exact: string, start: number, note = '') {
  return defaultAnnotation({
    paragraph,
    note,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length }
    }
  })
}

describe('quoteCandidates', () => {
  it('lists passages in document order with the speaking Member State', () => {
    const candidates = quoteCandidates(
      [
        passage(58, 'precursor control', 50),
        passage(12, 'synthetic drug assessment', 40),
        passage(58, 'early warning', 17)
      ],
      paragraphs
    )
    expect(candidates.map((candidate) => [candidate.paragraph, candidate.passage])).toEqual([
      [12, 'synthetic drug assessment'],
      [58, 'early warning'],
      [58, 'precursor control']
    ])
    expect(candidates.map((candidate) => candidate.memberState)).toEqual([
      null,
      'Türkiye',
      'Türkiye'
    ])
  })

  it('stands for a note on a whole paragraph by the paragraph’s opening, cut at a word', () => {
    const [whole] = quoteCandidates(
      [defaultAnnotation({ paragraph: 3, target: null, note: 'Check' })],
      paragraphs
    )
    expect(whole.passage.endsWith('x…')).toBe(true)
    expect(whole.passage.length).toBeLessThanOrEqual(161)
  })
})

describe('searchQuoteCandidates', () => {
  const candidates = quoteCandidates(
    [
      passage(58, 'early warning', 17, 'Raise with **Mexico**'),
      passage(12, 'synthetic drug assessment', 40)
    ],
    paragraphs
  )
  const found = (typed: string) =>
    searchQuoteCandidates(candidates, typed).map((candidate) => candidate.paragraph)

  it('finds by paragraph number, with or without "para."', () => {
    expect(found('58')).toEqual([58])
    expect(found('para. 12')).toEqual([12])
    expect(found('5')).toEqual([])
  })

  it('finds by Member State, case and accents aside', () => {
    expect(found('turkiye')).toEqual([58])
    expect(found('TÜRK')).toEqual([58])
  })

  it('finds by the start of words of the passage or the note, every word typed', () => {
    expect(found('synth')).toEqual([12])
    expect(found('mexico warn')).toEqual([58])
    expect(found('mexico assessment')).toEqual([])
  })

  it('lists everything when nothing is typed', () => {
    expect(found('  ')).toEqual([12, 58])
  })
})

describe('libraryQuoteCandidates', () => {
  const library = () => [shippedEntry(meetingDocument), reportEntry(), notesEntry()]
  const annotations = [
    noteOnDocument(notesId, 1, { id: 'n1' }),
    noteOnDocument(reportId, 3, { id: 'r3' }),
    defaultAnnotation({ id: 's58', paragraph: 58 }),
    noteOnDocument('removed', 2, { id: 'gone' })
  ]

  it('offers the open document only, as the shipped summary always did', () => {
    const candidates = libraryQuoteCandidates(annotations, library(), 'summary')
    expect(candidates.map((candidate) => [candidate.annotation.id, candidate.citation])).toEqual([
      ['s58', 'para. 58']
    ])
    expect(libraryQuoteCandidates(annotations, library(), reportId)[0]).toMatchObject({
      documentId: reportId,
      paragraph: 3,
      citation: 'E/CN.7/2024/99, para. 3',
      paragraphText:
        'The Commission may wish to encourage Member States to share forensic data promptly.'
    })
  })

  it('offers every document in library order, leaving out documents no longer there', () => {
    const candidates = libraryQuoteCandidates(annotations, library(), null)
    expect(candidates.map((candidate) => candidate.citation)).toEqual([
      'para. 58',
      'E/CN.7/2024/99, para. 3',
      'Notes from the capital, para. 1'
    ])
  })

  it('finds a candidate by its document’s symbol or title', () => {
    const candidates = libraryQuoteCandidates(annotations, library(), null)
    const found = (typed: string) =>
      searchQuoteCandidates(candidates, typed).map((candidate) => candidate.annotation.id)
    expect(found('E/CN.7/2024/99')).toEqual(['r3'])
    expect(found('capital')).toEqual(['n1'])
    expect(found('para 3')).toEqual(['r3'])
  })
})
