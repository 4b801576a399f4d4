/**
 * The notebook store: changes reach the database, the layout and the tag list, and undo and redo
 * reverse them exactly, leaving the database holding what the store shows.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { NewAnnotation } from '../annotations/annotation-repository'
import { loadAgendaItems } from '../follow-ups/agenda-item-repository'
import { newFollowUp, type FollowUp } from '../follow-ups/follow-up'
import type { SessionNote } from '../session-notes/session-note'
import type { SessionNoteFields } from '../session-notes/session-note-repository'
import { readAnnotations } from '../storage/annotation-snapshot'
import { NotesDatabase } from '../storage/database'
import { openChangeFeed } from '../storage/change-feed'
import { ChangedElsewhereError } from '../storage/edit-conflict'
import { StorageWriteError } from '../storage/storage-error'
import { Notebook } from './Notebook.svelte'
import {
  earlyWarningPassage,
  fixtureParagraphs,
  steppingClock
} from '@test-support/annotations-fixtures'
import { channelHub } from '@test-support/window-fixtures'

const paragraphs = fixtureParagraphs()

let db: NotesDatabase
let store: Notebook
/** The notebook's waits before writing the start-up copy again, run when a test says so. */
let copyWaits: (() => void)[]

beforeEach(async () => {
  db = new NotesDatabase(`store-${crypto.randomUUID()}`)
  copyWaits = []
  store = new Notebook(db, paragraphs, steppingClock(), {
    later: (run) => {
      copyWaits.push(run)
      return () => copyWaits.splice(copyWaits.indexOf(run), 1)
    }
  })
  await store.load()
})

afterEach(async () => {
  await db.delete()
})

const passage = earlyWarningPassage()

describe('The copy of the annotations read at start', () => {
  it('is written at the first start, and again once changes stop', async () => {
    expect(await readAnnotations(db)).toStrictEqual({ annotations: [], fromSnapshot: true })
    const created = await store.create({ paragraph: 1, target: null, color: 'yellow', note: 'A' })
    await store.update(created.id, { note: 'B' })
    expect(copyWaits).toHaveLength(1)
    copyWaits[0]()
    await vi.waitFor(async () => expect(await db.snapshots.count()).toBe(1))
    expect(await readAnnotations(db)).toStrictEqual({
      annotations: [{ ...created, note: 'B', updatedAt: store.all[0].updatedAt }],
      fromSnapshot: true
    })
  })
})

describe('Annotations', () => {
  it('creates, places and paints an annotation', async () => {
    const created = await store.create({
      paragraph: 2,
      target: passage,
      color: 'blue',
      note: 'Ask Canada'
    })
    expect(await db.annotations.toArray()).toEqual([created])
    expect(store.layout.placed).toEqual([
      { annotation: created, paragraph: 2, range: { start: 38, end: 59 } }
    ])
    expect(store.layout.highlights.get(2)).toEqual([
      { annotationId: created.id, start: 38, end: 59, color: 'blue' }
    ])
    expect(store.layout.annotatedParagraphs).toEqual(new Set([2]))
  })

  it('undoes and redoes a delete, in the database and on screen', async () => {
    const created = await store.create({
      paragraph: 1,
      target: null,
      color: 'yellow',
      note: 'UNODC host'
    })
    expect(await store.remove(created.id)).toBe('Deleted annotation on para. 1')
    expect(store.all).toEqual([])
    expect(await store.undo()).toBe('Deleted annotation on para. 1')
    expect(store.all).toEqual([created])
    expect(await db.annotations.get(created.id)).toEqual(created)
    expect(await store.redo()).toBe('Deleted annotation on para. 1')
    expect(await db.annotations.count()).toBe(0)
  })

  it('undoes an edit back to the exact previous record', async () => {
    const created = await store.create({
      paragraph: 2,
      target: passage,
      color: 'blue',
      note: 'first'
    })
    const edited = await store.update(created.id, { note: 'second', color: 'pink' })
    expect(edited.note).toBe('second')
    await store.undo()
    expect(await db.annotations.get(created.id)).toEqual(created)
    await store.redo()
    expect(await db.annotations.get(created.id)).toEqual(edited)
  })

  it('reports an edit of an annotation that is gone, storing nothing', async () => {
    const update = store.update('missing', { note: 'x' })
    await expect(update).rejects.toThrow(StorageWriteError)
    await expect(update).rejects.toThrow(/annotation no longer exists/)
    expect(await db.annotations.count()).toBe(0)
    expect(await store.undo()).toBeNull()
  })

  it('lists an annotation whose passage is gone as orphaned, keeping it', async () => {
    const stale = {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'cryptocurrency tracing tools',
        prefix: '',
        suffix: ''
      },
      position: { type: 'TextPositionSelector', start: 0, end: 28 }
    } as const
    const created = await store.create({
      paragraph: 2,
      target: stale,
      color: 'green',
      note: 'keep me'
    })
    expect(store.layout.placed).toEqual([])
    expect(store.layout.orphans).toEqual([created])
  })

  it('reports a failed write in plain words and changes nothing on screen', async () => {
    db.close()
    await expect(
      store.create({ paragraph: 1, target: null, color: 'yellow', note: 'typed text' })
    ).rejects.toThrow(StorageWriteError)
    await expect(
      store.create({ paragraph: 1, target: null, color: 'yellow', note: 'typed text' })
    ).rejects.toThrow('The notes database is closed. Restart the app and try again.')
    expect(store.all).toEqual([])
  })

  it('renames a colour label and refuses a blank one', async () => {
    await store.renameColor('blue', 'Ask UNODC')
    expect(store.colorLabels.blue).toBe('Ask UNODC')
    await expect(store.renameColor('blue', ' ')).rejects.toThrow('A colour label cannot be empty.')
    expect(store.colorLabels.blue).toBe('Ask UNODC')
  })
})

/** A note on the whole of paragraph 1 or 2, with whatever else a test gives it. */
function noteOn(paragraph: 1 | 2, changes: Partial<NewAnnotation> = {}): NewAnnotation {
  return { paragraph, target: null, color: 'yellow', note: `On para. ${paragraph}`, ...changes }
}

/** An open follow-up under agenda item 6, with whatever else a test gives it. */
function followUp(changes: Partial<FollowUp> = {}): FollowUp {
  return { ...newFollowUp(), action: 'Raise with UNODC', agendaItemId: 'agenda-item-6', ...changes }
}

/** A session note's fields, with whatever a test gives it. */
function sessionNoteFields(changes: Partial<SessionNoteFields> = {}): SessionNoteFields {
  return {
    title: 'Bilaterals, day 1',
    body: '- Canada: early warning',
    agendaItemId: null,
    sessionDay: '2024-03-14',
    tags: [],
    ...changes
  }
}

/** Records in id order, so that memory and the database can be compared. */
function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Checks that the database holds exactly what the store shows. */
async function expectStoredAsShown(): Promise<void> {
  expect(await db.annotations.orderBy('id').toArray()).toStrictEqual(byId(store.all))
  expect(await db.sessionNotes.orderBy('id').toArray()).toStrictEqual(byId(store.sessionNotes))
  expect(await loadAgendaItems(db)).toStrictEqual(store.agendaItems)
}

/** The tags the store lists, as "tag ×count". */
function tagCounts(): string[] {
  return store.tags.map((usage) => `${usage.tag} ×${usage.count}`)
}

describe('applyTag', () => {
  it('tags many annotations in the spelling already in use, and undoes and redoes it', async () => {
    const tagged = await store.create(noteOn(1, { tags: ['Precursors'] }))
    const first = await store.create(noteOn(1))
    const second = await store.create(noteOn(2, { tags: ['Mexico'] }))
    const third = await store.create(noteOn(2))
    const ids = [tagged.id, first.id, second.id, third.id]
    expect(await store.applyTag(ids, ' precursors ')).toBe('Tagged 3 annotations “Precursors”')
    expect(store.all.map((annotation) => annotation.tags)).toEqual([
      ['Precursors'],
      ['Precursors'],
      ['Mexico', 'Precursors'],
      ['Precursors']
    ])
    expect(store.find(tagged.id)).toBe(tagged)
    expect(tagCounts()).toEqual(['Mexico ×1', 'Precursors ×4'])
    await expectStoredAsShown()
    const after = store.all

    expect(await store.undo()).toBe('Tagged 3 annotations “Precursors”')
    expect(store.all).toEqual([tagged, first, second, third])
    expect(tagCounts()).toEqual(['Mexico ×1', 'Precursors ×1'])
    await expectStoredAsShown()

    expect(await store.redo()).toBe('Tagged 3 annotations “Precursors”')
    expect(store.all).toEqual(after)
    await expectStoredAsShown()
  })

  it('refuses a tag that cannot be stored, changing nothing', async () => {
    const created = await store.create(noteOn(1))
    await expect(store.applyTag([created.id], 'a, b')).rejects.toThrow(
      new RangeError('A tag cannot contain a comma.')
    )
    expect(store.all).toEqual([created])
    expect(await store.undo()).toBe('Added annotation on para. 1')
  })
})

describe('removeTagFrom', () => {
  it('removes a tag, in any spelling, from the annotations carrying it', async () => {
    const mexico = await store.create(noteOn(1, { tags: ['Precursors', 'Mexico'] }))
    const france = await store.create(noteOn(2, { tags: ['France', 'precursors'] }))
    const untagged = await store.create(noteOn(2))
    expect(await store.removeTagFrom([mexico.id, france.id, untagged.id], 'PRECURSORS')).toBe(
      'Removed “PRECURSORS” from 2 annotations'
    )
    expect(store.all.map((annotation) => annotation.tags)).toEqual([['Mexico'], ['France'], []])
    expect(store.find(untagged.id)).toBe(untagged)
    await expectStoredAsShown()

    await store.undo()
    expect(store.all).toEqual([mexico, france, untagged])
    await expectStoredAsShown()
    await store.redo()
    expect(tagCounts()).toEqual(['France ×1', 'Mexico ×1'])
    await expectStoredAsShown()
  })

  it('records no undo step when no annotation carried the tag', async () => {
    const created = await store.create(noteOn(1))
    expect(await store.removeTagFrom([created.id], 'Precursors')).toBe(
      'Removed “Precursors” from 0 annotations'
    )
    expect(await store.undo()).toBe('Added annotation on para. 1')
  })
})

describe('setFollowUpStatus', () => {
  it('changes only the follow-ups, and only those not already in that status', async () => {
    const open = await store.create(noteOn(1, { followUp: followUp() }))
    const done = await store.create(noteOn(1, { followUp: followUp({ status: 'done' }) }))
    const highlight = await store.create(noteOn(2))
    const cleared = await store.create(noteOn(2, { followUp: null }))
    const ids = [open.id, done.id, highlight.id, cleared.id]
    expect(await store.setFollowUpStatus(ids, 'done')).toBe('Marked 1 follow-up Done')
    expect(store.all).toEqual([
      { ...open, followUp: followUp({ status: 'done' }), updatedAt: '2024-03-14T09:04:00.000Z' },
      done,
      highlight,
      cleared
    ])
    await expectStoredAsShown()

    expect(await store.undo()).toBe('Marked 1 follow-up Done')
    expect(store.all).toEqual([open, done, highlight, cleared])
    await expectStoredAsShown()
    expect(await store.redo()).toBe('Marked 1 follow-up Done')
    expect(store.find(open.id)?.followUp?.status).toBe('done')
    await expectStoredAsShown()
  })
})

describe('renameTag', () => {
  it('renames a tag on annotations and session notes, merging into the spelling in use', async () => {
    const mexico = await store.create(noteOn(1, { tags: ['Chemicals', 'Precursors'] }))
    const france = await store.create(noteOn(2, { tags: ['chemicals'] }))
    const canada = await store.create(noteOn(2, { tags: ['Early warning'] }))
    const briefing = await store.createSessionNote(sessionNoteFields({ tags: ['Chemicals'] }))
    const plenary = await store.createSessionNote(sessionNoteFields({ title: 'Plenary' }))
    expect(tagCounts()).toEqual(['Chemicals ×3', 'Early warning ×1', 'Precursors ×1'])

    expect(await store.renameTag('Chemicals', 'precursors')).toBe(
      'Renamed “Chemicals” to “Precursors” on 3 items'
    )
    expect(store.all.map((annotation) => annotation.tags)).toEqual([
      ['Precursors'],
      ['Precursors'],
      ['Early warning']
    ])
    expect(store.sessionNotes.map((note) => note.tags)).toEqual([['Precursors'], []])
    expect(tagCounts()).toEqual(['Early warning ×1', 'Precursors ×3'])
    expect(store.find(canada.id)).toBe(canada)
    await expectStoredAsShown()
    const annotationsAfter = store.all
    const sessionNotesAfter = store.sessionNotes

    expect(await store.undo()).toBe('Renamed “Chemicals” to “Precursors” on 3 items')
    expect(store.all).toEqual([mexico, france, canada])
    expect(store.sessionNotes).toEqual([briefing, plenary])
    expect(tagCounts()).toEqual(['Chemicals ×3', 'Early warning ×1', 'Precursors ×1'])
    await expectStoredAsShown()

    await store.redo()
    expect(store.all).toEqual(annotationsAfter)
    expect(store.sessionNotes).toEqual(sessionNotesAfter)
    await expectStoredAsShown()
  })

  it('keeps what was typed in a session note since, when the rename is undone', async () => {
    const note = await store.createSessionNote(sessionNoteFields({ tags: ['Chemicals'] }))
    await store.renameTag('Chemicals', 'Precursors')
    // Autosave: no undo step of its own, so the rename is still the change undo reverses.
    await store.updateSessionNote(note.id, { body: 'Typed after the rename' })
    await store.undo()
    expect(store.findSessionNote(note.id)).toMatchObject({
      body: 'Typed after the rename',
      tags: ['Chemicals']
    })
    await expectStoredAsShown()
  })

  it('refuses a blank name with a RangeError, changing nothing', async () => {
    const created = await store.create(noteOn(1, { tags: ['Precursors'] }))
    await expect(store.renameTag('Precursors', '  ')).rejects.toThrow(
      new RangeError('A tag cannot be blank.')
    )
    expect(store.all).toEqual([created])
    await expectStoredAsShown()
  })
})

describe('deleteTag', () => {
  it('removes a tag from every annotation and session note, and undoes and redoes it', async () => {
    const mexico = await store.create(noteOn(1, { tags: ['Precursors', 'Mexico'] }))
    const canada = await store.create(noteOn(2))
    const briefing = await store.createSessionNote(sessionNoteFields({ tags: ['precursors'] }))
    expect(await store.deleteTag('Precursors')).toBe('Deleted the tag “Precursors” from 2 items')
    expect(store.all.map((annotation) => annotation.tags)).toEqual([['Mexico'], []])
    expect(store.sessionNotes.map((note) => note.tags)).toEqual([[]])
    expect(tagCounts()).toEqual(['Mexico ×1'])
    await expectStoredAsShown()

    await store.undo()
    expect(store.all).toEqual([mexico, canada])
    expect(store.sessionNotes).toEqual([briefing])
    expect(tagCounts()).toEqual(['Mexico ×1', 'Precursors ×2'])
    await expectStoredAsShown()

    await store.redo()
    expect(tagCounts()).toEqual(['Mexico ×1'])
    await expectStoredAsShown()
  })
})

describe('removeAgendaItem', () => {
  it('clears the item where it was used, and puts everything back on undo', async () => {
    const [itemSix] = store.agendaItems
    const five = await store.addAgendaItem('Item 5', 'Implementation of the treaties')
    expect(store.agendaItems).toEqual([itemSix, five])
    expect(itemSix.label).toBe('Item 6')
    const named = await store.create(noteOn(1, { followUp: followUp({ agendaItemId: five.id }) }))
    const other = await store.create(noteOn(2, { followUp: followUp() }))
    const note = await store.createSessionNote(sessionNoteFields({ agendaItemId: five.id }))
    expect(store.agendaItemUse(five.id)).toBe(2)

    expect(await store.removeAgendaItem(five.id)).toBe('Removed agenda item “Item 5”')
    expect(store.agendaItems.map((item) => item.label)).toEqual(['Item 6'])
    expect(store.findAgendaItem(five.id)).toBeUndefined()
    expect(store.find(named.id)?.followUp?.agendaItemId).toBeNull()
    expect(store.find(other.id)).toBe(other)
    expect(store.findSessionNote(note.id)?.agendaItemId).toBeNull()
    expect(store.agendaItemUse(five.id)).toBe(0)
    await expectStoredAsShown()

    expect(await store.undo()).toBe('Removed agenda item “Item 5”')
    expect(store.agendaItems).toEqual([itemSix, five])
    expect(store.all).toEqual([named, other])
    expect(store.sessionNotes).toEqual([note])
    await expectStoredAsShown()

    expect(await store.redo()).toBe('Removed agenda item “Item 5”')
    expect(store.agendaItemUse(five.id)).toBe(0)
    expect(store.findAgendaItem(five.id)).toBeUndefined()
    await expectStoredAsShown()
  })

  it('keeps what was typed in a session note since, when the removal is undone', async () => {
    const five = await store.addAgendaItem('Item 5', 'Implementation of the treaties')
    const note = await store.createSessionNote(sessionNoteFields({ agendaItemId: five.id }))
    await store.removeAgendaItem(five.id)
    // Autosave: no undo step of its own, so the removal is still the change undo reverses.
    await store.updateSessionNote(note.id, { body: 'Typed after the removal' })
    await store.undo()
    expect(store.findSessionNote(note.id)).toMatchObject({
      body: 'Typed after the removal',
      agendaItemId: five.id
    })
    await expectStoredAsShown()
  })

  it('returns null, recording nothing, for an item that is gone', async () => {
    expect(await store.removeAgendaItem('agenda-item-99')).toBeNull()
    expect(await store.undo()).toBeNull()
  })
})

describe('createSessionNote', () => {
  it('stores the note and shows it', async () => {
    const note = await store.createSessionNote(sessionNoteFields())
    expect(store.sessionNotes).toEqual([note])
    expect(store.findSessionNote(note.id)).toBe(note)
    await expectStoredAsShown()
  })
})

describe('updateSessionNote', () => {
  it('stores the change and shows it, recording no undo step of its own', async () => {
    const note = await store.createSessionNote(sessionNoteFields())
    const edited = await store.updateSessionNote(note.id, { body: 'Moved to day 2' })
    expect(edited).toEqual({
      ...note,
      body: 'Moved to day 2',
      updatedAt: '2024-03-14T09:01:00.000Z'
    } satisfies SessionNote)
    expect(store.sessionNotes).toEqual([edited])
    await expectStoredAsShown()
    expect(await store.undo()).toBeNull()
  })

  it('reports a note that is gone as a session note, changing nothing', async () => {
    const update = store.updateSessionNote('missing', { title: 'x' })
    await expect(update).rejects.toThrow(StorageWriteError)
    // Not "That annotation no longer exists", which is what a missing annotation gets.
    await expect(update).rejects.toThrow(/session note/)
    expect(store.sessionNotes).toEqual([])
  })
})

describe('removeSessionNote', () => {
  it('deletes the note, and undoes and redoes the delete', async () => {
    const note = await store.createSessionNote(sessionNoteFields())
    const untitled = await store.createSessionNote(sessionNoteFields({ title: '  ' }))
    expect(await store.removeSessionNote(note.id)).toBe('Deleted session note “Bilaterals, day 1”')
    expect(store.sessionNotes).toEqual([untitled])
    await expectStoredAsShown()

    expect(await store.undo()).toBe('Deleted session note “Bilaterals, day 1”')
    expect(byId(store.sessionNotes)).toEqual([note, untitled])
    await expectStoredAsShown()
    expect(await store.redo()).toBe('Deleted session note “Bilaterals, day 1”')
    expect(store.sessionNotes).toEqual([untitled])
    await expectStoredAsShown()

    expect(await store.removeSessionNote(untitled.id)).toBe('Deleted session note “Untitled”')
    expect(await store.removeSessionNote(untitled.id)).toBeNull()
  })
})

describe('restore', () => {
  async function storedNow() {
    const fresh = new Notebook(db, paragraphs, steppingClock())
    await fresh.load()
    return {
      all: byId(fresh.all),
      sessionNotes: byId(fresh.sessionNotes),
      agendaItems: fresh.agendaItems,
      colorLabels: fresh.colorLabels
    }
  }

  it('shows exactly what a replace stored, and nothing before it can be undone', async () => {
    await store.create(noteOn(1, { tags: ['Precursors'] }))
    await store.renameColor('blue', 'Ask UNODC')
    const backup = await store.readAll()
    await store.create(noteOn(2))
    await store.createSessionNote(sessionNoteFields())
    await store.restore(await store.planRestore(backup, 'replace'))
    await expectStoredAsShown()
    expect({
      all: byId(store.all),
      sessionNotes: byId(store.sessionNotes),
      agendaItems: store.agendaItems,
      colorLabels: store.colorLabels
    }).toStrictEqual(await storedNow())
    expect(store.colorLabels.blue).toBe('Ask UNODC')
    expect(await store.undo()).toBeNull()
  })

  it('shows exactly what a merge stored', async () => {
    await store.create(noteOn(1))
    const backup = await store.readAll()
    await store.clearAll()
    await store.create(noteOn(2))
    await store.restore(await store.planRestore(backup, 'merge'))
    expect(store.all).toHaveLength(2)
    await expectStoredAsShown()
  })
})

describe('clearAll', () => {
  it('leaves what a new install has, and cannot be undone', async () => {
    await store.create(noteOn(1))
    await store.createSessionNote(sessionNoteFields())
    await store.clearAll()
    expect(store.all).toEqual([])
    expect(store.sessionNotes).toEqual([])
    expect(store.agendaItems.map((item) => item.label)).toEqual(['Item 6'])
    await expectStoredAsShown()
    expect(await store.undo()).toBeNull()
  })
})

describe('Two windows on one database', () => {
  /** A second window's notebook over the same database, both hearing each other's writes. */
  async function secondWindow() {
    const hub = channelHub()
    openChangeFeed(db, hub.open())
    const otherDb = new NotesDatabase(db.name)
    // The other window's clock reads an hour later, as saves there come after the ones here.
    const clock = steppingClock()
    const later = { now: () => new Date(clock.now().getTime() + 3_600_000), newId: clock.newId }
    const other = new Notebook(otherDb, paragraphs, later)
    await other.load()
    const feed = openChangeFeed(otherDb, hub.open())
    feed.follow((tables) => other.reload(tables))
    return {
      other,
      /** Resolves once the other window has read again what this one wrote. */
      async caughtUp() {
        await hub.delivered()
        await feed.settled()
      }
    }
  }

  it('shows in the other window what one saved, without reading it whole again', async () => {
    const { other, caughtUp } = await secondWindow()
    const created = await store.create({ paragraph: 1, target: null, color: 'yellow', note: 'A' })
    const note = await store.createSessionNote(sessionNoteFields())
    await caughtUp()
    expect(other.all).toEqual([created])
    expect(other.sessionNotes).toEqual([note])
    await store.renameColor('yellow', 'Canada')
    await caughtUp()
    expect(other.colorLabels.yellow).toBe('Canada')
  })

  it('refuses an edit of an annotation the other window saved since, showing its text', async () => {
    const { other, caughtUp } = await secondWindow()
    const created = await store.create({ paragraph: 1, target: null, color: 'yellow', note: 'A' })
    await caughtUp()
    const theirs = await other.update(created.id, { note: 'Their text' })
    const edit = store.update(created.id, { note: 'My text' }, created.updatedAt)
    await expect(edit).rejects.toThrow(ChangedElsewhereError)
    await expect(edit).rejects.toMatchObject({
      conflict: { stored: theirs, attempted: { note: 'My text' } }
    })
    expect(store.find(created.id)).toEqual(theirs)
    expect(await db.annotations.get(created.id)).toEqual(theirs)
  })

  it('refuses a session note save over a field the other window changed since', async () => {
    const { other, caughtUp } = await secondWindow()
    const fields = sessionNoteFields()
    const note = await store.createSessionNote(fields)
    await caughtUp()
    const theirs = await other.updateSessionNote(note.id, { body: 'Their text' }, fields)
    const save = store.updateSessionNote(note.id, { body: 'My text' }, fields)
    await expect(save).rejects.toMatchObject({
      name: 'ChangedElsewhereError',
      conflict: { stored: theirs, attempted: { body: 'My text' } }
    })
    expect(store.findSessionNote(note.id)).toEqual(theirs)
  })

  it('reads again when this window writes during a read, never showing the older read', async () => {
    const note = await store.createSessionNote(sessionNoteFields())
    // The colour labels are read slowly: the session notes are read, then edited here, before
    // the read is done, and the older session notes must not replace the edit when it is.
    let labelsRead = () => {}
    const readLabels = db.settings.get.bind(db.settings)
    vi.spyOn(db.settings, 'get').mockImplementationOnce((key) =>
      new Dexie.Promise<void>((resolve) => (labelsRead = resolve)).then(() => readLabels(key))
    )
    const reading = store.reload(new Set(['sessionNotes', 'settings']))
    const edited = await store.updateSessionNote(note.id, { body: 'Typed meanwhile' })
    labelsRead()
    await reading
    expect(store.sessionNotes).toEqual([edited])
  })
})
