/** Counts with their noun, as every message of the app writes them. */
import { describe, expect, it } from 'vitest'
import { countOf } from './wording'

describe('countOf', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(countOf(1, 'item')).toBe('1 item')
    expect(countOf(0, 'item')).toBe('0 items')
    expect(countOf(3, 'annotation')).toBe('3 annotations')
  })

  it('takes a plural that is not the singular with an "s"', () => {
    expect(countOf(2, 'session note', 'session notes')).toBe('2 session notes')
    expect(countOf(2, 'entry', 'entries')).toBe('2 entries')
    expect(countOf(1, 'entry', 'entries')).toBe('1 entry')
  })

  it('groups thousands as English does', () => {
    expect(countOf(1200, 'annotation')).toBe('1,200 annotations')
  })
})
