/** Every view, tab, filter, dialog and display choice can be reached from the palette. */
import { describe, expect, it } from 'vitest'
import { displayFields } from '../display/display-settings'
import { filterFields } from '../filters/filter-fields'
import { notesViews } from '../notes/notes-views'
import { filterCommands } from './commands'
import { viewCommands, type AppDialog, type CommandTarget } from './view-commands'

/** The commands whose target is `wanted`. */
function commandsFor(wanted: CommandTarget): string[] {
  return viewCommands
    .filter((command) => JSON.stringify(command.target) === JSON.stringify(wanted))
    .map((command) => command.label)
}

describe('viewCommands', () => {
  it('has one command for each side panel view (each tab)', () => {
    for (const { id } of notesViews) {
      expect(commandsFor({ kind: 'notes-view', view: id }), id).toHaveLength(1)
    }
  })

  it('has one command for each filter menu, and one that clears the filter', () => {
    for (const { id } of filterFields) {
      expect(commandsFor({ kind: 'filter', field: id }), id).toHaveLength(1)
    }
    expect(commandsFor({ kind: 'clear-filter' })).toEqual(['Clear the filter'])
  })

  it('has one command for each dialog and each display choice', () => {
    const dialogs: AppDialog[] = ['brief', 'data', 'display']
    for (const dialog of dialogs) {
      expect(commandsFor({ kind: 'dialog', dialog }), dialog).toHaveLength(1)
    }
    for (const field of displayFields) {
      expect(commandsFor({ kind: 'dialog', dialog: 'display', field }), field).toHaveLength(1)
    }
  })

  it('gives each command its own id and label', () => {
    const ids = viewCommands.map((command) => command.id)
    const labels = viewCommands.map((command) => command.label)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('finds them by the words a delegate would type', () => {
    const found = (typed: string) => filterCommands(viewCommands, typed).map(({ id }) => id)
    expect(found('glossary')).toEqual(['glossary'])
    expect(found('acronyms')).toEqual(['glossary'])
    expect(found('member states')).toEqual(['member-states'])
    expect(found('theme')[0]).toBe('display-theme')
    expect(found('text size')).toEqual(['display-fontSize'])
    expect(found('filter speaker')).toEqual(['filter-speakers'])
    expect(found('export')[0]).toBe('export-brief')
    expect(found('statements')[0]).toBe('statements')
    expect(found('new statement')).toEqual(['new-statement'])
  })

  it('has New statement show the Statements view and start one there', () => {
    expect(commandsFor({ kind: 'notes-view', view: 'statements', startNew: true })).toEqual([
      'New statement'
    ])
  })
})
