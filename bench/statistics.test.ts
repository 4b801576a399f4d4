import { describe, expect, it } from 'vitest'
import { median, medianInterval, pairedRatio } from './statistics.mjs'

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})

describe('medianInterval', () => {
  const ranks = (n: number) => Array.from({ length: n }, (_, index) => index + 1)

  it('bounds the median between the ranks the sign test gives at 95%', () => {
    // The published ranks: 1st to 6th of 6; 2nd to 8th of 9; 6th to 16th of 21; 24th to 40th of 63.
    expect(medianInterval(ranks(6))).toEqual({ low: 1, high: 6 })
    expect(medianInterval(ranks(9))).toEqual({ low: 2, high: 8 })
    expect(medianInterval(ranks(21))).toEqual({ low: 6, high: 16 })
    expect(medianInterval(ranks(63))).toEqual({ low: 24, high: 40 })
  })

  it('reads the values in order, whatever order they come in', () => {
    expect(medianInterval([9, 3, 7, 1, 5, 2, 8, 6, 4])).toEqual({ low: 2, high: 8 })
  })

  it('gives no interval for fewer than six values', () => {
    expect(medianInterval(ranks(5))).toBeNull()
    expect(medianInterval([])).toBeNull()
  })
})

describe('pairedRatio', () => {
  it('compares each time with its own baseline', () => {
    const ratio = pairedRatio([110, 120, 300, 130, 140, 125], [100, 100, 200, 100, 100, 100])
    expect(ratio.all).toEqual([1.1, 1.2, 1.5, 1.3, 1.4, 1.25])
    expect(ratio.median).toBeCloseTo(1.275)
    expect(ratio.min).toBe(1.1)
    expect(ratio.max).toBe(1.5)
    expect(ratio.interval).toEqual({ low: 1.1, high: 1.5 })
  })
})
