/** The paragraph the delegate is working on, and how the status line names it. */
import { describe, expect, it } from 'vitest'
import { currentParagraph, paragraphStatus, type WorkSignals } from './current-paragraph'

/** Signals with nothing but the reading position, unless overridden. */
function signals(overrides: Partial<WorkSignals> = {}): WorkSignals {
  return { editing: null, selected: null, focused: null, jumpedTo: null, reading: 45, ...overrides }
}

describe('currentParagraph', () => {
  it('is the reading position when nothing else says which paragraph', () => {
    expect(currentParagraph(signals())).toBe(45)
  })

  it('is the paragraph just jumped to rather than the one at the top of the window', () => {
    expect(currentParagraph(signals({ jumpedTo: 87 }))).toBe(87)
  })

  it('is the focused paragraph rather than the one jumped to before', () => {
    expect(currentParagraph(signals({ jumpedTo: 87, focused: 47 }))).toBe(47)
  })

  it('is the paragraph holding the selection rather than the focused one', () => {
    expect(currentParagraph(signals({ focused: 46, selected: 47 }))).toBe(47)
  })

  it("is the editor's paragraph above every other signal", () => {
    expect(
      currentParagraph({ editing: 47, selected: 46, focused: 48, jumpedTo: 50, reading: 45 })
    ).toBe(47)
  })
})

describe('paragraphStatus', () => {
  it('names the paragraph and the count when every paragraph shows', () => {
    expect(paragraphStatus(47, 87, null)).toBe('Paragraph 47 of 87')
  })

  it('adds how many paragraphs a filter shows', () => {
    expect(paragraphStatus(14, 87, 4)).toBe('Paragraph 14 of 87 · 4 paragraphs shown')
    expect(paragraphStatus(60, 87, 1)).toBe('Paragraph 60 of 87 · 1 paragraph shown')
  })
})
