/**
 * Tests of the search index over the library: the shipped summary and imported documents, how
 * results name their document, the document filter, and documents added, renamed and removed.
 */
import { describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { shippedEntry, type LibraryEntry } from '../library/library-document'
import { SearchIndex, type SearchKind, type SearchResult, type SearchResults } from './search-index'
import {
  defaultAnnotation,
  fixtureAnnotations,
  fixtureFollowUp,
  fixtureId,
  fixtureReport,
  fixtureSessionNote,
  fixtureUnnumberedPaper
} from '@test-support/search-fixtures'
import { fixtureStatement } from '@test-support/backup-fixtures'

const shipped = shippedEntry(meetingDocument)

/** A note about Zanzibar on paragraph `paragraph` of document `documentId`, numbered `n`. */
function zanzibarNote(n: number, documentId: string, paragraph: number) {
  return defaultAnnotation({ id: fixtureId(n), documentId, paragraph, note: `Zanzibar, ${n}.` })
}

/** The shipped summary, the report and the paper, with notes on the first two, a session note and a statement. */
function libraryIndex(
  documents: readonly LibraryEntry[] = [shipped, fixtureReport(), fixtureUnnumberedPaper()]
) {
  return SearchIndex.build(
    documents,
    [
      ...fixtureAnnotations(),
      zanzibarNote(10, 'summary', 16),
      {
        ...zanzibarNote(11, 'report', 2),
        followUp: fixtureFollowUp({ action: 'Ask about the Zanzibar figures' })
      }
    ],
    [fixtureSessionNote({ body: 'Zanzibar again.' })],
    [fixtureStatement({ text: 'The Zanzibar routes matter.' })]
  )
}

/** The results of `kind`, in order. */
function resultsOf(results: SearchResults, kind: SearchKind): SearchResult[] {
  return results.groups.find((group) => group.kind === kind)?.results ?? []
}

/** Each result as "kind citation" (or "kind id" where it cites no paragraph), in list order. */
function listed(results: SearchResults): string[] {
  return results.groups.flatMap((group) =>
    group.results.map((result) => `${result.kind} ${result.citation ?? result.id}`)
  )
}

describe('SearchIndex over the library', () => {
  it('indexes the paragraphs of every document and the notes made on each', () => {
    // 87 + 3 + 2 paragraphs, 5 notes and 3 follow-ups, a session note and a statement.
    expect(libraryIndex().size).toBe(102)
    expect([...libraryIndex().documents.keys()]).toEqual(['summary', 'report', 'paper'])
  })

  it('names the document of each paragraph, note and follow-up found', () => {
    expect(listed(libraryIndex().search('zanzibar'))).toEqual([
      'note para. 16',
      'note E/CN.7/2024/99, para. 2',
      'follow-up E/CN.7/2024/99, para. 2',
      `session-note session-note:${fixtureId(100)}`,
      `statement statement:${fixtureStatement().id}`,
      // The shorter paragraph first, as ever.
      'paragraph Chair’s summary of the informal consultations, para. 1',
      'paragraph E/CN.7/2024/99, para. 2'
    ])
  })

  it('gives an imported document’s results its id and name, and the shipped summary’s as ever', () => {
    const results = libraryIndex().search('zanzibar')
    const [inPaper, inReport] = resultsOf(results, 'paragraph')
    expect(inReport).toMatchObject({
      id: 'paragraph:report/2',
      documentId: 'report',
      document: 'E/CN.7/2024/99',
      paragraph: 2,
      citation: 'E/CN.7/2024/99, para. 2'
    })
    expect(inPaper).toMatchObject({
      documentId: 'paper',
      document: 'Chair’s summary of the informal consultations'
    })
    const [onSummary, onReport] = resultsOf(results, 'note')
    expect(onSummary).not.toHaveProperty('documentId')
    expect(onSummary).not.toHaveProperty('document')
    expect(onReport).toMatchObject({ documentId: 'report', recordId: fixtureId(11) })
    for (const kind of ['session-note', 'statement'] as const) {
      expect(resultsOf(results, kind)[0]).not.toHaveProperty('documentId')
    }
  })

  it('finds the same in the shipped summary alone as over the meeting document', () => {
    const alone = SearchIndex.build([shipped], fixtureAnnotations(), [fixtureSessionNote()])
    const meeting = SearchIndex.build(meetingDocument, fixtureAnnotations(), [fixtureSessionNote()])
    for (const query of ['early warning', 'precursors', '47', 'briefing']) {
      expect(alone.search(query)).toEqual(meeting.search(query))
    }
  })

  it('leaves out the notes made on a document not in the library', () => {
    const index = SearchIndex.build([shipped], [zanzibarNote(12, 'elsewhere', 1)], [])
    expect(index.search('zanzibar').total).toBe(0)
  })

  it('builds a slice at a time the index it builds at once, the shipped summary first', () => {
    const documents = [shipped, fixtureReport(), fixtureUnnumberedPaper()]
    const builder = SearchIndex.builder(documents, fixtureAnnotations(), [])
    let clock = 0
    // One item a slice: after 87, the shipped summary is indexed and nothing else.
    for (let slice = 0; slice < 87; slice++) builder.step(clock + 1, () => clock++)
    const sliced = builder.finish()
    expect(sliced.search('zanzibar')).toEqual(
      SearchIndex.build(documents, fixtureAnnotations(), []).search('zanzibar')
    )
  })
})

describe('SearchIndex.search in one document', () => {
  it('finds only the paragraphs of that document and the notes made on it', () => {
    const index = libraryIndex()
    expect(listed(index.search('zanzibar', { document: 'report' }))).toEqual([
      'note E/CN.7/2024/99, para. 2',
      'follow-up E/CN.7/2024/99, para. 2',
      'paragraph E/CN.7/2024/99, para. 2'
    ])
    expect(listed(index.search('zanzibar', { document: 'summary' }))).toEqual(['note para. 16'])
    expect(index.search('zanzibar', { document: 'paper' }).total).toBe(1)
  })

  it('counts only what is in that document', () => {
    const index = libraryIndex()
    const precursors = index.search('precursors', { document: 'report', limit: 1 })
    expect(precursors.groups.map(({ kind, total }) => [kind, total])).toEqual([['paragraph', 2]])
    expect(precursors.total).toBe(2)
    expect(index.search('precursors', { document: null }).total).toBeGreaterThan(2)
  })
})

describe('SearchIndex.addDocument', () => {
  it('indexes a document added and the notes on it, leaving the rest as it was', () => {
    const index = SearchIndex.build([shipped], [zanzibarNote(11, 'report', 2)], [])
    /** The ids of the shipped summary's paragraphs found for "precursors". */
    const inSummary = () =>
      resultsOf(index.search('precursors', { document: 'summary', limit: 100 }), 'paragraph')
        .map(({ id }) => id)
        .sort()
    const before = inSummary()
    const annotations = [zanzibarNote(11, 'report', 2), zanzibarNote(10, 'summary', 16)]
    index.addDocument(fixtureReport(), annotations)
    expect(listed(index.search('zanzibar'))).toEqual([
      'note E/CN.7/2024/99, para. 2',
      'paragraph E/CN.7/2024/99, para. 2'
    ])
    expect(before).toHaveLength(11)
    expect(inSummary()).toEqual(before)
  })

  it('renames a document already indexed without indexing it again', () => {
    const index = libraryIndex()
    const size = index.size
    index.addDocument(fixtureReport({ symbol: 'E/CN.7/2024/100' }))
    index.addDocument({ ...fixtureUnnumberedPaper(), title: 'Informal consultations' })
    expect(index.size).toBe(size)
    expect(listed(index.search('zanzibar', { limits: { note: 0, 'follow-up': 0 } }))).toContain(
      'paragraph Informal consultations, para. 1'
    )
    expect(resultsOf(index.search('zanzibar'), 'note')[1].citation).toBe('E/CN.7/2024/100, para. 2')
  })
})

describe('SearchIndex.removeDocument', () => {
  it('stops finding its paragraphs and the notes on it, and nothing else', () => {
    const index = libraryIndex()
    index.removeDocument('report')
    index.removeDocument('unknown')
    expect(listed(index.search('zanzibar'))).toEqual([
      'note para. 16',
      `session-note session-note:${fixtureId(100)}`,
      `statement statement:${fixtureStatement().id}`,
      'paragraph Chair’s summary of the informal consultations, para. 1'
    ])
    expect(index.size).toBe(102 - 3 - 1 - 1)
    expect([...index.documents.keys()]).toEqual(['summary', 'paper'])
  })
})
