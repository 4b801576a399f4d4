/** The time limit menu: presets, Other, and minutes typed under Other. */
import { describe, expect, it } from 'vitest'
import { limitChoice, limitFromMinutes } from './statement-limits'

describe('limitChoice', () => {
  it('shows a preset as itself and any other limit as Other', () => {
    expect([limitChoice(120), limitChoice(180), limitChoice(300), limitChoice(240)]).toEqual([
      120,
      180,
      300,
      'other'
    ])
  })
})

describe('limitFromMinutes', () => {
  it('turns minutes typed into whole seconds', () => {
    expect(limitFromMinutes(4)).toBe(240)
    expect(limitFromMinutes(1.5)).toBe(90)
  })

  it('refuses what is not a limit', () => {
    expect(limitFromMinutes(Number.NaN)).toBeNull()
    expect(limitFromMinutes(0)).toBeNull()
    expect(limitFromMinutes(61)).toBeNull()
  })
})
