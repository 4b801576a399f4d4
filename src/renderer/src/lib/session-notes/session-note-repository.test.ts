/** Session notes against a real Dexie database (fake-indexeddb in Node): stored verbatim, undoable. */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RepositoryClock } from '../annotations/annotation-repository'
import { steppingClock } from '@test-support/annotations-fixtures'
import { NotesDatabase } from '../storage/database'
import type { SessionNote } from './session-note'
import {
  createSessionNote,
  deleteSessionNote,
  loadSessionNotes,
  restoreSessionNote,
  updateSessionNote,
  type SessionNoteFields
} from './session-note-repository'

let db: NotesDatabase
let clock: RepositoryClock

beforeEach(() => {
  db = new NotesDatabase(`session-notes-${crypto.randomUUID()}`)
  clock = steppingClock()
})

afterEach(async () => {
  await db.delete()
})

/** What a delegate types for a note on the first day's bilateral meetings. */
function bilateralsFields(changes: Partial<SessionNoteFields> = {}): SessionNoteFields {
  return {
    title: 'Bilaterals, day 1',
    body: '- Canada: early warning\n- Mexico: precursors',
    agendaItemId: 'agenda-item-6',
    sessionDay: '2024-03-14',
    tags: ['Bilateral'],
    ...changes
  }
}

/** Stores the bilaterals note. */
function storeBilaterals(changes: Partial<SessionNoteFields> = {}): Promise<SessionNote> {
  return createSessionNote(db, bilateralsFields(changes), clock)
}

describe('createSessionNote', () => {
  it('stores the note with an id and times, and returns it', async () => {
    const created = await storeBilaterals()
    expect(created).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      title: 'Bilaterals, day 1',
      body: '- Canada: early warning\n- Mexico: precursors',
      agendaItemId: 'agenda-item-6',
      sessionDay: '2024-03-14',
      tags: ['Bilateral'],
      createdAt: '2024-03-14T09:00:00.000Z',
      updatedAt: '2024-03-14T09:00:00.000Z'
    })
    expect(await loadSessionNotes(db)).toEqual([created])
  })

  it('stores a copy of the tags, not the caller’s array', async () => {
    const tags = ['Bilateral']
    const created = await storeBilaterals({ tags })
    tags.push('Later')
    expect(created.tags).toEqual(['Bilateral'])
    expect((await db.sessionNotes.get(created.id))?.tags).toEqual(['Bilateral'])
  })

  it('stores title and body verbatim, whatever they contain', async () => {
    const title = '  <img src=x onerror=alert(1)> '
    const body = '<script>alert(1)</script>\r\nمراجعة الموقف 🇨🇦👩‍⚕️ [x](javascript:alert(1))\u0000'
    const created = await storeBilaterals({ title, body, agendaItemId: null, sessionDay: null })
    expect(await db.sessionNotes.get(created.id)).toEqual({ ...created, title, body })
  })
})

describe('updateSessionNote', () => {
  it('changes the given fields and the update time, returning before and after', async () => {
    const created = await storeBilaterals()
    const saved = await updateSessionNote(
      db,
      created.id,
      { body: 'Rescheduled', sessionDay: '2024-03-15', tags: [] },
      clock
    )
    const after = {
      ...created,
      body: 'Rescheduled',
      sessionDay: '2024-03-15',
      tags: [],
      updatedAt: '2024-03-14T09:01:00.000Z'
    }
    expect(saved).toEqual({ saved: true, before: created, after })
    expect(await db.sessionNotes.get(created.id)).toEqual(after)
  })

  it('writes nothing over a field changed elsewhere since the editor saw it, and returns both', async () => {
    const created = await storeBilaterals()
    const seen = bilateralsFields()
    const elsewhere = await updateSessionNote(db, created.id, { body: 'Their text' }, clock, seen)
    const refused = await updateSessionNote(db, created.id, { body: 'My text' }, clock, seen)
    const stored = { ...created, body: 'Their text', updatedAt: '2024-03-14T09:01:00.000Z' }
    expect(elsewhere).toEqual({ saved: true, before: created, after: stored })
    expect(refused).toEqual({
      saved: false,
      conflict: {
        stored,
        attempted: { ...stored, body: 'My text', updatedAt: '2024-03-14T09:02:00.000Z' }
      }
    })
    expect(await loadSessionNotes(db)).toEqual([stored])
  })

  it('keeps a change elsewhere to a field the save does not write', async () => {
    const created = await storeBilaterals()
    const seen = bilateralsFields()
    await updateSessionNote(db, created.id, { tags: ['Canada'] }, clock, seen)
    const saved = await updateSessionNote(db, created.id, { body: 'My text' }, clock, seen)
    expect(saved).toMatchObject({ saved: true, after: { body: 'My text', tags: ['Canada'] } })
    expect(await db.sessionNotes.get(created.id)).toMatchObject({
      body: 'My text',
      tags: ['Canada']
    })
  })

  it('fails with a RecordGoneError for a note that is gone, storing nothing', async () => {
    await expect(
      updateSessionNote(db, 'missing', { title: 'Recreated?' }, clock)
    ).rejects.toMatchObject({
      name: 'RecordGoneError',
      message: expect.stringContaining('No session note missing')
    })
    expect(await db.sessionNotes.count()).toBe(0)
  })
})

describe('deleteSessionNote', () => {
  it('removes the note and returns it for undo, or undefined when it is gone', async () => {
    const created = await storeBilaterals()
    const kept = await storeBilaterals({ title: 'Plenary' })
    expect(await deleteSessionNote(db, created.id)).toEqual(created)
    expect(await loadSessionNotes(db)).toEqual([kept])
    expect(await deleteSessionNote(db, created.id)).toBeUndefined()
  })
})

describe('restoreSessionNote', () => {
  it('puts back exactly what was deleted or overwritten', async () => {
    const created = await storeBilaterals()
    await deleteSessionNote(db, created.id)
    await restoreSessionNote(db, created)
    expect(await loadSessionNotes(db)).toStrictEqual([created])
    const saved = await updateSessionNote(db, created.id, { title: 'Changed' }, clock)
    if (!saved.saved) throw new Error('The change was refused.')
    await restoreSessionNote(db, saved.before)
    expect(await db.sessionNotes.get(created.id)).toStrictEqual(created)
  })
})
