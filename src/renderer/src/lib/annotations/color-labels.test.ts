/** The colour labels as stored before the colours were named after themselves. */
import { describe, expect, it } from 'vitest'
import { defaultColorLabels, formerDefaultColorLabels, highlightColors } from './annotation'
import { withCurrentDefaultLabels } from './color-labels'

describe('defaultColorLabels', () => {
  it('names each colour after itself, colliding with none of the app’s other words', () => {
    expect(defaultColorLabels).toEqual({
      yellow: 'Yellow',
      green: 'Green',
      blue: 'Blue',
      pink: 'Pink',
      purple: 'Purple'
    })
    // A follow-up's priority, a position, the follow-ups' heading.
    for (const word of ['Priority', 'Concern', 'Follow up', 'Follow-up', 'Support', 'Watch']) {
      expect(Object.values(defaultColorLabels)).not.toContain(word)
    }
  })
})

describe('withCurrentDefaultLabels', () => {
  it('names the labels left at their former defaults after their colours', () => {
    expect(withCurrentDefaultLabels({ ...formerDefaultColorLabels })).toEqual(defaultColorLabels)
  })

  it('keeps the labels the delegate renamed, even to another colour’s former default', () => {
    expect(
      withCurrentDefaultLabels({
        yellow: 'Priority',
        green: 'Agree — موافق',
        blue: 'Concern',
        pink: 'Ask UNODC',
        purple: 'Follow up'
      })
    ).toEqual({
      yellow: 'Yellow',
      green: 'Agree — موافق',
      blue: 'Concern',
      pink: 'Ask UNODC',
      purple: 'Purple'
    })
  })

  it('leaves labels missing as missing, and other keys and values as they are', () => {
    expect(withCurrentDefaultLabels({ yellow: 'Priority', red: 'Priority' })).toEqual({
      yellow: 'Yellow',
      red: 'Priority'
    })
    for (const value of [null, 42, 'Priority', ['Priority']]) {
      expect(withCurrentDefaultLabels(value)).toBe(value)
    }
  })

  it('changes nothing it is given', () => {
    const stored = { yellow: 'Priority' }
    withCurrentDefaultLabels(stored)
    expect(stored).toEqual({ yellow: 'Priority' })
  })

  it('knows a former default for every colour', () => {
    expect(Object.keys(formerDefaultColorLabels)).toEqual([...highlightColors])
  })
})
