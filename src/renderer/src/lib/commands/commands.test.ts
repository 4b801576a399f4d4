/** Finding commands by what a delegate types. */
import { describe, expect, it } from 'vitest'
import { foldingCases } from '@test-support/folding-cases'
import { filterCommands } from './commands'

const commands = [
  { label: 'Go to paragraph…', keywords: ['jump', 'number'] },
  { label: 'Export brief…', keywords: ['markdown', 'pdf', 'print'] },
  { label: 'Show follow-ups', keywords: ['cnd67', 'actions'] },
  { label: 'New session note' }
]

describe('filterCommands', () => {
  it('lists everything for nothing typed', () => {
    expect(filterCommands(commands, '  ')).toEqual(commands)
  })

  it('matches the start of words in labels and keywords, in any order, ignoring case and accents', () => {
    expect(filterCommands(commands, 'PDF').map((command) => command.label)).toEqual([
      'Export brief…'
    ])
    expect(filterCommands(commands, 'note sess').map((command) => command.label)).toEqual([
      'New session note'
    ])
    expect(filterCommands(commands, 'fóllow').map((command) => command.label)).toEqual([
      'Show follow-ups'
    ])
    expect(filterCommands(commands, 'xyz')).toEqual([])
  })

  it('puts labels starting with the first typed word first', () => {
    expect(
      filterCommands([{ label: 'Show session notes' }, { label: 'Session day' }], 'sess').map(
        (command) => command.label
      )
    ).toEqual(['Session day', 'Show session notes'])
  })

  it('folds case, accents and the Greek final sigma as search does', () => {
    for (const { typed, name } of foldingCases) {
      expect(filterCommands([{ label: name }, { label: 'Export brief…' }], typed)).toEqual([
        { label: name }
      ])
    }
  })
})
