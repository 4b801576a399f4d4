/** Statements against a real Dexie database (fake-indexeddb in Node): checked, stored verbatim. */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RepositoryClock } from '../annotations/annotation-repository'
import { steppingClock } from '@test-support/annotations-fixtures'
import { statementFields } from '@test-support/statements-fixtures'
import { NotesDatabase } from '../storage/database'
import { RecordGoneError } from '../storage/storage-error'
import {
  createStatement,
  deleteStatement,
  loadStatements,
  restoreStatement,
  updateStatement
} from './statement-repository'

let db: NotesDatabase
let clock: RepositoryClock

beforeEach(() => {
  db = new NotesDatabase(`statements-${crypto.randomUUID()}`)
  clock = steppingClock()
})

afterEach(async () => {
  await db.delete()
})

describe('createStatement', () => {
  it('stores the statement with an id and times, and returns it', async () => {
    const created = await createStatement(db, statementFields(), clock)
    expect(created).toStrictEqual({
      id: '00000000-0000-4000-8000-000000000001',
      ...statementFields(),
      createdAt: '2024-03-14T09:00:00.000Z',
      updatedAt: '2024-03-14T09:00:00.000Z'
    })
    expect(await loadStatements(db)).toStrictEqual([created])
  })

  it('refuses a field out of range, storing nothing', async () => {
    await expect(createStatement(db, { limitSeconds: 4000 }, clock)).rejects.toThrow(RangeError)
    expect(await loadStatements(db)).toEqual([])
  })
})

describe('updateStatement', () => {
  it('applies the change and returns the statement before and after', async () => {
    const created = await createStatement(db, statementFields(), clock)
    const saved = await updateStatement(db, created.id, { text: 'Shorter.' }, clock)
    expect(saved).toStrictEqual({
      saved: true,
      before: created,
      after: { ...created, text: 'Shorter.', updatedAt: '2024-03-14T09:01:00.000Z' }
    })
    expect(await loadStatements(db)).toStrictEqual([saved.saved && saved.after])
  })

  it('refuses a save over a field changed since the editor saw it, and writes nothing', async () => {
    const opened = statementFields()
    const created = await createStatement(db, opened, clock)
    await updateStatement(db, created.id, { text: 'Theirs' }, clock, opened)
    const stored = (await loadStatements(db))[0]
    const saved = await updateStatement(db, created.id, { text: 'Mine' }, clock, opened)
    expect(saved).toMatchObject({
      saved: false,
      conflict: { stored, attempted: { text: 'Mine' } }
    })
    expect(await loadStatements(db)).toStrictEqual([stored])
  })

  it('applies a save whose fields nobody else changed, whatever else changed', async () => {
    const opened = statementFields()
    const created = await createStatement(db, opened, clock)
    await updateStatement(db, created.id, { title: 'Theirs' }, clock, opened)
    const saved = await updateStatement(db, created.id, { text: 'Mine' }, clock, opened)
    expect(saved.saved && saved.after).toMatchObject({ title: 'Theirs', text: 'Mine' })
  })

  it('refuses a pace out of range, and a statement that is gone', async () => {
    const created = await createStatement(db, statementFields(), clock)
    await expect(updateStatement(db, created.id, { wordsPerMinute: 20 }, clock)).rejects.toThrow(
      'The speaking pace must be a whole number of words a minute from 60 to 250'
    )
    await expect(updateStatement(db, 'missing', { text: 'x' }, clock)).rejects.toThrow(
      RecordGoneError
    )
  })

  it('writes only the editable fields: an id or a time passed along is ignored', async () => {
    const created = await createStatement(db, statementFields(), clock)
    const sneaky = { text: 'x', id: 'other', createdAt: 'then' } as Parameters<
      typeof updateStatement
    >[2]
    const saved = await updateStatement(db, created.id, sneaky, clock)
    expect(saved.saved && saved.after).toMatchObject({
      id: created.id,
      createdAt: created.createdAt
    })
  })
})

describe('deleteStatement and restoreStatement', () => {
  it('deletes a statement, returns it, and puts it back exactly', async () => {
    const created = await createStatement(db, statementFields(), clock)
    expect(await deleteStatement(db, created.id)).toStrictEqual(created)
    expect(await deleteStatement(db, created.id)).toBeUndefined()
    expect(await loadStatements(db)).toEqual([])
    await restoreStatement(db, created)
    expect(await loadStatements(db)).toStrictEqual([created])
  })
})
