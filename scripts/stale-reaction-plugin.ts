/**
 * A build-only Vite plugin that keeps Svelte from constructing an Error while the start chunk
 * loads. Svelte's runtime makes one at module load, `STALE_REACTION`, the reason it gives an
 * abort signal (`getAbortSignal()`, which the app does not use). With a DevTools client attached,
 * as Playwright is to the bench's and the end-to-end tests' Chromium, V8 records where every
 * Error is constructed, line and column, and since it compiles scripts without their source
 * positions until something needs them, that one Error made it parse the whole start chunk again
 * on the main thread before hydration began (V8.CollectSourcePositions, 19 to 29 ms in traces of
 * a start). Without a DevTools client the Error costs nothing measurable (the chunk ran in 76.3
 * and 78.6 ms with and without it, medians of 31 starts with `--dump-dom`): the change lets the
 * bench time the start as a delegate's window runs it.
 *
 * The sentinel is made instead from Error's prototype without calling its constructor: the same
 * one object, still `instanceof Error`, with the same name and message, and no stack to record.
 */
import type { Plugin } from 'vite'

/** Svelte's declaration, as svelte/src/internal/client/constants.js has it (5.57). */
const constructed =
  /export const STALE_REACTION = new \(class StaleReactionError extends Error \{\s*name = '(?<name>[^']+)';\s*message = '(?<message>[^']+)';\s*\}\)\(\);/u

/** The module this plugin rewrites, by the end of its path. */
const constantsModule = /[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]constants\.js$/u

/**
 * Svelte's constants module with `STALE_REACTION` made without the Error constructor. Throws if
 * the declaration is not there as expected, so that an upgrade of Svelte that changes it fails
 * the build instead of bringing the cost back unnoticed.
 */
export function withStaleReactionWithoutStack(code: string): string {
  const found = constructed.exec(code)
  if (!found?.groups) {
    throw new Error(
      'Svelte no longer declares STALE_REACTION as scripts/stale-reaction-plugin.ts expects: ' +
        'check whether it still constructs an Error at load, then update or remove the plugin.'
    )
  }
  const { name, message } = found.groups
  const replacement =
    'export const STALE_REACTION = Object.create(Error.prototype, {' +
    ` name: { value: ${JSON.stringify(name)}, writable: true, configurable: true },` +
    ` message: { value: ${JSON.stringify(message)}, writable: true, configurable: true } });`
  return code.replace(constructed, () => replacement)
}

export function staleReactionWithoutStack(): Plugin {
  return {
    name: 'cnd67:stale-reaction-without-stack',
    apply: 'build',
    transform(code, id) {
      if (!constantsModule.test(id.split('?')[0])) return null
      return { code: withStaleReactionWithoutStack(code), map: null }
    }
  }
}
