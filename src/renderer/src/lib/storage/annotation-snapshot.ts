/**
 * A copy of every annotation in one record, which the app reads at start instead of the
 * annotations table. Reading thousands of small records from IndexedDB is what made a delegate
 * with years of notes wait at start: 5,000 annotations take Chromium about 150 ms as 5,000
 * records and about 35 ms as one.
 *
 * The annotations table stays the only truth. The copy is dropped in the same transaction as any
 * write to that table, by a Dexie middleware below every repository, so that no write can leave
 * it stale: a start either finds a copy equal to the table or finds none and reads the table.
 * The copy is written again, from the table and in one transaction with reading it, when the
 * app starts without one and a few seconds after the delegate stops changing annotations.
 */
import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'
import type { Annotation } from '../annotations/annotation'
import type { NotesDatabase } from './database'

/** The table that holds copies read at start; they are derived from the other tables. */
export const snapshotsTable = 'snapshots'

/** The key of the copy of the annotations table. */
export const annotationsSnapshotKey = 'annotations'

/** The annotation changed last (the greatest `updatedAt`, then id), as the table's index orders them. */
export interface LatestChange {
  id: string
  updatedAt: string
}

/**
 * A copy of the annotations table, in the order of their ids (as the table reads them), with what
 * the table held when it was taken: how many annotations, and which was changed last.
 */
export interface AnnotationsSnapshot {
  key: typeof annotationsSnapshotKey
  annotations: Annotation[]
  count: number
  latest: LatestChange | null
}

/**
 * Whether the transaction Dexie is writing in includes `store`. A transaction that cannot say is
 * refused: a write that might leave the copy behind must not happen.
 */
function includesStore(transaction: DBCoreTransaction, store: string): boolean {
  const names = (transaction as Partial<IDBTransaction>).objectStoreNames
  if (!names) throw new Error('The annotations could not be saved: the transaction is not known.')
  return names.contains(store)
}

/**
 * Makes every transaction that may write annotations include the snapshots table, and drops the
 * copy of the annotations in the same transaction as each write to them (add, put, delete,
 * clear): if the write is undone by an abort, so is the drop.
 */
export const dropSnapshotOnWrite: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'drop-annotations-snapshot-on-write',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes('annotations') && !stores.includes(snapshotsTable)
            ? [...stores, snapshotsTable]
            : stores
        return down.transaction(widened, mode, options)
      },
      table(name): DBCoreTable {
        const table = down.table(name)
        if (name !== 'annotations') return table
        return {
          ...table,
          async mutate(request) {
            // An upgrade from before the snapshots table existed has no copy to drop.
            const drop = includesStore(request.trans, snapshotsTable)
              ? down.table(snapshotsTable).mutate({
                  type: 'delete',
                  trans: request.trans,
                  keys: [annotationsSnapshotKey]
                })
              : undefined
            const [result] = await Promise.all([table.mutate(request), drop])
            return result
          }
        }
      }
    }
  }
}

/** The annotation of `annotations` changed last, by `updatedAt` then id, as IndexedDB orders them. */
export function latestChange(annotations: readonly Annotation[]): LatestChange | null {
  let latest: LatestChange | null = null
  for (const { id, updatedAt } of annotations) {
    if (
      !latest ||
      updatedAt > latest.updatedAt ||
      (updatedAt === latest.updatedAt && id > latest.id)
    ) {
      latest = { id, updatedAt }
    }
  }
  return latest
}

/** The copy to store for `annotations`, read from the table. */
function snapshotOf(annotations: Annotation[]): AnnotationsSnapshot {
  return {
    key: annotationsSnapshotKey,
    annotations,
    count: annotations.length,
    latest: latestChange(annotations)
  }
}

/**
 * The annotations of a stored copy, if it is one and the table still holds as many annotations
 * with the same one changed last (two reads of one index entry each, inside the caller's
 * transaction). This app drops the copy with every write; the check catches writes that did not,
 * such as an older version of the app opening the same database.
 */
async function currentCopy(db: NotesDatabase, stored: unknown): Promise<Annotation[] | null> {
  if (typeof stored !== 'object' || stored === null) return null
  const { annotations, count, latest } = stored as Partial<AnnotationsSnapshot>
  if (!Array.isArray(annotations) || annotations.length !== count) return null
  const [tableCount, tableLatest] = await Promise.all([
    db.annotations.count(),
    db.annotations.orderBy('updatedAt').last()
  ])
  const same =
    tableCount === count &&
    (tableLatest
      ? latest?.id === tableLatest.id && latest.updatedAt === tableLatest.updatedAt
      : latest === null)
  return same ? annotations : null
}

/**
 * Every annotation, from the copy if there is one that is current, else from the table, read
 * inside the caller's transaction, which must include both tables: a reader that needs them all
 * (a backup) reads one record rather than thousands.
 */
export async function copiedOrStoredAnnotations(db: NotesDatabase): Promise<ReadAnnotations> {
  const copied = await currentCopy(db, await db.snapshots.get(annotationsSnapshotKey))
  if (copied) return { annotations: copied, fromSnapshot: true }
  return { annotations: await db.annotations.toArray(), fromSnapshot: false }
}

/** Every annotation, and whether they came from the copy. */
export interface ReadAnnotations {
  annotations: Annotation[]
  fromSnapshot: boolean
}

/**
 * Every annotation: from the copy if there is one that is current, else from the table, writing
 * the copy from what was read, all in one transaction so that the copy and the table cannot
 * disagree. If only writing the copy fails (say the disk is full), the annotations read are
 * returned all the same; if the copy cannot even be read (its file damaged), the table is read
 * on its own and the copy dropped.
 */
export async function readAnnotations(db: NotesDatabase): Promise<ReadAnnotations> {
  let read: ReadAnnotations | undefined
  try {
    await db.transaction('rw', db.annotations, db.snapshots, async () => {
      const found = await copiedOrStoredAnnotations(db)
      read = found
      if (!found.fromSnapshot) await db.snapshots.put(snapshotOf(found.annotations))
    })
  } catch {
    // Reads are done before the transaction ends: if they were, only the copy's write failed.
    if (read) return read
    const annotations = await db.transaction('r', db.annotations, () => db.annotations.toArray())
    await db.snapshots.delete(annotationsSnapshotKey).catch(() => {
      // Left for the next start to try again; the table was read all the same.
    })
    return { annotations, fromSnapshot: false }
  }
  if (!read) throw new Error('The annotations were not read.')
  return read
}

/**
 * Writes the copy from the annotations table, read in the same transaction, unless there is one
 * already. Returns how many annotations the new copy holds, or null if none was needed.
 */
export function writeAnnotationsSnapshot(db: NotesDatabase): Promise<number | null> {
  return db.transaction('rw', db.annotations, db.snapshots, async () => {
    // Counted rather than read, so that a copy there already is not read whole to find it.
    if ((await db.snapshots.where('key').equals(annotationsSnapshotKey).count()) > 0) return null
    const annotations = await db.annotations.toArray()
    await db.snapshots.put(snapshotOf(annotations))
    return annotations.length
  })
}

/** How a snapshot writer waits: a timer, then a moment the page is idle. */
export interface SnapshotScheduler {
  later(run: () => void, ms: number): () => void
}

/** A timer, then the page's next idle moment (or, where there is no such thing, at once). */
export const pageScheduler: SnapshotScheduler = {
  later(run, ms) {
    let cancelIdle = () => {}
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback !== 'function') return run()
      const idle = requestIdleCallback(run, { timeout: 10_000 })
      cancelIdle = () => cancelIdleCallback(idle)
    }, ms)
    return () => {
      clearTimeout(timer)
      cancelIdle()
    }
  }
}

/** How long after the latest change to annotations the copy is written again. */
export const snapshotDelayMs = 3000

/**
 * Writes the copy again once annotations stop changing for `delayMs`, in a moment the page is
 * idle, so that a delegate saving note after note pays for it once, and never while saving.
 */
export class SnapshotWriter {
  #db: NotesDatabase
  #scheduler: SnapshotScheduler
  #delayMs: number
  #cancel: (() => void) | null = null
  #writing: Promise<unknown> = Promise.resolve()

  constructor(
    db: NotesDatabase,
    scheduler: SnapshotScheduler = pageScheduler,
    delayMs = snapshotDelayMs
  ) {
    this.#db = db
    this.#scheduler = scheduler
    this.#delayMs = delayMs
  }

  /**
   * Something was written: writes the copy once writes have stopped for a while (if they
   * changed no annotation, the copy is still there and nothing is written).
   */
  changed(): void {
    this.#cancel?.()
    this.#cancel = this.#scheduler.later(() => {
      this.#cancel = null
      void this.writeNow()
    }, this.#delayMs)
  }

  /** Writes the copy now (after any write of it under way); never rejects. */
  writeNow(): Promise<void> {
    this.#writing = this.#writing.then(() =>
      writeAnnotationsSnapshot(this.#db).catch(() => {
        // Without a copy the next start reads the table, as it did before copies existed.
      })
    )
    return this.#writing.then(() => undefined)
  }
}
