/** Repository operations against a real Dexie database (fake-indexeddb in Node). */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NotesDatabase } from '../storage/database'
import type { Annotation } from './annotation'
import {
  createAnnotation,
  deleteAnnotation,
  loadAnnotations,
  loadColorLabels,
  renameColorLabel,
  restoreAnnotation,
  updateAnnotation
} from './annotation-repository'
import { earlyWarningPassage, steppingClock } from './test-fixtures'

let db: NotesDatabase

beforeEach(() => {
  db = new NotesDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

const passage = earlyWarningPassage()

describe('createAnnotation', () => {
  it('stores the annotation with an id and times, and returns it', async () => {
    const created = await createAnnotation(
      db,
      { paragraph: 60, target: passage, color: 'blue', note: 'Ask Canada' },
      steppingClock()
    )
    expect(created).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      paragraph: 60,
      target: passage,
      color: 'blue',
      note: 'Ask Canada',
      tags: [],
      createdAt: '2024-03-14T09:00:00.000Z',
      updatedAt: '2024-03-14T09:00:00.000Z'
    })
    expect(await loadAnnotations(db)).toEqual([created])
  })

  it('stores notes verbatim, whatever they contain', async () => {
    const note = '<img src=x onerror=alert(1)> مراجعة 🙂\u0000'
    const created = await createAnnotation(
      db,
      { paragraph: 1, target: null, color: 'yellow', note },
      steppingClock()
    )
    expect((await db.annotations.get(created.id))?.note).toBe(note)
  })
})

describe('updateAnnotation', () => {
  it('changes the given fields and the update time, returning before and after', async () => {
    const clock = steppingClock()
    const created = await createAnnotation(
      db,
      { paragraph: 47, target: null, color: 'yellow', note: 'first' },
      clock
    )
    const { before, after } = await updateAnnotation(
      db,
      created.id,
      { note: 'second', color: 'pink' },
      clock
    )
    expect(before).toEqual(created)
    expect(after).toEqual({
      ...created,
      note: 'second',
      color: 'pink',
      updatedAt: '2024-03-14T09:01:00.000Z'
    })
    expect(await db.annotations.get(created.id)).toEqual(after)
  })

  it('fails with a NotFoundError for an annotation that is gone', async () => {
    await expect(updateAnnotation(db, 'missing', { note: 'x' })).rejects.toMatchObject({
      name: 'NotFoundError'
    })
  })
})

describe('deleteAnnotation', () => {
  it('removes the annotation and returns it for undo', async () => {
    const created = await createAnnotation(
      db,
      { paragraph: 5, target: null, color: 'green', note: '' },
      steppingClock()
    )
    expect(await deleteAnnotation(db, created.id)).toEqual(created)
    expect(await loadAnnotations(db)).toEqual([])
    expect(await deleteAnnotation(db, created.id)).toBeUndefined()
  })
})

describe('restoreAnnotation', () => {
  it('puts back exactly what was deleted or overwritten', async () => {
    const clock = steppingClock()
    const created = await createAnnotation(
      db,
      { paragraph: 5, target: passage, color: 'green', note: 'n' },
      clock
    )
    await deleteAnnotation(db, created.id)
    await restoreAnnotation(db, created)
    expect(await loadAnnotations(db)).toEqual([created])
    const { before } = await updateAnnotation(db, created.id, { note: 'changed' }, clock)
    await restoreAnnotation(db, before)
    expect(await db.annotations.get(created.id)).toEqual(created satisfies Annotation)
  })
})

describe('loadColorLabels', () => {
  it('starts with the default labels', async () => {
    expect(await loadColorLabels(db)).toEqual({
      yellow: 'Priority',
      green: 'Agree',
      blue: 'Question',
      pink: 'Concern',
      purple: 'Follow up'
    })
  })

  it('ignores stored labels that are not text', async () => {
    await db.settings.put({
      key: 'colorLabels',
      value: { yellow: 42, green: '', blue: 'Ask UNODC', __proto__: { pink: 'x' } }
    })
    expect(await loadColorLabels(db)).toEqual({
      yellow: 'Priority',
      green: 'Agree',
      blue: 'Ask UNODC',
      pink: 'Concern',
      purple: 'Follow up'
    })
  })
})

describe('renameColorLabel', () => {
  it('renames one label and keeps the others', async () => {
    expect(await renameColorLabel(db, 'blue', '  Ask UNODC ')).toMatchObject({
      blue: 'Ask UNODC',
      yellow: 'Priority'
    })
    expect((await loadColorLabels(db)).blue).toBe('Ask UNODC')
  })

  it('refuses a blank label and keeps the old one', async () => {
    await expect(renameColorLabel(db, 'pink', '   ')).rejects.toThrow(
      'A colour label cannot be empty.'
    )
    expect((await loadColorLabels(db)).pink).toBe('Concern')
  })
})
