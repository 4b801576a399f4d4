/** The document the reference pane shows: the summary first, another read from the library when opened. */
import { describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { importedDocumentFixture } from '@test-support/library-fixtures'
import { ActiveDocument, type Opening } from './ActiveDocument.svelte'
import { shippedDocumentId, shippedEntry, type ImportedDocument } from './library-document'

const report = importedDocumentFixture()

/** The library holding `documents`, read as the notebook reads it, counting the reads. */
function libraryOf(...documents: ImportedDocument[]) {
  const reads: string[] = []
  const find = async (id: string) => {
    reads.push(id)
    return documents.find((document) => document.id === id)
  }
  return { reads, find }
}

/** A deferred read, to let one opening overtake another. */
function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((settle) => (resolve = settle))
  return { promise, resolve }
}

describe('ActiveDocument', () => {
  it('shows the shipped summary first', () => {
    const active = new ActiveDocument(shippedEntry(meetingDocument), libraryOf().find)
    expect(active.id).toBe(shippedDocumentId)
    expect(active.isSummary).toBe(true)
    expect(active.shown.entry.meeting).toBe(meetingDocument)
  })

  it('opens an imported document with its footnotes and notice, and shows it when told', async () => {
    const library = libraryOf(report)
    const active = new ActiveDocument(shippedEntry(meetingDocument), library.find)
    const opening = (await active.resolve({ documentId: report.id, paragraph: 2 })) as Opening
    expect(opening.ok).toBe(true)
    if (!opening.ok) return
    expect(opening.paragraph).toBe(2)
    expect(opening.document.entry).toMatchObject({
      id: report.id,
      title: 'Report on precursor control',
      symbol: 'E/CN.7/2024/99'
    })
    expect(opening.document.footnotes).toBe(report.document.footnotes)
    expect(opening.document.notice).toBe(report.document.notice)
    expect(active.isSummary).toBe(true)
    active.show(opening.document)
    expect(active.id).toBe(report.id)
    expect(active.isSummary).toBe(false)
    expect(active.shown.entry.meeting.paragraphs.map((paragraph) => paragraph.number)).toEqual([
      1, 2, 3
    ])
  })

  it('goes back to the summary without reading the library', async () => {
    const library = libraryOf(report)
    const summary = shippedEntry(meetingDocument)
    const active = new ActiveDocument(summary, library.find)
    const opening = (await active.resolve({ documentId: shippedDocumentId, paragraph: 47 }))!
    expect(opening).toMatchObject({ ok: true, entry: summary, paragraph: 47 })
    expect(library.reads).toEqual([])
  })

  it('says that a document not in the library is not there, and keeps what it shows', async () => {
    const active = new ActiveDocument(shippedEntry(meetingDocument), libraryOf(report).find)
    expect(await active.resolve({ documentId: 'removed', paragraph: 1 })).toEqual({
      ok: false,
      notice: 'That document is not in your library.'
    })
    expect(active.id).toBe(shippedDocumentId)
  })

  it('takes a document the library cannot read for one that is not there', async () => {
    const active = new ActiveDocument(shippedEntry(meetingDocument), () =>
      Promise.reject(new Error('IndexedDB refused the read'))
    )
    expect(await active.resolve({ documentId: report.id, paragraph: null })).toMatchObject({
      ok: false
    })
  })

  it('reads a document again at each opening, so that a rename shows', async () => {
    let title = 'First title'
    const active = new ActiveDocument(shippedEntry(meetingDocument), async () => ({
      ...report,
      title
    }))
    const first = await active.resolve({ documentId: report.id, paragraph: null })
    title = 'Renamed'
    const second = await active.resolve({ documentId: report.id, paragraph: null })
    expect(first?.ok && first.entry.title).toBe('First title')
    expect(second?.ok && second.entry.title).toBe('Renamed')
  })

  it('answers only the latest of two openings', async () => {
    const slow = deferred<ImportedDocument | undefined>()
    const other = { ...report, id: 'other' }
    const active = new ActiveDocument(shippedEntry(meetingDocument), (id) =>
      id === report.id ? slow.promise : Promise.resolve(other)
    )
    const first = active.resolve({ documentId: report.id, paragraph: null })
    const second = await active.resolve({ documentId: 'other', paragraph: null })
    slow.resolve(report)
    expect(await first).toBeNull()
    expect(second).toMatchObject({ ok: true, entry: { id: 'other' } })
  })
})
