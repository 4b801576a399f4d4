/**
 * The copy of the annotations read at start, against a real Dexie database (fake-indexeddb in
 * Node): every way the app writes annotations drops it in the same transaction, so a start reads
 * exactly what the table holds; a failed write keeps it; a copy that cannot be written never
 * stops the notes being read.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '../annotations/annotation'
import {
  createAnnotation,
  deleteAnnotation,
  restoreAnnotationsIfUnchanged,
  restoresOf,
  updateAnnotation,
  updateAnnotations
} from '../annotations/annotation-repository'
import { steppingClock } from '@test-support/annotations-fixtures'
import { clearAllData, readAllForBackup, restoreBackup } from '../backup/backup-repository'
import { planRestore } from '../backup/restore-plan'
import { fixtureAnnotation, fixtureData } from '@test-support/backup-fixtures'
import { newFollowUp } from '../follow-ups/follow-up'
import { removeAgendaItem, undoAgendaItemRemoval } from '../follow-ups/agenda-item-repository'
import { createSessionNote } from '../session-notes/session-note-repository'
import { deleteTag, renameTag, restoreTaggedItems } from '../tags/tag-repository'
import {
  annotationsSnapshotKey,
  latestChange,
  type AnnotationsSnapshot,
  readAnnotations,
  SnapshotWriter,
  writeAnnotationsSnapshot,
  type SnapshotScheduler
} from './annotation-snapshot'
import { NotesDatabase } from './database'

let db: NotesDatabase

beforeEach(() => {
  db = new NotesDatabase(`snapshot-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

/** Three annotations as a delegate leaves them: tagged, one with a follow-up on agenda item 6. */
async function storeThree(): Promise<Annotation[]> {
  const clock = steppingClock()
  const stored: Annotation[] = []
  for (const [paragraph, note, tags] of [
    [16, 'Mexico: precursors', ['Precursors']],
    [30, 'Türkiye: 60 seizures', ['Seizures', 'Precursors']],
    [60, 'Canada: early warning', []]
  ] as const) {
    stored.push(
      await createAnnotation(
        db,
        {
          paragraph,
          target: null,
          color: 'yellow',
          note,
          tags: [...tags],
          followUp: paragraph === 60 ? { ...newFollowUp(), agendaItemId: 'agenda-item-6' } : null
        },
        clock
      )
    )
  }
  return stored
}

/** What the table holds, in the order a start reads it. */
function table(): Promise<Annotation[]> {
  return db.annotations.toArray()
}

/** Whether a copy is stored. */
async function hasCopy(): Promise<boolean> {
  return (await db.snapshots.get(annotationsSnapshotKey)) !== undefined
}

describe('readAnnotations', () => {
  it('reads the table when there is no copy, and writes the copy from it', async () => {
    const stored = await storeThree()
    expect(await hasCopy()).toBe(false)
    const first = await readAnnotations(db)
    expect(first.fromSnapshot).toBe(false)
    expect(first.annotations).toStrictEqual(await table())
    expect(first.annotations.map((annotation) => annotation.id).sort()).toEqual(
      stored.map((annotation) => annotation.id).sort()
    )
    const second = await readAnnotations(db)
    expect(second.fromSnapshot).toBe(true)
    expect(second.annotations).toStrictEqual(await table())
  })

  it('copies an empty table as an empty list', async () => {
    expect(await readAnnotations(db)).toStrictEqual({ annotations: [], fromSnapshot: false })
    expect(await readAnnotations(db)).toStrictEqual({ annotations: [], fromSnapshot: true })
  })

  it('reads the table, not a stored copy that is not a list of annotations', async () => {
    const stored = await storeThree()
    await db.snapshots.put({
      key: annotationsSnapshotKey,
      annotations: 'not a list',
      count: 3
    } as unknown as AnnotationsSnapshot)
    const read = await readAnnotations(db)
    expect(read.fromSnapshot).toBe(false)
    expect(read.annotations).toHaveLength(stored.length)
    expect((await readAnnotations(db)).annotations).toStrictEqual(await table())
  })

  it('still returns the annotations when the copy cannot be written', async () => {
    await storeThree()
    const put = vi
      .spyOn(db.snapshots, 'put')
      .mockRejectedValue(new DOMException('The disk is full.', 'QuotaExceededError'))
    const read = await readAnnotations(db)
    put.mockRestore()
    expect(read).toStrictEqual({ annotations: await table(), fromSnapshot: false })
    expect(await hasCopy()).toBe(false)
  })
})

/**
 * Writes `annotation` (or deletes the one with `deleteId`) straight through IndexedDB, as a
 * version of the app from before the copy existed would: the copy is left as it was.
 */
function writeWithoutTheApp(annotation: Annotation | null, deleteId?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(db.name)
    opening.onerror = () => reject(opening.error)
    opening.onsuccess = () => {
      const raw = opening.result
      const transaction = raw.transaction('annotations', 'readwrite')
      if (annotation) transaction.objectStore('annotations').put(annotation)
      if (deleteId) transaction.objectStore('annotations').delete(deleteId)
      transaction.oncomplete = () => {
        raw.close()
        resolve()
      }
      transaction.onerror = () => reject(transaction.error)
    }
  })
}

describe('a copy the table no longer matches', () => {
  const later = '2024-03-20T10:00:00.000Z'

  it.each([
    ['an annotation added', ([first]: Annotation[]) => writeWithoutTheApp({ ...first, id: 'x' })],
    [
      'an annotation edited',
      ([first]: Annotation[]) => writeWithoutTheApp({ ...first, note: 'New', updatedAt: later })
    ],
    ['an annotation deleted', ([, second]: Annotation[]) => writeWithoutTheApp(null, second.id)],
    [
      'one deleted and another added',
      ([first, second]: Annotation[]) =>
        writeWithoutTheApp({ ...first, id: 'y', updatedAt: later }, second.id)
    ]
  ])('is not used after %s by other code: the table is read', async (_, write) => {
    const stored = await storeThree()
    await readAnnotations(db)
    expect(await hasCopy()).toBe(true)
    await write(stored)
    const read = await readAnnotations(db)
    expect(read.fromSnapshot).toBe(false)
    expect(read.annotations).toStrictEqual(await table())
    // The copy was written again, from the table.
    expect(await readAnnotations(db)).toStrictEqual({
      annotations: await table(),
      fromSnapshot: true
    })
  })

  it('records how many annotations it copied and which was changed last', async () => {
    const stored = await storeThree()
    await readAnnotations(db)
    const copy = await db.snapshots.get(annotationsSnapshotKey)
    expect(copy?.count).toBe(3)
    expect(copy?.latest).toStrictEqual(latestChange(stored))
    expect(copy?.latest?.id).toBe(stored[2].id)
  })
})

describe('a copy that cannot be read', () => {
  it('is dropped, and the table read instead', async () => {
    await storeThree()
    await readAnnotations(db)
    const get = vi
      .spyOn(db.snapshots, 'get')
      .mockRejectedValue(new DOMException('The file is damaged.', 'DataError'))
    const read = await readAnnotations(db)
    get.mockRestore()
    expect(read).toStrictEqual({ annotations: await table(), fromSnapshot: false })
    expect(await hasCopy()).toBe(false)
  })
})

/** A write to annotations the app makes, and what it does to the table. */
interface Write {
  name: string
  write: (stored: Annotation[]) => Promise<unknown>
}

const writes: Write[] = [
  {
    name: 'a new annotation',
    write: () =>
      createAnnotation(db, { paragraph: 47, target: null, color: 'blue', note: 'Ask UNODC' })
  },
  {
    name: 'an edited annotation',
    write: ([first]) => updateAnnotation(db, first, { note: 'Mexico: precursors, 2023 figures' })
  },
  {
    name: 'a bulk change',
    write: (stored) =>
      updateAnnotations(
        db,
        stored.map((annotation) => annotation.id),
        () => ({ color: 'green' })
      )
  },
  { name: 'a deletion', write: ([, second]) => deleteAnnotation(db, second.id) },
  {
    name: 'an undone deletion',
    write: async ([, second]) => {
      await db.annotations.delete(second.id)
      await readAnnotations(db)
      await restoreAnnotationsIfUnchanged(db, [
        { id: second.id, expected: undefined, restored: second }
      ])
    }
  },
  {
    name: 'an undone bulk change',
    write: async (stored) => {
      const changed = stored.map((annotation) => ({ ...annotation, note: '' }))
      await db.annotations.bulkPut(changed)
      await readAnnotations(db)
      await restoreAnnotationsIfUnchanged(db, restoresOf(changed, stored))
    }
  },
  { name: 'a renamed tag', write: () => renameTag(db, 'Precursors', 'Chemical precursors') },
  { name: 'a deleted tag', write: () => deleteTag(db, 'Seizures') },
  {
    name: 'an undone tag change',
    write: async (stored) => {
      const change = await deleteTag(db, 'Precursors')
      await readAnnotations(db)
      await restoreTaggedItems(db, restoresOf(change.annotations.after, stored), [])
    }
  },
  { name: 'a removed agenda item', write: () => removeAgendaItem(db, 'agenda-item-6') },
  {
    name: 'an undone agenda item removal',
    write: async () => {
      const removal = await removeAgendaItem(db, 'agenda-item-6')
      await readAnnotations(db)
      if (removal) await undoAgendaItemRemoval(db, removal)
    }
  },
  {
    name: 'a backup restored in place of everything',
    write: async () =>
      restoreBackup(db, planRestore(await readAllForBackup(db), fixtureData(), 'replace'))
  },
  {
    name: 'a backup merged in',
    write: async () => {
      const backup = { ...fixtureData(), annotations: [fixtureAnnotation({ note: 'From backup' })] }
      await restoreBackup(db, planRestore(await readAllForBackup(db), backup, 'merge'))
    }
  },
  { name: 'everything deleted', write: () => clearAllData(db) },
  {
    name: 'writes straight through Dexie',
    write: async ([first, second]) => {
      await db.annotations.where('paragraph').equals(first.paragraph).modify({ color: 'pink' })
      await db.annotations.bulkDelete([second.id])
    }
  }
]

describe.each(writes)('after $name', ({ write }) => {
  it('a start reads the table, not the copy taken before, and copies it again', async () => {
    const stored = await storeThree()
    await readAnnotations(db)
    expect(await hasCopy()).toBe(true)
    await write(stored)
    const after = await table()
    const read = await readAnnotations(db)
    expect(read.fromSnapshot).toBe(false)
    expect(read.annotations).toStrictEqual(after)
    expect((await readAnnotations(db)).annotations).toStrictEqual(after)
  })
})

describe('writes that change no annotation', () => {
  it('keep the copy: a session note, a colour label', async () => {
    await storeThree()
    await readAnnotations(db)
    await createSessionNote(db, {
      title: 'Plenary',
      body: 'Item 6',
      tags: [],
      agendaItemId: null,
      sessionDay: null
    })
    await db.settings.put({ key: 'colorLabels', value: { yellow: 'Priority' } })
    expect((await readAnnotations(db)).fromSnapshot).toBe(true)
  })

  it('keep the copy when a write to annotations fails and changes nothing', async () => {
    const [first] = await storeThree()
    await readAnnotations(db)
    await expect(
      db.transaction('rw', db.annotations, async () => {
        await db.annotations.put({ ...first, note: 'never stored' })
        throw new Error('the save was abandoned')
      })
    ).rejects.toThrow('the save was abandoned')
    const read = await readAnnotations(db)
    expect(read.fromSnapshot).toBe(true)
    expect(read.annotations).toStrictEqual(await table())
    expect(read.annotations.find((annotation) => annotation.id === first.id)?.note).toBe(first.note)
  })
})

describe('a backup', () => {
  it('reads the annotations from the copy, which holds exactly what the table does', async () => {
    await storeThree()
    const fromTable = await readAllForBackup(db)
    await readAnnotations(db)
    const get = vi.spyOn(db.snapshots, 'get')
    const fromCopy = await readAllForBackup(db)
    expect(get).toHaveBeenCalled()
    get.mockRestore()
    expect(fromCopy).toStrictEqual(fromTable)
    expect(fromCopy.annotations).toStrictEqual(await table())
  })
})

describe('writeAnnotationsSnapshot', () => {
  it('writes a copy equal to the table, and nothing when there is one', async () => {
    await storeThree()
    expect(await writeAnnotationsSnapshot(db)).toBe(3)
    expect((await db.snapshots.get(annotationsSnapshotKey))?.annotations).toStrictEqual(
      await table()
    )
    expect(await writeAnnotationsSnapshot(db)).toBeNull()
  })
})

/** A scheduler whose waits run only when the test says so. */
function manualScheduler(): SnapshotScheduler & { waiting: number; runAll(): void } {
  const pending = new Set<() => void>()
  return {
    later(run) {
      pending.add(run)
      return () => pending.delete(run)
    },
    get waiting() {
      return pending.size
    },
    runAll() {
      const runs = [...pending]
      pending.clear()
      for (const run of runs) run()
    }
  }
}

describe('SnapshotWriter', () => {
  it('writes the copy once, after the latest of several changes', async () => {
    const scheduler = manualScheduler()
    const writer = new SnapshotWriter(db, scheduler)
    await storeThree()
    writer.changed()
    writer.changed()
    writer.changed()
    expect(scheduler.waiting).toBe(1)
    expect(await hasCopy()).toBe(false)
    scheduler.runAll()
    await writer.writeNow()
    expect((await readAnnotations(db)).fromSnapshot).toBe(true)
    expect((await readAnnotations(db)).annotations).toStrictEqual(await table())
  })

  it('never rejects, even when the database is closed', async () => {
    const writer = new SnapshotWriter(db, manualScheduler())
    db.close()
    await expect(writer.writeNow()).resolves.toBeUndefined()
  })
})
