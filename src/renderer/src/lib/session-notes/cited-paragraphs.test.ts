/** Finding the paragraphs a note cites, in each way delegates write a citation. */
import { describe, expect, it } from 'vitest'
import { notesEntry, notesId, reportEntry, reportId } from '@test-support/library-fixtures'
import { meetingDocument } from '../document/meeting-text'
import { shippedDocumentId, shippedEntry } from '../library/library-document'
import { noteCitations } from './cited-paragraphs'

/** The paragraphs of the shipped summary `markdown` cites, at most `limit` of them. */
function citedParagraphs(markdown: string, limit?: number): number[] {
  return noteCitations(markdown, [shippedEntry(meetingDocument)], limit).map(
    (cited) => cited.paragraph
  )
}

describe('noteCitations of the shipped summary', () => {
  it('finds each way of citing a paragraph', () => {
    expect(citedParagraphs('Support para. 47.')).toEqual([47])
    expect(citedParagraphs('See para 5 and Para. 6')).toEqual([5, 6])
    expect(citedParagraphs('Compare paras. 12, 14 and 17.')).toEqual([12, 14, 17])
    expect(citedParagraphs('As paragraph 3 says')).toEqual([3])
    expect(citedParagraphs('Paragraphs 20 & 21')).toEqual([20, 21])
    expect(citedParagraphs('Raise ¶ 9 and ¶52 with Mexico')).toEqual([9, 52])
  })

  it('finds nothing in a body without citations', () => {
    expect(citedParagraphs('')).toEqual([])
    expect(citedParagraphs('Meet 3 delegations at 14:00; parallel 2 sessions.')).toEqual([])
  })

  it('lists each paragraph once, in ascending order', () => {
    expect(citedParagraphs('para. 60, then ¶ 47, then paras. 60 and 12')).toEqual([12, 47, 60])
  })

  it('lists at most 20 paragraphs, the lowest', () => {
    const numbers = Array.from({ length: 30 }, (_, index) => 30 - index)
    expect(citedParagraphs(`paras. ${numbers.join(', ')}`)).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 1)
    )
    expect(citedParagraphs('paras. 1, 2, 3', 2)).toEqual([1, 2])
  })

  it('leaves out numbers that are not paragraphs of the summary', () => {
    expect(citedParagraphs('paras. 0, 1, 87, 88 and 1000')).toEqual([1, 87])
    expect(citedParagraphs('para. 0 and para. 00')).toEqual([])
  })

  it('counts the limit after leaving out numbers that are not paragraphs', () => {
    const numbers = Array.from({ length: 25 }, (_, index) => 70 + index)
    expect(citedParagraphs(`paras. ${numbers.join(', ')}`)).toEqual(
      Array.from({ length: 18 }, (_, index) => 70 + index)
    )
  })
})

describe('noteCitations', () => {
  const library = () => [shippedEntry(meetingDocument), reportEntry(), notesEntry()]

  it('finds citations of every document, by document in library order, then by number', () => {
    const body =
      'Notes from the capital, para. 2 matters. E/CN.7/2024/99, paras. 4 and 3; para. 60, ¶ 12.'
    expect(noteCitations(body, library())).toEqual([
      { documentId: shippedDocumentId, paragraph: 12, citation: 'para. 12' },
      { documentId: shippedDocumentId, paragraph: 60, citation: 'para. 60' },
      { documentId: reportId, paragraph: 3, citation: 'E/CN.7/2024/99, para. 3' },
      { documentId: reportId, paragraph: 4, citation: 'E/CN.7/2024/99, para. 4' },
      { documentId: notesId, paragraph: 2, citation: 'Notes from the capital, para. 2' }
    ])
  })

  it('leaves out what is not a paragraph of its document, and documents not in the library', () => {
    expect(noteCitations('E/CN.7/2024/99, para. 9; A/RES/78/1, para. 1', library())).toEqual([])
    expect(citedParagraphs('E/CN.7/2024/99, para. 9 and para. 10')).toEqual([10])
  })
})
