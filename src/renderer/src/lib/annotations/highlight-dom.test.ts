// @vitest-environment jsdom
/** Painting highlights into paragraph text, overlaps included, and reading selection offsets. */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  clearHighlights,
  paintHighlights,
  rangeOfOffsets,
  sameSpans,
  textOffsetOf
} from './highlight-dom'

let container: HTMLDivElement

beforeEach(() => {
  container = document.createElement('div')
  container.innerHTML =
    '<p><strong>Brazil</strong> shared guidance, including:</p> <ol class="items"><li><span class="item-label">(a)</span> Forensic technology;</li> <li><span class="item-label">(b)</span> Standards.</li></ol>'
})

const text = () => container.textContent ?? ''

describe('paintHighlights', () => {
  it('wraps exactly the given characters, across formatting', () => {
    paintHighlights(container, [{ annotationId: 'a1', start: 0, end: 13, color: 'yellow' }])
    const marks = [...container.querySelectorAll('mark')]
    expect(marks.map((mark) => mark.textContent).join('')).toBe('Brazil shared')
    expect(
      marks.every(
        (mark) =>
          mark.dataset.annotationId === 'a1' && mark.className === 'highlight highlight-yellow'
      )
    ).toBe(true)
    expect(text()).toBe(
      'Brazil shared guidance, including: (a) Forensic technology; (b) Standards.'
    )
  })

  it('paints a highlight without a colour as such', () => {
    paintHighlights(container, [{ annotationId: 'a1', start: 0, end: 6, color: null }])
    expect(container.querySelector('mark')?.className).toBe('highlight highlight-none')
  })

  it('shows the latest of overlapping highlights, flagging the overlap, never nesting', () => {
    paintHighlights(container, [
      { annotationId: 'a1', start: 7, end: 22, color: 'yellow' },
      { annotationId: 'a2', start: 14, end: 33, color: 'blue' }
    ])
    const marks = [...container.querySelectorAll('mark')].map((mark) => [
      mark.textContent,
      mark.dataset.annotationId,
      mark.className
    ])
    expect(marks).toEqual([
      ['shared ', 'a1', 'highlight highlight-yellow'],
      ['guidance', 'a2', 'highlight highlight-blue highlight-overlap'],
      [', including', 'a2', 'highlight highlight-blue']
    ])
    expect(container.querySelector('mark mark')).toBeNull()
    expect(container.querySelector('.highlight-overlap')?.getAttribute('data-annotation-ids')).toBe(
      'a1 a2'
    )
  })

  it('spans lettered items', () => {
    const start = text().indexOf('technology')
    paintHighlights(container, [
      { annotationId: 'a3', start, end: text().indexOf('Standards') + 9, color: 'green' }
    ])
    const marked = [...container.querySelectorAll('mark')].map((mark) => mark.textContent).join('')
    expect(marked).toBe('technology;(b) Standards')
    expect(container.querySelector('ol > mark')).toBeNull()
  })

  it('replaces what was painted before', () => {
    paintHighlights(container, [{ annotationId: 'a1', start: 0, end: 6, color: 'yellow' }])
    paintHighlights(container, [{ annotationId: 'a2', start: 7, end: 13, color: 'pink' }])
    expect(
      [...container.querySelectorAll('mark')].map((mark) => mark.dataset.annotationId)
    ).toEqual(['a2'])
  })

  it('ignores empty spans', () => {
    paintHighlights(container, [{ annotationId: 'a1', start: 5, end: 5, color: 'yellow' }])
    expect(container.querySelector('mark')).toBeNull()
  })
})

describe('clearHighlights', () => {
  it('restores the original markup', () => {
    const before = container.innerHTML
    paintHighlights(container, [
      { annotationId: 'a1', start: 3, end: 40, color: 'yellow' },
      { annotationId: 'a2', start: 10, end: 60, color: 'purple' }
    ])
    clearHighlights(container)
    expect(container.innerHTML).toBe(before)
  })
})

describe('textOffsetOf', () => {
  it('counts characters from the start of the container', () => {
    const strong = container.querySelector('strong')?.firstChild
    expect(strong && textOffsetOf(container, strong, 3)).toBe(3)
    const item = container.querySelectorAll('li')[1].lastChild
    expect(item && textOffsetOf(container, item, 1)).toBe(text().indexOf('Standards'))
  })
})

describe('sameSpans', () => {
  it('compares spans by identity, in order', () => {
    const a = { annotationId: 'a1', start: 1, end: 5, color: 'yellow' as const }
    const b = { annotationId: 'a2', start: 2, end: 6, color: 'blue' as const }
    expect(sameSpans([a, b], [a, b])).toBe(true)
    expect(sameSpans([a, b], [b, a])).toBe(false)
    expect(sameSpans([a], [{ ...a }])).toBe(false)
    expect(sameSpans(undefined, undefined)).toBe(true)
    expect(sameSpans([a], undefined)).toBe(false)
  })
})

describe('rangeOfOffsets', () => {
  it('covers the text between two offsets, across elements, as textOffsetOf reads it back', () => {
    const text = container.textContent ?? ''
    for (const [start, end] of [
      [0, 5],
      [3, text.length - 2],
      [0, text.length]
    ]) {
      const range = rangeOfOffsets(container, start, end)
      expect(range.toString()).toBe(text.slice(start, end))
      expect(textOffsetOf(container, range.startContainer, range.startOffset)).toBe(start)
      expect(textOffsetOf(container, range.endContainer, range.endOffset)).toBe(end)
    }
  })
})
