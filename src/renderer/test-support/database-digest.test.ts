/**
 * The database hash the data-survival tests compare: the same for the same records however they
 * were written, and different for any change a restore or an import could make.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixtureAnnotation, versionOneAnnotation } from './backup-fixtures'
import { NotesDatabase } from '@renderer/lib/storage/database'
import { canonicalText, databaseDigest } from './database-digest'

let db: NotesDatabase

beforeEach(async () => {
  db = new NotesDatabase(`digest-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(async () => {
  await db.delete()
})

describe('canonicalText', () => {
  it('sorts keys, and tells undefined and absent apart', () => {
    expect(canonicalText({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}')
    expect(canonicalText({ a: undefined })).toBe('{"a":undefined}')
    expect(canonicalText({})).toBe('{}')
  })
})

describe('databaseDigest', () => {
  it('is a SHA-256 in hex, the same whatever order the records were written in', async () => {
    await db.annotations.bulkAdd([fixtureAnnotation(), versionOneAnnotation()])
    const digest = await databaseDigest(db)
    expect(digest).toMatch(/^[0-9a-f]{64}$/u)
    await db.annotations.clear()
    await db.annotations.bulkAdd([versionOneAnnotation(), fixtureAnnotation()])
    expect(await databaseDigest(db)).toBe(digest)
  })

  it('changes with one character of a note, a field added as undefined, or a setting', async () => {
    await db.annotations.add(versionOneAnnotation())
    const digests = [await databaseDigest(db)]
    await db.annotations.put(
      versionOneAnnotation({ note: 'Ask UNODC for the data behind the figures!' })
    )
    digests.push(await databaseDigest(db))
    await db.annotations.put(versionOneAnnotation({ followUp: undefined }))
    digests.push(await databaseDigest(db))
    await db.settings.put({ key: 'colorLabels', value: {} })
    digests.push(await databaseDigest(db))
    expect(new Set(digests).size).toBe(4)
  })
})
