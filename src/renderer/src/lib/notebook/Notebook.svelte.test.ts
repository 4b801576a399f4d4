/** The notebook as a whole: the copy of the annotations it keeps for the next start. */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { NotesDatabase } from '../storage/database'
import { readAnnotations } from '../storage/annotation-snapshot'
import type { Notebook } from './Notebook.svelte'
import { openTestNotebook, type TestNotebook } from '@test-support/notebook-fixtures'

let testNotebook: TestNotebook
let db: NotesDatabase
let notebook: Notebook
/** The notebook's waits before writing the start-up copy again, run when a test says so. */
let copyWaits: (() => void)[]

beforeEach(async () => {
  testNotebook = await openTestNotebook()
  ;({ db, notebook, copyWaits } = testNotebook)
})

afterEach(async () => {
  await db.delete()
})

describe('The copy of the annotations read at start', () => {
  it('is written at the first start, and again once changes stop', async () => {
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
