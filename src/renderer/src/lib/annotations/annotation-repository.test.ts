/** Repository operations against a real Dexie database (fake-indexeddb in Node). */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newFollowUp } from '../follow-ups/follow-up'
import { NotesDatabase } from '../storage/database'
import type { Annotation } from './annotation'
import {
  createAnnotation,
  deleteAnnotation,
  loadColorLabels,
  renameColorLabel,
  restoreAnnotationsIfUnchanged,
  restoresOf,
  updateAnnotation,
  updateAnnotations,
  type RepositoryClock
} from './annotation-repository'
import { earlyWarningPassage, steppingClock } from '@test-support/annotations-fixtures'

let db: NotesDatabase

beforeEach(() => {
  db = new NotesDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

const passage = earlyWarningPassage()

/** Three notes on whole paragraphs, created one minute apart by `clock`. */
async function threeNotes(clock: RepositoryClock): Promise<Annotation[]> {
  const notes: Annotation[] = []
  for (const [paragraph, note] of [
    [16, 'Mexico: precursors'],
    [30, 'Türkiye: 60 seizures'],
    [60, 'Canada: early warning']
  ] as const) {
    notes.push(
      await createAnnotation(db, { paragraph, target: null, color: 'yellow', note }, clock)
    )
  }
  return notes
}

/** Every stored annotation, in id order. */
function storedAnnotations(): Promise<Annotation[]> {
  return db.annotations.orderBy('id').toArray()
}

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
    expect(await storedAnnotations()).toEqual([created])
  })

  it('stores a note without a colour as having none', async () => {
    const created = await createAnnotation(
      db,
      { paragraph: 53, target: null, color: null, note: 'Plenary' },
      steppingClock()
    )
    expect((await db.annotations.get(created.id))?.color).toBeNull()
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

  it('stores a follow-up and a position only when given, so others look as in version 1', async () => {
    const clock = steppingClock()
    const plain = await createAnnotation(
      db,
      { paragraph: 1, target: null, color: 'yellow', note: '', tags: ['Precursors'] },
      clock
    )
    const followUp = { ...newFollowUp(), action: 'Ask Canada', agendaItemId: 'agenda-item-6' }
    const followedUp = await createAnnotation(
      db,
      { paragraph: 60, target: passage, color: 'purple', note: '', followUp, position: 'support' },
      clock
    )
    const cleared = await createAnnotation(
      db,
      { paragraph: 2, target: null, color: 'blue', note: '', followUp: null, position: null },
      clock
    )
    expect(Object.keys(plain)).toEqual([
      'id',
      'paragraph',
      'target',
      'color',
      'note',
      'tags',
      'createdAt',
      'updatedAt'
    ])
    expect(plain.tags).toEqual(['Precursors'])
    expect(followedUp).toMatchObject({ followUp, position: 'support' })
    expect(cleared).toMatchObject({ followUp: null, position: null })
    expect(await storedAnnotations()).toStrictEqual([plain, followedUp, cleared])
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
    const saved = await updateAnnotation(db, created, { note: 'second', color: 'pink' }, clock)
    const after = {
      ...created,
      note: 'second',
      color: 'pink',
      updatedAt: '2024-03-14T09:01:00.000Z'
    }
    expect(saved).toEqual({ saved: true, before: created, after })
    expect(await db.annotations.get(created.id)).toEqual(after)
  })

  it('writes nothing over a change saved elsewhere since it was opened, and returns both', async () => {
    const clock = steppingClock()
    const opened = await createAnnotation(
      db,
      { paragraph: 47, target: null, color: 'yellow', note: 'first' },
      clock
    )
    // Another window saves first, from the same opened version.
    const elsewhere = await updateAnnotation(db, opened, { note: 'their text' }, clock)
    const refused = await updateAnnotation(db, opened, { note: 'my text' }, clock)
    const stored = { ...opened, note: 'their text', updatedAt: '2024-03-14T09:01:00.000Z' }
    expect(elsewhere).toEqual({ saved: true, before: opened, after: stored })
    expect(refused).toEqual({
      saved: false,
      conflict: {
        stored,
        attempted: { ...stored, note: 'my text', updatedAt: '2024-03-14T09:02:00.000Z' }
      }
    })
    expect(await storedAnnotations()).toEqual([stored])
  })

  it('removes a colour, and gives one back', async () => {
    const clock = steppingClock()
    const created = await createAnnotation(
      db,
      { paragraph: 60, target: passage, color: 'blue', note: '' },
      clock
    )
    const removed = await updateAnnotation(db, created, { color: null }, clock)
    if (!removed.saved) throw new Error('The change was refused.')
    expect((await db.annotations.get(created.id))?.color).toBeNull()
    const chosen = await updateAnnotation(db, removed.after, { color: 'green' }, clock)
    if (!chosen.saved) throw new Error('The change was refused.')
    expect((await db.annotations.get(created.id))?.color).toBe('green')
  })

  it('saves from the stored version once the editor has seen it', async () => {
    const clock = steppingClock()
    const opened = await createAnnotation(
      db,
      { paragraph: 47, target: null, color: 'yellow', note: 'first' },
      clock
    )
    const elsewhere = await updateAnnotation(db, opened, { tags: ['Canada'] }, clock)
    if (!elsewhere.saved) throw new Error('The first save was refused.')
    const saved = await updateAnnotation(db, elsewhere.after, { note: 'both' }, clock)
    expect(saved).toMatchObject({ saved: true, after: { note: 'both', tags: ['Canada'] } })
  })

  it('fails with a RecordGoneError for an annotation deleted elsewhere, storing nothing', async () => {
    const clock = steppingClock()
    const opened = await createAnnotation(
      db,
      { paragraph: 47, target: null, color: 'yellow', note: 'first' },
      clock
    )
    await deleteAnnotation(db, opened.id)
    await expect(updateAnnotation(db, opened, { note: 'again?' }, clock)).rejects.toMatchObject({
      name: 'RecordGoneError',
      message: `No annotation ${opened.id}`
    })
    expect(await db.annotations.count()).toBe(0)
  })
})

describe('updateAnnotations', () => {
  it('changes every annotation in one go, returning each before and after', async () => {
    const clock = steppingClock()
    const [mexico, turkiye, canada] = await threeNotes(clock)
    const change = await updateAnnotations(
      db,
      [canada.id, mexico.id],
      (annotation) => ({ color: 'pink', tags: [...annotation.tags, 'Precursors'] }),
      clock
    )
    const time = '2024-03-14T09:03:00.000Z'
    expect(change).toEqual({
      before: [canada, mexico],
      after: [
        { ...canada, color: 'pink', tags: ['Precursors'], updatedAt: time },
        { ...mexico, color: 'pink', tags: ['Precursors'], updatedAt: time }
      ]
    })
    expect(await storedAnnotations()).toEqual([change.after[1], turkiye, change.after[0]])
  })

  it('skips ids that no longer exist', async () => {
    const clock = steppingClock()
    const [mexico] = await threeNotes(clock)
    const change = await updateAnnotations(
      db,
      ['deleted-before', mexico.id, 'deleted-after'],
      () => ({ note: 'Edited' }),
      clock
    )
    expect(change.before).toEqual([mexico])
    expect(change.after).toEqual([
      { ...mexico, note: 'Edited', updatedAt: '2024-03-14T09:03:00.000Z' }
    ])
  })

  it('leaves alone, update time included, an annotation the change returns null for', async () => {
    const clock = steppingClock()
    const [mexico, turkiye, canada] = await threeNotes(clock)
    const change = await updateAnnotations(
      db,
      [mexico.id, turkiye.id, canada.id],
      (annotation) => (annotation.paragraph === 30 ? null : { note: 'Edited' }),
      clock
    )
    expect(change.before).toEqual([mexico, canada])
    expect(await db.annotations.get(turkiye.id)).toStrictEqual(turkiye)
  })

  it('returns an empty change, storing nothing, when no annotation changes', async () => {
    const clock = steppingClock()
    const notes = await threeNotes(clock)
    expect(
      await updateAnnotations(
        db,
        notes.map((note) => note.id),
        () => null,
        clock
      )
    ).toEqual({
      before: [],
      after: []
    })
    expect(await storedAnnotations()).toStrictEqual(notes)
  })

  it('changes none when one of the writes fails', async () => {
    const clock = steppingClock()
    const notes = await threeNotes(clock)
    // IndexedDB cannot store a function: the last put fails with a DataCloneError after the
    // first two have been made, so only the transaction can take those back.
    const unstorable = (() => 'note') as unknown as string
    await expect(
      updateAnnotations(
        db,
        notes.map((note) => note.id),
        (annotation) => ({ note: annotation.paragraph === 60 ? unstorable : 'Edited' }),
        clock
      )
    ).rejects.toMatchObject({ name: 'DataCloneError' })
    expect(await storedAnnotations()).toStrictEqual(notes)
  })
})

describe('restoreAnnotationsIfUnchanged', () => {
  it('puts many annotations back exactly as they were, and one deleted since too', async () => {
    const clock = steppingClock()
    const notes = await threeNotes(clock)
    const { before, after } = await updateAnnotations(
      db,
      notes.map((note) => note.id),
      () => ({ color: 'green', position: 'concern' }),
      clock
    )
    const outcome = await restoreAnnotationsIfUnchanged(db, restoresOf(after, before), clock)
    expect(await storedAnnotations()).toStrictEqual(notes)
    expect(outcome).toEqual({
      stored: before,
      deleted: [],
      changedElsewhere: [],
      deletedElsewhere: []
    })
  })

  it('puts back what was deleted, and deletes what was created, if unchanged since', async () => {
    const clock = steppingClock()
    const created = await createAnnotation(
      db,
      { paragraph: 5, target: passage, color: 'green', note: 'n' },
      clock
    )
    await deleteAnnotation(db, created.id)
    const id = created.id
    await restoreAnnotationsIfUnchanged(db, [{ id, expected: undefined, restored: created }])
    expect(await storedAnnotations()).toEqual([created])
    const outcome = await restoreAnnotationsIfUnchanged(db, [
      { id, expected: created, restored: undefined }
    ])
    expect(outcome.deleted).toEqual([id])
    expect(await storedAnnotations()).toEqual([])
  })

  it('keeps another window’s change, with the text put back here added after its own', async () => {
    const clock = steppingClock()
    const [first, second] = await threeNotes(clock)
    const edited = await updateAnnotation(db, first, { note: 'Mexico: precursors, 2023' }, clock)
    if (!edited.saved) throw new Error('The change was refused.')
    // Another window changes both annotations after this one's edit.
    const otherFirst = { ...edited.after, note: 'Mexico: asked for data', updatedAt: 'later' }
    const otherSecond = { ...second, color: 'blue' as const, updatedAt: 'later' }
    await db.annotations.bulkPut([otherFirst, otherSecond])
    const outcome = await restoreAnnotationsIfUnchanged(
      db,
      restoresOf([edited.after, second], [first, { ...second, color: null }]),
      clock
    )
    const stored = await db.annotations.get(first.id)
    expect(stored?.note).toBe('Mexico: asked for data\n\nMexico: precursors')
    expect(stored?.updatedAt).not.toBe('later')
    expect(await db.annotations.get(second.id)).toEqual(otherSecond)
    expect(outcome.stored).toEqual([stored])
    expect(outcome.changedElsewhere).toEqual([stored, otherSecond])
  })

  it('leaves deleted an annotation another window deleted, and says so', async () => {
    const clock = steppingClock()
    const [first] = await threeNotes(clock)
    const edited = await updateAnnotation(db, first, { note: 'changed' }, clock)
    if (!edited.saved) throw new Error('The change was refused.')
    await db.annotations.delete(first.id)
    const outcome = await restoreAnnotationsIfUnchanged(db, restoresOf([edited.after], [first]))
    expect(outcome.deletedElsewhere).toEqual([edited.after])
    expect(await db.annotations.get(first.id)).toBeUndefined()
  })

  it('does not delete an annotation another window changed since it was created', async () => {
    const clock = steppingClock()
    const [first] = await threeNotes(clock)
    const changed = { ...first, note: 'typed elsewhere', updatedAt: 'later' }
    await db.annotations.put(changed)
    const outcome = await restoreAnnotationsIfUnchanged(db, [
      { id: first.id, expected: first, restored: undefined }
    ])
    expect(outcome).toMatchObject({ deleted: [], changedElsewhere: [changed] })
    expect(await db.annotations.get(first.id)).toEqual(changed)
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
    expect(await storedAnnotations()).toEqual([])
    expect(await deleteAnnotation(db, created.id)).toBeUndefined()
  })
})

describe('loadColorLabels', () => {
  it('starts with the default labels', async () => {
    expect(await loadColorLabels(db)).toEqual({
      yellow: 'Yellow',
      green: 'Green',
      blue: 'Blue',
      pink: 'Pink',
      purple: 'Purple'
    })
  })

  it('ignores stored labels that are not text', async () => {
    await db.settings.put({
      key: 'colorLabels',
      value: { yellow: 42, green: '', blue: 'Ask UNODC', __proto__: { pink: 'x' } }
    })
    expect(await loadColorLabels(db)).toEqual({
      yellow: 'Yellow',
      green: 'Green',
      blue: 'Ask UNODC',
      pink: 'Pink',
      purple: 'Purple'
    })
  })
})

describe('renameColorLabel', () => {
  it('renames one label and keeps the others', async () => {
    expect(await renameColorLabel(db, 'blue', '  Ask UNODC ')).toMatchObject({
      blue: 'Ask UNODC',
      yellow: 'Yellow'
    })
    expect((await loadColorLabels(db)).blue).toBe('Ask UNODC')
  })

  it('refuses a blank label and keeps the old one', async () => {
    await expect(renameColorLabel(db, 'pink', '   ')).rejects.toThrow(
      'A colour label cannot be empty.'
    )
    expect((await loadColorLabels(db)).pink).toBe('Pink')
  })
})
