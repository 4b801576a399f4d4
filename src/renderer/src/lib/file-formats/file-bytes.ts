/**
 * A file's bytes as JSON text can carry them (base64) and as the app identifies them (SHA-256),
 * the same in the browser, the desktop app and Node tests.
 */

/** Bytes turned into a string at a time: small enough for `String.fromCharCode(...chunk)`. */
const chunkSize = 0x8000

/** `bytes` as base64 (RFC 4648, with padding). */
export function bytesToBase64(bytes: Uint8Array): string {
  const pieces: string[] = []
  for (let start = 0; start < bytes.length; start += chunkSize) {
    pieces.push(String.fromCharCode(...bytes.subarray(start, start + chunkSize)))
  }
  return btoa(pieces.join(''))
}

/** Base64 with padding and nothing else: no spaces, no line breaks, no URL alphabet. */
const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/u

/** Whether `text` is base64 as {@link bytesToBase64} writes it. */
export function isBase64(text: string): boolean {
  return base64Pattern.test(text)
}

/**
 * The bytes `text` (base64, see {@link isBase64}) stands for.
 *
 * @throws SyntaxError if `text` is not base64.
 */
export function base64ToBytes(text: string): Uint8Array {
  if (!isBase64(text)) throw new SyntaxError('The text is not base64.')
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/** The SHA-256 of `bytes`, in lower-case hex, as `OriginalFile.sha256` holds it. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource))
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
