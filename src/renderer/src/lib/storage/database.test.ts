/**
 * The schema against a real Dexie database (fake-indexeddb in Node): a new database starts with the
 * agenda item the summary names, and a database written by version 1 of the app upgrades without a
 * field of the delegate's notes added or changed.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { agendaItemOfDocument } from '../follow-ups/agenda-item'
import { removeAgendaItem } from '../follow-ups/agenda-item-repository'
import type { Annotation } from '../annotations/annotation'
import { NotesDatabase, type Setting } from './database'
// Read as text: the web tsconfig is a composite project, which compiles no JSON modules.
import versionOneJson from './fixtures/version-1.json?raw'

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

/** The fixture's records, parsed afresh so that no test can change what another one reads. */
function versionOneRecords(): VersionOneDatabase {
  return JSON.parse(versionOneJson) as VersionOneDatabase
}

/** Writes the fixture through the schema version 1 of the app declared, and nothing newer. */
async function writeVersionOneDatabase(): Promise<void> {
  const v1 = new Dexie(name)
  v1.version(1).stores({ annotations: 'id, paragraph', settings: 'key' })
  const { annotations, settings } = versionOneRecords()
  await v1.table('annotations').bulkAdd(annotations)
  await v1.table('settings').bulkAdd(settings)
  v1.close()
}

/** Records in id order, the order `orderBy('id')` reads them in. */
function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
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

  describe('a database written by version 1', () => {
    beforeEach(writeVersionOneDatabase)

    it('keeps every annotation exactly as version 1 wrote it, adding no field', async () => {
      const db = await openNotesDatabase()
      expect(db.verno).toBe(2)
      // toStrictEqual: a field added as `undefined` (say `followUp`) would fail it too.
      expect(await db.annotations.orderBy('id').toArray()).toStrictEqual(
        byId(versionOneRecords().annotations)
      )
    })

    it('keeps the settings, the colour labels among them', async () => {
      const db = await openNotesDatabase()
      expect(await db.settings.toArray()).toStrictEqual(versionOneRecords().settings)
      expect(await db.settings.get('colorLabels')).toStrictEqual({
        key: 'colorLabels',
        value: {
          yellow: 'Priority',
          green: 'Agree',
          blue: 'Ask UNODC',
          pink: 'Concern',
          purple: 'Brief the capital'
        }
      })
    })

    it('seeds agenda item 6 and starts with no session notes', async () => {
      const db = await openNotesDatabase()
      expect(await db.agendaItems.toArray()).toStrictEqual([itemSix])
      expect(await db.sessionNotes.count()).toBe(0)
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

    it('upgrades once: reopening seeds nothing more and changes nothing', async () => {
      ;(await openNotesDatabase()).close()
      const reopened = await openNotesDatabase()
      expect(await reopened.agendaItems.toArray()).toStrictEqual([itemSix])
      expect(await reopened.annotations.orderBy('id').toArray()).toStrictEqual(
        byId(versionOneRecords().annotations)
      )
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
