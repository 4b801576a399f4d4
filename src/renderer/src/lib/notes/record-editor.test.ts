/** What a panel says when New could not create a record. */
import { describe, expect, it } from 'vitest'
import { createFailedMessage } from './record-editor'

describe('createFailedMessage', () => {
  it('names the record and says why, in one sentence', () => {
    expect(createFailedMessage('statement', new Error('The disk is full.'))).toBe(
      'Could not create a statement: The disk is full.'
    )
    expect(createFailedMessage('session note', 'blocked')).toBe(
      'Could not create a session note: blocked.'
    )
  })
})
