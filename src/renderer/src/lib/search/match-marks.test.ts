// @vitest-environment jsdom
/**
 * Tests of the search marks in a paragraph: which ranges are marked, across the elements a word
 * is split by, and that the marks go at the next action, before it is handled.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MatchMarks, matchHighlightName, rangesOfWords, similarHighlightName } from './match-marks'

/** A paragraph's text element holding `html`. */
function textOf(html: string): HTMLElement {
  const element = document.createElement('div')
  element.innerHTML = html
  document.body.replaceChildren(element)
  return element
}

/** The text of each range. */
function texts(ranges: readonly Range[]): string[] {
  return ranges.map((range) => range.toString())
}

/** A stand-in for the Custom Highlight API, which jsdom does not have. */
class FakeHighlight {
  readonly ranges: Range[]
  constructor(...ranges: Range[]) {
    this.ranges = ranges
  }
}

describe('rangesOfWords', () => {
  it('finds each word whose folded form is listed, whole words only', () => {
    const text = textOf('<p>Türkiye and TURKIYE; not Türkiyes. Bilateral, trilateral.</p>')
    expect(texts(rangesOfWords(text, new Set(['turkiye', 'bilateral'])))).toEqual([
      'Türkiye',
      'TURKIYE',
      'Bilateral'
    ])
  })

  it('finds a word split by elements, and words in lettered items', () => {
    const text = textOf(
      '<p>early <mark class="highlight">warn</mark>ing systems</p> <ol><li>(a) Early warning</li></ol>'
    )
    const ranges = rangesOfWords(text, new Set(['warning', 'early']))
    expect(texts(ranges)).toEqual(['early', 'warning', 'Early', 'warning'])
    expect(ranges[1].startContainer.parentElement?.tagName).toBe('MARK')
    expect(ranges[1].endContainer.parentElement?.tagName).toBe('P')
  })

  it('finds nothing for no words', () => {
    expect(rangesOfWords(textOf('<p>early warning</p>'), new Set())).toEqual([])
  })
})

describe('MatchMarks', () => {
  const registry = new Map<string, unknown>()

  beforeEach(() => {
    registry.clear()
    vi.stubGlobal('CSS', { highlights: registry })
    vi.stubGlobal('Highlight', FakeHighlight)
  })

  afterEach(() => vi.unstubAllGlobals())

  it('marks the words in one highlight, and replaces it when shown again', () => {
    const marks = new MatchMarks()
    const text = textOf('<p>Canada noted early warning; Canada again.</p>')
    expect(marks.show(text, ['canada'])).toBe(2)
    const highlight = registry.get(matchHighlightName) as FakeHighlight
    expect(texts(highlight.ranges)).toEqual(['Canada', 'Canada'])
    expect(marks.show(text, ['early'])).toBe(1)
    expect(texts((registry.get(matchHighlightName) as FakeHighlight).ranges)).toEqual(['early'])
  })

  it('marks the words a typo away apart from the words typed', () => {
    const marks = new MatchMarks()
    const text = textOf('<p>Bilateral and trilateral talks.</p>')
    expect(marks.show(text, ['bilateral', 'trilateral'], ['trilateral'])).toBe(2)
    expect(texts((registry.get(matchHighlightName) as FakeHighlight).ranges)).toEqual(['Bilateral'])
    expect(texts((registry.get(similarHighlightName) as FakeHighlight).ranges)).toEqual([
      'trilateral'
    ])
    marks.clear()
    expect(registry.size).toBe(0)
  })

  it('marks nothing where no word is found, and clears what was marked', () => {
    const marks = new MatchMarks()
    const text = textOf('<p>Canada</p>')
    marks.show(text, ['canada'])
    expect(marks.show(text, ['mexico'])).toBe(0)
    expect(registry.has(matchHighlightName)).toBe(false)
    expect(marks.shown).toBe(false)
  })

  it('clears the marks at the next key or click, before the page handles it, but not at a modifier', () => {
    const marks = new MatchMarks()
    const stop = marks.clearOnNextAction(window)
    const text = textOf('<p>Canada</p>')
    let markedWhenHandled: boolean | null = null
    const handle = () => (markedWhenHandled = registry.has(matchHighlightName))
    window.addEventListener('keydown', handle)

    marks.show(text, ['canada'])
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }))
    expect(markedWhenHandled).toBe(true)
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'F3', bubbles: true }))
    expect(markedWhenHandled).toBe(false)

    marks.show(text, ['canada'])
    text.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    expect(registry.has(matchHighlightName)).toBe(false)

    stop()
    window.removeEventListener('keydown', handle)
    marks.show(text, ['canada'])
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }))
    expect(registry.has(matchHighlightName)).toBe(true)
  })

  it('marks nothing where the page has no Custom Highlight API', () => {
    vi.unstubAllGlobals()
    vi.stubGlobal('CSS', {})
    expect(new MatchMarks().show(textOf('<p>Canada</p>'), ['canada'])).toBe(0)
  })
})
