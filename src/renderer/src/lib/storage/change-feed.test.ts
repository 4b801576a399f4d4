/** The change feed: windows tell one another which tables they wrote, and read them again. */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { channelHub } from '@test-support/window-fixtures'
import {
  announceWrites,
  ChangeFeed,
  openChangeFeed,
  tablesIn,
  type ShownTable
} from './change-feed'
import { NotesDatabase } from './database'

/** A follower that records each read it is asked for, and can be held up until told to go on. */
function recordingFollower() {
  const reads: ShownTable[][] = []
  let hold: Promise<void> | null = null
  let release = () => {}
  return {
    reads,
    holdNext() {
      hold = new Promise((resolve) => (release = resolve))
    },
    release: () => release(),
    follower: async (tables: ReadonlySet<ShownTable>) => {
      reads.push([...tables].sort())
      const held = hold
      hold = null
      if (held) await held
    }
  }
}

describe('tablesIn', () => {
  it('reads the shown tables a message about this database names', () => {
    expect(
      tablesIn({ database: 'cnd67-notes', tables: ['annotations', 'snapshots'] }, 'cnd67-notes')
    ).toEqual(['annotations'])
  })

  it('ignores other databases, unknown tables and what is not a message', () => {
    expect(tablesIn({ database: 'other', tables: ['annotations'] }, 'cnd67-notes')).toBeNull()
    expect(tablesIn({ database: 'cnd67-notes', tables: ['snapshots'] }, 'cnd67-notes')).toBeNull()
    expect(tablesIn({ database: 'cnd67-notes', tables: 'annotations' }, 'cnd67-notes')).toBeNull()
    expect(tablesIn('annotations', 'cnd67-notes')).toBeNull()
    expect(tablesIn(null, 'cnd67-notes')).toBeNull()
  })
})

describe('ChangeFeed', () => {
  it('tells the other windows which shown tables changed, and never itself', async () => {
    const hub = channelHub()
    const here = new ChangeFeed('cnd67-notes', hub.open())
    const there = new ChangeFeed('cnd67-notes', hub.open())
    const hereReads = recordingFollower()
    const thereReads = recordingFollower()
    here.follow(hereReads.follower)
    there.follow(thereReads.follower)
    here.announce(['annotations', 'snapshots'])
    here.announce(['snapshots'])
    await hub.delivered()
    await there.settled()
    expect(thereReads.reads).toEqual([['annotations']])
    expect(hereReads.reads).toEqual([])
  })

  it('gathers what arrives while a read is under way into one read after it', async () => {
    const hub = channelHub()
    const sender = hub.open()
    const feed = new ChangeFeed('cnd67-notes', hub.open())
    const reads = recordingFollower()
    feed.follow(reads.follower)
    reads.holdNext()
    sender.postMessage({ database: 'cnd67-notes', tables: ['annotations'] })
    await hub.delivered()
    sender.postMessage({ database: 'cnd67-notes', tables: ['sessionNotes'] })
    sender.postMessage({ database: 'cnd67-notes', tables: ['annotations', 'agendaItems'] })
    await hub.delivered()
    reads.release()
    await feed.settled()
    expect(reads.reads).toEqual([['annotations'], ['agendaItems', 'annotations', 'sessionNotes']])
  })

  it('keeps what arrives before it has a follower, and hands it over when it gets one', async () => {
    const hub = channelHub()
    const sender = hub.open()
    const feed = new ChangeFeed('cnd67-notes', hub.open())
    sender.postMessage({ database: 'cnd67-notes', tables: ['settings'] })
    await hub.delivered()
    const reads = recordingFollower()
    feed.follow(reads.follower)
    await feed.settled()
    expect(reads.reads).toEqual([['settings']])
  })

  it('goes on after a read that failed', async () => {
    const hub = channelHub()
    const sender = hub.open()
    const feed = new ChangeFeed('cnd67-notes', hub.open())
    const reads: string[] = []
    feed.follow(async (tables) => {
      reads.push([...tables].join())
      if (reads.length === 1) throw new Error('The database is closed')
    })
    sender.postMessage({ database: 'cnd67-notes', tables: ['annotations'] })
    await hub.delivered()
    await feed.settled()
    sender.postMessage({ database: 'cnd67-notes', tables: ['sessionNotes'] })
    await hub.delivered()
    await feed.settled()
    expect(reads).toEqual(['annotations', 'sessionNotes'])
  })

  it('knows whether another window has written, not counting its own announcements', async () => {
    const hub = channelHub()
    const here = new ChangeFeed('cnd67-notes', hub.open())
    const there = new ChangeFeed('cnd67-notes', hub.open())
    here.announce(['annotations'])
    hub.open().postMessage({ database: 'other', tables: ['annotations'] })
    await hub.delivered()
    expect(here.heardFromOthers).toBe(false)
    expect(there.heardFromOthers).toBe(true)
  })

  it('hears nothing once closed', async () => {
    const hub = channelHub()
    const sender = hub.open()
    const channel = hub.open()
    const feed = new ChangeFeed('cnd67-notes', channel)
    const reads = recordingFollower()
    feed.follow(reads.follower)
    feed.close()
    sender.postMessage({ database: 'cnd67-notes', tables: ['annotations'] })
    await hub.delivered()
    expect(channel.closed).toBe(true)
    expect(reads.reads).toEqual([])
  })
})

describe('openChangeFeed and announceWrites', () => {
  const databases: NotesDatabase[] = []
  afterEach(async () => {
    await Promise.all(databases.splice(0).map((db) => db.delete()))
  })

  it('announces writes to a database that has a feed, and to no other', () => {
    const hub = channelHub()
    const withFeed = new NotesDatabase(`feed-${crypto.randomUUID()}`)
    const without = new NotesDatabase(`feed-${crypto.randomUUID()}`)
    databases.push(withFeed, without)
    const channel = hub.open()
    openChangeFeed(withFeed, channel)
    announceWrites(withFeed, new Set(['sessionNotes']))
    announceWrites(without, new Set(['annotations']))
    expect(channel.posted).toEqual([{ database: withFeed.name, tables: ['sessionNotes'] }])
  })

  it('closes the database’s earlier feed when it opens another', () => {
    const hub = channelHub()
    const db = new NotesDatabase(`feed-${crypto.randomUUID()}`)
    databases.push(db)
    const first = hub.open()
    const second = hub.open()
    openChangeFeed(db, first)
    openChangeFeed(db, second)
    announceWrites(db, ['agendaItems'])
    expect(first.closed).toBe(true)
    expect(first.posted).toEqual([])
    expect(second.posted).toEqual([{ database: db.name, tables: ['agendaItems'] }])
  })
})
