/**
 * A session note's unsaved fields, kept as a draft while the delegate types and read back
 * defensively: a draft is whatever local storage holds, and may be damaged or from another version.
 */
import { parseJson, type DraftKind } from '../notes/drafts'
import { keepBothSessionNotes, sessionNoteChanges } from './session-note-changes'
import type { SessionNoteFields } from './session-note-repository'

/** The draft key of a session note (see notes/drafts.ts, which stores drafts under such keys). */
export function sessionNoteDraftKey(noteId: string): string {
  return `session-note:${noteId}`
}

/**
 * The fields kept in a draft, as a fresh object holding only those fields, or null when `value`
 * is not a draft of a session note (not an object, or not of the right shape): such a draft is
 * ignored rather than trusted.
 */
export function parseSessionNoteDraft(value: unknown): SessionNoteFields | null {
  if (typeof value !== 'object' || value === null) return null
  const { title, body, agendaItemId, sessionDay, tags } = value as Record<string, unknown>
  if (typeof title !== 'string' || typeof body !== 'string') return null
  if (agendaItemId !== null && typeof agendaItemId !== 'string') return null
  if (sessionDay !== null && typeof sessionDay !== 'string') return null
  if (!Array.isArray(tags) || !tags.every((tag): tag is string => typeof tag === 'string')) {
    return null
  }
  return { title, body, agendaItemId, sessionDay, tags: [...tags] }
}

/** How the session note editor's drafts are read back. */
export const sessionNoteDraft: DraftKind<SessionNoteFields> = {
  parse: parseSessionNoteDraft,
  same: (a, b) => Object.keys(sessionNoteChanges(a, b)).length === 0,
  // Earlier versions kept the same record, as JSON under the draft key itself.
  fromEarlier: ({ text }) => (text === null ? null : parseSessionNoteDraft(parseJson(text))),
  // Both titles and both bodies; the rest as the second window left it.
  combine: keepBothSessionNotes
}
