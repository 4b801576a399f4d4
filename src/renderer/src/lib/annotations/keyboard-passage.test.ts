/** Selecting a passage with the keyboard, a word at a time. */
import { describe, expect, it } from 'vitest'
import type { KeyPress } from '../commands/key-bindings'
import { movePassage, passageMoveForKey, type PassageOffsets } from './keyboard-passage'

const text = ' Canada called for early  warning.'

/** The words `offsets` cover in `text`. */
function words(offsets: PassageOffsets | null): string | null {
  return offsets && text.slice(offsets.start, offsets.end)
}

function press(key: string, changes: Partial<KeyPress> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: true, ...changes }
}

describe('passageMoveForKey', () => {
  it('reads Shift with the arrows, Home and End; Ctrl or ⌘ moves the start', () => {
    expect(passageMoveForKey(press('ArrowRight'))).toBe('end-forward')
    expect(passageMoveForKey(press('ArrowLeft'))).toBe('end-back')
    expect(passageMoveForKey(press('ArrowRight', { ctrlKey: true }))).toBe('start-forward')
    expect(passageMoveForKey(press('ArrowLeft', { metaKey: true }))).toBe('start-back')
    expect(passageMoveForKey(press('End'))).toBe('to-end')
    expect(passageMoveForKey(press('Home'))).toBe('to-start')
  })

  it('leaves other keys alone: no Shift, Alt, up and down, letters', () => {
    expect(passageMoveForKey(press('ArrowRight', { shiftKey: false }))).toBeNull()
    expect(passageMoveForKey(press('ArrowRight', { altKey: true }))).toBeNull()
    expect(passageMoveForKey(press('ArrowDown'))).toBeNull()
    expect(passageMoveForKey(press('End', { ctrlKey: true }))).toBeNull()
    expect(passageMoveForKey(press('A'))).toBeNull()
  })
})

describe('movePassage', () => {
  it('starts with the first word, or all of the paragraph with Shift+End', () => {
    expect(words(movePassage(text, null, 'end-forward'))).toBe('Canada')
    expect(words(movePassage(text, null, 'start-forward'))).toBe('Canada')
    expect(words(movePassage(text, null, 'end-back'))).toBe('warning.')
    expect(words(movePassage(text, null, 'to-end'))).toBe('Canada called for early  warning.')
  })

  it('moves the end a word on or back, keeping at least one word', () => {
    const first = movePassage(text, null, 'end-forward')
    const two = movePassage(text, first, 'end-forward')
    expect(words(two)).toBe('Canada called')
    expect(words(movePassage(text, two, 'end-back'))).toBe('Canada')
    expect(words(movePassage(text, first, 'end-back'))).toBe('Canada')
  })

  it('moves the start a word on or back, within the end', () => {
    const three = { start: 1, end: 24 } // "Canada called for early"
    expect(words(three)).toBe('Canada called for early')
    const on = movePassage(text, three, 'start-forward')
    expect(words(on)).toBe('called for early')
    expect(words(movePassage(text, on, 'start-back'))).toBe('Canada called for early')
    const one = { start: 19, end: 24 }
    expect(words(one)).toBe('early')
    expect(words(movePassage(text, one, 'start-forward'))).toBe('early')
  })

  it('stops at the edges of the paragraph', () => {
    const all = movePassage(text, null, 'to-end')
    expect(movePassage(text, all, 'end-forward')).toEqual(all)
    expect(movePassage(text, all, 'start-back')).toEqual(all)
    const end = { start: 19, end: 24 }
    expect(words(movePassage(text, end, 'to-end'))).toBe('early  warning.')
    expect(words(movePassage(text, end, 'to-start'))).toBe('Canada called for early')
  })

  it('has nothing to select in a text without words', () => {
    expect(movePassage('  ', null, 'end-forward')).toBeNull()
  })
})
