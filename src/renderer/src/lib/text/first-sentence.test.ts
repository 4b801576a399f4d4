/** The first sentence of a passage, as the brief quotes it when asked for first sentences. */
import { describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { firstSentence } from './first-sentence'

describe('firstSentence', () => {
  it('ends at the first full stop that ends a sentence', () => {
    expect(firstSentence('The U.S. delegation spoke. Then UNODC did.')).toBe(
      'The U.S. delegation spoke.'
    )
    expect(firstSentence('Was it agreed? Yes.')).toBe('Was it agreed?')
  })

  it('goes on after "para.", "e.g." and before a number or a word in lower case', () => {
    expect(
      firstSentence('As in para. 47, e.g. the EWA. Abbreviations end no sentence. Three.')
    ).toBe('As in para. 47, e.g. the EWA.')
    expect(firstSentence('It rose by 2.5 per cent. in 2023. Next.')).toBe(
      'It rose by 2.5 per cent. in 2023.'
    )
  })

  it('returns a text of one sentence whole, and nothing for nothing', () => {
    expect(firstSentence('No full stop at the end')).toBe('No full stop at the end')
    expect(firstSentence('')).toBe('')
  })

  it('finds a first sentence in every paragraph of the summary, shorter than or equal to it', () => {
    for (const paragraph of meetingDocument.paragraphs) {
      const sentence = firstSentence(paragraph.text)
      expect(sentence.length).toBeGreaterThan(0)
      expect(paragraph.text.startsWith(sentence)).toBe(true)
    }
  })
})
