/**
 * The annotation editor's Save, "Keep both" and Delete: what is stored, a save refused when
 * another window changed the note since it was opened, what a failure says, and Undo after delete.
 */
import 'fake-indexeddb/auto'
import { describe, expect } from 'vitest'
import { noteOn, notebookTest as it } from '@test-support/notebook-store-fixtures'
import { Notices } from '../notices/Notices.svelte'
import { StorageWriteError } from '../storage/storage-error'
import {
  deleteAnnotation,
  deletedWhileEditingMessage,
  keepBothNotes,
  saveAnnotation,
  type AnnotationForm,
  type AnnotationSaving
} from './annotation-editing'

/** A form as the editor holds it, with whatever a test gives it. */
function form(changes: Partial<AnnotationForm> = {}): AnnotationForm {
  return { note: 'Ask Canada', color: null, tags: [], followUp: null, position: null, ...changes }
}

describe('saveAnnotation', () => {
  it('creates a new annotation from the form, on the subject’s paragraph', async ({ notebook }) => {
    const outcome = await saveAnnotation(
      notebook.annotations,
      { kind: 'new', paragraph: 2, target: null, color: null },
      form({ color: 'blue', tags: ['Canada'] }),
      undefined
    )
    const [created] = notebook.annotations.all
    expect(created).toMatchObject({ paragraph: 2, note: 'Ask Canada', color: 'blue' })
    expect(created.tags).toEqual(['Canada'])
    expect(outcome).toEqual({ kind: 'saved', paragraph: 2, openedAt: created.updatedAt })
  })

  it('saves an edit over the version opened, and returns the new version', async ({ notebook }) => {
    const opened = await notebook.annotations.create(noteOn(1))
    const outcome = await saveAnnotation(
      notebook.annotations,
      { kind: 'edit', id: opened.id },
      form({ note: 'Raise at the plenary' }),
      opened.updatedAt
    )
    const saved = notebook.annotations.find(opened.id)
    expect(saved?.note).toBe('Raise at the plenary')
    expect(outcome).toEqual({ kind: 'saved', paragraph: 1, openedAt: saved?.updatedAt })
    expect(saved?.updatedAt).not.toBe(opened.updatedAt)
  })

  it('refuses to save over a note another window changed since it was opened', async ({
    notebook,
    secondWindow: { other, caughtUp }
  }) => {
    const opened = await notebook.annotations.create(noteOn(1, { note: 'First' }))
    await caughtUp()
    await other.annotations.update(opened.id, { note: 'Changed over there' })
    const outcome = await saveAnnotation(
      notebook.annotations,
      { kind: 'edit', id: opened.id },
      form({ note: 'Changed here' }),
      opened.updatedAt
    )
    expect(outcome).toEqual({ kind: 'changed-elsewhere' })
    expect(notebook.annotations.find(opened.id)?.note).toBe('Changed over there')
  })

  it('says a note deleted while it was being edited cannot be saved, and keeps the text', async ({
    notebook
  }) => {
    const outcome = await saveAnnotation(
      notebook.annotations,
      { kind: 'edit', id: 'deleted-meanwhile' },
      form(),
      undefined
    )
    expect(outcome).toEqual({
      kind: 'failed',
      error: deletedWhileEditingMessage,
      notice: `Your note was not saved. ${deletedWhileEditingMessage} Your text is still in the editor.`
    })
  })

  it('says why a write failed, in the storage’s words or as “Could not save”', async () => {
    const failing = (cause: unknown): AnnotationSaving => ({
      find: () => undefined,
      create: () => Promise.reject(cause),
      update: () => Promise.reject(cause)
    })
    const subject = { kind: 'new', paragraph: 1, target: null, color: null } as const
    expect(
      await saveAnnotation(
        failing(new StorageWriteError('This computer is out of space.')),
        subject,
        form(),
        undefined
      )
    ).toEqual({
      kind: 'failed',
      error: 'This computer is out of space.',
      notice:
        'Your note was not saved. This computer is out of space. Your text is still in the editor.'
    })
    const outcome = await saveAnnotation(failing('boom'), subject, form(), undefined)
    expect(outcome).toMatchObject({ kind: 'failed', error: 'Could not save: boom' })
  })
})

describe('keepBothNotes', () => {
  it('puts the other window’s note first and guards the next save by its version', async ({
    notebook
  }) => {
    const stored = await notebook.annotations.create(noteOn(1, { note: 'Theirs' }))
    expect(keepBothNotes(stored, 'Mine')).toEqual({
      note: 'Theirs\n\nMine',
      openedAt: stored.updatedAt
    })
  })

  it('keeps the text typed alone when the note is gone', () => {
    expect(keepBothNotes(undefined, 'Mine')).toEqual({ note: 'Mine', openedAt: undefined })
  })
})

describe('deleteAnnotation', () => {
  it('deletes, lets the editor close, and offers Undo, which brings the note back', async ({
    notebook
  }) => {
    const notices = new Notices()
    const stored = await notebook.annotations.create(noteOn(2))
    const events: string[] = []
    expect(await deleteAnnotation(notebook, notices, stored.id, () => events.push('closed'))).toBe(
      true
    )
    expect(events).toEqual(['closed'])
    expect(notebook.annotations.all).toEqual([])
    const [notice] = notices.current
    expect(notice).toMatchObject({
      message: 'Deleted annotation on para. 2.',
      tone: 'info',
      action: { label: 'Undo' }
    })
    notice.action?.run()
    await expect.poll(() => notebook.annotations.all).toEqual([stored])
  })

  it('says why a delete failed and keeps the editor open', async () => {
    const notices = new Notices()
    const failing = {
      annotations: { remove: () => Promise.reject(new StorageWriteError('The disk is full.')) },
      undo: () => Promise.resolve(null)
    }
    const closed: string[] = []
    expect(await deleteAnnotation(failing, notices, 'a', () => closed.push('closed'))).toBe(false)
    expect(closed).toEqual([])
    expect(notices.current.map(({ message, tone }) => [message, tone])).toEqual([
      ['The disk is full.', 'error']
    ])
  })
})
