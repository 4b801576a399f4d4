import { describe, expect, it } from 'vitest'
import {
  addressTarget,
  documentAddress,
  documentIdOf,
  libraryEntries,
  paragraphAddress,
  shippedDocumentId
} from './library-document'

describe('addresses', () => {
  it('keeps the shipped summary at #para-N', () => {
    expect(paragraphAddress(shippedDocumentId, 47)).toBe('#para-47')
    expect(addressTarget('#para-47')).toEqual({ documentId: shippedDocumentId, paragraph: 47 })
    expect(documentAddress(shippedDocumentId)).toBe('')
  })

  it('puts an imported document at #doc/<id> and its paragraphs at #doc/<id>/para-N', () => {
    const id = '9c1f4e2a-6b7d-4c3e-8f10-2a5b6c7d8e90'
    expect(paragraphAddress(id, 3)).toBe(`#doc/${id}/para-3`)
    expect(addressTarget(`#doc/${id}/para-3`)).toEqual({ documentId: id, paragraph: 3 })
    expect(addressTarget(documentAddress(id))).toEqual({ documentId: id, paragraph: null })
  })

  it('reads back an id that needed escaping', () => {
    expect(addressTarget(paragraphAddress('a/b c%', 2))).toEqual({
      documentId: 'a/b c%',
      paragraph: 2
    })
  })

  it.each([
    '',
    '#',
    '#para-',
    '#para-x',
    '#doc/',
    '#doc/x/para-',
    '#doc/x/y',
    '#doc/%E0%A4%A/para-1'
  ])('points nowhere from %j', (hash) => {
    expect(addressTarget(hash)).toBeNull()
  })
})

describe('documentIdOf', () => {
  it('reads a record from before the library as on the shipped summary', () => {
    expect(documentIdOf({})).toBe(shippedDocumentId)
    expect(documentIdOf({ documentId: 'x' })).toBe('x')
  })
})

describe('libraryEntries', () => {
  it('puts the shipped summary first, then each imported document in order, by its symbol', async () => {
    const { meetingDocument } = await import('../document/meeting-text')
    const { importedDocumentFixture } = await import('@test-support/library-fixtures')
    const report = importedDocumentFixture()
    const entries = libraryEntries(meetingDocument, [report])
    expect(entries.map((entry) => [entry.id, entry.symbol])).toEqual([
      [shippedDocumentId, null],
      [report.id, 'E/CN.7/2024/99']
    ])
    expect(entries[1].meeting.paragraphs).toHaveLength(report.document.paragraphs.length)
  })
})
