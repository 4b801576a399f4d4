/** Finding which fields of a session note an edit changed. */
import { describe, expect, it } from 'vitest'
import {
  keepBothSessionNotes,
  sessionNoteChanges,
  sessionNoteFieldsOf
} from './session-note-changes'
import { briefingFields } from '@test-support/session-notes-fixtures'

describe('sessionNoteChanges', () => {
  it('finds no change between equal fields', () => {
    expect(sessionNoteChanges(briefingFields(), briefingFields())).toEqual({})
  })

  it('lists each changed field with its edited value, and no other', () => {
    expect(
      sessionNoteChanges(
        briefingFields({ title: 'Briefing', agendaItemId: null, sessionDay: '2024-03-19' }),
        briefingFields()
      )
    ).toEqual({ title: 'Briefing', agendaItemId: null, sessionDay: '2024-03-19' })
    expect(sessionNoteChanges(briefingFields({ body: '' }), briefingFields())).toEqual({
      body: ''
    })
  })

  it('counts tags in another order, or one more or fewer, as a change', () => {
    expect(
      sessionNoteChanges(briefingFields({ tags: ['Precursors', 'Briefing'] }), briefingFields())
    ).toEqual({ tags: ['Precursors', 'Briefing'] })
    expect(sessionNoteChanges(briefingFields({ tags: ['Briefing'] }), briefingFields())).toEqual({
      tags: ['Briefing']
    })
    expect(sessionNoteChanges(briefingFields({ tags: [] }), briefingFields())).toEqual({
      tags: []
    })
  })

  it('copies the edited tags', () => {
    const edited = briefingFields({ tags: ['Mexico'] })
    expect(sessionNoteChanges(edited, briefingFields()).tags).not.toBe(edited.tags)
  })
})

describe('sessionNoteFieldsOf', () => {
  it('takes the fields an editor shows from a stored note', () => {
    const fields = briefingFields()
    const note = {
      id: 'n1',
      ...fields,
      createdAt: '2024-03-18T09:00:00.000Z',
      updatedAt: '2024-03-18T09:05:00.000Z'
    }
    expect(sessionNoteFieldsOf(note)).toEqual(fields)
    expect(sessionNoteFieldsOf(note).tags).not.toBe(note.tags)
  })

  it('is all empty for a note that is not there', () => {
    expect(sessionNoteFieldsOf(undefined)).toEqual({
      title: '',
      body: '',
      agendaItemId: null,
      sessionDay: null,
      tags: []
    })
  })
})

describe('keepBothSessionNotes', () => {
  it('joins both titles and both bodies, theirs first, and keeps the rest as picked here', () => {
    const theirs = briefingFields({ title: 'Briefing', body: 'Support para. 47.', tags: [] })
    const mine = briefingFields({ title: 'Capital', body: 'Raise precursors.', sessionDay: null })
    expect(keepBothSessionNotes(theirs, mine)).toEqual({
      ...mine,
      title: 'Briefing / Capital',
      body: 'Support para. 47.\n\nRaise precursors.'
    })
  })
})
