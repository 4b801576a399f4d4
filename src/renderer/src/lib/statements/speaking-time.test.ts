/** A statement's words as spoken, the time they take, and the one wording of both. */
import { describe, expect, it } from 'vitest'
import {
  formatDuration,
  overrunLabel,
  speakingSummary,
  spokenSeconds,
  wordCount
} from './speaking-time'

/** `count` words of plain prose. */
function words(count: number): string {
  return Array.from({ length: count }, (_, index) => `word${index}`).join(' ')
}

describe('wordCount', () => {
  it('counts the words of plain text, not its punctuation', () => {
    expect(wordCount('Thank you, Chair. Canada welcomes the report — fully.')).toBe(8)
    expect(wordCount('')).toBe(0)
    expect(wordCount('  … — ; ')).toBe(0)
  })

  it('does not count Markdown syntax: emphasis, lists, quotes, headings, link addresses', () => {
    expect(
      wordCount(
        '## Opening\n\n- **Canada** *welcomes*\n- the [EWA](https://www.unodc.org/ewa)\n\n> early warning'
      )
    ).toBe(7)
  })

  it('reads "(para. 58)" as two spoken words, and a range as "paras 45 to 47"', () => {
    expect(wordCount('(para. 58)')).toBe(2)
    expect(wordCount('(paras. 45–47)')).toBe(4)
    expect(wordCount('as in para. 58.')).toBe(4)
  })

  it('reads a document symbol part by part, so "(E/CN.7/2024/99, para. 3)" is six words', () => {
    expect(wordCount('(E/CN.7/2024/99, para. 3)')).toBe(6)
    expect(wordCount('“early warning” (E/CN.7/2024/99, paras. 3–4)')).toBe(10)
    expect(wordCount('resolution A/RES/78/1')).toBe(5)
    expect(wordCount('(Notes from the capital, para. 2)')).toBe(6)
    // Slashes in ordinary words and dates are left as they were: one word each.
    expect(wordCount('and/or 18/03/2024')).toBe(2)
  })

  it('counts a hyphenated word and a number with separators once', () => {
    expect(wordCount('follow-up on 1,200 seizures')).toBe(4)
  })

  it('does not count raw HTML tags', () => {
    expect(wordCount('<script>alert(1)</script> Canada<br>agrees')).toBe(3)
  })
})

describe('spokenSeconds', () => {
  it('is the words at the pace, to the nearest second', () => {
    expect(spokenSeconds(450, 120)).toBe(225)
    expect(spokenSeconds(412, 120)).toBe(206)
    expect(spokenSeconds(1, 250)).toBe(0)
    expect(spokenSeconds(3, 250)).toBe(1)
  })
})

describe('formatDuration', () => {
  it('reads as a clock: minutes and seconds, hours when there are any', () => {
    expect(formatDuration(225)).toBe('3:45')
    expect(formatDuration(26)).toBe('0:26')
    expect(formatDuration(0)).toBe('0:00')
    expect(formatDuration(180)).toBe('3:00')
    expect(formatDuration(3725)).toBe('1:02:05')
    expect(formatDuration(-5)).toBe('0:00')
  })
})

describe('overrunLabel', () => {
  it('names the limit and the overrun', () => {
    expect(overrunLabel(45, 180)).toBe('Over the 3:00 limit by 0:45')
  })
})

describe('speakingSummary', () => {
  it('reads 450 words at 120 words a minute as 3:45, over a 3-minute limit by 0:45', () => {
    expect(speakingSummary(words(450), 120, 180)).toStrictEqual({
      words: 450,
      seconds: 225,
      label: '450 words · 3:45 at 120 words a minute',
      over: { seconds: 45, label: 'Over the 3:00 limit by 0:45' }
    })
  })

  it('says nothing is over when the statement fits, even exactly', () => {
    expect(speakingSummary(words(412), 120, 300)).toStrictEqual({
      words: 412,
      seconds: 206,
      label: '412 words · 3:26 at 120 words a minute',
      over: null
    })
    expect(speakingSummary(words(360), 120, 180).over).toBeNull()
  })

  it('writes one word, and thousands with a separator', () => {
    expect(speakingSummary('Thanks', 60, 30).label).toBe('1 word · 0:01 at 60 words a minute')
    expect(speakingSummary(words(1200), 250, 300).label).toBe(
      '1,200 words · 4:48 at 250 words a minute'
    )
  })
})
