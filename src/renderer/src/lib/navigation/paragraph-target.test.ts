/** Paragraph numbers from hashes and from what a user types into Go to paragraph. */
import { describe, expect, it } from 'vitest'
import {
  paragraphElementId,
  paragraphFromHash,
  readParagraphNumber,
  sectionElementId
} from './paragraph-target'

describe('paragraphElementId', () => {
  it('names paragraph elements para-N', () => {
    expect(paragraphElementId(59)).toBe('para-59')
  })
})

describe('sectionElementId', () => {
  it('names section headings without dots', () => {
    expect(sectionElementId('III.B.1')).toBe('section-III-B-1')
    expect(sectionElementId('IV')).toBe('section-IV')
  })
})

describe('paragraphFromHash', () => {
  it('reads #para-N for paragraphs of the document', () => {
    expect(paragraphFromHash('#para-59', 87)).toBe(59)
    expect(paragraphFromHash('#para-1', 87)).toBe(1)
    expect(paragraphFromHash('#para-87', 87)).toBe(87)
  })

  it('ignores other hashes and paragraphs that do not exist', () => {
    for (const hash of [
      '',
      '#',
      '#para-0',
      '#para-88',
      '#para-',
      '#para-5x',
      '#footnote',
      'para-5',
      '#para-05000'
    ]) {
      expect(paragraphFromHash(hash, 87)).toBeNull()
    }
  })
})

describe('readParagraphNumber', () => {
  it('accepts a number and the ways delegates cite one', () => {
    for (const typed of [
      '59',
      ' 59 ',
      'para. 59',
      'para 59',
      'Para.59',
      'paragraph 59',
      '¶59',
      '#59',
      '059'
    ]) {
      expect(readParagraphNumber(typed, 87)).toEqual({ ok: true, number: 59 })
    }
  })

  it('explains what is wrong with anything else', () => {
    expect(readParagraphNumber('', 87)).toEqual({
      ok: false,
      message: 'Enter a paragraph number from 1 to 87.'
    })
    expect(readParagraphNumber('0', 87)).toEqual({
      ok: false,
      message: 'There is no paragraph 0. Enter a paragraph number from 1 to 87.'
    })
    expect(readParagraphNumber('88', 87)).toEqual({
      ok: false,
      message: 'There is no paragraph 88. Enter a paragraph number from 1 to 87.'
    })
    expect(readParagraphNumber('Canada', 87)).toEqual({
      ok: false,
      message: '“Canada” is not a paragraph number. Enter a paragraph number from 1 to 87.'
    })
    expect(readParagraphNumber('-3', 87).ok).toBe(false)
    expect(readParagraphNumber('4.5', 87).ok).toBe(false)
    expect(readParagraphNumber('1e2', 87).ok).toBe(false)
  })

  it('shortens long input it echoes back', () => {
    const result = readParagraphNumber('x'.repeat(500), 87)
    expect(result).toEqual({
      ok: false,
      message: `“${'x'.repeat(24)}…” is not a paragraph number. Enter a paragraph number from 1 to 87.`
    })
  })
})
