/**
 * A part of the window whose code is fetched the first time it is needed rather than with the
 * page, so that the reference pane's start carries none of it: a dialog, the search results, the
 * notes' views. The window renders the component once `component` is set.
 */

/** A component (or any module's default export) that loads on first use. */
export class LazyComponent<T> {
  /** The component once its code has arrived; null until then. */
  component = $state.raw<T | null>(null)
  readonly #fetch: () => Promise<{ default: T }>
  #loading: Promise<T> | null = null

  /** @param fetch the dynamic `import()` of the component's module */
  constructor(fetch: () => Promise<{ default: T }>) {
    this.#fetch = fetch
  }

  /**
   * Fetches the code once: every call before it arrives shares the one request. A fetch that
   * failed (the app's files replaced by an update, say) is tried again by the next call.
   */
  load(): Promise<T> {
    this.#loading ??= this.#fetch().then(
      (module) => (this.component = module.default),
      (cause: unknown) => {
        this.#loading = null
        throw cause
      }
    )
    return this.#loading
  }
}
