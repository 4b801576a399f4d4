/**
 * The statements store: a statement created, changed or deleted reaches the database and shows
 * newest first; only deleting one is an undo step, since autosave changes it as the delegate types.
 */
import 'fake-indexeddb/auto'
import { describe, expect } from 'vitest'
import { byId, notebookTest as it } from '@test-support/notebook-store-fixtures'
import { memoryStore } from '@test-support/storage-fixtures'
import { statementFields } from '@test-support/statements-fixtures'
import { StorageWriteError } from '../storage/storage-error'
import { NotebookWriter } from '../notebook/NotebookWriter.svelte'
import { speakingForKey } from './speaking-for'
import { StatementsStore } from './StatementsStore.svelte'

describe('create', () => {
  it('stores the statement and shows it, newest first', async ({
    notebook,
    expectStoredAsShown
  }) => {
    const first = await notebook.statements.create(statementFields())
    const second = await notebook.statements.create(statementFields({ title: 'Item 5' }))
    expect(notebook.statements.all).toEqual([second, first])
    expect(notebook.statements.find(first.id)).toBe(first)
    await expectStoredAsShown()
  })

  it('starts with the defaults and the delegation last named', async ({ notebook }) => {
    await notebook.statements.create(statementFields({ speakingFor: 'Mexico' }))
    expect(notebook.statements.speakingFor).toBe('Mexico')
    const next = await notebook.statements.create({ title: 'Another' })
    expect(next).toMatchObject({ speakingFor: 'Mexico', limitSeconds: 180, wordsPerMinute: 120 })
  })

  it('refuses a limit out of range as a RangeError, storing nothing', async ({ notebook }) => {
    await expect(notebook.statements.create({ limitSeconds: 10 })).rejects.toThrow(RangeError)
    expect(notebook.statements.all).toEqual([])
  })
})

describe('update', () => {
  it('stores the change and shows it, recording no undo step of its own', async ({
    notebook,
    expectStoredAsShown
  }) => {
    const statement = await notebook.statements.create(statementFields())
    const edited = await notebook.statements.update(statement.id, { text: 'Thank you, Chair.' })
    expect(edited).toEqual({
      ...statement,
      text: 'Thank you, Chair.',
      updatedAt: '2024-03-14T09:01:00.000Z'
    })
    expect(notebook.statements.all).toEqual([edited])
    await expectStoredAsShown()
    expect(await notebook.undo()).toBeNull()
  })

  it('reports a statement that is gone as a statement', async ({ notebook }) => {
    const update = notebook.statements.update('missing', { title: 'x' })
    await expect(update).rejects.toThrow(StorageWriteError)
    await expect(update).rejects.toThrow(/statement/)
  })

  it('refuses a save over a field the other window changed since, showing theirs', async ({
    notebook,
    secondWindow: { other, caughtUp }
  }) => {
    const opened = statementFields()
    const statement = await notebook.statements.create(opened)
    await caughtUp()
    expect(other.statements.all).toEqual([statement])
    const theirs = await other.statements.update(statement.id, { text: 'Their text' }, opened)
    const save = notebook.statements.update(statement.id, { text: 'My text' }, opened)
    await expect(save).rejects.toMatchObject({
      name: 'ChangedElsewhereError',
      conflict: { stored: theirs, attempted: { text: 'My text' } }
    })
    expect(notebook.statements.find(statement.id)).toEqual(theirs)
  })
})

describe('remove', () => {
  it('deletes the statement, and undoes and redoes the delete', async ({
    notebook,
    expectStoredAsShown
  }) => {
    const statement = await notebook.statements.create(statementFields())
    const untitled = await notebook.statements.create(statementFields({ title: ' ' }))
    expect(await notebook.statements.remove(statement.id)).toBe(
      'Deleted statement “Statement under Item 6”'
    )
    expect(notebook.statements.all).toEqual([untitled])
    await expectStoredAsShown()
    expect(await notebook.undo()).toBe('Deleted statement “Statement under Item 6”')
    expect(byId(notebook.statements.all)).toEqual(byId([statement, untitled]))
    expect(notebook.statements.all).toEqual([untitled, statement])
    await expectStoredAsShown()
    expect(await notebook.redo()).toBe('Deleted statement “Statement under Item 6”')
    expect(notebook.statements.all).toEqual([untitled])
    await expectStoredAsShown()
    expect(await notebook.statements.remove('missing')).toBeNull()
    expect(await notebook.statements.remove(untitled.id)).toBe(
      'Deleted statement “Untitled statement”'
    )
  })
})

describe('speakingFor', () => {
  it('is read from local storage, and remembered there when named', async ({ db }) => {
    const local = memoryStore({ [speakingForKey]: '{"name":"Canada"}' })
    const store = new StatementsStore(new NotebookWriter(db), () => local)
    expect(store.speakingFor).toBe('Canada')
    const statement = await store.create({ title: 'Item 6' })
    expect(statement.speakingFor).toBe('Canada')
    await store.update(statement.id, { speakingFor: 'the European Union ' })
    expect(store.speakingFor).toBe('the European Union')
    expect(local.values.get(speakingForKey)).toBe('{"name":"the European Union"}')
  })
})

describe('all (other windows)', () => {
  it('shows what another window saved once it has caught up', async ({
    notebook,
    secondWindow: { other, caughtUp }
  }) => {
    const statement = await other.statements.create(statementFields())
    await caughtUp()
    expect(notebook.statements.all).toEqual([])
    // The first window hears the other one through its own feed only in the app; here it reads.
    await notebook.reload(new Set(['statements']))
    expect(notebook.statements.all).toEqual([statement])
  })
})
