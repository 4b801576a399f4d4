/**
 * Imported documents in backups (format version 3): written with their original file in base64,
 * read back to the same document and bytes, checked against their checksum before anything is
 * restored; restored, merged, undone and deleted with the rest; annotations on a document neither
 * in the file nor in the library restored and said; and older backups restored onto the summary.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { documentHtml } from '../document/document-html'
import { meetingOfDocument } from '../library/meeting-of-document'
import { Notebook } from '../notebook/Notebook.svelte'
import { NotesDatabase } from '../storage/database'
import { listDocuments } from '../library/document-repository'
import type { ImportedDocument } from '../library/library-document'
import { checkDocumentFiles, parseBackup, serializeBackup, type BackupData } from './backup-format'
import { readAllForBackup } from './backup-repository'
import { describeBackupContents, describeRestorePlan } from './describe-restore'
import { countRecords } from './backup-records'
import { planRestore } from './restore-plan'
import { readBackupFile, restorePending } from './restore-from-file'
import { backupTime, fixtureData, fixtureMeta } from '@test-support/backup-fixtures'
import {
  annotationOnReport,
  fixtureImportedDocument,
  fixtureNotesDocument
} from '@test-support/library-fixtures'
import { pickedFile } from '@test-support/restore-fixtures'
import { xssPayloads } from '@test-support/xss-payloads'
import { databaseDigest } from '@test-support/database-digest'
import versionTwoBackup from '@test-support/backup-versions/version-2.json?raw'

/** The fixture data with two imported documents and a note on the report. */
function libraryData(): BackupData {
  const data = fixtureData()
  data.annotations.push(annotationOnReport())
  data.documents = [fixtureImportedDocument(), fixtureNotesDocument()]
  return data
}

/** The backup file of `data`. */
function backupText(data: BackupData): string {
  return serializeBackup(data, fixtureMeta(), backupTime)
}

/** What a backup text reads as; fails the test if refused. */
function parsed(text: string): BackupData {
  const result = parseBackup(text)
  if (!result.ok) throw new Error(result.error)
  return result.backup.data
}

/** The first document of a backup text, as a JSON object a test may damage. */
function damaged(change: (document: Record<string, unknown>) => void): string {
  const file = JSON.parse(backupText(libraryData())) as {
    data: { documents: Record<string, unknown>[] }
  }
  change(file.data.documents[0])
  return JSON.stringify(file)
}

/** The refusal of a backup text; fails the test if accepted. */
function refusal(text: string): string {
  const result = parseBackup(text)
  if (result.ok) throw new Error('The backup was accepted')
  return result.error
}

describe('a backup with imported documents', () => {
  it('writes each document on one line, its original file in base64, and counts them', () => {
    const text = backupText(libraryData())
    const file = JSON.parse(text) as {
      version: number
      counts: Record<string, number>
      data: { documents: { original: { bytes: string; sha256: string } }[] }
    }
    expect(file.version).toBe(3)
    expect(file.counts.documents).toBe(2)
    const report = fixtureImportedDocument()
    expect(file.data.documents[0].original.bytes).toBe(
      Buffer.from(report.original.bytes).toString('base64')
    )
    expect(file.data.documents[0].original.sha256).toBe(report.original.sha256)
    expect(text.split('\n').filter((line) => line.includes('"importedAt"'))).toHaveLength(2)
    expect(describeBackupContents(countRecords(libraryData()))).toBe(
      '4 annotations, 2 session notes, 2 agenda items, 2 statements, 2 documents'
    )
  })

  it('reads back exactly the documents, their bytes and the document of each annotation', async () => {
    const data = parsed(backupText(libraryData()))
    expect(data).toEqual(libraryData())
    expect(data.documents[0].original.bytes).toBeInstanceOf(Uint8Array)
    expect(data.annotations.find((a) => a.id === annotationOnReport().id)?.documentId).toBe(
      fixtureImportedDocument().id
    )
    expect(await checkDocumentFiles(data.documents)).toEqual({ ok: true })
  })

  it('restores hostile text in a document verbatim, and it stays text in the page', () => {
    const hostile = xssPayloads.map((payload) => payload.text).join('\n')
    const report = fixtureImportedDocument({ title: xssPayloads[0].text })
    report.document.title = hostile
    report.document.paragraphs[0].content = [{ type: 'text', text: hostile }]
    report.document.paragraphs[0].text = hostile
    report.document.header.parts = [hostile]
    const data = parsed(backupText({ ...libraryData(), documents: [report] }))
    expect(data.documents[0].title).toBe(xssPayloads[0].text)
    expect(data.documents[0].document.title).toBe(hostile)
    expect(data.documents[0].document.paragraphs[0]).toEqual(report.document.paragraphs[0])
    const html = documentHtml(meetingOfDocument(data.documents[0].document, hostile))
    for (const tag of ['<script', '<img', '<svg', '<iframe', '<math', '<object', '<form']) {
      expect(html.toLowerCase()).not.toContain(tag)
    }
    expect(html).toContain('&lt;script')
  })

  it.each<[string, (document: Record<string, unknown>) => void, string]>([
    [
      'bytes that are not base64',
      (document) => void ((document.original as { bytes: string }).bytes = 'not base64!'),
      'documents[0].original.bytes must be the file’s bytes in base64'
    ],
    [
      'a checksum that is not one',
      (document) => void ((document.original as { sha256: string }).sha256 = 'abc'),
      'documents[0].original.sha256 must be a SHA-256 checksum (64 lower-case hexadecimal digits)'
    ],
    [
      'the shipped summary’s id',
      (document) => void (document.id = 'summary'),
      'documents[0].id must be an id other than "summary", the shipped summary’s'
    ],
    [
      'a field the app does not know',
      (document) => void (document.script = '<script>'),
      'documents[0] has a field "script" that this app does not know'
    ],
    [
      'a paragraph run that is not text',
      (document) =>
        void ((
          document.document as { paragraphs: { content: unknown[] }[] }
        ).paragraphs[0].content = [{ type: 'html', text: '<b>' }]),
      'documents[0].document.paragraphs[0].content[0].type must be a run of text of the type text, strong, emphasis or link'
    ]
  ])('refuses a document with %s', (_, change, problem) => {
    expect(refusal(damaged(change))).toBe(`This backup cannot be restored: ${problem}.`)
  })

  it('refuses an annotation on the summary past its paragraph 87, not one on a longer document', () => {
    const onSummary = {
      ...libraryData(),
      annotations: [annotationOnReport({ documentId: 'summary', paragraph: 88 })]
    }
    expect(refusal(backupText(onSummary))).toBe(
      'This backup cannot be restored: annotations[0].paragraph must be a whole number from 1 to 87 on the shipped summary.'
    )
    const onReport = { ...libraryData(), annotations: [annotationOnReport({ paragraph: 120 })] }
    expect(parsed(backupText(onReport)).annotations[0].paragraph).toBe(120)
  })

  it('says which document’s original file does not match its checksum', async () => {
    const data = parsed(backupText(libraryData()))
    const [report] = data.documents
    const bytes = report.original.bytes.slice()
    bytes[0] ^= 1
    expect(
      await checkDocumentFiles([{ ...report, original: { ...report.original, bytes } }])
    ).toEqual({
      ok: false,
      error:
        'This backup cannot be restored: the original file of the document “A fictitious report on precursor control” (report.txt) is not the file it was imported from (its SHA-256 checksum differs), so the backup is damaged or was edited. Nothing was restored.'
    })
  })
})

describe('planRestore with documents', () => {
  const empty = (): BackupData => ({
    annotations: [],
    sessionNotes: [],
    agendaItems: [],
    statements: [],
    settings: [],
    documents: []
  })

  it('counts documents added, updated and removed like the other records', () => {
    const here = { ...empty(), documents: [fixtureNotesDocument()] }
    const renamed = fixtureImportedDocument({
      title: 'Renamed',
      updatedAt: '2024-03-13T10:00:00.000Z'
    })
    const file = { ...empty(), documents: [renamed] }
    const replace = planRestore(
      { ...here, documents: [...here.documents, fixtureImportedDocument()] },
      file,
      'replace'
    )
    expect(replace.tables.documents.counts).toMatchObject({ updated: 1, removed: 1 })
    expect(describeRestorePlan(replace)).toContain('Documents: 1 updated, 1 removed.')
    const merge = planRestore(here, file, 'merge')
    expect(merge.tables.documents.counts).toMatchObject({ added: 1, keptOnlyHere: 1 })
    expect(describeRestorePlan(merge)).toContain(
      'Documents: 1 added, 1 kept (only on this computer).'
    )
  })

  it('sees no change in a document read back from its backup', () => {
    const data = libraryData()
    const plan = planRestore(data, parsed(backupText(data)), 'merge')
    expect(plan.tables.documents.counts).toMatchObject({ unchanged: 2, added: 0, updated: 0 })
    expect(plan.totals.updated + plan.totals.added).toBe(0)
  })

  it('restores an annotation whose document is in neither the file nor the library, and says so', () => {
    const orphan = annotationOnReport()
    const file = { ...empty(), annotations: [orphan] }
    const merge = planRestore(empty(), file, 'merge')
    expect(merge.withoutDocument).toBe(1)
    expect(merge.tables.annotations.records).toEqual([orphan])
    expect(describeRestorePlan(merge)).toEqual([
      'Annotations: 1 added.',
      '1 annotation is on a document that is neither in the file nor in your library: it is restored all the same and kept in your backups, but no document shows it.'
    ])
    // With the document in the library, Merge keeps it and the annotation has its document.
    const inLibrary = { ...empty(), documents: [fixtureImportedDocument()] }
    expect(planRestore(inLibrary, file, 'merge').withoutDocument).toBe(0)
    // Replace removes it from the library, so the annotation would have none.
    const replace = planRestore(inLibrary, file, 'replace')
    expect(replace.withoutDocument).toBe(1)
    expect(describeRestorePlan(replace).at(-1)).toBe(
      '1 annotation is on a document that is not in the file (Replace removes the documents only in your library): it is restored all the same and kept in your backups, but no document shows it.'
    )
  })
})

describe('restoring documents in the app’s database', () => {
  let db: NotesDatabase
  let notebook: Notebook

  beforeEach(async () => {
    db = new NotesDatabase(`documents-${crypto.randomUUID()}`)
    notebook = new Notebook(db, meetingDocument.paragraphs)
    await notebook.load()
  })

  afterEach(async () => {
    await db.delete()
  })

  /** The documents stored, their bytes compared as arrays. */
  async function storedDocuments(): Promise<ImportedDocument[]> {
    return listDocuments(db)
  }

  it('round-trips documents through a backup file with Replace and with Merge', async () => {
    for (const mode of ['replace', 'merge'] as const) {
      await notebook.backup.clearAll()
      const read = await readBackupFile(notebook.backup, pickedFile(backupText(libraryData())))
      if (!read.ok) throw new Error(read.error)
      expect(describeRestorePlan(read.value.plans[mode]!)).toContain('Documents: 2 added.')
      await restorePending(notebook.backup, read.value, mode)
      expect(await storedDocuments()).toEqual(libraryData().documents)
      const stored = await readAllForBackup(db)
      expect(stored.annotations.find((a) => a.id === annotationOnReport().id)).toEqual(
        annotationOnReport()
      )
    }
  })

  it('restores nothing when a document’s original file does not match its checksum', async () => {
    const digest = await databaseDigest(db)
    const text = damaged((document) => {
      const original = document.original as { bytes: string }
      const bytes = Buffer.from(original.bytes, 'base64')
      bytes[0] ^= 1
      original.bytes = bytes.toString('base64')
    })
    const read = await readBackupFile(notebook.backup, pickedFile(text))
    expect(read).toEqual({
      ok: false,
      error: expect.stringContaining(
        'the original file of the document “A fictitious report on precursor control” (report.txt) is not the file it was imported from'
      ) as string
    })
    expect(await databaseDigest(db)).toBe(digest)
  })

  it('undoes a restore of documents, and Delete everything deletes them', async () => {
    const digestBefore = await databaseDigest(db)
    const before = await notebook.backup.restore(
      await notebook.backup.planRestore(libraryData(), 'replace')
    )
    expect(await storedDocuments()).toHaveLength(2)
    await notebook.backup.undoRestore(before)
    expect(await storedDocuments()).toEqual([])
    expect(await databaseDigest(db)).toBe(digestBefore)

    await notebook.backup.restore(await notebook.backup.planRestore(libraryData(), 'merge'))
    expect(await storedDocuments()).toHaveLength(2)
    await notebook.backup.clearAll()
    expect(await storedDocuments()).toEqual([])
  })

  it('shows a restore’s documents in the library', async () => {
    await db.documents.put(fixtureNotesDocument())
    await notebook.load()
    expect(notebook.library.documents.map((document) => document.id)).toEqual([
      fixtureNotesDocument().id
    ])
    await notebook.backup.restore(await notebook.backup.planRestore(libraryData(), 'merge'))
    expect(notebook.library.documents.map((document) => document.id).sort()).toEqual(
      [fixtureImportedDocument().id, fixtureNotesDocument().id].sort()
    )
    await notebook.backup.restore(
      await notebook.backup.planRestore({ ...libraryData(), documents: [] }, 'replace')
    )
    expect(notebook.library.documents).toEqual([])
  })

  it('restores the version 2 fixture: every annotation on the summary, no documents', async () => {
    const read = await readBackupFile(notebook.backup, pickedFile(versionTwoBackup, 'v2.json'))
    if (!read.ok) throw new Error(read.error)
    expect(read.value.contents).toBe('3 annotations, 2 session notes, 2 agenda items, 2 statements')
    await restorePending(notebook.backup, read.value, 'replace')
    const stored = await readAllForBackup(db)
    expect(stored).toEqual(fixtureData())
    expect(stored.annotations.every((annotation) => annotation.documentId === 'summary')).toBe(true)
    expect(stored.documents).toEqual([])
  })
})
