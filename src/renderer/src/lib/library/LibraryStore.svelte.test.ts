/**
 * The library store: importing stores a document only once it is read whole, a file already in
 * the library is refused by name, renaming and removing (with the document's annotations) reach
 * the database and can be undone, and another window sees what this one imported.
 */
import 'fake-indexeddb/auto'
import { createHash } from 'node:crypto'
import { describe, expect } from 'vitest'
import { followUp, notebookTest as it } from '@test-support/notebook-store-fixtures'
import { annotationOnDocument, textBytes } from '@test-support/library-fixtures'
import { DocumentFileError } from '../document-import/import-errors'
import { parseUnDocument } from '../document/un-document/parse-un-document'
import { sourceFromText } from '../document/un-document/source-from-text'
import { AnnotationsStore } from '../annotations/AnnotationsStore.svelte'
import { NotebookWriter } from '../notebook/NotebookWriter.svelte'
import type { Notebook } from '../notebook/Notebook.svelte'
import type { NotesDatabase } from '../storage/database'
import { steppingClock } from '@test-support/annotations-fixtures'
import { listDocuments } from './document-repository'
import { shippedDocumentId } from './library-document'
import {
  DuplicateDocumentError,
  LibraryStore,
  shippedSummary,
  type DocumentReader
} from './LibraryStore.svelte'

/** A picked file of `bytes` named `name`. */
function file(name: string, bytes: Uint8Array = textBytes()): File {
  return new File([new Uint8Array(bytes)], name)
}

/** A library over `db` that reads files with `read`. */
function libraryReadingWith(db: NotesDatabase, read: DocumentReader): LibraryStore {
  const writer = new NotebookWriter(db, steppingClock())
  return new LibraryStore(writer, new AnnotationsStore(writer, []), shippedSummary, read)
}

/** Stores annotations on documents as another part of the app would, and shows them. */
async function annotate(
  db: NotesDatabase,
  notebook: Notebook,
  annotations: Parameters<typeof db.annotations.bulkAdd>[0]
) {
  await db.annotations.bulkAdd(annotations)
  await notebook.reload(new Set(['annotations']))
}

describe('rows', () => {
  it('lists the shipped summary first, built in, with its 87 paragraphs', ({ notebook }) => {
    expect(notebook.library.rows).toEqual([
      {
        id: shippedDocumentId,
        title: shippedSummary.title,
        symbol: null,
        dateLabel: shippedSummary.dateText,
        paragraphCount: 87,
        annotationCount: 0,
        followUpCount: 0,
        builtIn: true
      }
    ])
  })
})

describe('import', () => {
  it('stores a text file with its title, symbol, file and SHA-256, and lists it', async ({
    db,
    notebook
  }) => {
    const added = await notebook.library.import(file('precursors.txt'))
    const sha256 = createHash('sha256').update(textBytes()).digest('hex')
    expect(added).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      title: 'Report on precursors',
      original: { name: 'precursors.txt', kind: 'text', sha256 },
      importedAt: '2024-03-14T09:00:00.000Z',
      updatedAt: '2024-03-14T09:00:00.000Z'
    })
    const [stored] = await listDocuments(db)
    expect(stored.original.bytes).toEqual(textBytes())
    expect(notebook.library.documents).toEqual([added])
    expect(notebook.library.rows[1]).toEqual({
      id: added.id,
      title: 'Report on precursors',
      symbol: 'E/CN.7/2024/99',
      dateLabel: '16 February 2024',
      paragraphCount: 3,
      annotationCount: 0,
      followUpCount: 0,
      builtIn: false
    })
  })

  it('names a document without a title by its file name, and keeps its notice', async ({ db }) => {
    const untitled: DocumentReader = () =>
      Promise.resolve({
        ...parseUnDocument(sourceFromText('first block\n\nsecond block')),
        title: ''
      })
    const added = await libraryReadingWith(db, untitled).import(file('notes.txt'))
    expect(added.title).toBe('notes.txt')
    expect(added.document.notice).toMatch(/no numbered paragraphs/u)
  })

  it('refuses a file already in the library, naming the document, and stores nothing more', async ({
    db,
    notebook
  }) => {
    const first = await notebook.library.import(file('precursors.txt'))
    await notebook.library.rename(first.id, 'Precursors (CND67)')
    const again = notebook.library.import(file('copy of precursors.txt'))
    await expect(again).rejects.toThrow(DuplicateDocumentError)
    await expect(again).rejects.toThrow(
      '“copy of precursors.txt” is already in your library as “Precursors (CND67)”.'
    )
    expect(await listDocuments(db)).toHaveLength(1)
  })

  it('refuses random bytes named .docx in plain words, storing nothing', async ({
    db,
    notebook
  }) => {
    const bytes = Uint8Array.from({ length: 2048 }, (_, index) => (index * 7919) % 251)
    const refused = notebook.library.import(file('report.docx', bytes))
    await expect(refused).rejects.toThrow(DocumentFileError)
    await expect(refused).rejects.toThrow(/not a Word document/u)
    expect(await listDocuments(db)).toEqual([])
    expect(notebook.library.documents).toEqual([])
  })

  it('refuses a file too large before reading it', async ({ notebook }) => {
    const huge = { name: 'huge.txt', size: 300_000_000, arrayBuffer: () => Promise.reject() }
    await expect(notebook.library.import(huge)).rejects.toThrow(
      'The file is too large to be a text document (300 MB).'
    )
  })

  describe('cancelled', () => {
    /** A reader that waits, as on a long PDF, until the import is cancelled. */
    const slowReader: DocumentReader = (_file, { signal, onProgress }) =>
      new Promise((_resolve, reject) => {
        onProgress?.(1, 116)
        signal?.addEventListener('abort', () => reject(signal.reason))
      })

    it('stores nothing while reading, and rejects with the reason', async ({ db }) => {
      const library = libraryReadingWith(db, slowReader)
      const controller = new AbortController()
      const progress: string[] = []
      const importing = library.import(file('long.pdf'), {
        signal: controller.signal,
        onProgress: (done, total) => progress.push(`${done}/${total}`)
      })
      await expect.poll(() => progress).toEqual(['1/116'])
      controller.abort(new DOMException('Import cancelled', 'AbortError'))
      await expect(importing).rejects.toMatchObject({ name: 'AbortError' })
      expect(await listDocuments(db)).toEqual([])
      expect(library.documents).toEqual([])
    })

    it('stores nothing when cancelled once the file is read', async ({ db }) => {
      const controller = new AbortController()
      const readThenCancel: DocumentReader = (picked) => {
        controller.abort(new DOMException('Import cancelled', 'AbortError'))
        return Promise.resolve(
          parseUnDocument(sourceFromText(new TextDecoder().decode(picked.bytes)))
        )
      }
      const library = libraryReadingWith(db, readThenCancel)
      await expect(
        library.import(file('precursors.txt'), { signal: controller.signal })
      ).rejects.toMatchObject({ name: 'AbortError' })
      expect(await listDocuments(db)).toEqual([])
    })
  })

  it('shows what another window imported', async ({
    notebook,
    secondWindow: { other, caughtUp }
  }) => {
    const added = await notebook.library.import(file('precursors.txt'))
    await caughtUp()
    expect(other.library.documents).toEqual([added])
  })
})

describe('rename', () => {
  it('stores the title cleaned, and Undo puts the former one back', async ({ db, notebook }) => {
    const added = await notebook.library.import(file('precursors.txt'))
    expect(await notebook.library.rename(added.id, '  Precursors  (CND67) ')).toBe(
      'Renamed “Report on precursors” to “Precursors (CND67)”'
    )
    expect(notebook.library.find(added.id)?.title).toBe('Precursors (CND67)')
    expect((await listDocuments(db))[0].title).toBe('Precursors (CND67)')
    expect(await notebook.undo()).toBe('Renamed “Report on precursors” to “Precursors (CND67)”')
    expect(notebook.library.rows[1].title).toBe('Report on precursors')
    expect((await listDocuments(db))[0].title).toBe('Report on precursors')
  })

  it('refuses a blank title in plain words', async ({ notebook }) => {
    const added = await notebook.library.import(file('precursors.txt'))
    await expect(notebook.library.rename(added.id, '  ')).rejects.toThrow(
      new RangeError('A document’s title cannot be blank.')
    )
    expect(notebook.library.find(added.id)?.title).toBe('Report on precursors')
  })
})

describe('remove', () => {
  it('says first what goes, removes the document with its annotations, and Undo brings both back', async ({
    db,
    notebook
  }) => {
    const added = await notebook.library.import(file('precursors.txt'))
    await annotate(db, notebook, [
      annotationOnDocument(added.id, 1),
      annotationOnDocument(added.id, 2, { followUp: followUp() }),
      annotationOnDocument(added.id, 3),
      annotationOnDocument(shippedDocumentId, 47)
    ])
    expect(notebook.library.rows.map((row) => [row.annotationCount, row.followUpCount])).toEqual([
      [1, 0],
      [3, 1]
    ])
    expect(notebook.library.removalPreview(added.id)).toEqual({
      before: 'Removes “',
      title: 'Report on precursors',
      after: '” and its 3 annotations (1 follow-up).'
    })
    expect(notebook.library.removalPreview(shippedDocumentId)).toBeNull()

    expect(await notebook.library.remove(added.id)).toBe(
      'Removed “Report on precursors” and its 3 annotations'
    )
    expect(notebook.library.documents).toEqual([])
    expect(notebook.annotations.all.map((annotation) => annotation.paragraph)).toEqual([47])
    expect(await listDocuments(db)).toEqual([])
    expect(await db.annotations.count()).toBe(1)

    await notebook.undo()
    expect(notebook.library.documents).toEqual([added])
    expect(notebook.library.rows[1].annotationCount).toBe(3)
    expect(await db.annotations.count()).toBe(4)

    await notebook.redo()
    expect(notebook.library.documents).toEqual([])
    expect(await db.annotations.count()).toBe(1)
  })

  it('does nothing for a document that is not there', async ({ notebook }) => {
    expect(await notebook.library.remove('missing')).toBeNull()
    expect(await notebook.undo()).toBeNull()
  })
})
