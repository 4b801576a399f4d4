/** The annotations store: changes reach the database and the layout, and undo/redo reverse them exactly. */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NotesDatabase } from '../storage/database'
import { StorageWriteError } from '../storage/storage-error'
import { Annotations } from './Annotations.svelte'
import { earlyWarningPassage, fixtureParagraphs, steppingClock } from './test-fixtures'

const paragraphs = fixtureParagraphs()

let db: NotesDatabase
let store: Annotations

beforeEach(async () => {
  db = new NotesDatabase(`store-${crypto.randomUUID()}`)
  store = new Annotations(db, paragraphs, steppingClock())
  await store.load()
})

afterEach(async () => {
  await db.delete()
})

const passage = earlyWarningPassage()

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
