/**
 * Backups against a real Dexie database (fake-indexeddb in Node): a backup restored over a wiped
 * database gives back exactly the data it was made from, in either mode; a restore that fails
 * part-way changes nothing; and every damaged file is refused with its own message before
 * anything is written.
 */
import 'fake-indexeddb/auto'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { steppingClock } from '../annotations/test-fixtures'
import { NotesDatabase } from '../storage/database'
import { createSessionNote } from '../session-notes/session-note-repository'
import { StorageWriteError } from '../storage/storage-error'
import { decodeBackupBytes, parseBackup, serializeBackup, type BackupData } from './backup-format'
import {
  changedSincePlanMessage,
  clearAllData,
  readAllForBackup,
  restoreBackup
} from './backup-repository'
import { planRestore, type RestoreCounts, type RestoreMode } from './restore-plan'
import {
  backupTime,
  damagedBackupText,
  fixtureAnnotation,
  fixtureData,
  fixtureMeta,
  fixtureSessionNote,
  seededAgendaItem,
  versionOneAnnotation
} from './test-fixtures'

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
  await db.transaction('rw', [db.annotations, db.sessionNotes, db.agendaItems, db.settings], () =>
    Promise.all([
      db.annotations.bulkPut(data.annotations),
      db.sessionNotes.bulkPut(data.sessionNotes),
      db.agendaItems.bulkPut(data.agendaItems),
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
    const decoded = decodeBackupBytes(file)
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
      settings: []
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
      totals: counts({ added: 8, unchanged: 1 })
    })
    expect(await readAllForBackup(db)).toEqual(fixtureData())
    expect(await backUp(db)).toBe(file)
  })

  it('round-trips with Merge: backup, wipe, restore gives back exactly the data', async () => {
    const file = await backUp(db)
    await clearAllData(db)
    expect(await attemptRestore(db, file, 'merge')).toEqual({
      totals: counts({ added: 8, unchanged: 1 })
    })
    expect(await readAllForBackup(db)).toEqual(fixtureData())
    expect(await backUp(db)).toBe(file)
  })

  it('keeps version 1 annotations without follow-up or position fields', async () => {
    const file = await backUp(db)
    await clearAllData(db)
    await attemptRestore(db, file, 'replace')
    const stored = await db.annotations.get(versionOneAnnotation().id)
    expect(stored).toEqual(versionOneAnnotation())
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
      settings: [{ key: 'colorLabels', value: { yellow: 'Urgent' } }]
    })
    expect(await attemptRestore(db, file, 'replace')).toEqual({
      totals: counts({ updated: 2, unchanged: 7, removed: 1 })
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
    await store(db, {
      annotations: [newerHere, olderHere],
      sessionNotes: [onlyHere],
      agendaItems: [],
      settings: []
    })
    expect(await attemptRestore(db, file, 'merge')).toEqual({
      totals: counts({ updated: 1, unchanged: 7, keptNewer: 1, keptOnlyHere: 1 })
    })
    const expected = fixtureData()
    expected.annotations[0] = newerHere
    expected.sessionNotes.push(onlyHere)
    expect(await readAllForBackup(db)).toEqual(expected)
  })

  it.each<[string, 'annotations' | 'sessionNotes' | 'agendaItems' | 'settings', RestoreMode]>([
    ['Replace fails at the last table, after clearing every table', 'settings', 'replace'],
    ['Replace fails at the second table', 'sessionNotes', 'replace'],
    ['Merge fails at the last table', 'settings', 'merge']
  ])('changes nothing when it fails part-way: %s', async (_, failing, mode) => {
    const before = await readAllForBackup(db)
    const other = {
      annotations: [
        fixtureAnnotation({ id: 'from-backup', updatedAt: '2024-03-20T09:00:00.000Z' })
      ],
      sessionNotes: [fixtureSessionNote({ id: 'from-backup' })],
      agendaItems: [],
      settings: [{ key: 'colorLabels', value: { yellow: 'From the backup' } }]
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
      settings: []
    })
    await db.delete()
  })
})

/** A backup of the fixture data with `find` replaced by `replacement` in its compact JSON. */
function editedText(find: string, replacement: string): string {
  const text = JSON.stringify(JSON.parse(serializeBackup(fixtureData(), fixtureMeta(), backupTime)))
  if (!text.includes(find)) throw new Error(`The backup has no ${find}`)
  return text.replace(find, replacement)
}

/** The column (from 1) of the first `find` in `text`, plus `plus`, as a message writes it. */
function columnOf(text: string, find: string, plus = 0): string {
  return (text.indexOf(find) + 1 + plus).toLocaleString('en-GB')
}

/** "This backup cannot be restored: …" */
const cannot = (problem: string) => `This backup cannot be restored: ${problem}.`

/** Each damaged file, lazily made, and what the delegate is told. */
const damagedFiles: [string, () => string | Uint8Array, string][] = [
  ['an empty file', () => '', 'The file is empty.'],
  ['whitespace only', () => ' \n\t', 'The file is empty.'],
  [
    'a truncated file',
    () => serializeBackup(fixtureData(), fixtureMeta(), backupTime).slice(0, 900),
    'The file ends too early: it may have been cut off while it was saved or copied.'
  ],
  [
    'a mistake on line 6 of the indented JSON',
    () =>
      serializeBackup(fixtureData(), fixtureMeta(), backupTime).replace(
        '"name": "CND67 Notes"',
        '"name": CND67 Notes"'
      ),
    'This file is damaged: it is not valid JSON (the first mistake is at line 6, column 13).'
  ],
  [
    'NaN written as a number',
    () => editedText('"paragraph":60', '"paragraph":NaN'),
    `This file is damaged: it is not valid JSON (the first mistake is at line 1, column ${columnOf(editedText('"paragraph":60', '"paragraph":NaN'), 'NaN')}).`
  ],
  ['null', () => 'null', 'This file is not a CND67 Notes backup.'],
  ['an array', () => '[]', 'This file is not a CND67 Notes backup.'],
  ['a string', () => '"cnd67-notes-backup"', 'This file is not a CND67 Notes backup.'],
  ['an empty object', () => '{}', 'This file is not a CND67 Notes backup.'],
  [
    'another format',
    () => damagedBackupText((file) => void (file.format = 'cnd67-notes-export')),
    'This file is not a CND67 Notes backup.'
  ],
  [
    'version 0',
    () => damagedBackupText((file) => void (file.version = 0)),
    'This backup says it is version 0, which is not a version of the backup format; the file may be damaged.'
  ],
  [
    'version 2',
    () => damagedBackupText((file) => void (file.version = 2)),
    'This backup was made by a newer version of the app (version 2); update the app to restore it.'
  ],
  [
    'version 3',
    () => damagedBackupText((file) => void (file.version = 3)),
    'This backup was made by a newer version of the app (version 3); update the app to restore it.'
  ],
  [
    'version "1" as text',
    () => damagedBackupText((file) => void (file.version = '1')),
    'This backup says it is version "1", which is not a version of the backup format; the file may be damaged.'
  ],
  [
    'no version',
    () => damagedBackupText((file) => void delete file.version),
    cannot('the file is missing its "version" field')
  ],
  [
    'no data',
    () => damagedBackupText((file) => void Reflect.deleteProperty(file, 'data')),
    cannot('the file is missing its "data" field')
  ],
  [
    'data that is null',
    () => damagedBackupText((file) => void (file.data = null as never)),
    cannot('data must be the backed-up data (an object)')
  ],
  [
    'a table missing from the data',
    () => damagedBackupText((file) => void delete file.data.sessionNotes),
    cannot('data is missing its "sessionNotes" field')
  ],
  [
    'an unknown field at the top',
    () => damagedBackupText((file) => void (file.comment = 'hand-edited')),
    cannot('the file has a field "comment" that this app does not know')
  ],
  [
    'an unknown field in an annotation',
    () => damagedBackupText((file) => void (file.data.annotations[1].colour = 'blue')),
    cannot('annotations[1] has a field "colour" that this app does not know')
  ],
  [
    'an unknown field deep in a passage',
    () =>
      damagedBackupText((file) => {
        const target = file.data.annotations[0].target as { quote: Record<string, unknown> }
        target.quote.language = 'en'
      }),
    cannot('annotations[0].target.quote has a field "language" that this app does not know')
  ],
  [
    'a table that is not a list',
    () => damagedBackupText((file) => void (file.data.annotations = {} as never)),
    cannot('annotations must be a list of annotations')
  ],
  [
    'an annotation that is text',
    () => damagedBackupText((file) => void (file.data.annotations[2] = 'note' as never)),
    cannot('annotations[2] must be an annotation (an object)')
  ],
  [
    'paragraph 0',
    () => damagedBackupText((file) => void (file.data.annotations[1].paragraph = 0)),
    cannot('annotations[1].paragraph must be a whole number from 1 to 87')
  ],
  [
    'paragraph 88',
    () => damagedBackupText((file) => void (file.data.annotations[1].paragraph = 88)),
    cannot('annotations[1].paragraph must be a whole number from 1 to 87')
  ],
  [
    'paragraph as text',
    () => damagedBackupText((file) => void (file.data.annotations[1].paragraph = '13')),
    cannot('annotations[1].paragraph must be a whole number from 1 to 87')
  ],
  [
    'paragraph 12.5',
    () => damagedBackupText((file) => void (file.data.annotations[1].paragraph = 12.5)),
    cannot('annotations[1].paragraph must be a whole number from 1 to 87')
  ],
  [
    'a paragraph number too large to be finite (1e999)',
    () => editedText('"paragraph":60', '"paragraph":1e999'),
    cannot('annotations[0].paragraph must be a whole number from 1 to 87')
  ],
  [
    'a negative position',
    () =>
      damagedBackupText((file) => {
        const target = file.data.annotations[0].target as { position: Record<string, unknown> }
        target.position.start = -1
      }),
    cannot('annotations[0].target.position.start must be a whole number from 0 to 1,000,000')
  ],
  [
    'a passage that starts after it ends',
    () =>
      damagedBackupText((file) => {
        const target = file.data.annotations[0].target as { position: Record<string, unknown> }
        target.position.start = 60
        target.position.end = 40
      }),
    cannot('annotations[0].target.position ends before it starts (start 60, end 40)')
  ],
  [
    'a sixth colour',
    () => damagedBackupText((file) => void (file.data.annotations[0].color = 'red')),
    cannot('annotations[0].color must be one of yellow, green, blue, pink, purple')
  ],
  [
    'an unknown status',
    () =>
      damagedBackupText((file) => {
        ;(file.data.annotations[0].followUp as Record<string, unknown>).status = 'closed'
      }),
    cannot('annotations[0].followUp.status must be one of open, in-progress, done, dropped')
  ],
  [
    'an unknown priority',
    () =>
      damagedBackupText((file) => {
        ;(file.data.annotations[0].followUp as Record<string, unknown>).priority = 'urgent'
      }),
    cannot('annotations[0].followUp.priority must be one of high, normal, low')
  ],
  [
    'an unknown position',
    () => damagedBackupText((file) => void (file.data.annotations[0].position = 'oppose')),
    cannot('annotations[0].position must be one of support, concern, watch, or null')
  ],
  [
    'a due date that is not a day (30 February)',
    () =>
      damagedBackupText((file) => {
        ;(file.data.annotations[0].followUp as Record<string, unknown>).due = '2024-02-30'
      }),
    cannot('annotations[0].followUp.due must be a date such as 2024-03-18, or null')
  ],
  [
    'a blank counterpart',
    () =>
      damagedBackupText((file) => {
        ;(file.data.annotations[0].followUp as Record<string, unknown>).counterparts = [' ']
      }),
    cannot('annotations[0].followUp.counterparts[0] must be text of 1 to 200 characters, not blank')
  ],
  [
    'a time that is not a time',
    () => damagedBackupText((file) => void (file.data.annotations[2].createdAt = 'yesterday')),
    cannot('annotations[2].createdAt must be a date and time such as 2024-03-14T09:05:00.000Z')
  ],
  [
    'month 13',
    () =>
      damagedBackupText(
        (file) => void (file.data.sessionNotes[1].updatedAt = '2024-13-01T00:00:00.000Z')
      ),
    cannot('sessionNotes[1].updatedAt must be a date and time such as 2024-03-14T09:05:00.000Z')
  ],
  [
    'the backup’s own time missing its milliseconds',
    () => damagedBackupText((file) => void (file.createdAt = '2024-03-18T18:00:00Z')),
    cannot('createdAt must be a date and time such as 2024-03-14T09:05:00.000Z')
  ],
  [
    'a tag with a comma',
    () => damagedBackupText((file) => void (file.data.annotations[0].tags = ['Canada', 'a,b'])),
    cannot('annotations[0].tags[1] must be a tag of 1 to 64 characters, without a comma')
  ],
  [
    'a tag of 65 characters (emoji count as one each)',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].tags = ['🙂'.repeat(65)])),
    cannot('sessionNotes[0].tags[0] must be a tag of 1 to 64 characters, without a comma')
  ],
  [
    'a blank tag',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].tags = ['  '])),
    cannot('sessionNotes[0].tags[0] must be a tag of 1 to 64 characters, without a comma')
  ],
  [
    'tags as text',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].tags = 'Bilateral')),
    cannot('sessionNotes[0].tags must be a list of at most 200 tags')
  ],
  [
    'a note over 5,000,000 characters',
    () => damagedBackupText((file) => void (file.data.annotations[0].note = 'x'.repeat(5_000_001))),
    cannot('annotations[0].note must be text of at most 5,000,000 characters')
  ],
  [
    'a title of 301 characters',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].title = 'x'.repeat(301))),
    cannot('sessionNotes[0].title must be text of at most 300 characters')
  ],
  [
    'a body that is a number',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].body = 42)),
    cannot('sessionNotes[0].body must be text of at most 5,000,000 characters')
  ],
  [
    'an empty id',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].id = '')),
    cannot('sessionNotes[0].id must be an id (text of 1 to 200 characters)')
  ],
  [
    'an agenda item id that is a number',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].agendaItemId = 6)),
    cannot('sessionNotes[0].agendaItemId must be an id (text of 1 to 200 characters) or null')
  ],
  [
    'a blank agenda item label',
    () => damagedBackupText((file) => void (file.data.agendaItems[1].label = ' ')),
    cannot('agendaItems[1].label must be text of 1 to 80 characters, not blank')
  ],
  [
    'an agenda item order as text',
    () => damagedBackupText((file) => void (file.data.agendaItems[0].order = 'first')),
    cannot('agendaItems[0].order must be a number')
  ],
  [
    'a repeated annotation id',
    () =>
      damagedBackupText((file) => {
        file.data.annotations[2].id = file.data.annotations[0].id
      }),
    cannot('annotations[2].id repeats the id of annotations[0]; each annotation must appear once')
  ],
  [
    'a repeated setting',
    () =>
      damagedBackupText((file) => {
        file.data.settings.push({ ...file.data.settings[0] })
        file.counts.settings = 3
      }),
    cannot('settings[2].key repeats the key of settings[0]; each setting must appear once')
  ],
  [
    'counts that disagree with the data',
    () => damagedBackupText((file) => void file.data.annotations.pop()),
    cannot(
      'counts.annotations is 3 but the file holds 2 annotations; it may have been edited or damaged'
    )
  ],
  [
    'a negative count',
    () => damagedBackupText((file) => void (file.counts.agendaItems = -2)),
    cannot('counts.agendaItems must be a whole number, 0 or more')
  ],
  [
    'a blank colour label',
    () =>
      damagedBackupText((file) => {
        ;(file.data.settings[0].value as Record<string, unknown>).yellow = ''
      }),
    cannot('settings[0].value.yellow must be text of 1 to 100 characters, not blank')
  ],
  [
    'a sixth colour’s label',
    () =>
      damagedBackupText((file) => {
        ;(file.data.settings[0].value as Record<string, unknown>).orange = 'Citrus'
      }),
    cannot('settings[0].value has a field "orange" that this app does not know')
  ],
  [
    'a setting over 1,000,000 characters',
    () => damagedBackupText((file) => void (file.data.settings[1].value = 'x'.repeat(1_000_000))),
    cannot('settings[1].value must be at most 1,000,000 characters long')
  ],
  [
    'the app without its name',
    () => damagedBackupText((file) => void delete file.app.name),
    cannot('app is missing its "name" field')
  ],
  [
    '"__proto__" at the top',
    () => editedText('{"format"', '{"__proto__":{"polluted":true},"format"'),
    cannot('the file has a field named "__proto__", which no backup has')
  ],
  [
    '"__proto__" in an annotation’s passage',
    () => editedText('"quote":{', '"quote":{"__proto__":{"polluted":true},'),
    cannot('annotations[0].target.quote has a field named "__proto__", which no backup has')
  ],
  [
    '"constructor" in a setting’s value',
    () =>
      damagedBackupText((file) => {
        file.data.settings[1].value = { constructor: { prototype: { polluted: true } } }
      }),
    cannot('settings[1].value has a field named "constructor", which no backup has')
  ],
  [
    '"prototype" in a setting’s value',
    () => damagedBackupText((file) => void (file.data.settings[1].value = [{ prototype: 1 }])),
    cannot('settings[1].value[0] has a field named "prototype", which no backup has')
  ],
  [
    '10,000 nested arrays as a file',
    () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    'This file is not a CND67 Notes backup: its data is nested more than 64 levels deep (line 1, column 65).'
  ],
  [
    '10,000 nested arrays as a setting’s value',
    () => editedText('"size":18', `"size":${'['.repeat(10_000)}${']'.repeat(10_000)}`),
    // The value is the 6th level (file, data, settings, setting, value, size); the 65th opens 59 in.
    `This file is not a CND67 Notes backup: its data is nested more than 64 levels deep (line 1, column ${columnOf(editedText('"size":18', '"size":['), '"size":[', 7 + 59)}).`
  ],
  [
    '100 MB of junk as text',
    () => 'x'.repeat(100_000_000),
    'The file is too large to be a backup (100 MB).'
  ],
  [
    '100 MB of junk as bytes',
    () => new Uint8Array(100_000_000),
    'The file is too large to be a backup (100 MB).'
  ],
  [
    'bytes that are not UTF-8',
    () => {
      const bytes = new TextEncoder().encode(
        serializeBackup(fixtureData(), fixtureMeta(), backupTime)
      )
      bytes[200] = 0xff
      return bytes
    },
    'This file is not UTF-8 text, so it is not a CND67 Notes backup. It may be damaged, or another kind of file.'
  ]
]

describe('restoring a damaged file', () => {
  let db: NotesDatabase
  let before: BackupData

  beforeAll(async () => {
    db = await openDatabase()
    await store(db, fixtureData())
    before = await readAllForBackup(db)
  })

  afterAll(async () => {
    await db.delete()
  })

  it(`has at least 30 kinds of damaged file (${damagedFiles.length})`, () => {
    expect(damagedFiles.length).toBeGreaterThanOrEqual(30)
    expect(new Set(damagedFiles.map(([name]) => name)).size).toBe(damagedFiles.length)
  })

  it.each(damagedFiles)('refuses %s, and changes nothing', async (_, makeFile, error) => {
    for (const mode of ['replace', 'merge'] as const) {
      expect(await attemptRestore(db, makeFile(), mode)).toEqual({ error })
      expect(await readAllForBackup(db)).toEqual(before)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
