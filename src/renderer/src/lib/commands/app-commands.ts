/**
 * Every action of the window as the command palette, the shortcuts list and the keyboard know it:
 * each command declared once here, with its id, label, keys and when it can run, calling the
 * window through an injected context. The window (App.svelte) builds the context and says what
 * each action does on screen.
 */
import { highlightColors, type HighlightColor } from '../annotations/annotation'
import type { Command } from './commands'
import { panelCommands, type PanelToggles } from './panel-commands'
import { viewCommands, type CommandTarget } from './view-commands'

/** What the commands need to know of the window now, and what they ask it to do. */
export interface AppCommandContext {
  /** Whether the delegate's notes have loaded (actions on notes wait for them). */
  notesLoaded: boolean
  /** Whether a passage of the text is selected. */
  passageSelected: boolean
  /** The paragraph the delegate works on, which "Annotate the current paragraph" acts on. */
  currentParagraph: number
  /** The names the delegate gave the highlight colours. */
  colorLabels: Readonly<Record<HighlightColor, string>>
  /** The outline and the notes panel. */
  panels: PanelToggles
  focusSearch(): void
  /** Opens the next (1) or previous (-1) search result. */
  goToResult(step: 1 | -1): void
  openGoTo(): void
  /** Opens the file picker of Open document…, which adds a document to the library. */
  openDocument(): void
  annotateParagraph(paragraph: number): void
  /** Shows a view, a filter menu or a dialog (see view-commands.ts). */
  show(target: CommandTarget): void
  highlightSelection(color: HighlightColor): void
  noteOnSelection(): void
  undo(): void
  redo(): void
  /** Opens the command palette; with `shortcuts`, on the list of keyboard shortcuts. */
  openPalette(shortcuts: boolean): void
}

/** Every command of the window, in the palette's order. */
export function appCommands(context: AppCommandContext): Command[] {
  const notes = context.notesLoaded
  const onSelection = context.passageSelected && notes
  return [
    {
      id: 'search',
      label: 'Search',
      keys: ['Mod+F', '/'],
      inTextFields: true,
      keywords: ['find', 'look'],
      enabled: true,
      run: () => context.focusSearch()
    },
    {
      id: 'next-result',
      label: 'Next search result',
      keys: ['F3'],
      inTextFields: true,
      keywords: ['find', 'again'],
      enabled: notes,
      run: () => context.goToResult(1)
    },
    {
      id: 'previous-result',
      label: 'Previous search result',
      keys: ['Shift+F3'],
      inTextFields: true,
      keywords: ['find', 'back'],
      enabled: notes,
      run: () => context.goToResult(-1)
    },
    {
      id: 'go-to',
      label: 'Go to paragraph…',
      keys: ['Mod+G'],
      inTextFields: true,
      keywords: ['jump', 'number'],
      enabled: true,
      run: () => context.openGoTo()
    },
    {
      id: 'open-document',
      label: 'Open document…',
      // In a text field too: the browser's own Ctrl+O would open the file in place of the app.
      keys: ['Mod+O'],
      inTextFields: true,
      keywords: ['import', 'add', 'library', 'pdf', 'word', 'docx', 'file'],
      enabled: notes,
      run: () => context.openDocument()
    },
    {
      id: 'annotate',
      label: `Annotate the current paragraph (${context.currentParagraph})`,
      keywords: ['note', 'write'],
      enabled: notes,
      run: () => context.annotateParagraph(context.currentParagraph)
    },
    ...viewCommands.map(({ target, needsNotes, ...declared }) => ({
      ...declared,
      enabled: !needsNotes || notes,
      run: () => context.show(target)
    })),
    // The colours' keys work on a passage selected with the mouse or the keyboard.
    ...highlightColors.map((color, index) => ({
      id: `highlight-${color}`,
      label: `Highlight the selected passage: ${context.colorLabels[color]}`,
      keys: [String(index + 1)],
      keywords: ['colour', 'color', 'mark', 'selection'],
      enabled: onSelection,
      run: () => context.highlightSelection(color)
    })),
    {
      id: 'note-on-selection',
      label: 'Add a note on the selected passage',
      keys: ['n'],
      keywords: ['highlight', 'selection', 'write'],
      enabled: onSelection,
      run: () => context.noteOnSelection()
    },
    ...panelCommands(context.panels),
    {
      id: 'undo',
      label: 'Undo',
      // In a text field, the field's own undo.
      keys: ['Mod+Z'],
      enabled: notes,
      run: () => context.undo()
    },
    {
      id: 'redo',
      label: 'Redo',
      keys: ['Mod+Shift+Z'],
      enabled: notes,
      run: () => context.redo()
    },
    {
      id: 'commands',
      label: 'Commands',
      keys: ['Mod+K'],
      inTextFields: true,
      keywords: ['palette'],
      enabled: true,
      run: () => context.openPalette(false)
    },
    {
      id: 'shortcuts',
      label: 'Keyboard shortcuts',
      keys: ['?'],
      keywords: ['help', 'keys'],
      enabled: true,
      run: () => context.openPalette(true)
    }
  ]
}

/** The keys of command `id`, for a button to show them; none if it has none. */
export function commandKeys(commands: readonly Command[], id: string): readonly string[] {
  return commands.find((command) => command.id === id)?.keys ?? []
}
