/** The UN document parser on lines as the readers give them: structure, styles and fallback. */
import { describe, expect, it } from 'vitest'
import { parseUnDocument, unnumberedNotice } from './parse-un-document'
import { sourceFromText } from './source-from-text'
import type { SourceLine } from './un-source'

const lines = (...texts: string[]): { lines: SourceLine[] } => ({
  lines: texts.flatMap((text) => [{ text }, { text: '' }])
})

describe('parseUnDocument', () => {
  it('reads header fields, title, sections, paragraphs and items', () => {
    const document = parseUnDocument(
      lines(
        'A/RES/99/1 S/2099/1',
        'Distr.: Limited',
        '1 April 2099',
        'Original: French',
        'Imaginary Assembly',
        'Ninety-ninth session',
        'Item 12 (b) of the agenda',
        'Invented questions',
        'A fictitious title',
        'I. First part',
        'A. A subpart',
        '1. One.',
        '(a) An item;',
        'that goes on.',
        'B. Another subpart',
        '2. Two.'
      )
    )
    expect(document.header).toMatchObject({
      symbols: ['A/RES/99/1', 'S/2099/1'],
      distribution: 'Limited',
      date: '2099-04-01',
      originalLanguage: 'French',
      body: 'Imaginary Assembly',
      session: 'Ninety-ninth session',
      agendaItem: { label: 'Item 12 (b) of the agenda', number: 12, title: 'Invented questions' }
    })
    expect(document.title).toBe('A fictitious title')
    expect(document.sections[0].children.map((section) => [section.id, section.range])).toEqual([
      ['I.A', { first: 1, last: 1 }],
      ['I.B', { first: 2, last: 2 }]
    ])
    expect(document.paragraphs[0].items).toEqual([
      { label: 'a', content: [{ type: 'text', text: 'An item; that goes on.' }] }
    ])
  })

  it('takes a numbered line in a heading style as a subsection, not a paragraph', () => {
    const document = parseUnDocument({
      lines: [
        { text: 'I. Part' },
        { text: 'A. Subpart' },
        {
          text: '1. Presentations of a rather long heading that ends with a stop.',
          headingLevel: 3
        },
        { text: '' },
        { text: '1. The paragraph.' }
      ]
    })
    expect(document.sections[0].children[0].children[0].id).toBe('I.A.1')
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual(['The paragraph.'])
  })

  it('falls back to blocks as paragraphs, under their headings, and says so', () => {
    const document = parseUnDocument(
      sourceFromText('Title\n\nI. Part\n\nFirst block.\n\nSecond\nblock.\n\nII. Next\n\nThird.')
    )
    expect(document.numbering).toBe('by-blank-lines')
    expect(document.notice).toBe(unnumberedNotice)
    expect(document.title).toBe('Title')
    expect(document.paragraphs.map((p) => [p.number, p.text, p.sectionPath])).toEqual([
      [1, 'First block.', ['I']],
      [2, 'Second block.', ['I']],
      [3, 'Third.', ['II']]
    ])
  })

  it('keeps text after a heading and before any paragraph apart, as unplaced', () => {
    const document = parseUnDocument(lines('I. Part', 'Stray text.', '1. A paragraph.'))
    expect(document.unplaced).toEqual(['Stray text.'])
  })

  it('reads an empty text as an empty document', () => {
    expect(parseUnDocument({ lines: [] })).toMatchObject({ paragraphs: [], title: '' })
  })
})
