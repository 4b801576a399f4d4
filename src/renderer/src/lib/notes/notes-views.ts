/** The views of the notes side panel, in tab order: each has a tab and a command. */

/** The side panel's views, in tab order. */
export const notesViews = [
  { id: 'annotations', label: 'Annotations' },
  { id: 'follow-ups', label: 'Follow-ups' },
  { id: 'session-notes', label: 'Session notes' },
  { id: 'tags', label: 'Tags' },
  { id: 'agenda-items', label: 'Agenda items' },
  { id: 'statements', label: 'Statements' },
  { id: 'member-states', label: 'Member States' },
  { id: 'glossary', label: 'Glossary' },
  { id: 'library', label: 'Library' }
] as const

/** One of the side panel's views. */
export type NotesView = (typeof notesViews)[number]['id']
