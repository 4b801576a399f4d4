/**
 * The one form a list opens on one of its rows at a time (edit or rename, or remove), the message
 * of its last failure, and where the focus goes when it closes: back to the button that opened
 * it, or, once its row is gone, to the row that took its place, or else the list's heading. The
 * agenda items and the library list their rows this way.
 */
import { tick } from 'svelte'

/** The form open on a row: which kind, on which row. */
export interface OpenRowForm<Kind extends string> {
  kind: Kind
  rowId: string
}

export class RowForms<Kind extends string> {
  /** The form open, or null. */
  open = $state<OpenRowForm<Kind> | null>(null)
  /** Why the last save or removal failed, in plain words; '' if it did not. */
  failure = $state('')
  /** The buttons that open each kind of form, by row id; nothing on screen depends on them. */
  readonly buttons: Record<Kind, Record<string, HTMLButtonElement | undefined>>
  readonly #heading: () => HTMLElement | undefined

  /** @param heading the list's heading, where the focus goes when no button can take it */
  constructor(kinds: readonly Kind[], heading: () => HTMLElement | undefined) {
    this.buttons = Object.fromEntries(kinds.map((kind) => [kind, {}])) as Record<
      Kind,
      Record<string, HTMLButtonElement | undefined>
    >
    this.#heading = heading
  }

  /** Whether the form of `kind` is open on row `rowId`. */
  isOpen(kind: Kind, rowId: string): boolean {
    return this.open?.kind === kind && this.open.rowId === rowId
  }

  /** Opens the form of `kind` on row `rowId`, in place of any other. */
  openOn(kind: Kind, rowId: string): void {
    this.open = { kind, rowId }
    this.failure = ''
  }

  /** Closes the open form and puts the focus back on the button that opened it. */
  async close(): Promise<void> {
    const closed = this.open
    this.open = null
    this.failure = ''
    await tick()
    if (closed) this.#focus(this.buttons[closed.kind][closed.rowId])
  }

  /**
   * Closes the form of a row just removed; the focus stays in the list, on the `kind` button of
   * `neighbourId` (the row that took its place), or the heading if the list is empty.
   */
  async closeRemoved(kind: Kind, neighbourId: string | undefined): Promise<void> {
    this.open = null
    this.failure = ''
    await tick()
    this.#focus(neighbourId === undefined ? undefined : this.buttons[kind][neighbourId])
  }

  #focus(button: HTMLButtonElement | undefined): void {
    ;(button ?? this.#heading())?.focus()
  }
}
