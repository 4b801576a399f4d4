/**
 * The window's parts that are fetched when first used (a dialog, the search results, the notes
 * layer): each used once its code is on the page, fetched once however many uses ask before it
 * arrives, and a failed fetch said in plain words and tried again by the next use.
 * `LazyComponent.svelte.ts` holds one part's code; this is how the window waits for them.
 */
import type { LazyComponent } from './LazyComponent.svelte'

/** What a failure was, in words, for a notice. */
function reasonOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause)
}

/** The notice when a part's code could not be fetched (an update replaced the app's files, say). */
export function partNotLoadedMessage(cause: unknown): string {
  return `This part of the app could not be loaded. ${reasonOf(cause)}`
}

/** The notice when the notes layer could not be loaded or the notes could not be read. */
export function notesNotReadMessage(cause: unknown): string {
  return `Your annotations could not be read. ${reasonOf(cause)}`
}

/** What the window gives the parts: how to wait for the page to show a part, how to say a failure. */
export interface LazyPartsHost {
  /** Resolves once a part whose code has just arrived is on the page (Svelte's `tick`). */
  settle(): Promise<void>
  /** Tells the delegate something went wrong. */
  report(message: string): void
}

/** Uses the window's lazily fetched parts. */
export class LazyParts {
  readonly #host: LazyPartsHost

  constructor(host: LazyPartsHost) {
    this.#host = host
  }

  /**
   * Runs `use` once `part`'s code has loaded and the part is on the page: at once if it already
   * is, so that a shortcut or a click before then still does what it says, a moment later. A part
   * that cannot be fetched is reported, and `use` does not run.
   */
  async whenLoaded(part: LazyComponent<unknown>, use: () => void): Promise<void> {
    try {
      if (!part.component) {
        await part.load()
        await this.#host.settle()
      }
      use()
    } catch (cause) {
      this.#host.report(partNotLoadedMessage(cause))
    }
  }

  /**
   * Loads the notes layer (`layer`'s code, then the notes it opens) and hands both to `use`; a
   * failure of either is reported as the notes not read, and the next call tries again.
   */
  async openNotes<Layer, Notes>(
    layer: LazyComponent<Layer>,
    open: (loaded: Layer) => Promise<Notes>,
    use: (loaded: Layer, notes: Notes) => void | Promise<void>
  ): Promise<void> {
    try {
      const loaded = await layer.load()
      await use(loaded, await open(loaded))
    } catch (cause) {
      this.#host.report(notesNotReadMessage(cause))
    }
  }
}
