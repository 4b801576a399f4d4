/** A refused save: the error the editors catch, and how "Keep both" joins the two texts. */
import { describe, expect, it } from 'vitest'
import { ChangedElsewhereError, keepBothTexts } from './edit-conflict'
import { StorageWriteError } from './storage-error'

describe('keepBothTexts', () => {
  it('puts the other window’s text first, then this one’s, a blank line between', () => {
    expect(keepBothTexts('Canada: early warning', 'Mexico: precursors')).toBe(
      'Canada: early warning\n\nMexico: precursors'
    )
  })

  it('joins with the separator given', () => {
    expect(keepBothTexts('Bilaterals', 'Day 1', ' / ')).toBe('Bilaterals / Day 1')
  })

  it('keeps one text alone when it already holds the other', () => {
    expect(keepBothTexts('Canada', 'Canada, then Mexico')).toBe('Canada, then Mexico')
    expect(keepBothTexts('Canada, then Mexico', 'Canada')).toBe('Canada, then Mexico')
    expect(keepBothTexts('Same', 'Same')).toBe('Same')
  })

  it('adds nothing for an empty text', () => {
    expect(keepBothTexts('', 'Mine')).toBe('Mine')
    expect(keepBothTexts('Theirs', '')).toBe('Theirs')
  })
})

describe('ChangedElsewhereError', () => {
  it('is a StorageWriteError saying why, carrying both versions', () => {
    const error = new ChangedElsewhereError({ stored: 'theirs', attempted: 'mine' })
    expect(error).toBeInstanceOf(StorageWriteError)
    expect(error.name).toBe('ChangedElsewhereError')
    expect(error.message).toBe(
      'This note was changed in another window since you opened it, so your text was not saved over it.'
    )
    expect(error.conflict).toEqual({ stored: 'theirs', attempted: 'mine' })
  })
})
