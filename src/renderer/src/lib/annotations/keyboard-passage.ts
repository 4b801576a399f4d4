/**
 * Selecting a passage without a mouse: in the focused paragraph, Shift with the arrow keys moves
 * the end of the selected passage a word at a time, Ctrl+Shift with them moves its start, and
 * Shift+Home or Shift+End reach the paragraph's first or last word. The highlight colours then
 * have their keys (commands). Works in words, on the paragraph's text.
 */
import type { KeyPress } from '../commands/key-bindings'

/** A passage as offsets in the paragraph's text, end excluded. */
export interface PassageOffsets {
  start: number
  end: number
}

/** How a key moves the passage. */
export type PassageMove =
  'end-forward' | 'end-back' | 'start-forward' | 'start-back' | 'to-end' | 'to-start'

/** The keys, as the shortcuts list shows them, and what each does. */
export const passageKeys: readonly { keys: string; does: string }[] = [
  {
    keys: 'Shift+→ / Shift+←',
    does: 'Select a passage of the focused paragraph: its end a word on or back'
  },
  { keys: 'Ctrl+Shift+→ / Ctrl+Shift+←', does: 'Move the start of the selected passage a word' },
  { keys: 'Shift+Home / Shift+End', does: 'Select to the start or the end of the paragraph' }
]

/** What `press` does to a passage, if anything: only Shift (and Ctrl or ⌘) with arrows, Home, End. */
export function passageMoveForKey(press: KeyPress): PassageMove | null {
  if (!press.shiftKey || press.altKey) return null
  const mod = press.ctrlKey || press.metaKey
  switch (press.key) {
    case 'ArrowRight':
      return mod ? 'start-forward' : 'end-forward'
    case 'ArrowLeft':
      return mod ? 'start-back' : 'end-back'
    case 'End':
      return mod ? null : 'to-end'
    case 'Home':
      return mod ? null : 'to-start'
    default:
      return null
  }
}

/** The words of `text`: each run of characters other than white space, as offsets. */
function wordsOf(text: string): PassageOffsets[] {
  return [...text.matchAll(/\S+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length
  }))
}

/**
 * The passage after `move` in `text`, from `current` (null when nothing in the paragraph is
 * selected yet: the first move selects its first word, or with Shift+End all of it). The
 * passage always keeps at least one word; a move past the paragraph's edge changes nothing.
 * Null for a text without words.
 */
export function movePassage(
  text: string,
  current: PassageOffsets | null,
  move: PassageMove
): PassageOffsets | null {
  const words = wordsOf(text)
  if (words.length === 0) return null
  const first = words[0]
  const last = words[words.length - 1]
  if (!current) {
    if (move === 'to-end') return { start: first.start, end: last.end }
    if (move === 'end-back' || move === 'start-back') return { ...last }
    return { ...first }
  }
  const { start, end } = current
  switch (move) {
    case 'end-forward':
      return { start, end: words.find((word) => word.end > end)?.end ?? end }
    case 'end-back':
      return {
        start,
        end: words.findLast((word) => word.end < end && word.start >= start)?.end ?? end
      }
    case 'start-forward':
      return {
        start: words.find((word) => word.start > start && word.end <= end)?.start ?? start,
        end
      }
    case 'start-back':
      return { start: words.findLast((word) => word.start < start)?.start ?? start, end }
    case 'to-end':
      return { start, end: last.end }
    case 'to-start':
      return { start: first.start, end }
  }
}
