/** Insert quote puts the quotation at the cursor, set apart from the words either side. */
import { describe, expect, it } from 'vitest'
import { insertAtCursor } from './insert-at-cursor'

const quote = '“early warning” (para. 58)'

describe('insertAtCursor', () => {
  it('inserts into an empty statement as it is', () => {
    expect(insertAtCursor('', 0, 0, quote)).toEqual({ text: quote, cursor: quote.length })
  })

  it('adds a space after a word and before the next one', () => {
    const text = 'We support stronger cooperation.'
    const at = 'We support'.length
    const inserted = insertAtCursor(text, at, at, quote)
    expect(inserted.text).toBe(`We support ${quote} stronger cooperation.`)
    expect(inserted.cursor).toBe(`We support ${quote}`.length)
  })

  it('adds no space at the start of a line or before closing punctuation', () => {
    expect(insertAtCursor('Intro\n.', 6, 6, quote).text).toBe(`Intro\n${quote}.`)
  })

  it('replaces the selected text', () => {
    expect(insertAtCursor('We note XXX here', 8, 11, quote).text).toBe(`We note ${quote} here`)
  })

  it('keeps a selection past the end inside the text', () => {
    expect(insertAtCursor('End', 10, 12, quote).text).toBe(`End ${quote}`)
  })
})
