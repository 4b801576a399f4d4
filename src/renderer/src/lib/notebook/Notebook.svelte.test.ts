/**
 * The notebook as a whole: what it reads at start, what it reads again when another window
 * writes, the copy of the annotations it keeps for the next start, and one undo history across
 * its stores.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, vi } from 'vitest'
import { readAnnotations } from '../storage/annotation-snapshot'
import { Notebook } from './Notebook.svelte'
import { fixtureParagraphs, steppingClock } from '@test-support/annotations-fixtures'
import {
  noteOn,
  sessionNoteFields,
  notebookTest as it
} from '@test-support/notebook-store-fixtures'

describe('The copy of the annotations read at start', () => {
  it('is written at the first start, and again once changes stop', async ({
    db,
    notebook,
    copyWaits
  }) => {
    expect(await readAnnotations(db)).toStrictEqual({ annotations: [], fromSnapshot: true })
    const created = await notebook.annotations.create({
      paragraph: 1,
      target: null,
      color: 'yellow',
      note: 'A'
    })
    await notebook.annotations.update(created.id, { note: 'B' })
    expect(copyWaits).toHaveLength(1)
    copyWaits[0]()
    await vi.waitFor(async () => expect(await db.snapshots.count()).toBe(1))
    expect(await readAnnotations(db)).toStrictEqual({
      annotations: [{ ...created, note: 'B', updatedAt: notebook.annotations.all[0].updatedAt }],
      fromSnapshot: true
    })
  })
})

describe('load', () => {
  it('reads every kind of record stored, and says so only once it has', async ({
    db,
    notebook,
    tagCounts
  }) => {
    const annotation = await notebook.annotations.create(noteOn(1, { tags: ['Precursors'] }))
    const note = await notebook.sessionNotes.create(sessionNoteFields())
    const item = await notebook.agendaItems.add('Item 5', 'Implementation of the treaties')
    await notebook.annotations.renameColor('blue', 'Ask UNODC')

    const fresh = new Notebook(db, fixtureParagraphs(), steppingClock())
    expect(fresh.loaded).toBe(false)
    const loading = fresh.load()
    expect(fresh.loaded).toBe(false)
    await loading
    expect(fresh.loaded).toBe(true)
    expect(fresh.annotations.all).toStrictEqual([annotation])
    expect(fresh.sessionNotes.all).toStrictEqual([note])
    expect(fresh.agendaItems.all.map((agendaItem) => agendaItem.label)).toEqual([
      'Item 6',
      'Item 5'
    ])
    expect(fresh.agendaItems.find(item.id)).toStrictEqual(item)
    expect(fresh.annotations.colorLabels.blue).toBe('Ask UNODC')
    expect(tagCounts(fresh)).toEqual(['Precursors ×1'])
  })
})

describe('undo', () => {
  it('reverses the latest change whichever store made it, and redo makes them again in turn', async ({
    notebook,
    expectStoredAsShown,
    tagCounts
  }) => {
    const annotation = await notebook.annotations.create(noteOn(1, { tags: ['Chemicals'] }))
    const note = await notebook.sessionNotes.create(sessionNoteFields({ title: 'Plenary' }))
    await notebook.sessionNotes.remove(note.id)
    await notebook.tags.rename('Chemicals', 'Precursors')

    expect(await notebook.undo()).toBe('Renamed “Chemicals” to “Precursors” on 1 item')
    expect(notebook.annotations.all).toEqual([annotation])
    expect(await notebook.undo()).toBe('Deleted session note “Plenary”')
    expect(notebook.sessionNotes.all).toEqual([note])
    expect(await notebook.undo()).toBe('Added annotation on para. 1')
    expect(notebook.annotations.all).toEqual([])
    expect(await notebook.undo()).toBeNull()
    await expectStoredAsShown()

    expect(await notebook.redo()).toBe('Added annotation on para. 1')
    expect(await notebook.redo()).toBe('Deleted session note “Plenary”')
    expect(await notebook.redo()).toBe('Renamed “Chemicals” to “Precursors” on 1 item')
    expect(await notebook.redo()).toBeNull()
    expect(notebook.sessionNotes.all).toEqual([])
    expect(tagCounts()).toEqual(['Precursors ×1'])
    await expectStoredAsShown()
  })
})

describe('reload', () => {
  it('shows in the other window what one saved, without reading it whole again', async ({
    notebook,
    secondWindow: { other, caughtUp }
  }) => {
    const created = await notebook.annotations.create(noteOn(1, { note: 'A' }))
    const note = await notebook.sessionNotes.create(sessionNoteFields())
    await caughtUp()
    expect(other.annotations.all).toEqual([created])
    expect(other.sessionNotes.all).toEqual([note])
    await notebook.annotations.renameColor('yellow', 'Canada')
    await caughtUp()
    expect(other.annotations.colorLabels.yellow).toBe('Canada')
  })

  it('reads again when this window writes during a read, never showing the older read', async ({
    db,
    notebook
  }) => {
    const note = await notebook.sessionNotes.create(sessionNoteFields())
    // The colour labels are read slowly: the session notes are read, then edited here, before
    // the read is done, and the older session notes must not replace the edit when it is.
    let labelsRead = () => {}
    const readLabels = db.settings.get.bind(db.settings)
    vi.spyOn(db.settings, 'get').mockImplementationOnce((key) =>
      new Dexie.Promise<void>((resolve) => (labelsRead = resolve)).then(() => readLabels(key))
    )
    const reading = notebook.reload(new Set(['sessionNotes', 'settings']))
    const edited = await notebook.sessionNotes.update(note.id, { body: 'Typed meanwhile' })
    labelsRead()
    await reading
    expect(notebook.sessionNotes.all).toEqual([edited])
  })
})
