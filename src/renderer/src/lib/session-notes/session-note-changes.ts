/**
 * What an edit to a session note changed, field by field: only those fields are written, so that a
 * save does not write back fields the delegate left alone. Also the fields of a stored note, and
 * how "Keep both" joins two versions of them.
 */
import { keepBothTexts } from '../storage/edit-conflict'
import type { SessionNoteFields } from './session-note-repository'

/** The fields an editor shows of `note`; all empty for a note that is not there. */
export function sessionNoteFieldsOf(note: SessionNoteFields | undefined): SessionNoteFields {
  return {
    title: note?.title ?? '',
    body: note?.body ?? '',
    agendaItemId: note?.agendaItemId ?? null,
    sessionDay: note?.sessionDay ?? null,
    tags: [...(note?.tags ?? [])]
  }
}

/**
 * The note another window saved (`theirs`) and the one typed here (`mine`) in one: both titles
 * and both bodies, theirs first; the agenda item, day and tags as picked here.
 */
export function keepBothSessionNotes(
  theirs: SessionNoteFields,
  mine: SessionNoteFields
): SessionNoteFields {
  return {
    ...mine,
    title: keepBothTexts(theirs.title, mine.title, ' / '),
    body: keepBothTexts(theirs.body, mine.body)
  }
}

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
