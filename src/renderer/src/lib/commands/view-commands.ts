/**
 * The commands that go somewhere: each side panel view, each filter menu, each dialog and each of
 * the Display dialog's choices, declared once here so that a test can check none is missing from
 * the command palette. The app says what each target means on screen (App.svelte).
 */
import type { DisplayField } from '../display/display-settings'
import type { FilterField } from '../filters/filter-fields'
import type { NotesView } from '../notes/notes-views'
import type { Command } from './commands'

/** A dialog a command opens. */
export type AppDialog = 'brief' | 'data' | 'display'

/** Where a command takes the delegate. */
export type CommandTarget =
  | { kind: 'notes-view'; view: NotesView; startNew?: boolean }
  | { kind: 'filter'; field: FilterField }
  | { kind: 'clear-filter' }
  | { kind: 'dialog'; dialog: AppDialog; field?: DisplayField }

/** A command that goes somewhere, as declared: everything but whether it runs now and how. */
export interface ViewCommand extends Pick<Command, 'id' | 'label' | 'keywords'> {
  target: CommandTarget
  /** Whether it waits for the notes to load (the side panel, filters, the brief, your data). */
  needsNotes: boolean
}

/** Every command that shows a view, a filter menu or a dialog, in the palette's order. */
export const viewCommands: readonly ViewCommand[] = [
  notesView('annotations', 'Show annotations', ['list', 'panel', 'tab']),
  notesView('follow-ups', 'Show follow-ups', ['cnd67', 'actions', 'tasks', 'tab']),
  notesView('session-notes', 'Show session notes', ['new', 'meeting', 'tab']),
  notesView('tags', 'Manage tags', ['rename', 'merge', 'delete', 'tab']),
  notesView('agenda-items', 'Manage agenda items', ['item', 'tab']),
  notesView('statements', 'Statements', ['show', 'speech', 'speak', 'floor', 'draft', 'tab']),
  {
    id: 'new-statement',
    label: 'New statement',
    keywords: ['speech', 'speak', 'floor', 'draft', 'write'],
    target: { kind: 'notes-view', view: 'statements', startNew: true },
    needsNotes: true
  },
  notesView('member-states', 'Show Member States', ['speakers', 'countries', 'attendance', 'tab']),
  notesView('glossary', 'Show the glossary', ['acronyms', 'abbreviations', 'terms', 'tab']),
  notesView('library', 'Library', ['documents', 'show', 'rename', 'remove', 'tab']),
  filter('sessions', 'Filter by session…', ['day', 'meeting']),
  filter('sections', 'Filter by section…', ['heading', 'part']),
  filter('speakers', 'Filter by speaker…', ['member', 'state', 'country', 'presenter']),
  filter('kinds', 'Filter by kind of paragraph…', ['presentation', 'intervention']),
  filter('annotation', 'Filter by your annotations…', ['colour', 'color', 'tag', 'note', 'status']),
  {
    id: 'clear-filter',
    label: 'Clear the filter',
    keywords: ['show', 'all', 'paragraphs'],
    target: { kind: 'clear-filter' },
    needsNotes: true
  },
  dialog('export-brief', 'Export brief…', 'brief', ['markdown', 'pdf', 'print', 'copy']),
  dialog('your-data', 'Your data…', 'data', ['backup', 'restore', 'import', 'export', 'w3c']),
  dialog('display', 'Display…', 'display', ['theme', 'dark', 'light', 'font', 'size', 'width']),
  displayChoice('theme', 'Theme…', ['dark', 'light', 'colours', 'display']),
  displayChoice('fontSize', 'Text size…', ['font', 'larger', 'smaller', 'zoom', 'display']),
  displayChoice('lineWidth', 'Line width…', ['column', 'narrow', 'wide', 'display'])
]

function notesView(view: NotesView, label: string, keywords: string[]): ViewCommand {
  return { id: view, label, keywords, target: { kind: 'notes-view', view }, needsNotes: true }
}

function filter(field: FilterField, label: string, keywords: string[]): ViewCommand {
  return {
    id: `filter-${field}`,
    label,
    keywords: ['filter', 'only', ...keywords],
    target: { kind: 'filter', field },
    needsNotes: true
  }
}

function dialog(id: string, label: string, opens: AppDialog, keywords: string[]): ViewCommand {
  return {
    id,
    label,
    keywords,
    target: { kind: 'dialog', dialog: opens },
    needsNotes: opens !== 'display'
  }
}

function displayChoice(field: DisplayField, label: string, keywords: string[]): ViewCommand {
  return {
    id: `display-${field}`,
    label,
    keywords,
    target: { kind: 'dialog', dialog: 'display', field },
    needsNotes: false
  }
}
