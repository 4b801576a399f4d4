/** The citation of a paragraph, as the panels, search and the brief write it. */
import { describe, expect, it } from 'vitest'
import { citation } from './citation'

describe('citation', () => {
  it('writes "para." and the number', () => {
    expect(citation(1)).toBe('para. 1')
    expect(citation(87)).toBe('para. 87')
  })
})
