/** Change notices: what was done with Undo, and failures in plain words. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Notices } from '../notices/Notices.svelte'
import { StorageWriteError } from '../storage/storage-error'
import { failureMessage, showWithUndo } from './change-notices'

describe('failureMessage', () => {
  it('gives storage and validation messages as they are, and names the action otherwise', () => {
    expect(failureMessage(new StorageWriteError('The disk is full.'), 'save')).toBe(
      'The disk is full.'
    )
    expect(failureMessage(new RangeError('A tag cannot be blank.'), 'tag')).toBe(
      'A tag cannot be blank.'
    )
    expect(failureMessage(new Error('boom'), 'delete the tag')).toBe(
      'Could not delete the tag: boom'
    )
  })
})

describe('showWithUndo', () => {
  afterEach(() => vi.useRealTimers())

  it('offers Undo, and says what was undone or why undoing failed', async () => {
    const notices = new Notices()
    showWithUndo(
      notices,
      { undo: () => Promise.resolve('Deleted annotation on para. 47') },
      'Done.'
    )
    const latest = () => notices.current.at(-1)
    expect(latest()).toMatchObject({ message: 'Done.', action: { label: 'Undo' } })
    latest()?.action?.run()
    await new Promise((resolve) => setTimeout(resolve))
    expect(latest()?.message).toBe('Undone: Deleted annotation on para. 47.')

    showWithUndo(notices, { undo: () => Promise.reject(new StorageWriteError('Closed.')) }, 'x')
    latest()?.action?.run()
    await new Promise((resolve) => setTimeout(resolve))
    expect(latest()).toMatchObject({ message: 'Closed.', tone: 'error' })
  })
})
