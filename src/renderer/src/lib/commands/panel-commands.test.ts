/** The commands hiding and showing the panels: named for what they will do, with their keys. */
import { describe, expect, it } from 'vitest'
import type { Panel } from '../display/panel-layout'
import { commandForKey } from './key-bindings'
import { panelCommands } from './panel-commands'

function togglesOf(shown: Record<Panel, boolean>) {
  const toggled: Panel[] = []
  return {
    toggled,
    toggles: {
      toggleLabel: (panel: Panel) =>
        `${shown[panel] ? 'Hide' : 'Show'} ${panel === 'outline' ? 'outline' : 'notes panel'}`,
      toggle: (panel: Panel) => void toggled.push(panel)
    }
  }
}

const press = { ctrlKey: true, metaKey: false, altKey: false, shiftKey: true }

describe('panelCommands', () => {
  it('names each command for what it will do', () => {
    const { toggles } = togglesOf({ outline: true, notes: false })
    expect(panelCommands(toggles).map((command) => command.label)).toEqual([
      'Hide outline',
      'Show notes panel'
    ])
  })

  it('toggles the outline with Ctrl+Shift+O and the notes panel with Ctrl+Shift+E', () => {
    const { toggles, toggled } = togglesOf({ outline: true, notes: true })
    const commands = panelCommands(toggles)
    commandForKey(commands, { ...press, key: 'O' }, false)?.run()
    commandForKey(commands, { ...press, key: 'E' }, false)?.run()
    expect(toggled).toEqual(['outline', 'notes'])
  })

  it('leaves the keys to a text field being typed in', () => {
    const { toggles } = togglesOf({ outline: true, notes: true })
    expect(commandForKey(panelCommands(toggles), { ...press, key: 'O' }, true)).toBeUndefined()
  })
})
