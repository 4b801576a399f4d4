/** Tests for the check of documents saved as bytes. */
import { describe, expect, it } from 'vitest'
import { checkSaveBinaryFileRequest, maxBinaryFileBytes } from './binary-files'

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
