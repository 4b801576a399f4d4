/** Which command a key press runs, and how its keys are written. */
import { describe, expect, it } from 'vitest'
import {
  ariaKeyShortcuts,
  commandForKey,
  keyLabel,
  matchesBinding,
  type KeyPress
} from './key-bindings'

/** A key press with no modifier, and `changes` made to it. */
function press(key: string, changes: Partial<KeyPress> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...changes }
}

/** Commands with shortcuts of each sort: Mod keys that work in text fields or not, characters. */
const commands = [
  { id: 'search', keys: ['Mod+F', '/'], inTextFields: true },
  { id: 'go-to', keys: ['Mod+G'], inTextFields: true },
  { id: 'annotate' },
  { id: 'undo', keys: ['Mod+Z'] },
  { id: 'redo', keys: ['Mod+Shift+Z'] },
  { id: 'commands', keys: ['Mod+K'], inTextFields: true },
  { id: 'shortcuts', keys: ['?'] },
  { id: 'next-result', keys: ['F3'], inTextFields: true },
  { id: 'previous-result', keys: ['Shift+F3'], inTextFields: true },
  { id: 'help', keys: ['F1'] }
]

/** The id of the command `key` runs, outside or inside a text field. */
function run(key: KeyPress, inTextField = false): string | undefined {
  return commandForKey(commands, key, inTextField)?.id
}

describe('matchesBinding', () => {
  it('takes Ctrl or ⌘ for Mod, in either case of the letter', () => {
    expect(matchesBinding('Mod+G', press('g', { ctrlKey: true }))).toBe(true)
    expect(matchesBinding('Mod+G', press('G', { metaKey: true }))).toBe(true)
    expect(matchesBinding('Mod+G', press('g'))).toBe(false)
    expect(matchesBinding('Mod+G', press('h', { ctrlKey: true }))).toBe(false)
  })

  it('wants Shift exactly when the binding says so, and never Alt', () => {
    expect(matchesBinding('Mod+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(false)
    expect(matchesBinding('Mod+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(true)
    expect(matchesBinding('Mod+Shift+Z', press('z', { ctrlKey: true }))).toBe(false)
    expect(matchesBinding('Mod+G', press('g', { ctrlKey: true, altKey: true }))).toBe(false)
  })

  it('matches a character as typed, whatever Shift took, but not with Ctrl or ⌘', () => {
    expect(matchesBinding('?', press('?', { shiftKey: true }))).toBe(true)
    expect(matchesBinding('/', press('/'))).toBe(true)
    expect(matchesBinding('/', press('/', { altKey: true, shiftKey: true }))).toBe(true)
    expect(matchesBinding('?', press('?', { ctrlKey: true, shiftKey: true }))).toBe(false)
    expect(matchesBinding('/', press('/', { metaKey: true }))).toBe(false)
  })
})

describe('matchesBinding, function keys', () => {
  it('wants Shift exactly when the binding says so, and neither Ctrl, ⌘ nor Alt', () => {
    expect(matchesBinding('F3', press('F3'))).toBe(true)
    expect(matchesBinding('F3', press('F3', { shiftKey: true }))).toBe(false)
    expect(matchesBinding('Shift+F3', press('F3', { shiftKey: true }))).toBe(true)
    expect(matchesBinding('Shift+F3', press('F3'))).toBe(false)
    expect(matchesBinding('F3', press('F3', { ctrlKey: true }))).toBe(false)
    expect(matchesBinding('F3', press('F3', { altKey: true }))).toBe(false)
    expect(matchesBinding('F3', press('F4'))).toBe(false)
  })
})

describe('commandForKey', () => {
  it('finds the command each shortcut runs', () => {
    expect(run(press('f', { ctrlKey: true }))).toBe('search')
    expect(run(press('/'))).toBe('search')
    expect(run(press('g', { metaKey: true }))).toBe('go-to')
    expect(run(press('z', { ctrlKey: true }))).toBe('undo')
    expect(run(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo')
    expect(run(press('k', { ctrlKey: true }))).toBe('commands')
    expect(run(press('?', { shiftKey: true }))).toBe('shortcuts')
  })

  it('finds none for other keys', () => {
    expect(run(press('a'))).toBeUndefined()
    expect(run(press('f'))).toBeUndefined()
    expect(run(press('k', { ctrlKey: true, shiftKey: true }))).toBeUndefined()
    expect(run(press('Enter', { ctrlKey: true }))).toBeUndefined()
    expect(run(press('Escape'))).toBeUndefined()
  })

  it('leaves typing to a text field: characters, and the field’s own undo and redo', () => {
    expect(run(press('/'), true)).toBeUndefined()
    expect(run(press('?', { shiftKey: true }), true)).toBeUndefined()
    expect(run(press('z', { ctrlKey: true }), true)).toBeUndefined()
    expect(run(press('Z', { ctrlKey: true, shiftKey: true }), true)).toBeUndefined()
  })

  it('goes to the next and previous result with F3 and Shift+F3, in a text field too', () => {
    expect(run(press('F3'))).toBe('next-result')
    expect(run(press('F3', { shiftKey: true }))).toBe('previous-result')
    expect(run(press('F3'), true)).toBe('next-result')
    expect(run(press('F3', { shiftKey: true }), true)).toBe('previous-result')
    // A function key not declared to work in text fields does not.
    expect(run(press('F1'))).toBe('help')
    expect(run(press('F1'), true)).toBeUndefined()
  })

  it('still runs search, go to paragraph and the palette from a text field', () => {
    expect(run(press('f', { ctrlKey: true }), true)).toBe('search')
    expect(run(press('g', { ctrlKey: true }), true)).toBe('go-to')
    expect(run(press('k', { metaKey: true }), true)).toBe('commands')
  })
})

describe('keyLabel', () => {
  it('writes the keys as the screen shows them', () => {
    expect(keyLabel('Mod+G')).toBe('Ctrl+G')
    expect(keyLabel('Mod+Shift+Z')).toBe('Ctrl+Shift+Z')
    expect(keyLabel('?')).toBe('?')
    expect(keyLabel('F3')).toBe('F3')
    expect(keyLabel('Shift+F3')).toBe('Shift+F3')
  })
})

describe('ariaKeyShortcuts', () => {
  it('writes the keys as aria-keyshortcuts wants them, separated by spaces', () => {
    expect(ariaKeyShortcuts(['Mod+F', '/'])).toBe('Control+F /')
    expect(ariaKeyShortcuts(['Mod+Shift+Z'])).toBe('Control+Shift+Z')
    expect(ariaKeyShortcuts(['F3', 'Shift+F3'])).toBe('F3 Shift+F3')
    expect(ariaKeyShortcuts([])).toBe('')
  })
})
