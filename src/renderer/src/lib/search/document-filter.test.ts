/** Tests of the search results' document filter: what passes it and what it offers. */
import { describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { shippedEntry } from '../library/library-document'
import { documentChoices, documentFilterOf, inDocumentFilter } from './document-filter'
import { fixtureReport, fixtureUnnumberedPaper } from '@test-support/search-fixtures'

const shipped = shippedEntry(meetingDocument)
const library = [shipped, fixtureReport(), fixtureUnnumberedPaper()]

describe('inDocumentFilter', () => {
  it('lets everything through when no document is chosen', () => {
    for (const documentId of ['summary', 'report', null]) {
      expect(inDocumentFilter(null, documentId)).toBe(true)
    }
  })

  it('lets through only what is in the chosen document, not what is in none', () => {
    expect(inDocumentFilter('report', 'report')).toBe(true)
    expect(inDocumentFilter('report', 'summary')).toBe(false)
    expect(inDocumentFilter('summary', 'summary')).toBe(true)
    expect(inDocumentFilter('summary', null)).toBe(false)
  })
})

describe('documentChoices', () => {
  it('offers nothing while the library holds the shipped summary alone', () => {
    expect(documentChoices([shipped])).toEqual([])
    expect(documentChoices([])).toEqual([])
  })

  it('offers every document, then each by its symbol and title, or its title alone', () => {
    expect(documentChoices(library)).toEqual([
      { value: '', label: 'All documents' },
      { value: 'summary', label: meetingDocument.title },
      { value: 'report', label: 'E/CN.7/2024/99: Report on precursor routes' },
      { value: 'paper', label: 'Chair’s summary of the informal consultations' }
    ])
  })
})

describe('documentFilterOf', () => {
  it('reads a choice as its document, and "" as every document', () => {
    expect(documentFilterOf('report', library)).toBe('report')
    expect(documentFilterOf('summary', library)).toBe('summary')
    expect(documentFilterOf('', library)).toBeNull()
  })

  it('goes back to every document once the chosen one is removed, or no choice is offered', () => {
    expect(documentFilterOf('gone', library)).toBeNull()
    expect(documentFilterOf('summary', [shipped])).toBeNull()
  })
})
