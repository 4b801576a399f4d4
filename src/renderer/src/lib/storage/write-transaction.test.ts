/** Write transactions hold the lock every window shares, and announce only the tables written. */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channelHub, fakeLocks } from '@test-support/window-fixtures'
import type { Annotation } from '../annotations/annotation'
import { openChangeFeed } from './change-feed'
import { NotesDatabase } from './database'
import { pageLocks, sharedLocks, writeLockName, writeTransaction } from './write-transaction'

let db: NotesDatabase

beforeEach(() => {
  db = new NotesDatabase(`write-${crypto.randomUUID()}`)
})

afterEach(async () => {
  vi.unstubAllGlobals()
  await db.delete()
})

/** A note on paragraph 60, with `id` and `note`. */
function annotation(id: string, note: string): Annotation {
  return {
    id,
    paragraph: 60,
    target: null,
    color: 'yellow',
    note,
    tags: [],
    createdAt: '2024-03-14T09:00:00.000Z',
    updatedAt: '2024-03-14T09:00:00.000Z'
  }
}

describe('writeLockName', () => {
  it('names the lock after the database', () => {
    expect(writeLockName(db)).toBe(`${db.name}:write`)
  })
})

describe('pageLocks', () => {
  it('is the page’s navigator.locks where there is one', () => {
    const locks = fakeLocks()
    vi.stubGlobal('navigator', { locks })
    expect(pageLocks()).toBe(locks)
  })

  it('is null where the page has no lock manager', () => {
    vi.stubGlobal('navigator', {})
    expect(pageLocks()).toBeNull()
  })
})

describe('sharedLocks', () => {
  it('is none while no other window has been heard writing, the page’s once one has', async () => {
    const locks = fakeLocks()
    vi.stubGlobal('navigator', { locks })
    const hub = channelHub()
    openChangeFeed(db, hub.open())
    expect(sharedLocks(db)).toBeNull()
    hub.open().postMessage({ database: db.name, tables: ['annotations'] })
    await hub.delivered()
    expect(sharedLocks(db)).toBe(locks)
  })

  it('is none for a database without a feed', () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() })
    expect(sharedLocks(db)).toBeNull()
  })
})

describe('writeTransaction', () => {
  it('asks for no lock while alone, and for the shared one once another window writes', async () => {
    const locks = fakeLocks()
    vi.stubGlobal('navigator', { locks })
    const hub = channelHub()
    openChangeFeed(db, hub.open())
    await writeTransaction(db, [db.annotations], () => db.annotations.put(annotation('a', 'one')))
    expect(locks.requests).toEqual([])
    const elsewhere = new NotesDatabase(db.name)
    openChangeFeed(elsewhere, hub.open())
    await writeTransaction(elsewhere, [elsewhere.annotations], () =>
      elsewhere.annotations.put(annotation('b', 'two'))
    )
    await hub.delivered()
    await writeTransaction(db, [db.annotations], () => db.annotations.put(annotation('a', 'three')))
    expect(locks.requests).toEqual([`${db.name}:write`])
    expect((await db.annotations.toArray()).map(({ note }) => note)).toEqual(['three', 'two'])
    elsewhere.close()
  })

  it('writes holding the lock, and lets it go only once the write has committed', async () => {
    const events: string[] = []
    const locks = {
      async request<T>(name: string, callback: () => Promise<T>): Promise<T> {
        events.push(`granted ${name}`)
        const result = await callback()
        // What any other window would read now, as the lock passes to it.
        events.push(`released, stored: ${(await db.annotations.get('a'))?.note}`)
        return result
      }
    }
    const result = await writeTransaction(
      db,
      [db.annotations],
      async () => {
        events.push('writing')
        await db.annotations.put(annotation('a', 'Canada'))
        return 'done'
      },
      locks
    )
    expect(result).toBe('done')
    expect(events).toEqual([`granted ${db.name}:write`, 'writing', 'released, stored: Canada'])
  })

  it('makes a second window’s write wait until the first has committed', async () => {
    const locks = fakeLocks()
    const events: string[] = []
    const first = writeTransaction(
      db,
      [db.annotations],
      async () => {
        events.push('first starts')
        // Several requests in turn, so the write spans many turns of the event loop.
        for (const note of ['one', 'two', 'three']) await db.annotations.put(annotation('a', note))
        events.push('first ends')
      },
      locks
    )
    const second = writeTransaction(
      db,
      [db.annotations],
      async () => {
        events.push(`second starts, reads “${(await db.annotations.get('a'))?.note}”`)
      },
      locks
    )
    await Promise.all([first, second])
    expect(events).toEqual(['first starts', 'first ends', 'second starts, reads “three”'])
    expect(locks.requests).toEqual([`${db.name}:write`, `${db.name}:write`])
  })

  it('joins the write it is called in, without asking for the lock again', async () => {
    const locks = fakeLocks()
    await writeTransaction(
      db,
      [db.annotations, db.sessionNotes],
      async () => {
        await db.annotations.put(annotation('a', 'outer'))
        await writeTransaction(
          db,
          [db.annotations],
          () => db.annotations.put(annotation('b', 'inner')),
          locks
        )
      },
      locks
    )
    expect(locks.requests).toEqual([`${db.name}:write`])
    expect((await db.annotations.toArray()).map(({ note }) => note)).toEqual(['outer', 'inner'])
  })

  it('writes without a lock where the page has none', async () => {
    await writeTransaction(
      db,
      [db.annotations],
      () => db.annotations.put(annotation('a', 'x')),
      null
    )
    expect(await db.annotations.count()).toBe(1)
  })

  it('announces the tables it wrote once committed, not those it only read', async () => {
    const hub = channelHub()
    const channel = hub.open()
    openChangeFeed(db, channel)
    await writeTransaction(
      db,
      [db.annotations, db.sessionNotes, db.settings],
      async () => {
        await db.sessionNotes.toArray()
        await db.annotations.put(annotation('a', 'x'))
        await db.settings.put({ key: 'colorLabels', value: {} })
      },
      null
    )
    expect(channel.posted).toEqual([{ database: db.name, tables: ['annotations', 'settings'] }])
  })

  it('announces nothing for a write that failed, and lets the lock go', async () => {
    const hub = channelHub()
    const channel = hub.open()
    openChangeFeed(db, channel)
    const locks = fakeLocks()
    const failing = writeTransaction(
      db,
      [db.annotations],
      async () => {
        await db.annotations.put(annotation('a', 'x'))
        throw new Error('Refused')
      },
      locks
    )
    await expect(failing).rejects.toThrow('Refused')
    await writeTransaction(db, [db.annotations], () => db.annotations.count(), locks)
    expect(await db.annotations.count()).toBe(0)
    expect(channel.posted).toEqual([])
  })
})
