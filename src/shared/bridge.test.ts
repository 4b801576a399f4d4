/** Tests for the contract's shared checks: file names, text sizes and request validation. */
import { describe, expect, it } from 'vitest'
import {
  backupRequestChannels,
  bridgeChannels,
  checkPrintToPdfRequest,
  checkSaveBinaryFileRequest,
  checkSaveTextFileRequest,
  isPlainFileName,
  isTextWithin,
  maxBinaryFileBytes,
  maxSuggestedNameLength,
  maxTextFileBytes
} from './bridge'

describe('bridgeChannels', () => {
  it('gives every request and the backup request a distinct cnd67: channel', () => {
    const channels = [...Object.values(bridgeChannels), ...Object.values(backupRequestChannels)]
    expect(new Set(channels).size).toBe(channels.length)
    for (const channel of channels) expect(channel).toMatch(/^cnd67:[a-z-]+$/)
  })
})

describe('isPlainFileName', () => {
  it.each([
    'CND67 brief.md',
    'cnd67-brief-2024-03-14.md',
    'Résumé – agenda item 5.MD',
    `${'a'.repeat(maxSuggestedNameLength - 3)}.md`
  ])('accepts %j', (name) => {
    expect(isPlainFileName(name, '.md')).toBe(true)
  })

  it.each([
    ['a folder part', 'notes/brief.md'],
    ['a Windows folder part', 'notes\\brief.md'],
    ['a parent folder', '../brief.md'],
    ['an absolute path', '/etc/brief.md'],
    ['a drive', 'C:brief.md'],
    ['a character Windows forbids', 'brief?.md'],
    ['a control character', 'brief\n.md'],
    ['a NUL', 'brief\u0000.md'],
    ['a hidden name', '.brief.md'],
    ['only the extension', '.md'],
    ['another extension', 'brief.json'],
    ['no extension', 'brief'],
    ['a trailing space', 'brief.md '],
    ['a leading space', ' brief.md'],
    ['a name too long', `${'a'.repeat(maxSuggestedNameLength - 2)}.md`],
    ['an empty string', ''],
    ['a number', 42],
    ['nothing', undefined]
  ])('refuses %s', (_name, name) => {
    expect(isPlainFileName(name, '.md')).toBe(false)
  })
})

describe('isTextWithin', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(isTextWithin('abc', 3)).toBe(true)
    expect(isTextWithin('abcd', 3)).toBe(false)
    expect(isTextWithin('é', 2)).toBe(true)
    expect(isTextWithin('é', 1)).toBe(false)
    expect(isTextWithin('€', 3)).toBe(true)
    expect(isTextWithin('€', 2)).toBe(false)
    expect(isTextWithin('😀', 4)).toBe(true)
    expect(isTextWithin('😀', 3)).toBe(false)
    expect(isTextWithin('a😀é', 7)).toBe(true)
    expect(isTextWithin('a😀é', 6)).toBe(false)
  })

  it('counts a lone surrogate as the three bytes of its replacement character', () => {
    expect(isTextWithin('\ud800', 3)).toBe(true)
    expect(isTextWithin('\ud800', 2)).toBe(false)
  })

  it('agrees with TextEncoder on mixed text near the limit', () => {
    const text = 'Señor Presidente, 会议 😀 '.repeat(50)
    const bytes = new TextEncoder().encode(text).length
    expect(isTextWithin(text, bytes)).toBe(true)
    expect(isTextWithin(text, bytes - 1)).toBe(false)
  })

  it('agrees with TextEncoder on random code units, surrogates alone and in pairs among them', () => {
    // A fixed pseudo-random sequence, so that a failure can be run again.
    let seed = 7
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    const units = [0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xffff]
    for (let trial = 0; trial < 200; trial++) {
      const length = 1 + (next() % 40)
      const text = String.fromCharCode(
        ...Array.from({ length }, () =>
          next() % 3 === 0 ? next() % 0x10000 : units[next() % units.length]
        )
      )
      const bytes = new TextEncoder().encode(text).length
      expect(isTextWithin(text, bytes), text).toBe(true)
      expect(isTextWithin(text, bytes - 1), text).toBe(false)
    }
  })

  it('refuses what is not a string', () => {
    expect(isTextWithin(42, 10)).toBe(false)
    expect(isTextWithin(['a'], 10)).toBe(false)
    expect(isTextWithin(undefined, 10)).toBe(false)
  })
})

describe('checkSaveTextFileRequest', () => {
  it('accepts a Markdown brief and a JSON export', () => {
    const brief = { suggestedName: 'brief.md', content: '# Brief\n', kind: 'markdown' }
    const backup = { suggestedName: 'backup.json', content: '{}', kind: 'json' }
    expect(checkSaveTextFileRequest(brief)).toEqual({ ok: true, value: brief })
    expect(checkSaveTextFileRequest(backup)).toEqual({ ok: true, value: backup })
  })

  it('keeps only the contract’s fields', () => {
    const request = { suggestedName: 'brief.md', content: '', kind: 'markdown', path: '/etc' }
    expect(checkSaveTextFileRequest(request)).toEqual({
      ok: true,
      value: { suggestedName: 'brief.md', content: '', kind: 'markdown' }
    })
  })

  it.each([null, undefined, 'brief.md', 42])('refuses a request that is %j', (request) => {
    expect(checkSaveTextFileRequest(request)).toEqual({
      ok: false,
      error: 'The file could not be saved: the request was not understood.'
    })
  })

  it('refuses kinds other than Markdown and JSON', () => {
    expect(
      checkSaveTextFileRequest({ suggestedName: 'x.html', content: '', kind: 'html' })
    ).toEqual({
      ok: false,
      error: 'The file could not be saved: only Markdown and JSON are saved.'
    })
  })

  it('refuses a name that does not match the kind or is not plain', () => {
    expect(
      checkSaveTextFileRequest({ suggestedName: 'brief.md', content: '', kind: 'json' })
    ).toEqual({
      ok: false,
      error: 'The file could not be saved: its name is not a plain .json file name.'
    })
    expect(
      checkSaveTextFileRequest({ suggestedName: '../brief.md', content: '', kind: 'markdown' })
    ).toEqual({
      ok: false,
      error: 'The file could not be saved: its name is not a plain .md file name.'
    })
  })

  it('refuses content that is not text or is larger than 100 MB', () => {
    const tooLong = 'a'.repeat(maxTextFileBytes + 1)
    for (const content of [undefined, 42, { text: 'a' }, tooLong]) {
      expect(
        checkSaveTextFileRequest({ suggestedName: 'brief.md', content, kind: 'markdown' })
      ).toEqual({
        ok: false,
        error: 'The file could not be saved: it is not text, or it is larger than 100 MB.'
      })
    }
  })
})

describe('checkSaveBinaryFileRequest', () => {
  const wordBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])
  const brief = { suggestedName: 'CND67-brief-2024-03-10.docx', content: wordBytes, kind: 'word' }

  it('accepts a Word document, keeping only the contract’s fields', () => {
    expect(checkSaveBinaryFileRequest({ ...brief, path: '/etc' })).toEqual({
      ok: true,
      value: brief
    })
  })

  it.each([null, undefined, 'brief.docx', 42])('refuses a request that is %j', (request) => {
    expect(checkSaveBinaryFileRequest(request)).toEqual({
      ok: false,
      error: 'The file could not be saved: the request was not understood.'
    })
  })

  it('refuses other kinds and names that are not plain .docx names', () => {
    expect(checkSaveBinaryFileRequest({ ...brief, kind: 'markdown' })).toEqual({
      ok: false,
      error: 'The file could not be saved: only Word documents are saved.'
    })
    for (const suggestedName of ['brief.md', '../brief.docx', '.docx']) {
      expect(checkSaveBinaryFileRequest({ ...brief, suggestedName })).toEqual({
        ok: false,
        error: 'The file could not be saved: its name is not a plain .docx file name.'
      })
    }
  })

  it('refuses content that is not bytes, is over 50 MB, or is not a ZIP file', () => {
    const tooLarge = new Uint8Array(maxBinaryFileBytes + 1)
    tooLarge.set(wordBytes)
    for (const content of [undefined, 'PK\u0003\u0004', [0x50, 0x4b, 0x03, 0x04], tooLarge]) {
      expect(checkSaveBinaryFileRequest({ ...brief, content })).toEqual({
        ok: false,
        error: 'The file could not be saved: it is not a document, or it is larger than 50 MB.'
      })
    }
    expect(checkSaveBinaryFileRequest({ ...brief, content: new Uint8Array([0x3c, 0x21]) })).toEqual(
      {
        ok: false,
        error: 'The file could not be saved: it is not a Word document.'
      }
    )
  })
})

describe('checkPrintToPdfRequest', () => {
  it('accepts a plain .pdf name', () => {
    expect(checkPrintToPdfRequest({ suggestedName: 'CND67 brief.pdf' })).toEqual({
      ok: true,
      value: { suggestedName: 'CND67 brief.pdf' }
    })
  })

  it.each([
    null,
    'brief.pdf',
    {},
    { suggestedName: 'brief.md' },
    { suggestedName: '../brief.pdf' },
    { suggestedName: '/tmp/brief.pdf' }
  ])('refuses %j', (request) => {
    expect(checkPrintToPdfRequest(request)).toEqual({
      ok: false,
      error: 'The PDF could not be saved: its name is not a plain .pdf file name.'
    })
  })
})
