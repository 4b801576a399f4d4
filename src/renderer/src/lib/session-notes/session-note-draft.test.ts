/** Keying a session note's draft, and reading a draft back without trusting it. */
import { describe, expect, it } from 'vitest'
import { parseJson } from '../notes/drafts'
import { parseSessionNoteDraft, sessionNoteDraft, sessionNoteDraftKey } from './session-note-draft'
import { briefingFields } from '@test-support/session-notes-fixtures'

describe('sessionNoteDraftKey', () => {
  it('keys drafts of session notes by id', () => {
    expect(sessionNoteDraftKey('abc')).toBe('session-note:abc')
  })
})

describe('parseSessionNoteDraft', () => {
  it('reads back the fields of a draft', () => {
    const fields = briefingFields()
    expect(parseSessionNoteDraft(parseJson(JSON.stringify(fields)))).toEqual(fields)
  })

  it('reads a draft with no agenda item and no session day', () => {
    const fields = briefingFields({ agendaItemId: null, sessionDay: null, tags: [] })
    expect(parseSessionNoteDraft(parseJson(JSON.stringify(fields)))).toEqual(fields)
  })

  it('ignores what is not an object: no draft, text that was not JSON, other JSON values', () => {
    expect(parseSessionNoteDraft(undefined)).toBeNull()
    expect(parseSessionNoteDraft(null)).toBeNull()
    expect(parseSessionNoteDraft('Briefing')).toBeNull()
    expect(parseSessionNoteDraft([])).toBeNull()
  })

  it('ignores a draft with a field of the wrong type or missing', () => {
    const draft = (changes: Record<string, unknown>) =>
      parseSessionNoteDraft({ ...briefingFields(), ...changes })
    expect(draft({ title: 7 })).toBeNull()
    expect(draft({ body: null })).toBeNull()
    expect(draft({ agendaItemId: 6 })).toBeNull()
    expect(draft({ sessionDay: false })).toBeNull()
    expect(draft({ tags: 'Briefing' })).toBeNull()
    expect(draft({ tags: ['Briefing', 1] })).toBeNull()
    expect(draft({ tags: undefined })).toBeNull()
  })

  it('keeps only the five fields, in a fresh plain object', () => {
    const text =
      '{"__proto__": {"polluted": true}, "constructor": "x", "id": "n1", "updatedAt": "2024-03-18",' +
      ' "title": "Briefing from the capital", "body": "", "agendaItemId": null,' +
      ' "sessionDay": null, "tags": ["Briefing"]}'
    const parsed = parseSessionNoteDraft(parseJson(text))
    expect(parsed).toEqual({
      title: 'Briefing from the capital',
      body: '',
      agendaItemId: null,
      sessionDay: null,
      tags: ['Briefing']
    })
    expect(Object.keys(parsed ?? {})).toEqual([
      'title',
      'body',
      'agendaItemId',
      'sessionDay',
      'tags'
    ])
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype)
    expect(parsed).not.toHaveProperty('polluted')
  })

  it('returns a new object and a copy of the tags, not what was parsed', () => {
    const stored = briefingFields()
    const parsed = parseSessionNoteDraft(stored)
    expect(parsed).toEqual(stored)
    expect(parsed).not.toBe(stored)
    expect(parsed?.tags).not.toBe(stored.tags)
  })
})

describe('sessionNoteDraft.same', () => {
  it('finds fields alike only when every field is', () => {
    expect(sessionNoteDraft.same(briefingFields(), briefingFields())).toBe(true)
    expect(sessionNoteDraft.same(briefingFields(), briefingFields({ tags: ['Briefing'] }))).toBe(
      false
    )
    expect(sessionNoteDraft.same(briefingFields(), briefingFields({ sessionDay: null }))).toBe(
      false
    )
  })
})

describe('sessionNoteDraft.fromEarlier', () => {
  it('reads the JSON record earlier versions kept under the draft key', () => {
    const fields = briefingFields({ body: 'Kept by version 1' })
    expect(
      sessionNoteDraft.fromEarlier(
        { text: JSON.stringify(fields), details: null },
        briefingFields()
      )
    ).toEqual(fields)
  })

  it('ignores none, and a damaged one', () => {
    expect(sessionNoteDraft.fromEarlier({ text: null, details: null }, briefingFields())).toBeNull()
    expect(
      sessionNoteDraft.fromEarlier({ text: '{"title": "B', details: null }, briefingFields())
    ).toBeNull()
  })
})
