/**
 * What an edit to a session note changed, field by field: only those fields are written, so that a
 * save does not write back fields the delegate left alone.
 */
import type { SessionNoteFields } from './session-note-repository'

/** The fields of `edited` that differ from `saved`, with their values in `edited`. */
export function sessionNoteChanges(
  edited: SessionNoteFields,
  saved: SessionNoteFields
): Partial<SessionNoteFields> {
  const changes: Partial<SessionNoteFields> = {}
  if (edited.title !== saved.title) changes.title = edited.title
  if (edited.body !== saved.body) changes.body = edited.body
  if (edited.agendaItemId !== saved.agendaItemId) changes.agendaItemId = edited.agendaItemId
  if (edited.sessionDay !== saved.sessionDay) changes.sessionDay = edited.sessionDay
  if (
    edited.tags.length !== saved.tags.length ||
    edited.tags.some((tag, index) => tag !== saved.tags[index])
  ) {
    changes.tags = [...edited.tags]
  }
  return changes
}
