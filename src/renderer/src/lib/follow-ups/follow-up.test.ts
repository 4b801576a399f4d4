/** Days named as delegates read them, the position shown for each paragraph, and copies of follow-ups. */
import { describe, expect, it } from 'vitest'
import { copyFollowUp, dayLabel, newFollowUp, positionsByParagraph, sessionDays } from './follow-up'

describe('sessionDays', () => {
  it('are the days the Commission meets: Thursday 14 and Friday 15, then Monday 18 to Friday 22 March 2024', () => {
    expect(sessionDays.map(dayLabel)).toEqual([
      'Thursday 14 March 2024',
      'Friday 15 March 2024',
      'Monday 18 March 2024',
      'Tuesday 19 March 2024',
      'Wednesday 20 March 2024',
      'Thursday 21 March 2024',
      'Friday 22 March 2024'
    ])
  })
})

describe('dayLabel', () => {
  it('names the day in full, the same in every time zone', () => {
    expect(dayLabel('2024-03-18')).toBe('Monday 18 March 2024')
    expect(dayLabel('2024-03-14')).toBe('Thursday 14 March 2024')
  })

  it('returns anything that is not an ISO date as it is', () => {
    expect(dayLabel('2024-02-31')).toBe('2024-02-31')
  })
})

describe('positionsByParagraph', () => {
  it('shows the position of each paragraph’s most recently changed annotation that has one', () => {
    expect(
      positionsByParagraph([
        { paragraph: 58, position: 'support', updatedAt: '2024-03-01T10:00:00.000Z' },
        { paragraph: 58, position: 'concern', updatedAt: '2024-03-02T10:00:00.000Z' },
        { paragraph: 58, position: null, updatedAt: '2024-03-03T10:00:00.000Z' },
        { paragraph: 63, updatedAt: '2024-03-03T10:00:00.000Z' },
        { paragraph: 60, position: 'watch', updatedAt: '2024-03-01T10:00:00.000Z' }
      ])
    ).toEqual(
      new Map([
        [58, 'concern'],
        [60, 'watch']
      ])
    )
  })
})

describe('copyFollowUp', () => {
  it('copies only the follow-up’s own fields, with a list of counterparts of its own', () => {
    const followUp = { ...newFollowUp(), action: 'Ask Canada', counterparts: ['Canada'] }
    const copy = copyFollowUp(Object.assign({ extra: 'x' }, followUp))
    expect(copy).toStrictEqual(followUp)
    expect(Object.keys(copy)).toEqual([
      'action',
      'status',
      'priority',
      'due',
      'agendaItemId',
      'counterparts'
    ])
    expect(copy.counterparts).not.toBe(followUp.counterparts)
  })
})
