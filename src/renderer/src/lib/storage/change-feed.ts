/**
 * Tells every other open window of the app which tables a write here changed, and this window
 * which tables writes in the others changed, so that a change shows everywhere within a moment
 * and without a reload. A message names tables, not records: each window reads what it shows of
 * them again, from the database that is the one truth.
 */
import type { NotesDatabase } from './database'

/** The BroadcastChannel every window of the app listens on. */
export const changeChannelName = 'cnd67-notes-changes'

/** The tables whose records the app shows; the start-up copy is derived from them, not shown. */
export const shownTables = [
  'annotations',
  'sessionNotes',
  'agendaItems',
  'statements',
  'documents',
  'settings'
] as const

/** A table whose records the app shows. */
export type ShownTable = (typeof shownTables)[number]

/** What one window tells the others after a write: which database, which of its tables. */
export interface ChangeMessage {
  database: string
  tables: ShownTable[]
}

/** The part of BroadcastChannel the feed uses, so tests can pass a fake. */
export interface ChangeChannel {
  postMessage(message: ChangeMessage): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  close(): void
}

function isShownTable(name: unknown): name is ShownTable {
  return (shownTables as readonly unknown[]).includes(name)
}

/** The tables a message names, or null if it is not a message about `database`. */
export function tablesIn(data: unknown, database: string): ShownTable[] | null {
  if (typeof data !== 'object' || data === null) return null
  const { database: named, tables } = data as Partial<Record<keyof ChangeMessage, unknown>>
  if (named !== database || !Array.isArray(tables)) return null
  const shown = tables.filter(isShownTable)
  return shown.length > 0 ? shown : null
}

/** Reads again what a window shows of the tables changed elsewhere. */
export type ChangeFollower = (tables: ReadonlySet<ShownTable>) => Promise<void>

/**
 * One window's end of the channel, for one database. Messages that arrive while the follower is
 * still reading are gathered and handed over together once it is done, so that a burst of saves
 * in another window (autosave as the delegate types) costs a few reads, not one each.
 */
export class ChangeFeed {
  #database: string
  #channel: ChangeChannel
  #follower: ChangeFollower | null = null
  #pending = new Set<ShownTable>()
  #following: Promise<void> | null = null
  #heardFromOthers = false

  constructor(database: string, channel: ChangeChannel) {
    this.#database = database
    this.#channel = channel
    channel.addEventListener('message', (event) => {
      const tables = tablesIn(event.data, this.#database)
      if (!tables) return
      this.#heardFromOthers = true
      this.#changedElsewhere(tables)
    })
  }

  /** Whether another window has announced a write to this database since this feed opened. */
  get heardFromOthers(): boolean {
    return this.#heardFromOthers
  }

  /** Tells the other windows that a write here changed `tables`; the others are not named. */
  announce(tables: Iterable<string>): void {
    const shown = [...tables].filter(isShownTable)
    if (shown.length > 0) this.#channel.postMessage({ database: this.#database, tables: shown })
  }

  /** Sets what reads the changed tables again; there is one follower, the window's notebook. */
  follow(follower: ChangeFollower): void {
    this.#follower = follower
    this.#startFollowing()
  }

  /** Resolves once every change heard so far has been read (for tests and orderly closing). */
  async settled(): Promise<void> {
    while (this.#following) await this.#following
  }

  /** Stops listening. */
  close(): void {
    this.#follower = null
    this.#channel.close()
  }

  #changedElsewhere(tables: readonly ShownTable[]): void {
    for (const table of tables) this.#pending.add(table)
    this.#startFollowing()
  }

  #startFollowing(): void {
    if (this.#following || !this.#follower || this.#pending.size === 0) return
    this.#following = this.#drain().finally(() => {
      this.#following = null
      this.#startFollowing()
    })
  }

  async #drain(): Promise<void> {
    while (this.#pending.size > 0 && this.#follower) {
      const tables = new Set(this.#pending)
      this.#pending.clear()
      // A failed read leaves the window as it was; the next change, or a restart, reads again.
      await this.#follower(tables).catch(() => undefined)
    }
  }
}

/** Each database's feed in this window, so that every write to it can announce itself. */
const feeds = new WeakMap<NotesDatabase, ChangeFeed>()

/**
 * Starts telling other windows about writes to `db` and hearing about theirs. Without it (as in
 * unit tests) writes announce nothing.
 */
export function openChangeFeed(
  db: NotesDatabase,
  channel: ChangeChannel = new BroadcastChannel(changeChannelName)
): ChangeFeed {
  feeds.get(db)?.close()
  const feed = new ChangeFeed(db.name, channel)
  feeds.set(db, feed)
  return feed
}

/** Whether `db`'s feed has heard another window write to it; false without a feed. */
export function othersWrite(db: NotesDatabase): boolean {
  return feeds.get(db)?.heardFromOthers ?? false
}

/** Announces that a committed write to `db` changed `tables`, if `db` has a feed. */
export function announceWrites(db: NotesDatabase, tables: Iterable<string>): void {
  feeds.get(db)?.announce(tables)
}
