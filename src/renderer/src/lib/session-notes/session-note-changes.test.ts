/** Finding which fields of a session note an edit changed. */
import { describe, expect, it } from 'vitest'
import { sessionNoteChanges } from './session-note-changes'
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
