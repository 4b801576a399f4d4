/** The paragraphs a statement cites, and the quotation Insert quote adds. */
import { describe, expect, it } from 'vitest'
import { defaultAnnotation, passageAnnotation } from '@test-support/annotations-fixtures'
import { notesEntry, notesId, reportEntry, reportId } from '@test-support/library-fixtures'
import { meetingDocument } from '../document/meeting-text'
import { shippedDocumentId, shippedEntry } from '../library/library-document'
import { quoteForStatement, statementCitations } from './cited-paragraphs'

const library = () => [shippedEntry(meetingDocument), reportEntry(), notesEntry()]

/** The paragraphs of the shipped summary (its first `paragraphCount`) that `text` cites. */
function shippedCited(text: string, paragraphCount = meetingDocument.paragraphs.length): number[] {
  const paragraphs = meetingDocument.paragraphs.slice(0, paragraphCount)
  return statementCitations(text, [shippedEntry({ ...meetingDocument, paragraphs })]).map(
    (cited) => cited.paragraph
  )
}

describe('statementCitedParagraphs', () => {
  it('lists the paragraphs in the order cited, each once', () => {
    expect(shippedCited('We agree (para. 58). As noted (para. 12), and again (para. 58).')).toEqual(
      [58, 12]
    )
  })

  it('reads a range as every paragraph in it, and a list as each', () => {
    expect(shippedCited('(paras. 45–47) and (paras. 12, 14 and 17)')).toEqual([
      45, 46, 47, 12, 14, 17
    ])
    expect(shippedCited('paras. 3-4, paragraphs 9 to 10')).toEqual([3, 4, 9, 10])
  })

  it('leaves out numbers that are not paragraphs, and cuts a range to the last one', () => {
    expect(shippedCited('(para. 0) (para. 88) (paras. 86–120)')).toEqual([86, 87])
    expect(shippedCited('(paras. 1–3)', 2)).toEqual([1, 2])
  })

  it('finds nothing in a statement without citations', () => {
    expect(shippedCited('Thank you, Chair. We met 3 delegations.')).toEqual([])
  })
})

describe('statementCitations', () => {
  it('reads citations naming a symbol or a title as paragraphs of those documents', () => {
    const text =
      '“share forensic data” (E/CN.7/2024/99, para. 3). We agree (para. 58) and ' +
      '(Notes from the capital, para. 2); see also E/CN.7/2024/99, paras. 1–2.'
    expect(statementCitations(text, library())).toEqual([
      { documentId: reportId, paragraph: 3, citation: 'E/CN.7/2024/99, para. 3' },
      { documentId: shippedDocumentId, paragraph: 58, citation: 'para. 58' },
      { documentId: notesId, paragraph: 2, citation: 'Notes from the capital, para. 2' },
      { documentId: reportId, paragraph: 1, citation: 'E/CN.7/2024/99, para. 1' },
      { documentId: reportId, paragraph: 2, citation: 'E/CN.7/2024/99, para. 2' }
    ])
  })

  it('cuts each document to its own paragraphs', () => {
    expect(
      statementCitations('(E/CN.7/2024/99, paras. 3–9) (para. 87)', library()).map(
        (cited) => cited.citation
      )
    ).toEqual(['E/CN.7/2024/99, para. 3', 'E/CN.7/2024/99, para. 4', 'para. 87'])
  })

  it('leaves out a symbol the library does not hold, rather than reading it as the summary', () => {
    expect(statementCitations('(A/RES/78/1, para. 5) (para. 6)', library())).toEqual([
      { documentId: shippedDocumentId, paragraph: 6, citation: 'para. 6' }
    ])
    expect(shippedCited('(E/CN.7/2024/99, para. 3) and (para. 58)')).toEqual([58])
  })
})

describe('quoteForStatement', () => {
  it('cites a quote from another document as given', () => {
    expect(
      quoteForStatement(
        defaultAnnotation({ paragraph: 3, target: null }),
        'Share forensic data.',
        'E/CN.7/2024/99, para. 3'
      )
    ).toBe('“Share forensic data.” (E/CN.7/2024/99, para. 3)')
  })

  it('quotes a highlighted passage and cites its paragraph', () => {
    expect(quoteForStatement(passageAnnotation(60, 'early warning systems'))).toBe(
      '“early warning systems” (para. 60)'
    )
  })

  it('quotes the whole paragraph for a note on all of it', () => {
    expect(
      quoteForStatement(defaultAnnotation({ paragraph: 58, target: null }), '  Canada agreed. ')
    ).toBe('“Canada agreed.” (para. 58)')
    expect(quoteForStatement(defaultAnnotation({ paragraph: 58, target: null }))).toBe('(para. 58)')
  })

  it('escapes what Markdown would read as syntax, so the quotation shows as written', () => {
    const annotation = defaultAnnotation({ paragraph: 5, target: null })
    expect(quoteForStatement(annotation, '*NPS* <b>and</b>\nmore')).toBe(
      '“\\*NPS\\* &lt;b>and&lt;/b> more” (para. 5)'
    )
  })
})
