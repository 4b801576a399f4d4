/** Undoing page layout: running text, footnotes at the page foot, line-end hyphens, blocks. */
import { describe, expect, it } from 'vitest'
import { collectVocabulary, joinLines, unfoldPages } from './page-layout'
import { footnoteReference, type SourceLine } from './un-source'

/** A page of lines 14 points apart, in 10-point text unless a size is given. */
const page = (number: number, lines: (string | [string, number])[]): SourceLine[] =>
  lines.map((line, index) => {
    const [text, fontSize] = typeof line === 'string' ? [line, 10] : line
    return { text, page: number, y: 60 + index * 14, fontSize }
  })

describe('unfoldPages', () => {
  it('removes running headers and footers and keeps the symbol they print', () => {
    const { blocks, runningSymbols } = unfoldPages([
      ...page(1, ['E/CN.7/2024/7', '1. A paragraph that', 'goes on.', 'V.24-04321 (E)', '1']),
      ...page(2, ['E/CN.7/2024/7', 'and ends here.', 'Please recycle', '2']),
      ...page(3, [
        'Draft – not for citation',
        '2. Another paragraph.',
        'Draft – not for citation',
        '3'
      ]),
      ...page(4, ['Draft – not for citation', '3. A third one.', 'Draft – not for citation', '4'])
    ])
    expect(runningSymbols).toEqual(['E/CN.7/2024/7'])
    expect(blocks.map((block) => block.text)).toEqual([
      '1. A paragraph that goes on.',
      'and ends here.',
      '2. Another paragraph.',
      '3. A third one.'
    ])
  })

  it('takes out footnotes printed in smaller type at the foot of a page', () => {
    const { blocks, footnotes } = unfoldPages(
      page(1, [
        `1. A claim.${footnoteReference('1')} More text, in the body's own size, which is the`,
        'size most of the text of a page is printed in, so that the notes below, in smaller',
        'type, are told apart from it.',
        [`${footnoteReference('1')} A source of the`, 8],
        ['claim, over two lines.', 8],
        ['2 Another note.', 8]
      ])
    )
    expect(blocks.map((block) => block.text)).toEqual([
      `1. A claim.${footnoteReference('1')} More text, in the body's own size, which is the size most of the text of a page is printed in, so that the notes below, in smaller type, are told apart from it.`
    ])
    expect(footnotes).toEqual([
      { mark: '1', text: 'A source of the claim, over two lines.' },
      { mark: '2', text: 'Another note.' }
    ])
  })

  it('begins a block at a wider gap, a new page or the start of a paragraph, item or heading', () => {
    const lines: SourceLine[] = [
      { text: 'A title on', page: 1, y: 100, fontSize: 14 },
      { text: 'two lines', page: 1, y: 117, fontSize: 14 },
      { text: 'Distr.: General', page: 1, y: 150, fontSize: 10 },
      { text: '4 January 2024', page: 1, y: 180, fontSize: 10 },
      { text: 'I. Heading', page: 1, y: 194, fontSize: 10 },
      { text: '(a) An item', page: 1, y: 208, fontSize: 10 }
    ]
    expect(unfoldPages(lines).blocks.map((block) => block.text)).toEqual([
      'A title on two lines',
      'Distr.: General',
      '4 January 2024',
      'I. Heading',
      '(a) An item'
    ])
  })
})

describe('joinLines', () => {
  const vocabulary = collectVocabulary([
    { text: 'Money-laundering is a laboratory matter; the laboratories agree.' }
  ])
  it('joins a word a soft hyphen or a layout hyphen split', () => {
    expect(joinLines('the labo\u00AD', 'ratories', null)).toBe('the laboratories')
    expect(joinLines('the preven\u2010', 'tion of', vocabulary)).toBe('the prevention of')
  })
  it('keeps a hyphen the text writes elsewhere, or that joins parts which keep it', () => {
    expect(joinLines('against money\u2010', 'laundering', vocabulary)).toBe(
      'against money-laundering'
    )
    expect(joinLines('the non\u2010', 'medical use', vocabulary)).toBe('the non-medical use')
    expect(joinLines('evidence\u2010', 'based', vocabulary)).toBe('evidence-based')
    expect(joinLines('a non-', 'medical use', vocabulary)).toBe('a non-medical use')
  })
  it('drops a typed hyphen only where the text writes the word whole elsewhere', () => {
    expect(joinLines('the labo-', 'ratories', vocabulary)).toBe('the laboratories')
    expect(joinLines('a long-', 'standing link', vocabulary)).toBe('a long-standing link')
  })
  it('joins a dash before a capital or a digit without a space, and other lines with one', () => {
    expect(joinLines('the United States-', 'Canada plan', null)).toBe(
      'the United States-Canada plan'
    )
    expect(joinLines('Vienna, 14–', '22 March', null)).toBe('Vienna, 14–22 March')
    expect(joinLines('as said –', 'rightly', null)).toBe('as said – rightly')
    expect(joinLines('a line', 'and the next', null)).toBe('a line and the next')
  })
})
