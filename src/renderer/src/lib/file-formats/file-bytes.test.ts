/** A file's bytes as base64 and as SHA-256, against Node's own encoder and hash. */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64, isBase64, sha256Hex } from './file-bytes'

/** `length` bytes of every value, in a fixed order. */
function bytesOf(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, index) => (index * 7919 + 13) & 255)
}

describe('bytesToBase64 and base64ToBytes', () => {
  it.each([0, 1, 2, 3, 4, 5, 256, 100_001])(
    'round-trip %i bytes as Node writes base64',
    (length) => {
      const bytes = bytesOf(length)
      const text = bytesToBase64(bytes)
      expect(text).toBe(Buffer.from(bytes).toString('base64'))
      expect(base64ToBytes(text)).toEqual(bytes)
    }
  )

  it('refuses what is not base64 as the app writes it', () => {
    for (const text of ['abc', 'ab=c', 'YQ==YQ==', 'YW Jj', 'YWJj\n', 'YW-j', '====']) {
      expect(isBase64(text)).toBe(false)
      expect(() => base64ToBytes(text)).toThrow(SyntaxError)
    }
    expect(isBase64('')).toBe(true)
  })
})

describe('sha256Hex', () => {
  it('gives the SHA-256 in lower-case hex', async () => {
    const bytes = bytesOf(1000)
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'))
  })
})
