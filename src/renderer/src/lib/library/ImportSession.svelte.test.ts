/** One import as the window follows it: progress, then added, failed or cancelled. */
import { describe, expect, it } from 'vitest'
import { importedDocument } from '@test-support/library-fixtures'
import { documentFileError } from '../document-import/import-errors'
import { wordDocumentFiles } from '../file-formats/text-files'
import { StorageWriteError } from '../storage/storage-error'
import {
  addedMessage,
  ImportSession,
  readingMessage,
  type DocumentImporter,
  type ImportState
} from './ImportSession.svelte'
import { withoutBytes } from './library-rows'
import { DuplicateDocumentError, type DocumentImportOptions } from './LibraryStore.svelte'

const report = withoutBytes(importedDocument())
const picked = new File(['text'], 'long.pdf')

/** An importer whose import waits for the test to finish it, reporting what it was given. */
function heldImporter() {
  let finish!: (outcome: () => typeof report) => void
  let given!: DocumentImportOptions
  const importer: DocumentImporter = {
    import: (_file, options) => {
      given = options
      return new Promise((resolve, reject) => {
        options.signal?.addEventListener('abort', () => reject(options.signal?.reason))
        finish = (outcome) => {
          try {
            resolve(outcome())
          } catch (cause) {
            reject(cause)
          }
        }
      })
    }
  }
  return {
    importer,
    finish: (outcome: () => typeof report) => finish(outcome),
    options: () => given
  }
}

const reading = (state: ImportState) => {
  if (state.phase !== 'reading') throw new Error(`Not reading but ${state.phase}`)
  return readingMessage(state)
}

describe('ImportSession', () => {
  it('says what it reads, page by page, then what it added', async () => {
    const held = heldImporter()
    const session = new ImportSession(held.importer)
    const started = session.start(picked)
    expect(reading(session.state)).toBe('Reading “long.pdf”…')
    held.options().onProgress?.(11, 116)
    expect(reading(session.state)).toBe('Reading page 12 of 116…')
    held.finish(() => report)
    await started
    expect(session.state).toEqual({ phase: 'done', fileName: 'long.pdf', document: report })
    expect(addedMessage(report)).toBe('Added “Report on precursors” to your library: 3 paragraphs.')
  })

  it('stops the reading on Cancel and ends cancelled', async () => {
    const held = heldImporter()
    const session = new ImportSession(held.importer)
    const started = session.start(picked)
    session.cancel()
    expect(reading(session.state)).toBe('Cancelling…')
    expect(held.options().signal?.aborted).toBe(true)
    await started
    expect(session.state).toEqual({ phase: 'cancelled', fileName: 'long.pdf' })
  })

  it.each([
    [documentFileError('not-this-format', wordDocumentFiles)],
    [new DuplicateDocumentError('copy.docx', { id: 'x', title: 'Report on precursors' })],
    [new StorageWriteError('There is no space left on this computer to store notes.')]
  ])('says why a file was refused, as the error says it: %s', async (error) => {
    const held = heldImporter()
    const session = new ImportSession(held.importer)
    const started = session.start(picked)
    held.finish(() => {
      throw error
    })
    await started
    expect(session.state).toEqual({ phase: 'failed', fileName: 'long.pdf', message: error.message })
  })

  it('words an unexpected failure as one', async () => {
    const session = new ImportSession({ import: () => Promise.reject(new Error('boom')) })
    await session.start(picked)
    expect(session.state).toMatchObject({ message: 'Could not import the file: boom' })
    session.reset()
    expect(session.state).toEqual({ phase: 'idle' })
  })

  it('cancels an import still running when another starts', async () => {
    const first = heldImporter()
    const session = new ImportSession(first.importer)
    const started = session.start(picked)
    const firstSignal = first.options().signal
    void session.start(new File(['x'], 'other.txt'))
    expect(firstSignal?.aborted).toBe(true)
    await started
    expect(session.state).toMatchObject({ phase: 'reading', fileName: 'other.txt' })
  })
})
