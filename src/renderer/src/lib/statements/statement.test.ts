/** The statement record: its defaults, the check of its fields, and the copies made of it. */
import { describe, expect, it } from 'vitest'
import { defaultStatement, statementFields } from '@test-support/statements-fixtures'
import {
  copyStatement,
  isSpeakingLimit,
  isSpeakingPace,
  newStatement,
  statementChanges,
  statementFieldsOf,
  statementFieldsProblem,
  statementProblem,
  statementTitle
} from './statement'

const now = new Date('2024-03-16T08:00:00.000Z')

describe('newStatement', () => {
  it('starts with a 3-minute limit at 120 words a minute, untitled and empty', () => {
    expect(newStatement({}, now, 'id-1')).toStrictEqual({
      id: 'id-1',
      title: '',
      agendaItemId: null,
      speakingFor: '',
      limitSeconds: 180,
      wordsPerMinute: 120,
      text: '',
      createdAt: '2024-03-16T08:00:00.000Z',
      updatedAt: '2024-03-16T08:00:00.000Z'
    })
  })

  it('keeps what the delegate gave, in declared order, and ignores undefined fields', () => {
    const statement = newStatement(
      { ...statementFields({ limitSeconds: 300 }), wordsPerMinute: undefined },
      now,
      'id-2'
    )
    expect(Object.keys(statement)).toEqual([
      'id',
      'title',
      'agendaItemId',
      'speakingFor',
      'limitSeconds',
      'wordsPerMinute',
      'text',
      'createdAt',
      'updatedAt'
    ])
    expect(statement).toMatchObject({
      limitSeconds: 300,
      wordsPerMinute: 120,
      speakingFor: 'Canada'
    })
  })

  it('makes text well-formed: a lone half of a surrogate pair becomes U+FFFD', () => {
    expect(newStatement({ text: 'cut \ud83d', title: '\ude00' }, now, 'id').text).toBe('cut \ufffd')
    expect(newStatement({ title: '\ude00' }, now, 'id').title).toBe('\ufffd')
  })

  it('refuses a limit or a pace out of range, naming it', () => {
    expect(() => newStatement({ limitSeconds: 29 }, now)).toThrow(
      new RangeError('The time limit must be a whole number of seconds from 30 to 3,600')
    )
    expect(() => newStatement({ wordsPerMinute: 251 }, now)).toThrow(
      new RangeError('The speaking pace must be a whole number of words a minute from 60 to 250')
    )
  })
})

describe('isSpeakingLimit', () => {
  it('allows every whole number of seconds from 30 to 3600, and nothing else', () => {
    expect([30, 120, 180, 300, 225, 3600].every(isSpeakingLimit)).toBe(true)
    expect([29, 3601, 180.5, NaN, Infinity, '180', null].some(isSpeakingLimit)).toBe(false)
  })
})

describe('isSpeakingPace', () => {
  it('allows whole words a minute from 60 to 250, and nothing else', () => {
    expect([60, 120, 250].every(isSpeakingPace)).toBe(true)
    expect([59, 251, 120.5, '120', undefined].some(isSpeakingPace)).toBe(false)
  })
})

describe('statementFieldsProblem', () => {
  it('finds nothing wrong with what a delegate types', () => {
    expect(statementFieldsProblem(statementFields())).toBeNull()
    expect(statementFieldsProblem({})).toBeNull()
  })

  it('checks only the fields given, first problem first', () => {
    expect(statementFieldsProblem({ text: 'fine', limitSeconds: 10 })).toBe(
      'The time limit must be a whole number of seconds from 30 to 3,600'
    )
    expect(statementFieldsProblem({ title: 'x'.repeat(301) })).toBe(
      'The title must be well-formed text of at most 300 characters'
    )
    expect(statementFieldsProblem({ speakingFor: 'lone \ud83d' })).toBe(
      '“Speaking for” must be well-formed text of at most 200 characters'
    )
    expect(statementFieldsProblem({ agendaItemId: '' })).toBe(
      'The agenda item must be an agenda item’s id, or null'
    )
  })
})

describe('statementProblem', () => {
  it('checks the id and times too', () => {
    expect(statementProblem(defaultStatement())).toBeNull()
    expect(statementProblem(defaultStatement({ id: '' }))).toBe('The id must not be empty')
    expect(statementProblem(defaultStatement({ updatedAt: '2024-02-30T10:00:00.000Z' }))).toBe(
      'updatedAt must be a date and time such as 2024-03-14T09:05:00.000Z'
    )
  })
})

describe('statementFieldsOf', () => {
  it('copies the editable fields, and gives the defaults for a statement that is gone', () => {
    expect(statementFieldsOf(defaultStatement())).toStrictEqual(statementFields())
    expect(statementFieldsOf(undefined)).toStrictEqual({
      title: '',
      agendaItemId: null,
      speakingFor: '',
      limitSeconds: 180,
      wordsPerMinute: 120,
      text: ''
    })
  })
})

describe('copyStatement', () => {
  it('keeps only the known fields', () => {
    const extra = { ...defaultStatement(), internal: 'x' }
    expect(copyStatement(extra)).toStrictEqual(defaultStatement())
  })
})

describe('statementChanges', () => {
  it('lists only the fields that differ, with the edited values', () => {
    const saved = statementFields()
    expect(statementChanges(saved, saved)).toEqual({})
    expect(statementChanges({ ...saved, text: 'New', limitSeconds: 120 }, saved)).toEqual({
      limitSeconds: 120,
      text: 'New'
    })
  })
})

describe('statementTitle', () => {
  it('reads "Untitled statement" for a blank title', () => {
    expect(statementTitle({ title: ' Item 6 ' })).toBe('Item 6')
    expect(statementTitle({ title: '  ' })).toBe('Untitled statement')
  })
})
