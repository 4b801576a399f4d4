/**
 * The session notes store: a note created, changed or deleted reaches the database; only
 * deleting one is an undo step, since autosave changes a note as the delegate types.
 */
import 'fake-indexeddb/auto'
import { describe, expect } from 'vitest'
import { StorageWriteError } from '../storage/storage-error'
import type { SessionNote } from './session-note'
import { byId, sessionNoteFields, notebookTest as it } from '@test-support/notebook-store-fixtures'

describe('create', () => {
  it('stores the note and shows it', async ({ notebook, expectStoredAsShown }) => {
    const note = await notebook.sessionNotes.create(sessionNoteFields())
    expect(notebook.sessionNotes.all).toEqual([note])
    expect(notebook.sessionNotes.find(note.id)).toBe(note)
    await expectStoredAsShown()
  })
})

describe('update', () => {
  it('stores the change and shows it, recording no undo step of its own', async ({
    notebook,
    expectStoredAsShown
  }) => {
    const note = await notebook.sessionNotes.create(sessionNoteFields())
    const edited = await notebook.sessionNotes.update(note.id, { body: 'Moved to day 2' })
    expect(edited).toEqual({
      ...note,
      body: 'Moved to day 2',
      updatedAt: '2024-03-14T09:01:00.000Z'
    } satisfies SessionNote)
    expect(notebook.sessionNotes.all).toEqual([edited])
    await expectStoredAsShown()
    expect(await notebook.undo()).toBeNull()
  })

  it('reports a note that is gone as a session note, changing nothing', async ({ notebook }) => {
    const update = notebook.sessionNotes.update('missing', { title: 'x' })
    await expect(update).rejects.toThrow(StorageWriteError)
    // Not "That annotation no longer exists", which is what a missing annotation gets.
    await expect(update).rejects.toThrow(/session note/)
    expect(notebook.sessionNotes.all).toEqual([])
  })

  it('refuses a save over a field the other window changed since', async ({
    notebook,
    secondWindow: { other, caughtUp }
  }) => {
    const fields = sessionNoteFields()
    const note = await notebook.sessionNotes.create(fields)
    await caughtUp()
    const theirs = await other.sessionNotes.update(note.id, { body: 'Their text' }, fields)
    const save = notebook.sessionNotes.update(note.id, { body: 'My text' }, fields)
    await expect(save).rejects.toMatchObject({
      name: 'ChangedElsewhereError',
      conflict: { stored: theirs, attempted: { body: 'My text' } }
    })
    expect(notebook.sessionNotes.find(note.id)).toEqual(theirs)
  })
})

describe('remove', () => {
  it('deletes the note, and undoes and redoes the delete', async ({
    notebook,
    expectStoredAsShown
  }) => {
    const note = await notebook.sessionNotes.create(sessionNoteFields())
    const untitled = await notebook.sessionNotes.create(sessionNoteFields({ title: '  ' }))
    expect(await notebook.sessionNotes.remove(note.id)).toBe(
      'Deleted session note “Bilaterals, day 1”'
    )
    expect(notebook.sessionNotes.all).toEqual([untitled])
    await expectStoredAsShown()

    expect(await notebook.undo()).toBe('Deleted session note “Bilaterals, day 1”')
    expect(byId(notebook.sessionNotes.all)).toEqual([note, untitled])
    await expectStoredAsShown()
    expect(await notebook.redo()).toBe('Deleted session note “Bilaterals, day 1”')
    expect(notebook.sessionNotes.all).toEqual([untitled])
    await expectStoredAsShown()

    expect(await notebook.sessionNotes.remove(untitled.id)).toBe('Deleted session note “Untitled”')
    expect(await notebook.sessionNotes.remove(untitled.id)).toBeNull()
  })
})
describe('redo of a delete after another window’s change', () => {
  it('keeps a note the other window changed since the undo, and says so', async ({
    db,
    notebook,
    secondWindow: { other, caughtUp }
  }) => {
    const note = await notebook.sessionNotes.create(sessionNoteFields())
    await notebook.sessionNotes.remove(note.id)
    await notebook.undo()
    await caughtUp()
    const theirs = await other.sessionNotes.update(note.id, { body: 'Typed in the other window' })
    expect(await notebook.redo()).toBe(
      'Deleted session note “Bilaterals, day 1”; the session note “Bilaterals, day 1” had been ' +
        'changed in another window since, so it is kept'
    )
    expect(await db.sessionNotes.get(note.id)).toEqual(theirs)
    expect(notebook.sessionNotes.all).toEqual([theirs])
  })
})
