// @vitest-environment jsdom
/** Painting highlights as ranges over paragraph text, overlaps, clicks and selection offsets. */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  annotationAt,
  HighlightPainter,
  overlapsOf,
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

/** A painter over plain sets, one per highlight name, and a way to read what each shows. */
function painterWithSets() {
  const sets = new Map<string, Set<AbstractRange>>()
  const painter = new HighlightPainter((name) => {
    const set = new Set<AbstractRange>()
    sets.set(name, set)
    return set
  })
  const painted = (name: string) =>
    [...(sets.get(name) ?? [])].map((range) => (range as Range).toString())
  return { painter, painted }
}

describe('HighlightPainter', () => {
  it('paints exactly the given characters, across formatting, leaving the markup alone', () => {
    const before = container.innerHTML
    const { painter, painted } = painterWithSets()
    painter.paint(container, [{ annotationId: 'a1', start: 0, end: 13, color: 'yellow' }])
    expect(painted('highlight-yellow')).toEqual(['Brazil shared'])
    expect(painted('highlight-blue')).toEqual([])
    expect(container.innerHTML).toBe(before)
  })

  it('paints overlapping highlights in their colours and marks where they overlap', () => {
    const { painter, painted } = painterWithSets()
    painter.paint(container, [
      { annotationId: 'a1', start: 7, end: 22, color: 'yellow' },
      { annotationId: 'a2', start: 14, end: 33, color: 'blue' }
    ])
    expect(painted('highlight-yellow')).toEqual(['shared guidance'])
    expect(painted('highlight-blue')).toEqual(['guidance, including'])
    expect(painted('highlight-overlap')).toEqual(['guidance'])
  })

  it('spans lettered items', () => {
    const { painter, painted } = painterWithSets()
    const start = text().indexOf('technology')
    painter.paint(container, [
      { annotationId: 'a3', start, end: text().indexOf('Standards') + 9, color: 'green' }
    ])
    expect(painted('highlight-green')).toEqual(['technology; (b) Standards'])
  })

  it('starts a range in the node it covers, not at the end of the one before', () => {
    const sets: AbstractRange[] = []
    const recording = new HighlightPainter(() => ({
      add: (range: AbstractRange) => sets.push(range),
      delete: () => true
    }))
    recording.paint(container, [{ annotationId: 'a1', start: 6, end: 13, color: 'pink' }])
    expect(sets[0].startContainer.textContent).toBe(' shared guidance, including:')
    expect(sets[0].startOffset).toBe(0)
  })

  it('replaces what was painted before', () => {
    const { painter, painted } = painterWithSets()
    painter.paint(container, [
      { annotationId: 'a1', start: 0, end: 6, color: 'yellow' },
      { annotationId: 'a0', start: 2, end: 9, color: 'yellow' }
    ])
    painter.paint(container, [{ annotationId: 'a2', start: 7, end: 13, color: 'pink' }])
    expect(painted('highlight-yellow')).toEqual([])
    expect(painted('highlight-overlap')).toEqual([])
    expect(painted('highlight-pink')).toEqual(['shared'])
  })

  it('ignores empty spans and spans beyond the text', () => {
    const { painter, painted } = painterWithSets()
    painter.paint(container, [
      { annotationId: 'a1', start: 5, end: 5, color: 'yellow' },
      { annotationId: 'a2', start: 70, end: 500, color: 'yellow' }
    ])
    expect(painted('highlight-yellow')).toEqual([])
  })

  it('repaints the same spans after the text nodes were rearranged', () => {
    const { painter, painted } = painterWithSets()
    painter.paint(container, [{ annotationId: 'a1', start: 7, end: 22, color: 'purple' }])
    // Wrapping a word in an element (as acronym expansions do) detaches the node a range was in.
    const words = container.querySelector('p')?.childNodes[1] as Text
    const guidance = words.splitText(8)
    guidance.splitText(8)
    const abbr = document.createElement('abbr')
    guidance.replaceWith(abbr)
    abbr.append(guidance)
    painter.repaint()
    expect(painted('highlight-purple')).toEqual(['shared guidance'])
  })
})

describe('overlapsOf', () => {
  it('finds where two or more spans cover the text, not where they only touch', () => {
    const span = (start: number, end: number) => ({
      annotationId: `${start}`,
      start,
      end,
      color: 'yellow' as const
    })
    expect(overlapsOf([span(0, 5), span(5, 9)])).toEqual([])
    expect(overlapsOf([span(0, 10), span(2, 4), span(3, 12), span(20, 30)])).toEqual([
      { start: 2, end: 10 }
    ])
    expect(overlapsOf([span(0, 4), span(2, 6), span(8, 12), span(10, 14)])).toEqual([
      { start: 2, end: 4 },
      { start: 10, end: 12 }
    ])
  })
})

describe('annotationAt', () => {
  const spans = [
    { annotationId: 'a1', start: 0, end: 20, color: 'yellow' as const },
    { annotationId: 'a2', start: 5, end: 10, color: 'blue' as const }
  ]
  it('gives the innermost highlight at an offset, or one ending there', () => {
    expect(annotationAt(spans, 0)).toBe('a1')
    expect(annotationAt(spans, 7)).toBe('a2')
    expect(annotationAt(spans, 10)).toBe('a1')
    expect(annotationAt(spans, 20)).toBe('a1')
    expect(annotationAt(spans, 21)).toBeNull()
    expect(annotationAt([], 3)).toBeNull()
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
