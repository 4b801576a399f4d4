/**
 * A note that belongs to the session rather than to a paragraph: a meeting's notes, a briefing
 * from the capital, a list of delegations to see.
 */

/** A session note as stored. */
export interface SessionNote {
  /** A UUID, stable for the note's life. */
  id: string
  title: string
  /** The body, in Markdown, exactly as typed. */
  body: string
  /** The id of the agenda item it is about, or null. */
  agendaItemId: string | null
  /** The day of the session it is for, as an ISO date (YYYY-MM-DD), or null. */
  sessionDay: string | null
  tags: string[]
  /** When it was created, ISO 8601. */
  createdAt: string
  /** When it was last changed, ISO 8601. */
  updatedAt: string
}
