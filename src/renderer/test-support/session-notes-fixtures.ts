/** Fixture factories for session note tests. */
import type { SessionNoteFields } from '@renderer/lib/session-notes/session-note-repository'

/** What a delegate types for a briefing from their capital, with `changes` made to it. */
export function briefingFields(changes: Partial<SessionNoteFields> = {}): SessionNoteFields {
  return {
    title: 'Briefing from the capital',
    body: 'Support para. 47; raise precursors with Mexico.',
    agendaItemId: 'agenda-item-6',
    sessionDay: '2024-03-18',
    tags: ['Briefing', 'Precursors'],
    ...changes
  }
}
