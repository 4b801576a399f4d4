/**
 * The one way the app writes the database. A second tab of the browser build, or a second window
 * of the desktop app, is a second writer on the same database: once another window is known to
 * write, each write transaction runs while holding a lock that every window of the app shares
 * (the Web Locks API), and once it has committed, tells the other windows which tables it
 * changed (change-feed.ts).
 */
import Dexie, { type DBCore, type Middleware, type Table } from 'dexie'
import { announceWrites, othersWrite } from './change-feed'
import type { NotesDatabase } from './database'

/** The name of the lock every window holds while it writes; one per database. */
export function writeLockName(db: NotesDatabase): string {
  return `${db.name}:write`
}

/** The part of the Web Locks API (`navigator.locks`) the app uses, so tests can pass a fake. */
export interface WriteLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>
}

/**
 * The page's lock manager, or null where there is none: Node, where the unit tests run, and
 * pages that are not a secure context. There the page is the only writer it can know of.
 */
export function pageLocks(): WriteLocks | null {
  const locks: unknown = (globalThis as { navigator?: { locks?: unknown } }).navigator?.locks
  return typeof locks === 'object' && locks !== null ? (locks as WriteLocks) : null
}

/**
 * The lock manager a write to `db` holds its lock with: the page's once another window has been
 * heard writing to `db`, none before. A window alone asks for no lock, which costs a round trip
 * to the browser on every save. Correctness does not rest on the lock: IndexedDB runs read-write
 * transactions over the same tables one after another, whichever window opened them, and a
 * guarded save compares the stored version inside its own transaction (edit-conflict.ts); so a
 * window that has not yet heard of another writes safely without it, and the lock only keeps
 * windows that know of each other from interleaving their writes' announcements.
 */
export function sharedLocks(db: NotesDatabase): WriteLocks | null {
  return othersWrite(db) ? pageLocks() : null
}

/** The tables each write transaction has written so far, by Dexie's transaction object. */
const writtenTables = new WeakMap<object, Set<string>>()

/**
 * Notes each table a transaction writes (add, put, delete, clear), so that only what changed is
 * announced: a transaction may include a table only to read it, as the start-up copy's do.
 */
export const recordWrittenTables: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'record-written-tables',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name)
        return {
          ...table,
          mutate(request) {
            const written = writtenTables.get(request.trans) ?? new Set<string>()
            written.add(name)
            writtenTables.set(request.trans, written)
            return table.mutate(request)
          }
        }
      }
    }
  }
}

/**
 * Runs `write` in one read-write transaction over `tables`, holding the write lock that every
 * window of the app shares (with `locks`, by default once another window is known to write: see
 * `sharedLocks`), and once it has committed announces the tables it changed to the other windows.
 * A write called inside another's transaction joins it: that one holds the lock already, and
 * asking again would wait for ever.
 */
export async function writeTransaction<T>(
  db: NotesDatabase,
  tables: readonly Table[],
  write: () => Promise<T>,
  locks: WriteLocks | null = sharedLocks(db)
): Promise<T> {
  if (Dexie.currentTransaction) return db.transaction('rw', [...tables], write)
  const run = async (): Promise<T> => {
    let transaction: object | undefined
    const result = await db.transaction('rw', [...tables], () => {
      transaction = Dexie.currentTransaction?.idbtrans
      return write()
    })
    const written = transaction ? writtenTables.get(transaction) : undefined
    if (written) announceWrites(db, written)
    return result
  }
  return locks ? locks.request(writeLockName(db), run) : run()
}
