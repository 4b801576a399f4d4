/**
 * The notebook's writer: a write is counted and followed by a new start-up copy only when it
 * succeeds, fails in plain words, and the undo history it keeps can be forgotten.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RepositoryClock } from '../annotations/annotation-repository'
import { NotesDatabase } from '../storage/database'
import { notFoundError, StorageWriteError } from '../storage/storage-error'
import { NotebookWriter } from './NotebookWriter.svelte'
import type { UndoableChange } from './undo-history'
import { steppingClock } from '@test-support/annotations-fixtures'

let db: NotesDatabase
let clock: RepositoryClock
let writer: NotebookWriter
/** How many times the writer asked for the start-up copy to be written again. */
let copiesAsked: number

beforeEach(() => {
  db = new NotesDatabase(`writer-${crypto.randomUUID()}`)
  clock = steppingClock()
  copiesAsked = 0
  writer = new NotebookWriter(db, clock, {
    later: () => {
      copiesAsked++
      return () => {}
    }
  })
})

afterEach(async () => {
  await db.delete()
})

/** A change that logs what is done to it. */
function loggedChange(description: string, log: string[]): UndoableChange {
  return {
    description,
    undo: async () => void log.push(`undo ${description}`),
    redo: async () => void log.push(`redo ${description}`)
  }
}

describe('write', () => {
  it('runs the write with the database and the clock, counts it and asks for a new copy', async () => {
    const given: [NotesDatabase, RepositoryClock][] = []
    expect(await writer.write(async (...args) => (given.push(args), 'stored'))).toBe('stored')
    expect(given).toHaveLength(1)
    expect(given[0][0]).toBe(db)
    expect(given[0][1]).toBe(clock)
    expect(writer.changes).toBe(1)
    expect(copiesAsked).toBe(1)
    await writer.write(async () => null)
    expect(writer.changes).toBe(2)
    expect(copiesAsked).toBe(2)
  })

  it('passes a RangeError on as it is, counting nothing', async () => {
    const refusal = new RangeError('A tag cannot contain a comma.')
    await expect(
      writer.write(async () => {
        throw refusal
      })
    ).rejects.toBe(refusal)
    expect(writer.changes).toBe(0)
    expect(copiesAsked).toBe(0)
  })

  it('passes a repository’s own StorageWriteError on as it is, in its words', async () => {
    const refusal = new StorageWriteError('Your notes changed while the restore was waiting.')
    await expect(
      writer.write(async () => {
        throw refusal
      })
    ).rejects.toBe(refusal)
    expect(writer.changes).toBe(0)
  })

  it('turns any other failure into a StorageWriteError in plain words, keeping the cause', async () => {
    const gone = notFoundError('session note', 'missing')
    const write = writer.write(async () => {
      throw gone
    })
    await expect(write).rejects.toThrow(StorageWriteError)
    await expect(write).rejects.toThrow(
      'That session note no longer exists; it may have been deleted.'
    )
    await expect(write).rejects.toMatchObject({ cause: gone })
    expect(writer.changes).toBe(0)
    expect(copiesAsked).toBe(0)
  })
})

describe('undo', () => {
  it('undoes the latest change recorded and says what it was; null when there is none', async () => {
    const log: string[] = []
    expect(await writer.undo()).toBeNull()
    writer.record(loggedChange('Added annotation on para. 1', log))
    writer.record(loggedChange('Deleted session note “Plenary”', log))
    expect(await writer.undo()).toBe('Deleted session note “Plenary”')
    expect(await writer.undo()).toBe('Added annotation on para. 1')
    expect(await writer.undo()).toBeNull()
    expect(log).toEqual(['undo Deleted session note “Plenary”', 'undo Added annotation on para. 1'])
  })
})

describe('redo', () => {
  it('redoes the latest undone change and says what it was; null when there is none', async () => {
    const log: string[] = []
    writer.record(loggedChange('Added annotation on para. 1', log))
    expect(await writer.redo()).toBeNull()
    await writer.undo()
    expect(await writer.redo()).toBe('Added annotation on para. 1')
    expect(await writer.redo()).toBeNull()
    expect(log).toEqual(['undo Added annotation on para. 1', 'redo Added annotation on para. 1'])
  })
})

describe('forgetHistory', () => {
  it('leaves nothing to undo or redo, and keeps the count of changes', async () => {
    const log: string[] = []
    await writer.write(async () => null)
    writer.record(loggedChange('Added annotation on para. 1', log))
    writer.record(loggedChange('Added annotation on para. 2', log))
    await writer.undo()
    writer.forgetHistory()
    expect(await writer.undo()).toBeNull()
    expect(await writer.redo()).toBeNull()
    expect(log).toEqual(['undo Added annotation on para. 2'])
    expect(writer.changes).toBe(1)
  })
})
