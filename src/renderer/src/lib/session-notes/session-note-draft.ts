/**
 * A session note's unsaved fields, kept as a JSON draft while the delegate types and read back
 * defensively: a draft is whatever local storage holds, and may be damaged or from another version.
 */
import type { SessionNoteFields } from './session-note-repository'

/** The draft key of a session note (see notes/drafts.ts, which stores drafts under such keys). */
export function sessionNoteDraftKey(noteId: string): string {
  return `session-note:${noteId}`
}

/**
 * The fields kept in a draft, as a fresh object holding only those fields, or null when `text`
 * is not a draft of a session note (null, not JSON, or not of the right shape): such a draft is
 * ignored rather than trusted.
 */
export function parseSessionNoteDraft(text: string | null): SessionNoteFields | null {
  if (text === null) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const { title, body, agendaItemId, sessionDay, tags } = parsed as Record<string, unknown>
  if (typeof title !== 'string' || typeof body !== 'string') return null
  if (agendaItemId !== null && typeof agendaItemId !== 'string') return null
  if (sessionDay !== null && typeof sessionDay !== 'string') return null
  if (!Array.isArray(tags) || !tags.every((tag): tag is string => typeof tag === 'string')) {
    return null
  }
  return { title, body, agendaItemId, sessionDay, tags: [...tags] }
}
