/**
 * Reading the files a delegate picks: UTF-8 only, the size checked before the bytes are read or
 * decoded, and every refusal in the words of the format asked for.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  backupFiles,
  decodeTextFile,
  readTextFile,
  tooLargeMessage,
  webAnnotationFiles
} from './text-files'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('tooLargeMessage', () => {
  it('gives the size in megabytes, rounded up to a tenth', () => {
    expect(tooLargeMessage(backupFiles, 60_000_000)).toBe(
      'The file is too large to be a backup (60 MB).'
    )
    expect(tooLargeMessage(webAnnotationFiles, 50_000_001)).toBe(
      'The file is too large to be an annotation file (50.1 MB).'
    )
  })
})

describe('decodeTextFile', () => {
  const encoder = new TextEncoder()

  it('decodes UTF-8 and drops a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('{"note": "Türkiye"}')])
    expect(decodeTextFile(bytes, backupFiles)).toEqual({ ok: true, text: '{"note": "Türkiye"}' })
  })

  it('keeps a replacement character that was written as UTF-8', () => {
    expect(decodeTextFile(encoder.encode('"\uFFFD"'), backupFiles)).toEqual({
      ok: true,
      text: '"\uFFFD"'
    })
  })

  it('refuses bytes that are not UTF-8', () => {
    for (const bytes of [
      new Uint8Array([0x22, 0xff, 0x22]),
      new Uint8Array([0x22, 0xc3, 0x22]),
      // UTF-16 with its byte order mark, as some editors save.
      new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])
    ]) {
      expect(decodeTextFile(bytes, backupFiles)).toEqual({
        ok: false,
        error:
          'This file is not UTF-8 text, so it is not a CND67 Notes backup. It may be damaged, or another kind of file.'
      })
    }
  })

  it('names the format it was asked to read, never another', () => {
    expect(decodeTextFile(new Uint8Array([0x22, 0xff, 0x22]), webAnnotationFiles)).toEqual({
      ok: false,
      error:
        'This file is not UTF-8 text, so it is not a Web Annotation file. It may be damaged, or another kind of file.'
    })
    expect(decodeTextFile(new Uint8Array(60_000_000), webAnnotationFiles)).toEqual({
      ok: false,
      error: 'The file is too large to be an annotation file (60 MB).'
    })
  })

  it('refuses a backup over 100 MiB before decoding any of it', () => {
    const decodeSpy = vi.spyOn(TextDecoder.prototype, 'decode')
    expect(decodeTextFile(new Uint8Array(110_000_000), backupFiles)).toEqual({
      ok: false,
      error: 'The file is too large to be a backup (110 MB).'
    })
    expect(decodeSpy).not.toHaveBeenCalled()
  })
})

describe('readTextFile', () => {
  it('reads a picked file as UTF-8, without its byte order mark', async () => {
    const file = new File([new Uint8Array([0xef, 0xbb, 0xbf, 0x5b, 0x5d])], 'notes.json')
    expect(await readTextFile(file, webAnnotationFiles)).toEqual({ ok: true, text: '[]' })
  })

  it('refuses a file over the limit by its size, without reading it', async () => {
    const file = new File([new Uint8Array(backupFiles.maxSize + 1)], 'big.json')
    const readSpy = vi.spyOn(file, 'arrayBuffer')
    expect(await readTextFile(file, backupFiles)).toEqual({
      ok: false,
      error: 'The file is too large to be a backup (104.9 MB).'
    })
    expect(readSpy).not.toHaveBeenCalled()
  })
})
