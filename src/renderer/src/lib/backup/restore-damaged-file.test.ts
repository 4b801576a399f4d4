/**
 * Damaged backup files offered to the Data dialog's own service (restore-from-file.ts), as a
 * picked file and, for text, as an automatic backup the main process read, over the app's Dexie
 * database in fake-indexeddb: each is refused with its own message, and a SHA-256 hash of the
 * whole database is the same afterwards; no file reaches Object.prototype.
 */
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Notebook } from '../notebook/Notebook.svelte'
import { databaseDigest, prototypeKeys } from '@test-support/database-digest'
import type { NotesDatabase } from '../storage/database'
import { damagedBackups } from '@test-support/damaged-backups'
import { notebookWithFixtureData, pickedFile } from '@test-support/restore-fixtures'
import { fixtureData } from '@test-support/backup-fixtures'
import {
  readAutomaticBackup,
  readBackupFile,
  restoreChangesAnything,
  restorePending
} from './restore-from-file'
import type { Result } from '@shared/bridge'
import type { PendingRestore } from './restore-from-file'

/** An automatic backup as the main process lists it. */
const automaticBackup = {
  name: 'cnd67-backup-20240318-180000-000.json',
  createdAt: '2024-03-18T18:00:00.000Z'
}

/**
 * What the dialog does with what it read: the refusal it shows, or, if the delegate confirms
 * either way (both are tried, in turn), what restoring did.
 */
async function confirmEither(read: Result<PendingRestore>): Promise<{ error: string } | string[]> {
  if (!read.ok) return { error: read.error }
  const done: string[] = []
  for (const mode of read.value.modes) {
    if (restoreChangesAnything(read.value, mode)) {
      done.push((await restorePending(notebook.backup, read.value, mode)).message)
    }
  }
  return done
}

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
      expect(
        await confirmEither(await readBackupFile(notebook.backup, pickedFile(picked)))
      ).toEqual({
        error
      })
      expect(await databaseDigest(db)).toBe(digest)
      if (typeof picked === 'string') {
        const read = await readAutomaticBackup(notebook.backup, automaticBackup, picked)
        expect(await confirmEither(read)).toEqual({ error })
        expect(await databaseDigest(db)).toBe(digest)
      }
      expect(prototypeKeys()).toEqual(prototype)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
    // 100 MB of text made into a file and read as a backup takes 6 to 9 s on a busy machine.
    20_000
  )
})
