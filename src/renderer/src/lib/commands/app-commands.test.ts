/** The window's commands: each declared once, with its keys, when it runs and what it asks for. */
import { describe, expect, it } from 'vitest'
import { defaultColorLabels, type HighlightColor } from '../annotations/annotation'
import type { Panel } from '../display/panel-layout'
import { appCommands, commandKeys, type AppCommandContext } from './app-commands'
import type { Command } from './commands'
import { commandForKey, type KeyPress } from './key-bindings'
import { viewCommands, type CommandTarget } from './view-commands'

/** A context that records what each command asked the window to do. */
function contextOf(state: Partial<AppCommandContext> = {}) {
  const asked: string[] = []
  const context: AppCommandContext = {
    notesLoaded: true,
    passageSelected: false,
    currentParagraph: 12,
    colorLabels: defaultColorLabels,
    panels: {
      toggleLabel: (panel: Panel) => `Hide ${panel}`,
      toggle: (panel: Panel) => void asked.push(`toggle ${panel}`)
    },
    focusSearch: () => void asked.push('search'),
    goToResult: (step: 1 | -1) => void asked.push(`result ${step}`),
    openGoTo: () => void asked.push('go to'),
    openDocument: () => void asked.push('open document'),
    annotateParagraph: (paragraph: number) => void asked.push(`annotate ${paragraph}`),
    show: (target: CommandTarget) => void asked.push(`show ${JSON.stringify(target)}`),
    highlightSelection: (color: HighlightColor) => void asked.push(`highlight ${color}`),
    noteOnSelection: () => void asked.push('note'),
    undo: () => void asked.push('undo'),
    redo: () => void asked.push('redo'),
    openPalette: (shortcuts: boolean) => void asked.push(shortcuts ? 'shortcuts' : 'palette'),
    ...state
  }
  return { context, asked }
}

const plain = { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false }
const ctrl = { ...plain, ctrlKey: true }

/** Runs the command `press` stands for, as the window's key handler does; its id, if any ran. */
function pressKey(commands: readonly Command[], press: KeyPress, inTextField = false) {
  const command = commandForKey(commands, press, inTextField)
  if (command?.enabled) command.run()
  return command?.id
}

describe('appCommands', () => {
  it('gives each command its own id and label', () => {
    const commands = appCommands(contextOf().context)
    const ids = commands.map((command) => command.id)
    const labels = commands.map((command) => command.label)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('declares each key once', () => {
    const keys = appCommands(contextOf().context).flatMap((command) => command.keys ?? [])
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('lists every view, filter and dialog command, each showing its target', () => {
    const { context, asked } = contextOf()
    const commands = appCommands(context)
    for (const declared of viewCommands) {
      commands.find((command) => command.id === declared.id)?.run()
    }
    expect(asked).toEqual(viewCommands.map(({ target }) => `show ${JSON.stringify(target)}`))
  })

  it('runs each shortcut’s action', () => {
    const { context, asked } = contextOf({ passageSelected: true })
    const commands = appCommands(context)
    pressKey(commands, { ...ctrl, key: 'f' })
    pressKey(commands, { ...plain, key: '/' })
    pressKey(commands, { ...plain, key: 'F3' })
    pressKey(commands, { ...plain, shiftKey: true, key: 'F3' })
    pressKey(commands, { ...ctrl, key: 'g' })
    pressKey(commands, { ...plain, key: '2' })
    pressKey(commands, { ...plain, key: 'n' })
    pressKey(commands, { ...ctrl, key: 'z' })
    pressKey(commands, { ...ctrl, shiftKey: true, key: 'Z' })
    pressKey(commands, { ...ctrl, key: 'k' })
    pressKey(commands, { ...plain, shiftKey: true, key: '?' })
    pressKey(commands, { ...ctrl, shiftKey: true, key: 'O' })
    pressKey(commands, { ...ctrl, key: 'o' })
    expect(asked).toEqual([
      'search',
      'search',
      'result 1',
      'result -1',
      'go to',
      'highlight green',
      'note',
      'undo',
      'redo',
      'palette',
      'shortcuts',
      'toggle outline',
      'open document'
    ])
  })

  it('annotates the paragraph the delegate works on, and says which', () => {
    const { context, asked } = contextOf({ currentParagraph: 41 })
    const annotate = appCommands(context).find((command) => command.id === 'annotate')
    expect(annotate?.label).toBe('Annotate the current paragraph (41)')
    annotate?.run()
    expect(asked).toEqual(['annotate 41'])
  })

  it('names the colours as the delegate named them', () => {
    const colorLabels = { ...defaultColorLabels, yellow: 'To raise' }
    const commands = appCommands(contextOf({ colorLabels }).context)
    expect(commands.find(({ id }) => id === 'highlight-yellow')?.label).toBe(
      'Highlight the selected passage: To raise'
    )
  })

  it('keeps the actions on notes disabled until the notes have loaded', () => {
    const commands = appCommands(contextOf({ notesLoaded: false, passageSelected: true }).context)
    const enabled = commands.filter((command) => command.enabled).map((command) => command.id)
    expect(enabled).toEqual([
      'search',
      'go-to',
      'display',
      'display-theme',
      'display-fontSize',
      'display-lineWidth',
      'toggle-outline',
      'toggle-notes-panel',
      'commands',
      'shortcuts'
    ])
  })

  it('offers the colours and the note only on a selected passage', () => {
    const { context, asked } = contextOf({ passageSelected: false })
    const commands = appCommands(context)
    expect(pressKey(commands, { ...plain, key: '1' })).toBe('highlight-yellow')
    expect(pressKey(commands, { ...plain, key: 'n' })).toBe('note-on-selection')
    expect(asked).toEqual([])
  })

  it('leaves plain keys and Ctrl+Z to a text field being typed in, but not Ctrl+F or F3', () => {
    const commands = appCommands(contextOf({ passageSelected: true }).context)
    expect(pressKey(commands, { ...plain, key: 'n' }, true)).toBeUndefined()
    expect(pressKey(commands, { ...ctrl, key: 'z' }, true)).toBeUndefined()
    expect(pressKey(commands, { ...ctrl, key: 'f' }, true)).toBe('search')
    expect(pressKey(commands, { ...plain, key: 'F3' }, true)).toBe('next-result')
    expect(pressKey(commands, { ...ctrl, key: 'o' }, true)).toBe('open-document')
  })
})

describe('commandKeys', () => {
  it('gives a command’s keys, first the one shown, and none for a command without', () => {
    const commands = appCommands(contextOf().context)
    expect(commandKeys(commands, 'search')).toEqual(['Mod+F', '/'])
    expect(commandKeys(commands, 'annotate')).toEqual([])
    expect(commandKeys(commands, 'no-such-command')).toEqual([])
  })
})
