/**
 * The delegate's agenda items against a real Dexie database (fake-indexeddb in Node): adding,
 * renaming, and removing one, which clears it from follow-ups and session notes and undoes exactly.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '../annotations/annotation'
import { createAnnotation, type RepositoryClock } from '../annotations/annotation-repository'
import { steppingClock } from '@test-support/annotations-fixtures'
import type { SessionNote } from '../session-notes/session-note'
import { createSessionNote } from '../session-notes/session-note-repository'
import { NotesDatabase } from '../storage/database'
import type { AgendaItem } from './agenda-item'
import {
  addAgendaItem,
  loadAgendaItems,
  removeAgendaItem,
  renameAgendaItem,
  sortAgendaItems,
  undoAgendaItemRemoval
} from './agenda-item-repository'
import { newFollowUp } from './follow-up'

let db: NotesDatabase
let clock: RepositoryClock

beforeEach(() => {
  db = new NotesDatabase(`agenda-${crypto.randomUUID()}`)
  clock = steppingClock()
})

afterEach(async () => {
  await db.delete()
})

/** The item every new database starts with (see database.ts). */
const itemSixId = 'agenda-item-6'

/** An agenda item as stored, with the fields a test does not care about filled in. */
function agendaItem(fields: Partial<AgendaItem> = {}): AgendaItem {
  return { id: 'agenda-item-5', label: 'Item 5', title: 'Implementation', order: 1, ...fields }
}

/** Stores a follow-up on a whole paragraph, under `agendaItemId`. */
function followUpUnder(paragraph: number, agendaItemId: string | null): Promise<Annotation> {
  return createAnnotation(
    db,
    {
      paragraph,
      target: null,
      color: 'purple',
      note: '',
      followUp: { ...newFollowUp(), action: `Raise para. ${paragraph}`, agendaItemId }
    },
    clock
  )
}

/** Stores a session note about `agendaItemId`. */
function sessionNoteUnder(title: string, agendaItemId: string | null): Promise<SessionNote> {
  return createSessionNote(
    db,
    { title, body: 'Notes', agendaItemId, sessionDay: '2024-03-15', tags: [] },
    clock
  )
}

/** Everything an agenda item can be named on, and the items, each table in id order. */
async function notebookContents() {
  return {
    agendaItems: await db.agendaItems.orderBy('id').toArray(),
    annotations: await db.annotations.orderBy('id').toArray(),
    sessionNotes: await db.sessionNotes.orderBy('id').toArray()
  }
}

describe('sortAgendaItems', () => {
  it('orders by the delegate’s order, then by label with numbers in numeric order', () => {
    const ten = agendaItem({ id: 'ten', label: 'Item 10', order: 1 })
    const nine = agendaItem({ id: 'nine', label: 'Item 9', order: 1 })
    const first = agendaItem({ id: 'first', label: 'Item 12', order: 0 })
    expect(sortAgendaItems([ten, nine, first])).toEqual([first, nine, ten])
  })
})

describe('loadAgendaItems', () => {
  it('lists the seeded item 6 first, then the delegate’s in the order added', async () => {
    const five = await addAgendaItem(db, 'Item 5', 'Implementation', clock)
    const seven = await addAgendaItem(db, 'Item 7', 'Other business', clock)
    expect((await loadAgendaItems(db)).map((item) => item.id)).toEqual([
      itemSixId,
      five.id,
      seven.id
    ])
  })
})

describe('addAgendaItem', () => {
  it('adds the item after the last one, label and title trimmed', async () => {
    expect(
      await addAgendaItem(db, '  Item 5 ', ' Implementation of the treaties\n', clock)
    ).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      label: 'Item 5',
      title: 'Implementation of the treaties',
      order: 1
    })
    expect(await addAgendaItem(db, 'Item 9', '', clock)).toEqual({
      id: '00000000-0000-4000-8000-000000000002',
      label: 'Item 9',
      title: '',
      order: 2
    })
    expect(await db.agendaItems.count()).toBe(3)
  })

  it('refuses a blank label with a RangeError and adds nothing', async () => {
    await expect(addAgendaItem(db, ' \n ', 'Implementation', clock)).rejects.toThrow(
      new RangeError('An agenda item needs a label, such as "Item 5".')
    )
    expect((await loadAgendaItems(db)).map((item) => item.id)).toEqual([itemSixId])
  })
})

describe('renameAgendaItem', () => {
  it('changes the label and title, keeping the id and the place in the list', async () => {
    const five = await addAgendaItem(db, 'Item 5', 'Implementation', clock)
    const renamed = await renameAgendaItem(db, five.id, ' Item 5 (a) ', ' Treaty implementation ')
    expect(renamed).toEqual({ ...five, label: 'Item 5 (a)', title: 'Treaty implementation' })
    expect(await db.agendaItems.get(five.id)).toEqual(renamed)
  })

  it('refuses a blank label with a RangeError and keeps the old one', async () => {
    const before = await db.agendaItems.get(itemSixId)
    await expect(renameAgendaItem(db, itemSixId, '', 'Anything')).rejects.toThrow(RangeError)
    expect(await db.agendaItems.get(itemSixId)).toEqual(before)
  })

  it('fails with a RecordGoneError for an item that is gone', async () => {
    await expect(renameAgendaItem(db, 'agenda-item-99', 'Item 99', '')).rejects.toMatchObject({
      name: 'RecordGoneError'
    })
  })
})

describe('removeAgendaItem', () => {
  it('clears the item from the follow-ups and session notes naming it, and from nothing else', async () => {
    const five = await addAgendaItem(db, 'Item 5', 'Implementation', clock)
    const named = await followUpUnder(60, itemSixId)
    const otherItem = await followUpUnder(16, five.id)
    const noItem = await followUpUnder(30, null)
    const highlight = await createAnnotation(
      db,
      { paragraph: 14, target: null, color: 'yellow', note: 'No follow-up' },
      clock
    )
    const briefing = await sessionNoteUnder('Briefing', itemSixId)
    const corridor = await sessionNoteUnder('Corridor talk', five.id)
    const itemSix = await db.agendaItems.get(itemSixId)
    const time = '2024-03-14T09:06:00.000Z'
    const cleared = {
      ...named,
      followUp: { ...newFollowUp(), action: 'Raise para. 60', agendaItemId: null },
      updatedAt: time
    }
    const unnamed = { ...briefing, agendaItemId: null, updatedAt: time }
    expect(await removeAgendaItem(db, itemSixId, clock)).toEqual({
      item: itemSix,
      annotations: { before: [named], after: [cleared] },
      sessionNotes: { before: [briefing], after: [unnamed] }
    })
    expect(await notebookContents()).toEqual({
      agendaItems: [five],
      annotations: [cleared, otherItem, noItem, highlight],
      sessionNotes: [unnamed, corridor]
    })
  })

  it('returns null for an item that is gone, changing nothing', async () => {
    await followUpUnder(60, 'agenda-item-99')
    const before = await notebookContents()
    expect(await removeAgendaItem(db, 'agenda-item-99', clock)).toBeNull()
    expect(await notebookContents()).toEqual(before)
  })
})

describe('undoAgendaItemRemoval', () => {
  it('puts back the item and every follow-up and session note exactly as they were', async () => {
    await followUpUnder(60, itemSixId)
    await followUpUnder(16, itemSixId)
    await followUpUnder(30, null)
    await sessionNoteUnder('Briefing', itemSixId)
    const before = await notebookContents()
    const removal = await removeAgendaItem(db, itemSixId, clock)
    if (!removal) throw new Error('Agenda item 6 was not removed.')
    expect(removal.annotations.after).toHaveLength(2)
    await undoAgendaItemRemoval(db, removal)
    expect(await notebookContents()).toStrictEqual(before)
  })
})
