/**
 * A file's bytes as JSON text can carry them (base64) and as the app identifies them (SHA-256),
 * the same in the browser, the desktop app and Node tests.
 */

/** The base64 alphabet (RFC 4648), as character codes; "=" pads. */
const alphabet = Uint8Array.from(
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  (character) => character.charCodeAt(0)
)
const padding = 0x3d

/** Each alphabet character's value, by character code. */
const values = new Uint8Array(128)
alphabet.forEach((code, value) => (values[code] = value))

/**
 * `bytes` as base64 (RFC 4648, with padding). Written by hand rather than with `btoa`, which
 * takes a string of one character per byte and in Node is many times slower: a document's file
 * of a few megabytes is encoded in tens of milliseconds.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4)
  let at = 0
  let index = 0
  for (; index + 2 < bytes.length; index += 3) {
    const group = (bytes[index] << 16) | (bytes[index + 1] << 8) | bytes[index + 2]
    out[at++] = alphabet[group >> 18]
    out[at++] = alphabet[(group >> 12) & 63]
    out[at++] = alphabet[(group >> 6) & 63]
    out[at++] = alphabet[group & 63]
  }
  if (index < bytes.length) {
    const two = index + 1 < bytes.length
    const group = (bytes[index] << 16) | ((two ? bytes[index + 1] : 0) << 8)
    out[at++] = alphabet[group >> 18]
    out[at++] = alphabet[(group >> 12) & 63]
    out[at++] = two ? alphabet[(group >> 6) & 63] : padding
    out[at++] = padding
  }
  // Every byte is ASCII, so UTF-8 decoding is one character per byte.
  return new TextDecoder().decode(out)
}

/**
 * The characters of base64 with padding and nothing else: no spaces, no line breaks, no URL
 * alphabet. (A pattern of groups of four says the same, but takes a second over a megabyte.)
 */
const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/

/** Whether `text` is base64 as {@link bytesToBase64} writes it: those characters, in fours. */
export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && base64Pattern.test(text)
}

/**
 * The bytes `text` (base64, see {@link isBase64}) stands for.
 *
 * @throws SyntaxError if `text` is not base64.
 */
export function base64ToBytes(text: string): Uint8Array {
  if (!isBase64(text)) throw new SyntaxError('The text is not base64.')
  const padded = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const bytes = new Uint8Array((text.length / 4) * 3 - padded)
  let at = 0
  for (let index = 0; index < text.length; index += 4) {
    // "=" has no value; the bytes it stands in for are not written.
    const group =
      (values[text.charCodeAt(index)] << 18) |
      (values[text.charCodeAt(index + 1)] << 12) |
      (values[text.charCodeAt(index + 2)] << 6) |
      values[text.charCodeAt(index + 3)]
    bytes[at++] = group >> 16
    if (at < bytes.length) bytes[at++] = (group >> 8) & 255
    if (at < bytes.length) bytes[at++] = group & 255
  }
  return bytes
}

/** The SHA-256 of `bytes`, in lower-case hex, as `OriginalFile.sha256` holds it. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource))
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
