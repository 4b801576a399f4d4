/**
 * Damaged backup files offered to the app as the Data dialog offers them (decoded, read, planned
 * and restored through the Notebook, over the app's Dexie database in fake-indexeddb): each is
 * refused with its own message, in either mode, and a SHA-256 hash of the whole database is the
 * same afterwards; no file reaches Object.prototype.
 */
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Notebook } from '../notebook/Notebook.svelte'
import { databaseDigest, prototypeKeys } from '@test-support/database-digest'
import type { NotesDatabase } from '../storage/database'
import { damagedBackups } from '@test-support/damaged-backups'
import { notebookWithFixtureData, restoreBackupFile } from './data-dialog-steps'
import { fixtureData } from '@test-support/backup-fixtures'

let db: NotesDatabase
let notebook: Notebook
let digest: string
let prototype: string[]

beforeAll(async () => {
  ;({ db, notebook } = await notebookWithFixtureData('damaged'))
  digest = await databaseDigest(db)
  prototype = prototypeKeys()
})

afterAll(async () => {
  await db.delete()
})

describe('restoring a damaged backup file', () => {
  it(`holds the delegate's data and has at least 30 kinds of damaged file (${damagedBackups.length})`, async () => {
    expect(await db.annotations.count()).toBe(fixtureData().annotations.length)
    expect(damagedBackups.length).toBeGreaterThanOrEqual(30)
    expect(new Set(damagedBackups.map(([name]) => name)).size).toBe(damagedBackups.length)
  })

  it.each(damagedBackups)(
    'refuses %s, and the database hash is unchanged',
    async (_, file, error) => {
      const picked = file()
      for (const mode of ['replace', 'merge'] as const) {
        expect(await restoreBackupFile(notebook, picked, mode)).toEqual({ error })
        expect(await databaseDigest(db)).toBe(digest)
      }
      expect(prototypeKeys()).toEqual(prototype)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }
  )
})
