/** What an address opens in the reference pane, and where each document keeps its reading position. */
import { describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { importedDocumentFixture } from '@test-support/library-fixtures'
import {
  documentOpening,
  libraryAddressTarget,
  readingPositionKeyOf,
  unknownDocumentNotice
} from './document-opening'
import { addressTarget, importedEntry, shippedDocumentId, shippedEntry } from './library-document'

const report = importedEntry(importedDocumentFixture())

describe('documentOpening', () => {
  it('opens an imported document at the paragraph its address names', () => {
    const target = addressTarget(`#doc/${report.id}/para-2`)!
    expect(documentOpening(target, report)).toEqual({ ok: true, entry: report, paragraph: 2 })
  })

  it('opens a document at its start when the address names no paragraph, or one it does not have', () => {
    expect(documentOpening({ documentId: report.id, paragraph: null }, report)).toEqual({
      ok: true,
      entry: report,
      paragraph: null
    })
    expect(documentOpening({ documentId: report.id, paragraph: 4 }, report)).toEqual({
      ok: true,
      entry: report,
      paragraph: null
    })
    expect(documentOpening({ documentId: report.id, paragraph: 0 }, report)).toMatchObject({
      paragraph: null
    })
  })

  it('opens the shipped summary from "#para-N"', () => {
    const summary = shippedEntry(meetingDocument)
    expect(documentOpening(addressTarget('#para-87')!, summary)).toEqual({
      ok: true,
      entry: summary,
      paragraph: 87
    })
  })

  it('says plainly that a document not in the library is not there', () => {
    expect(documentOpening({ documentId: 'gone', paragraph: 2 }, undefined)).toEqual({
      ok: false,
      notice: 'That document is not in your library.'
    })
    expect(unknownDocumentNotice).toBe('That document is not in your library.')
  })

  it('refuses an entry that is not the document asked for', () => {
    expect(documentOpening({ documentId: 'other', paragraph: 1 }, report).ok).toBe(false)
  })
})

describe('libraryAddressTarget', () => {
  it('reads the addresses of documents other than the summary', () => {
    expect(libraryAddressTarget(`#doc/${report.id}/para-3`)).toEqual({
      documentId: report.id,
      paragraph: 3
    })
    expect(libraryAddressTarget(`#doc/${report.id}`)).toEqual({
      documentId: report.id,
      paragraph: null
    })
  })

  it('leaves the summary\u2019s own addresses, and anything else, to the window', () => {
    expect(libraryAddressTarget('#para-3')).toBeNull()
    expect(libraryAddressTarget('#section-III')).toBeNull()
    expect(libraryAddressTarget('')).toBeNull()
  })
})

describe('readingPositionKeyOf', () => {
  it('keeps the summary\u2019s key and gives every other document its own', () => {
    const key = 'cnd67:reading-position'
    expect(readingPositionKeyOf(shippedDocumentId, key)).toBe(key)
    expect(readingPositionKeyOf('a/b', key)).toBe('cnd67:reading-position:a%2Fb')
  })
})
