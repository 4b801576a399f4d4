/** Tests of how a file is cut into a Blob's parts for the browser's downloads. */
import { describe, expect, it } from 'vitest'
import { textChunks } from './file-downloads'

describe('textChunks', () => {
  it('cuts a text into parts that join into it, never between a surrogate pair', () => {
    const text = 'a😀b😀😀c\ud800d😀'
    for (let length = 1; length <= text.length + 1; length++) {
      const chunks = textChunks(text, length)
      expect(chunks.join(''), `parts of ${length}`).toBe(text)
      chunks.forEach((chunk, index) => {
        expect(chunk.length).toBeLessThanOrEqual(length + 1)
        // No part ends with the first half of a pair whose second half starts the next part.
        const next = chunks[index + 1] ?? ''
        expect(/[\ud800-\udbff]$/.test(chunk) && /^[\udc00-\udfff]/.test(next)).toBe(false)
      })
    }
    expect(textChunks('')).toEqual([])
  })

  it('cuts after a first half without its second, keeping the character after it whole', async () => {
    // "\ud800" alone, then an emoji: the cut after 8 units falls before the emoji, not inside it.
    const text = `${'a'.repeat(7)}\ud800😀z`
    const chunks = textChunks(text, 8)
    expect(chunks).toEqual([`${'a'.repeat(7)}\ud800`, '😀z'])
    expect(await new Blob(chunks).text()).toBe(await new Blob([text]).text())
  })
})
