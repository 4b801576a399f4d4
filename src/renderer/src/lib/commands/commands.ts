/**
 * The app's actions as the command palette (Ctrl+K), the shortcuts list (?) and the keyboard
 * know them: each with a name, the keys that run it if any, and words it can be found by.
 */
import { foldedWords } from '../text/fold-text'

/** An action a delegate can run from the palette. */
export interface Command {
  id: string
  /** What it does, as the palette lists it: "Export brief…". */
  label: string
  /**
   * The keys that run it, if any, first the one shown on screen: "Mod+G" (Ctrl, or ⌘ on a Mac),
   * "Mod+Shift+Z", "?" (see key-bindings.ts, which matches key presses against them).
   */
  keys?: readonly string[]
  /** Whether its "Mod+…" keys also work while typing in a text field (they do not by default). */
  inTextFields?: boolean
  /** Other words it is found by ("pdf", "markdown"). */
  keywords?: readonly string[]
  /** Whether it can run now (an action on notes waits until they are loaded). */
  enabled: boolean
  run(): void
}

/**
 * The commands matching `typed`: every typed word starts a word of the label or keywords, in any
 * order, both folded as search folds them (`foldedWords`). Labels starting with the first typed
 * word come first; otherwise the list's own order.
 */
export function filterCommands<T extends Pick<Command, 'label' | 'keywords'>>(
  commands: readonly T[],
  typed: string
): T[] {
  const query = foldedWords(typed)
  if (query.length === 0) return [...commands]
  const matching = commands.filter((command) => {
    const words = foldedWords([command.label, ...(command.keywords ?? [])].join(' '))
    return query.every((part) => words.some((word) => word.startsWith(part)))
  })
  const leading = (command: T) => (foldedWords(command.label)[0]?.startsWith(query[0]) ? 0 : 1)
  return matching
    .map((command, index) => ({ command, index }))
    .sort((a, b) => leading(a.command) - leading(b.command) || a.index - b.index)
    .map(({ command }) => command)
}
