/** The paragraph a heading or paragraph stands for in the reading position, under a filter. */
import { describe, expect, it } from 'vitest'
import { shownParagraphFrom } from './reading-markers'

describe('shownParagraphFrom', () => {
  it('is the marked paragraph when every paragraph shows', () => {
    expect(shownParagraphFrom(45, null)).toBe(45)
  })

  it('is the marked paragraph when the filter shows it', () => {
    expect(shownParagraphFrom(60, new Set([14, 37, 60, 74]))).toBe(60)
  })

  it("is, for a heading whose first paragraph is hidden, the section's first one shown", () => {
    // Heading "D. Early warning" marks paragraph 45; under the Canada filter its first is 60.
    expect(shownParagraphFrom(45, new Set([74, 14, 60, 37]))).toBe(60)
  })

  it('is null when no paragraph at or after it shows', () => {
    expect(shownParagraphFrom(84, new Set([14, 37, 60, 74]))).toBeNull()
  })
})
