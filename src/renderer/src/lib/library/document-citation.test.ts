import { describe, expect, it } from 'vitest'
import { shippedDocumentId } from './library-document'
import { citedDocumentName, documentCitation } from './document-citation'

const report = { id: 'report', title: 'Fictitious report', symbol: 'E/CN.7/2024/99' }
const notes = { id: 'notes', title: 'Notes from the capital', symbol: null }
const shipped = { id: shippedDocumentId, title: 'Summary', symbol: null }

describe('citedDocumentName', () => {
  it('names a document by its symbol, else its title, and the shipped summary not at all', () => {
    expect(citedDocumentName(report)).toBe('E/CN.7/2024/99')
    expect(citedDocumentName(notes)).toBe('Notes from the capital')
    expect(citedDocumentName(shipped)).toBeNull()
    expect(citedDocumentName({ ...notes, title: '  ' })).toBeNull()
  })
})

describe('documentCitation', () => {
  it('cites a paragraph with what names its document', () => {
    expect(documentCitation(report, 3)).toBe('E/CN.7/2024/99, para. 3')
    expect(documentCitation(notes, 2)).toBe('Notes from the capital, para. 2')
    expect(documentCitation(shipped, 47)).toBe('para. 47')
  })
})
