/**
 * Keyboard shortcuts as commands declare them ("Mod+G", "Mod+Shift+Z", "?", "Shift+F3"), the one matcher that
 * decides which command a key press runs, and how the keys are written on screen and for
 * assistive technology.
 */
import type { Command } from './commands'

/** What the matcher needs of a key press (a KeyboardEvent has it). */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>

const modifier = 'Mod+'
const shift = 'Shift+'

/** A function key, "F1" to "F12", which types nothing. */
const functionKey = /^F\d{1,2}$/u

/** A binding split into its parts: "Mod+Shift+Z" → Mod, Shift and "z"; "Shift+F3" → Shift and "F3". */
function partsOf(binding: string): { mod: boolean; shift: boolean; key: string } {
  let rest = binding
  const mod = rest.startsWith(modifier)
  if (mod) rest = rest.slice(modifier.length)
  const withShift = rest.startsWith(shift) && rest.length > shift.length
  if (withShift) rest = rest.slice(shift.length)
  return { mod, shift: withShift, key: mod ? rest.toLowerCase() : rest }
}

/**
 * Whether `press` is `binding`. "Mod+…" is Ctrl, or ⌘ on a Mac, without Alt, with Shift exactly
 * when the binding says so. A single character ("?", "/") is matched as typed, whatever Shift or
 * Alt it took to type it on the delegate's keyboard, but never with Ctrl or ⌘. A function key
 * ("F3", "Shift+F3") is matched without Ctrl, ⌘ or Alt, with Shift exactly when the binding says so.
 */
export function matchesBinding(binding: string, press: KeyPress): boolean {
  const parts = partsOf(binding)
  const mod = press.ctrlKey || press.metaKey
  if (functionKey.test(parts.key)) {
    return !mod && !press.altKey && press.shiftKey === parts.shift && press.key === parts.key
  }
  if (!parts.mod) return !mod && press.key === parts.key
  return (
    mod && !press.altKey && press.shiftKey === parts.shift && press.key.toLowerCase() === parts.key
  )
}

/** Whether `binding` can be pressed while typing without typing anything: "Mod+…" or a function key. */
function typesNothing(binding: string): boolean {
  const parts = partsOf(binding)
  return parts.mod || functionKey.test(parts.key)
}

/**
 * The command whose keys `press` is, if any. While the delegate types in a text field, a plain
 * character is typing, and a command's "Mod+…" and function keys count only if it works in text
 * fields (Ctrl+F and F3 do; Ctrl+Z there is the field's own undo).
 */
export function commandForKey<T extends Pick<Command, 'keys' | 'inTextFields'>>(
  commands: readonly T[],
  press: KeyPress,
  inTextField: boolean
): T | undefined {
  return commands.find((command) =>
    (command.keys ?? []).some(
      (binding) =>
        matchesBinding(binding, press) &&
        (!inTextField || (typesNothing(binding) && command.inTextFields === true))
    )
  )
}

/** The keys as written on screen: "Ctrl+G", "Ctrl+Shift+Z", "?", "Shift+F3". */
export function keyLabel(binding: string): string {
  const { mod, shift: withShift, key } = partsOf(binding)
  if (!mod) return `${withShift ? shift : ''}${key}`
  return `Ctrl+${withShift ? shift : ''}${key.toUpperCase()}`
}

/** The keys in the form of `aria-keyshortcuts`: "Control+F /", "Shift+F3". */
export function ariaKeyShortcuts(bindings: readonly string[]): string {
  return bindings
    .map((binding) => {
      const { mod, shift: withShift, key } = partsOf(binding)
      const shifted = withShift ? shift : ''
      return mod ? `Control+${shifted}${key.toUpperCase()}` : `${shifted}${key}`
    })
    .join(' ')
}
