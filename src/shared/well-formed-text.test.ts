/** Where text may be cut without splitting a character in two. */
import { describe, expect, it } from 'vitest'
import { isWellFormedText, splitsSurrogatePair } from './well-formed-text'

describe('splitsSurrogatePair', () => {
  it('is true only between the two halves of a pair', () => {
    const text = 'a😀b'
    expect([0, 1, 2, 3, 4].map((index) => splitsSurrogatePair(text, index))).toEqual([
      false,
      false,
      true,
      false,
      false
    ])
  })

  it('is false beside a lone half, which no cut can make whole', () => {
    expect(splitsSurrogatePair('\ud83da', 1)).toBe(false)
    expect(splitsSurrogatePair('a\ude00', 1)).toBe(false)
    expect(splitsSurrogatePair('\ude00\ud83d', 1)).toBe(false)
  })

  it('is false at either end of the text', () => {
    expect(splitsSurrogatePair('😀', 0)).toBe(false)
    expect(splitsSurrogatePair('😀', 2)).toBe(false)
    expect(splitsSurrogatePair('', 0)).toBe(false)
  })
})

describe('isWellFormedText', () => {
  it('is true of text whose every surrogate is in a pair', () => {
    expect(isWellFormedText('')).toBe(true)
    expect(isWellFormedText('Statement 😀 (para. 58)')).toBe(true)
  })

  it('is false of text holding a lone half of a pair', () => {
    expect(isWellFormedText('cut \ud83d')).toBe(false)
    expect(isWellFormedText('\ude00 cut')).toBe(false)
  })
})
