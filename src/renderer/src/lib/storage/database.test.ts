/**
 * The schema against a real Dexie database (fake-indexeddb in Node): a new database starts with the
 * agenda item the summary names, and a database written by every earlier version of the app opens
 * in this one without a field of the delegate's notes added or changed. A new schema version adds
 * a fixture written by it (fixtures/version-N.json) and a row to `writtenByEachVersion`.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { agendaItemOfDocument } from '../follow-ups/agenda-item'
import { removeAgendaItem } from '../follow-ups/agenda-item-repository'
import type { Annotation } from '../annotations/annotation'
import { NotesDatabase, type Setting } from './database'
import { colorLabelsSetting } from '@test-support/backup-fixtures'
import { databaseDigest } from '@test-support/database-digest'
// Read as text: the web tsconfig is a composite project, which compiles no JSON modules.
import versionOneJson from '@test-support/database-versions/version-1.json?raw'
import versionTwoJson from '@test-support/database-versions/version-2.json?raw'
import versionThreeJson from '@test-support/database-versions/version-3.json?raw'
import versionFourJson from '@test-support/database-versions/version-4.json?raw'
import versionFiveJson from '@test-support/database-versions/version-5.json?raw'
import versionSixJson from '@test-support/database-versions/version-6.json?raw'

/** What version 1 of the app wrote: annotations had no follow-up and no position. */
interface VersionOneDatabase {
  annotations: Omit<Annotation, 'followUp' | 'position'>[]
  settings: Setting[]
}

/** Agenda item 6, as every delegate's list starts. */
const itemSix = agendaItemOfDocument(meetingDocument.header.agendaItem)

let name: string
/** Every connection a test opened, closed after it so that the database can be deleted. */
let connections: Dexie[]

beforeEach(() => {
  name = `schema-${crypto.randomUUID()}`
  connections = []
})

afterEach(async () => {
  for (const connection of connections) connection.close()
  await Dexie.delete(name)
})

/** Opens the test's database as the app does now. */
async function openNotesDatabase(): Promise<NotesDatabase> {
  const db = new NotesDatabase(name)
  connections.push(db)
  await db.open()
  return db
}

/** A database as one version of the app left it, and what opening it in this version adds. */
interface WrittenByVersion {
  version: number
  /** Every table's schema as that version declared it, copied from database.ts. */
  stores: Record<string, string>
  /** The records it wrote, table by table, as JSON text (fixtures/version-N.json). */
  json: string
  /** The records opening it in this version adds, table by table. */
  added: Record<string, unknown[]>
  /** The records opening it in this version changes, as they are after it, table by table. */
  changed?: Record<string, unknown[]>
  /** The tables opening it in this version empties. */
  emptied?: string[]
}

/**
 * The colour labels as version 4 stores those of the fixtures of versions 1 to 3: labels left at
 * their former defaults take the colours' names; renamed ones are kept.
 */
function labelsNamedAfterColours(written: string): Setting {
  const { settings } = JSON.parse(written) as { settings: Setting[] }
  const stored = settings.find((setting) => setting.key === 'colorLabels')?.value as object
  const former = { yellow: 'Priority', green: 'Agree', pink: 'Concern', purple: 'Follow up' }
  const current = { yellow: 'Yellow', green: 'Green', pink: 'Pink', purple: 'Purple' }
  const value: Record<string, unknown> = { ...stored }
  for (const [color, label] of Object.entries(former)) {
    if (value[color] === label) value[color] = current[color as keyof typeof current]
  }
  return { key: 'colorLabels', value }
}

/** The annotations of a fixture as version 6 keeps them: each on the shipped summary. */
function onTheSummary(written: string): unknown[] {
  const { annotations } = JSON.parse(written) as { annotations: object[] }
  return annotations.map((annotation) => ({ ...annotation, documentId: 'summary' }))
}

/** A database written by each version of the app, oldest first. */
const writtenByEachVersion: WrittenByVersion[] = [
  {
    version: 1,
    stores: { annotations: 'id, paragraph', settings: 'key' },
    json: versionOneJson,
    // Version 2 added session notes and agenda items, seeding the item the summary names;
    // version 3 the copy of the annotations read at start, written at the first start.
    // Version 6 the library, empty.
    added: {
      agendaItems: [itemSix],
      sessionNotes: [],
      snapshots: [],
      statements: [],
      documents: []
    },
    // Version 4 names the colours' labels after the colours; version 6 puts every annotation on
    // the shipped summary.
    changed: {
      settings: [labelsNamedAfterColours(versionOneJson)],
      annotations: onTheSummary(versionOneJson)
    }
  },
  {
    version: 2,
    stores: {
      annotations: 'id, paragraph, *tags',
      settings: 'key',
      sessionNotes: 'id, *tags',
      agendaItems: 'id'
    },
    json: versionTwoJson,
    // Version 3 added the copy of the annotations read at start, written at the first start;
    // version 5 the statements.
    added: { snapshots: [], statements: [], documents: [] },
    changed: {
      settings: [labelsNamedAfterColours(versionTwoJson)],
      annotations: onTheSummary(versionTwoJson)
    }
  },
  {
    version: 3,
    stores: {
      annotations: 'id, paragraph, *tags, updatedAt',
      settings: 'key',
      sessionNotes: 'id, *tags',
      agendaItems: 'id',
      snapshots: 'key'
    },
    json: versionThreeJson,
    added: { statements: [], documents: [] },
    changed: {
      settings: [labelsNamedAfterColours(versionThreeJson)],
      annotations: onTheSummary(versionThreeJson)
    },
    // Writing the annotations drops the copy read at start; the next start reads the table.
    emptied: ['snapshots']
  },
  {
    version: 4,
    stores: {
      annotations: 'id, paragraph, *tags, updatedAt',
      settings: 'key',
      sessionNotes: 'id, *tags',
      agendaItems: 'id',
      snapshots: 'key'
    },
    // A note without a colour (null) among them.
    json: versionFourJson,
    // Version 5 added the delegation's statements, none yet.
    added: { statements: [], documents: [] },
    changed: { annotations: onTheSummary(versionFourJson) },
    // Writing the annotations drops the copy read at start; the next start reads the table.
    emptied: ['snapshots']
  },
  {
    version: 5,
    stores: {
      annotations: 'id, paragraph, *tags, updatedAt',
      settings: 'key',
      sessionNotes: 'id, *tags',
      agendaItems: 'id',
      snapshots: 'key',
      statements: 'id'
    },
    // Two statements: one under Item 6 with Markdown, one untitled with hostile text.
    json: versionFiveJson,
    // Version 6 added the library, with no document yet, and put each annotation on the summary.
    added: { documents: [] },
    changed: { annotations: onTheSummary(versionFiveJson) },
    // Writing the annotations drops the copy read at start; the next start reads the table.
    emptied: ['snapshots']
  },
  {
    version: 6,
    stores: {
      annotations: 'id, paragraph, *tags, updatedAt, documentId',
      settings: 'key',
      sessionNotes: 'id, *tags',
      agendaItems: 'id',
      snapshots: 'key',
      statements: 'id',
      documents: 'id'
    },
    // An imported document (with hostile text in a paragraph) and a note on it beside the
    // summary's, and a document renamed by the delegate.
    json: versionSixJson,
    added: {}
  }
]

/**
 * A fixture's records, parsed afresh so that no test can change what another one reads. Bytes
 * (an imported document's original file) are written in the JSON as `{ "$bytes": base64 }`.
 */
function recordsOf(written: WrittenByVersion): Record<string, { [field: string]: unknown }[]> {
  return JSON.parse(written.json, (_key, value: unknown) => {
    const base64 = (value as { $bytes?: unknown } | null)?.$bytes
    return typeof base64 === 'string'
      ? Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))
      : value
  }) as Record<string, { [field: string]: unknown }[]>
}

/** Writes a fixture through the schema its version declared, and nothing newer. */
async function writeDatabase(written: WrittenByVersion): Promise<void> {
  const old = new Dexie(name)
  old.version(written.version).stores(written.stores)
  await old.open()
  expect(old.tables.map((table) => table.name).sort()).toEqual(Object.keys(written.stores).sort())
  for (const [table, records] of Object.entries(recordsOf(written))) {
    await old.table(table).bulkAdd(records)
  }
  old.close()
}

/** The fixture's records with what opening it adds, each table in the order of its keys. */
function expectedAfterOpening(written: WrittenByVersion): Record<string, unknown[]> {
  const tables = recordsOf(written)
  const expected: Record<string, unknown[]> = {}
  for (const table of new Set([...Object.keys(tables), ...Object.keys(written.added)])) {
    const changed = new Map(
      (written.changed?.[table] ?? []).map((record) => [keyOf(record), record])
    )
    const kept = written.emptied?.includes(table)
      ? []
      : (tables[table] ?? []).map((record) => changed.get(keyOf(record)) ?? record)
    expected[table] = byKey([...kept, ...(written.added[table] ?? [])])
  }
  return expected
}

/** What version 1 wrote, typed. */
function versionOneRecords(): VersionOneDatabase {
  return JSON.parse(versionOneJson) as VersionOneDatabase
}

/** Writes the version 1 fixture. */
async function writeVersionOneDatabase(): Promise<void> {
  await writeDatabase(writtenByEachVersion[0])
}

/** A record's primary key: its `id`, or a setting's `key`. */
function keyOf(record: unknown): string {
  const { id, key } = record as { id?: string; key?: string }
  return id ?? key ?? ''
}

/** Records in the order of their primary key, as a table reads them. */
function byKey(records: readonly unknown[]): unknown[] {
  return [...records].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0))
}

describe('NotesDatabase', () => {
  describe('a new database', () => {
    it('starts with agenda item 6 of the provisional agenda and nothing else', async () => {
      const db = await openNotesDatabase()
      expect(await db.agendaItems.toArray()).toStrictEqual([itemSix])
      expect(itemSix.id).toBe('agenda-item-6')
      expect(itemSix.label).toBe('Item 6')
      expect(itemSix.order).toBe(0)
      expect(
        itemSix.title.startsWith(
          'Follow-up to the implementation at the national, regional and international levels'
        )
      ).toBe(true)
      expect(await db.annotations.count()).toBe(0)
      expect(await db.sessionNotes.count()).toBe(0)
      expect(await db.statements.count()).toBe(0)
      expect(await db.documents.count()).toBe(0)
      expect(await db.settings.count()).toBe(0)
    })

    it('does not seed a second agenda item when opened again', async () => {
      ;(await openNotesDatabase()).close()
      const reopened = await openNotesDatabase()
      expect(await reopened.agendaItems.toArray()).toStrictEqual([itemSix])
    })

    it('does not bring agenda item 6 back once the delegate has removed it', async () => {
      const db = await openNotesDatabase()
      expect(await removeAgendaItem(db, itemSix.id)).not.toBeNull()
      db.close()
      const reopened = await openNotesDatabase()
      expect(await reopened.agendaItems.count()).toBe(0)
    })
  })

  describe.each(writtenByEachVersion)('a database written by version $version', (written) => {
    beforeEach(() => writeDatabase(written))

    it('opens in this version with every record exactly as written, plus what the upgrade adds', async () => {
      const db = await openNotesDatabase()
      expect(db.verno).toBe(writtenByEachVersion.at(-1)?.version)
      const stored: Record<string, unknown[]> = {}
      for (const table of db.tables) stored[table.name] = await table.toArray()
      // toStrictEqual: a field added as `undefined` (say `followUp`) would fail it too.
      expect(stored).toStrictEqual(expectedAfterOpening(written))
    })

    it('finds every tagged record through the tag index', async () => {
      const db = await openNotesDatabase()
      for (const table of [db.annotations, db.sessionNotes]) {
        for (const record of await table.toArray()) {
          for (const tag of record.tags) {
            expect(await table.where('tags').equals(tag).primaryKeys()).toContain(record.id)
          }
        }
      }
    })

    it('upgrades once: reopening changes nothing', async () => {
      const db = await openNotesDatabase()
      const digest = await databaseDigest(db)
      db.close()
      expect(await databaseDigest(await openNotesDatabase())).toBe(digest)
    })
  })

  describe('a database written by version 1, in particular', () => {
    beforeEach(writeVersionOneDatabase)

    it('keeps the colour labels the delegate renamed, and names the others after their colours', async () => {
      const db = await openNotesDatabase()
      expect(versionOneRecords().settings[0].value).toStrictEqual({
        yellow: 'Priority',
        green: 'Agree',
        blue: 'Ask UNODC',
        pink: 'Concern',
        purple: 'Brief the capital'
      })
      // The two labels that were not the old defaults are kept; the others are the colours' names.
      expect(await db.settings.toArray()).toStrictEqual([colorLabelsSetting()])
    })

    it('indexes the tags version 1 stored, so that tag queries find them', async () => {
      const db = await openNotesDatabase()
      expect(await db.annotations.where('tags').equals('Precursors').primaryKeys()).toEqual([
        '2c7a3d2f-5b4e-4f1c-8a38-1d9e6b2f8c02'
      ])
      expect(
        await db.annotations.where('tags').equalsIgnoreCase('PRECURSORS').primaryKeys()
      ).toEqual(['2c7a3d2f-5b4e-4f1c-8a38-1d9e6b2f8c02', '8cda9d8f-b1ae-4f7c-8a9e-7df4c18fec08'])
      expect(
        await db.annotations.where('tags').anyOf('Mexico', 'cooperation').primaryKeys()
      ).toEqual(['2c7a3d2f-5b4e-4f1c-8a38-1d9e6b2f8c02', '7bcf8c7e-a09d-4e6b-9f8d-6ce3b07edb07'])
      expect(await db.annotations.where('tags').equals('').count()).toBe(0)
    })

    it('does not bring agenda item 6 back after the delegate removed it', async () => {
      const db = await openNotesDatabase()
      await removeAgendaItem(db, itemSix.id)
      db.close()
      const reopened = await openNotesDatabase()
      expect(await reopened.agendaItems.count()).toBe(0)
      expect(await reopened.annotations.count()).toBe(versionOneRecords().annotations.length)
    })
  })
})
