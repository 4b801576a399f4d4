/** Imported documents against a real Dexie database (fake-indexeddb in Node). */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { steppingClock } from '@test-support/annotations-fixtures'
import { annotationOnDocument, importedDocument } from '@test-support/library-fixtures'
import { NotesDatabase } from '../storage/database'
import { RecordGoneError } from '../storage/storage-error'
import {
  addDocument,
  annotationsOnDocument,
  getDocument,
  listDocuments,
  removeDocument,
  renameDocument,
  restoreDocument
} from './document-repository'
import { maxDocumentTitleLength } from './document-title'
import { shippedDocumentId } from './library-document'

let db: NotesDatabase

beforeEach(() => {
  db = new NotesDatabase(`documents-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

const report = importedDocument()
const otherReport = importedDocument({
  id: '00000000-0000-4000-8000-0000000000d2',
  title: 'Another report',
  original: { ...report.original, name: 'other.txt', sha256: 'b'.repeat(64) },
  importedAt: '2024-03-14T07:00:00.000Z'
})

describe('addDocument', () => {
  it('stores the document as given; the library lists documents in the order imported', async () => {
    expect(await addDocument(db, report)).toStrictEqual({ added: true, document: report })
    await addDocument(db, otherReport)
    expect(await getDocument(db, report.id)).toStrictEqual(report)
    expect((await listDocuments(db)).map((document) => document.id)).toEqual([
      otherReport.id,
      report.id
    ])
  })

  it('refuses a file already in the library, naming that document, and stores nothing', async () => {
    await addDocument(db, report)
    const again = { ...report, id: 'another-id', title: 'Renamed copy' }
    expect(await addDocument(db, again)).toStrictEqual({ added: false, duplicateOf: report })
    expect(await listDocuments(db)).toStrictEqual([report])
  })
})

describe('renameDocument', () => {
  it('stores the title cleaned and returns the document before and after', async () => {
    await addDocument(db, report)
    const renamed = await renameDocument(db, report.id, '  Precursors\n report ', steppingClock())
    expect(renamed).toStrictEqual({
      before: report,
      after: { ...report, title: 'Precursors report', updatedAt: '2024-03-14T09:00:00.000Z' }
    })
    expect(await getDocument(db, report.id)).toStrictEqual(renamed.after)
  })

  it.each([
    ['   ', 'A document’s title cannot be blank.'],
    [
      'x'.repeat(maxDocumentTitleLength + 1),
      `A document’s title cannot be longer than ${maxDocumentTitleLength} characters.`
    ]
  ])('refuses %j in plain words, writing nothing', async (title, message) => {
    await addDocument(db, report)
    await expect(renameDocument(db, report.id, title)).rejects.toThrow(new RangeError(message))
    expect(await getDocument(db, report.id)).toStrictEqual(report)
  })

  it('counts an emoji as one character', async () => {
    await addDocument(db, report)
    const title = '🌿'.repeat(maxDocumentTitleLength)
    expect((await renameDocument(db, report.id, title)).after.title).toBe(title)
  })

  it('says so when the document is gone', async () => {
    await expect(renameDocument(db, 'missing', 'Title')).rejects.toThrow(RecordGoneError)
  })
})

describe('removeDocument and restoreDocument', () => {
  const onReport = [
    annotationOnDocument(report.id, 1),
    annotationOnDocument(report.id, 2, { followUp: null })
  ]
  const onOther = annotationOnDocument(otherReport.id, 1)
  const onSummary = annotationOnDocument(shippedDocumentId, 47)

  beforeEach(async () => {
    await addDocument(db, report)
    await addDocument(db, otherReport)
    await db.annotations.bulkAdd([...onReport, onOther, onSummary])
  })

  it('removes the document and only its annotations, and returns them all', async () => {
    const removed = await removeDocument(db, report.id)
    expect(removed).toStrictEqual({ document: report, annotations: onReport })
    expect(await listDocuments(db)).toStrictEqual([otherReport])
    expect(await db.annotations.orderBy('id').toArray()).toStrictEqual([onOther, onSummary])
  })

  it('puts the document and its annotations back exactly as they were', async () => {
    const removed = await removeDocument(db, report.id)
    await restoreDocument(db, removed!)
    expect(await getDocument(db, report.id)).toStrictEqual(report)
    expect(await annotationsOnDocument(db, report.id)).toStrictEqual(onReport)
  })

  it('writes nothing for a document that is not there', async () => {
    expect(await removeDocument(db, 'missing')).toBeUndefined()
    expect(await db.annotations.count()).toBe(4)
  })

  it('removes both or neither: a failed write leaves the document and its annotations', async () => {
    const failing = () => {
      throw new Error('disk full')
    }
    db.documents.hook('deleting', failing)
    await expect(removeDocument(db, report.id)).rejects.toThrow('disk full')
    db.documents.hook('deleting').unsubscribe(failing)
    expect(await getDocument(db, report.id)).toStrictEqual(report)
    expect(await annotationsOnDocument(db, report.id)).toStrictEqual(onReport)
  })
})
