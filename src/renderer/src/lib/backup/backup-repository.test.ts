/**
 * Backups against a real Dexie database (fake-indexeddb in Node): a backup restored over a wiped
 * database gives back exactly the data it was made from, in either mode; a restore that fails
 * part-way changes nothing. Damaged files are refused in restore-damaged-file.test.ts.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { steppingClock } from '@test-support/annotations-fixtures'
import { NotesDatabase } from '../storage/database'
import { createSessionNote } from '../session-notes/session-note-repository'
import { StorageWriteError } from '../storage/storage-error'
import { backupFiles, decodeTextFile } from '../file-formats/text-files'
import { parseBackup, serializeBackup, type BackupData } from './backup-format'
import {
  changedSincePlanMessage,
  clearAllData,
  readAllForBackup,
  restoreBackup
} from './backup-repository'
import { planRestore, type RestoreCounts, type RestoreMode } from './restore-plan'
import {
  backupTime,
  fixtureAnnotation,
  fixtureData,
  fixtureMeta,
  fixtureSessionNote,
  fixtureStatement,
  seededAgendaItem,
  versionOneAnnotation
} from '@test-support/backup-fixtures'

/** Counts with `some` set and the rest 0. */
function counts(some: Partial<RestoreCounts>): RestoreCounts {
  return { added: 0, updated: 0, unchanged: 0, keptNewer: 0, keptOnlyHere: 0, removed: 0, ...some }
}

/** A new database, as a new copy of the app opens it (with the seeded agenda item). */
async function openDatabase(): Promise<NotesDatabase> {
  const db = new NotesDatabase(`backup-${crypto.randomUUID()}`)
  await db.open()
  return db
}

/**
 * Puts `data` into the database as the app's repositories would have over time. Written here
 * directly, in one transaction, so that the round trips do not depend on the code they test.
 */
async function store(db: NotesDatabase, data: BackupData): Promise<void> {
  await db.transaction(
    'rw',
    [db.annotations, db.sessionNotes, db.agendaItems, db.statements, db.settings],
    () =>
      Promise.all([
        db.annotations.bulkPut(data.annotations),
        db.sessionNotes.bulkPut(data.sessionNotes),
        db.agendaItems.bulkPut(data.agendaItems),
        db.statements.bulkPut(data.statements),
        db.settings.bulkPut(data.settings)
      ])
  )
}

/** A backup file of everything in the database. */
async function backUp(db: NotesDatabase): Promise<string> {
  return serializeBackup(await readAllForBackup(db), fixtureMeta(), backupTime)
}

/**
 * What the app does with a file the delegate picked: decode it (if bytes), read it, plan the
 * restore against what is in the database, and restore. The refusal if there is one, else the
 * counts the delegate confirmed.
 */
async function attemptRestore(
  db: NotesDatabase,
  file: string | Uint8Array,
  mode: RestoreMode
): Promise<{ error: string } | { totals: RestoreCounts }> {
  let text: string
  if (typeof file === 'string') text = file
  else {
    const decoded = decodeTextFile(file, backupFiles)
    if (!decoded.ok) return { error: decoded.error }
    text = decoded.text
  }
  const parsed = parseBackup(text)
  if (!parsed.ok) return { error: parsed.error }
  const plan = planRestore(await readAllForBackup(db), parsed.backup.data, mode)
  await restoreBackup(db, plan)
  return { totals: plan.totals }
}

describe('readAllForBackup', () => {
  let db: NotesDatabase

  beforeEach(async () => {
    db = await openDatabase()
  })

  afterEach(async () => {
    await db.delete()
  })

  it('reads a new database: the seeded agenda item only', async () => {
    expect(await readAllForBackup(db)).toEqual({
      annotations: [],
      sessionNotes: [],
      agendaItems: [seededAgendaItem()],
      statements: [],
      settings: [],
      documents: []
    })
  })

  it('reads every record of every table, each table in the order of its ids', async () => {
    await store(db, fixtureData())
    expect(await readAllForBackup(db)).toEqual(fixtureData())
  })
})

describe('restoreBackup', () => {
  let db: NotesDatabase

  beforeEach(async () => {
    db = await openDatabase()
    await store(db, fixtureData())
  })

  afterEach(async () => {
    vi.restoreAllMocks()
    await db.delete()
  })

  it('round-trips with Replace: backup, wipe, restore gives back exactly the data', async () => {
    const file = await backUp(db)
    await clearAllData(db)
    expect(await attemptRestore(db, file, 'replace')).toEqual({
      totals: counts({ added: 10, unchanged: 1 })
    })
    expect(await readAllForBackup(db)).toEqual(fixtureData())
    expect(await backUp(db)).toBe(file)
  })

  it('round-trips with Merge: backup, wipe, restore gives back exactly the data', async () => {
    const file = await backUp(db)
    await clearAllData(db)
    expect(await attemptRestore(db, file, 'merge')).toEqual({
      totals: counts({ added: 10, unchanged: 1 })
    })
    expect(await readAllForBackup(db)).toEqual(fixtureData())
    expect(await backUp(db)).toBe(file)
  })

  it('keeps version 1 annotations without follow-up or position fields', async () => {
    const file = await backUp(db)
    await clearAllData(db)
    await attemptRestore(db, file, 'replace')
    const stored = await db.annotations.get(versionOneAnnotation().id)
    expect(stored).toEqual(versionOneAnnotation({ documentId: 'summary' }))
    expect(Object.keys(stored ?? {})).not.toContain('followUp')
  })

  it('replaces everything: what is only here is removed, what differs is the backup’s', async () => {
    const file = await backUp(db)
    await store(db, {
      annotations: [
        fixtureAnnotation({ note: 'changed since', updatedAt: '2024-03-19T09:00:00.000Z' })
      ],
      sessionNotes: [fixtureSessionNote({ id: 'only-here' })],
      agendaItems: [],
      statements: [
        fixtureStatement({ text: 'changed since', updatedAt: '2024-03-19T09:00:00.000Z' })
      ],
      settings: [{ key: 'colorLabels', value: { yellow: 'Urgent' } }],
      documents: []
    })
    expect(await attemptRestore(db, file, 'replace')).toEqual({
      totals: counts({ updated: 3, unchanged: 8, removed: 1 })
    })
    expect(await readAllForBackup(db)).toEqual(fixtureData())
  })

  it('merges: newer here is kept, newer in the backup wins, only here stays', async () => {
    const file = await backUp(db)
    const newerHere = fixtureAnnotation({
      note: 'newer here',
      updatedAt: '2024-03-19T09:00:00.000Z'
    })
    const olderHere = versionOneAnnotation({
      note: 'older here',
      updatedAt: '2024-03-13T09:00:00.000Z'
    })
    const onlyHere = fixtureSessionNote({ id: 'only-here' })
    const statementNewerHere = fixtureStatement({
      text: 'newer here',
      updatedAt: '2024-03-19T09:00:00.000Z'
    })
    const statementOnlyHere = fixtureStatement({ id: 'statement-only-here' })
    await store(db, {
      annotations: [newerHere, olderHere],
      sessionNotes: [onlyHere],
      agendaItems: [],
      statements: [statementNewerHere, statementOnlyHere],
      settings: [],
      documents: []
    })
    expect(await attemptRestore(db, file, 'merge')).toEqual({
      totals: counts({ updated: 1, unchanged: 8, keptNewer: 2, keptOnlyHere: 2 })
    })
    const expected = fixtureData()
    expected.annotations[0] = newerHere
    expected.sessionNotes.push(onlyHere)
    expected.statements[0] = statementNewerHere
    expected.statements.push(statementOnlyHere)
    expect(await readAllForBackup(db)).toEqual(expected)
  })

  it.each<
    [
      string,
      'annotations' | 'sessionNotes' | 'agendaItems' | 'statements' | 'settings',
      RestoreMode
    ]
  >([
    ['Replace fails at the last table, after clearing every table', 'settings', 'replace'],
    ['Replace fails at the second table', 'sessionNotes', 'replace'],
    ['Replace fails at the statements', 'statements', 'replace'],
    ['Merge fails at the last table', 'settings', 'merge']
  ])('changes nothing when it fails part-way: %s', async (_, failing, mode) => {
    const before = await readAllForBackup(db)
    const other = {
      annotations: [
        fixtureAnnotation({ id: 'from-backup', updatedAt: '2024-03-20T09:00:00.000Z' })
      ],
      sessionNotes: [fixtureSessionNote({ id: 'from-backup' })],
      agendaItems: [],
      statements: [fixtureStatement({ id: 'from-backup' })],
      settings: [{ key: 'colorLabels', value: { yellow: 'From the backup' } }],
      documents: []
    }
    const plan = planRestore(before, other, mode)
    const put = vi.spyOn(db[failing], 'bulkPut').mockRejectedValue(new Error('Disk full'))
    await expect(restoreBackup(db, plan)).rejects.toThrow('Disk full')
    expect(put).toHaveBeenCalledTimes(1)
    vi.restoreAllMocks()
    expect(await readAllForBackup(db)).toEqual(before)
  })

  it('writes nothing if the notes changed after the plan was made', async () => {
    const file = await backUp(db)
    await clearAllData(db)
    const parsed = parseBackup(file)
    if (!parsed.ok) throw new Error(parsed.error)
    const plan = planRestore(await readAllForBackup(db), parsed.backup.data, 'merge')
    await createSessionNote(
      db,
      { title: 'Typed meanwhile', body: '', agendaItemId: null, sessionDay: null, tags: [] },
      steppingClock()
    )
    const before = await readAllForBackup(db)
    const restoring = restoreBackup(db, plan)
    await expect(restoring).rejects.toThrow(StorageWriteError)
    await expect(restoring).rejects.toThrow(changedSincePlanMessage)
    expect(await readAllForBackup(db)).toEqual(before)
  })
})

describe('clearAllData', () => {
  it('leaves the database as a new copy of the app starts it', async () => {
    const db = await openDatabase()
    await store(db, fixtureData())
    await clearAllData(db)
    expect(await readAllForBackup(db)).toEqual({
      annotations: [],
      sessionNotes: [],
      agendaItems: [seededAgendaItem()],
      statements: [],
      settings: [],
      documents: []
    })
    await db.delete()
  })
})
