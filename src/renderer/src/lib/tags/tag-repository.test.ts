/**
 * Tag changes against a real Dexie database (fake-indexeddb in Node): rename, merge and delete reach
 * every annotation and session note carrying the tag, in one transaction, and undo exactly.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '../annotations/annotation'
import {
  createAnnotation,
  restoresOf,
  type RepositoryClock
} from '../annotations/annotation-repository'
import { steppingClock } from '@test-support/annotations-fixtures'
import type { SessionNote } from '../session-notes/session-note'
import { createSessionNote } from '../session-notes/session-note-repository'
import { NotesDatabase } from '../storage/database'
import { deleteTag, renameTag, restoreTaggedItems, type TagChange } from './tag-repository'

let db: NotesDatabase
let clock: RepositoryClock

beforeEach(() => {
  db = new NotesDatabase(`tags-${crypto.randomUUID()}`)
  clock = steppingClock()
})

afterEach(async () => {
  await db.delete()
})

/** Stores a note on a whole paragraph carrying `tags`. */
function annotationTagged(paragraph: number, tags: string[]): Promise<Annotation> {
  return createAnnotation(
    db,
    { paragraph, target: null, color: 'yellow', note: `On para. ${paragraph}`, tags },
    clock
  )
}

/** Stores a session note carrying `tags`. */
function sessionNoteTagged(title: string, tags: string[]): Promise<SessionNote> {
  return createSessionNote(
    db,
    { title, body: '', agendaItemId: null, sessionDay: '2024-03-14', tags },
    clock
  )
}

/** Everything tags can be on, each table in id order. */
async function taggedItems(): Promise<{ annotations: Annotation[]; sessionNotes: SessionNote[] }> {
  return {
    annotations: await db.annotations.orderBy('id').toArray(),
    sessionNotes: await db.sessionNotes.orderBy('id').toArray()
  }
}

/**
 * Four annotations and two session notes: "Precursors" on two annotations (in two spellings) and a
 * session note, "Chemicals" on one annotation with it and on the other session note.
 */
async function taggedNotebook() {
  return {
    mexico: await annotationTagged(16, ['Precursors', 'Mexico']),
    france: await annotationTagged(20, ['France', 'precursors', 'Chemicals']),
    canada: await annotationTagged(60, ['Early warning']),
    untagged: await annotationTagged(1, []),
    briefing: await sessionNoteTagged('Briefing from the capital', ['Precursors', 'Bilateral']),
    corridor: await sessionNoteTagged('Corridor talk', ['Chemicals'])
  }
}

describe('renameTag', () => {
  it('renames the tag, in any case, on every annotation and session note in one go', async () => {
    const { mexico, france, canada, untagged, briefing, corridor } = await taggedNotebook()
    const change = await renameTag(db, 'precursors', 'Precursor chemicals', clock)
    const time = '2024-03-14T09:06:00.000Z'
    expect(change).toEqual({
      annotations: {
        before: [mexico, france],
        after: [
          { ...mexico, tags: ['Precursor chemicals', 'Mexico'], updatedAt: time },
          { ...france, tags: ['France', 'Precursor chemicals', 'Chemicals'], updatedAt: time }
        ]
      },
      sessionNotes: {
        before: [briefing],
        after: [{ ...briefing, tags: ['Precursor chemicals', 'Bilateral'], updatedAt: time }]
      }
    })
    expect(await taggedItems()).toEqual({
      annotations: [...change.annotations.after, canada, untagged],
      sessionNotes: [...change.sessionNotes.after, corridor]
    })
  })

  it('merges into a tag already in use, leaving one where an item had both', async () => {
    const { mexico, france, canada, untagged, briefing, corridor } = await taggedNotebook()
    const change = await renameTag(db, 'Chemicals', 'Precursors', clock)
    const time = '2024-03-14T09:06:00.000Z'
    expect(change.annotations.after).toEqual([
      { ...france, tags: ['France', 'Precursors'], updatedAt: time }
    ])
    expect(change.sessionNotes.after).toEqual([
      { ...corridor, tags: ['Precursors'], updatedAt: time }
    ])
    expect(await taggedItems()).toEqual({
      annotations: [mexico, ...change.annotations.after, canada, untagged],
      sessionNotes: [briefing, ...change.sessionNotes.after]
    })
  })

  it('leaves items without the tag untouched, update times included', async () => {
    const { canada, untagged } = await taggedNotebook()
    await renameTag(db, 'Precursors', 'Chemicals', clock)
    expect(await db.annotations.get(canada.id)).toStrictEqual(canada)
    expect(await db.annotations.get(untagged.id)).toStrictEqual(untagged)
  })

  it('changes nothing for a tag no item carries', async () => {
    await taggedNotebook()
    const before = await taggedItems()
    expect(await renameTag(db, 'Cybercrime', 'Cyber', clock)).toEqual({
      annotations: { before: [], after: [] },
      sessionNotes: { before: [], after: [] }
    })
    expect(await taggedItems()).toEqual(before)
  })

  it('refuses a blank new name with a RangeError and changes nothing', async () => {
    await taggedNotebook()
    const before = await taggedItems()
    await expect(renameTag(db, 'Precursors', ' \t ', clock)).rejects.toThrow(
      new RangeError('A tag cannot be empty.')
    )
    expect(await taggedItems()).toEqual(before)
  })

  it('changes no annotation when writing the session notes fails', async () => {
    await taggedNotebook()
    const before = await taggedItems()
    vi.spyOn(db.sessionNotes, 'bulkPut').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    )
    await expect(renameTag(db, 'Precursors', 'Chemicals', clock)).rejects.toMatchObject({
      name: 'QuotaExceededError'
    })
    expect(await taggedItems()).toEqual(before)
  })

  it('finds the tag however an item spaced or composed it', async () => {
    // Tags are one tag by key (trimmed, spacing collapsed, NFC, any case: see tag-names.ts), and
    // the Tags panel lists these two as one; records written outside `TagsStore.asStored`, such as
    // version 1's (stored as typed), can carry such spellings.
    const spaced = await annotationTagged(16, ['Precursors '])
    const decomposed = await annotationTagged(30, ['Tu\u0308rkiye'])
    const renamed = await renameTag(db, 'precursors', 'Chemicals', clock)
    expect(renamed.annotations.before).toEqual([spaced])
    const deleted = await deleteTag(db, 'Türkiye', clock)
    expect(deleted.annotations.before).toEqual([decomposed])
  })

  it('renames a tag that begins with a dotted capital İ', async () => {
    const istanbul = await annotationTagged(30, ['İstanbul', 'Türkiye'])
    const change = await renameTag(db, 'İstanbul', 'Istanbul process', clock)
    expect(change.annotations.after).toEqual([
      { ...istanbul, tags: ['Istanbul process', 'Türkiye'], updatedAt: '2024-03-14T09:01:00.000Z' }
    ])
  })
})

describe('deleteTag', () => {
  it('removes the tag, in any case, from every annotation and session note', async () => {
    const { mexico, france, canada, untagged, briefing, corridor } = await taggedNotebook()
    const change = await deleteTag(db, 'PRECURSORS', clock)
    const time = '2024-03-14T09:06:00.000Z'
    expect(change).toEqual({
      annotations: {
        before: [mexico, france],
        after: [
          { ...mexico, tags: ['Mexico'], updatedAt: time },
          { ...france, tags: ['France', 'Chemicals'], updatedAt: time }
        ]
      },
      sessionNotes: {
        before: [briefing],
        after: [{ ...briefing, tags: ['Bilateral'], updatedAt: time }]
      }
    })
    expect(await taggedItems()).toEqual({
      annotations: [...change.annotations.after, canada, untagged],
      sessionNotes: [...change.sessionNotes.after, corridor]
    })
  })

  it('deletes a tag that begins with a dotted capital İ', async () => {
    const istanbul = await annotationTagged(30, ['İstanbul', 'Türkiye'])
    const change = await deleteTag(db, 'İstanbul', clock)
    expect(change.annotations.after).toEqual([
      { ...istanbul, tags: ['Türkiye'], updatedAt: '2024-03-14T09:01:00.000Z' }
    ])
  })

  it('changes no session note when writing the annotations fails', async () => {
    await taggedNotebook()
    const before = await taggedItems()
    vi.spyOn(db.annotations, 'bulkPut').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    )
    await expect(deleteTag(db, 'Chemicals', clock)).rejects.toMatchObject({
      name: 'QuotaExceededError'
    })
    expect(await taggedItems()).toEqual(before)
  })
})

/** The annotations' restores that undo `change`. */
function undoing(change: TagChange) {
  return restoresOf(change.annotations.after, change.annotations.before)
}

describe('restoreTaggedItems', () => {
  it('undoes a rename exactly with its before, and redoes it with its after', async () => {
    await taggedNotebook()
    const original = await taggedItems()
    const change = await renameTag(db, 'Chemicals', 'Precursors', clock)
    const renamed = await taggedItems()
    await restoreTaggedItems(db, undoing(change), change.sessionNotes.before)
    expect(await taggedItems()).toStrictEqual(original)
    await restoreTaggedItems(
      db,
      restoresOf(change.annotations.before, change.annotations.after),
      change.sessionNotes.after
    )
    expect(await taggedItems()).toStrictEqual(renamed)
  })

  it('undoes a delete exactly', async () => {
    await taggedNotebook()
    const original = await taggedItems()
    const change = await deleteTag(db, 'Precursors', clock)
    await restoreTaggedItems(db, undoing(change), change.sessionNotes.before)
    expect(await taggedItems()).toStrictEqual(original)
  })
})
