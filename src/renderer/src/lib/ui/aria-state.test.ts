import { describe, expect, it } from 'vitest'
import { ariaState } from './aria-state'

describe('ariaState', () => {
  it('writes a state as the text ARIA reads', () => {
    expect(ariaState(true)).toBe('true')
    expect(ariaState(false)).toBe('false')
  })
})
