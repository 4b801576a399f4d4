/**
 * A build-only Vite plugin that asks V8 to compile every function of the start chunk as the chunk
 * streams in, on a background thread (Chrome 136's explicit compile hints), rather than each on
 * the main thread the first time hydration calls it: nearly all of the start chunk runs before
 * the reference pane is interactive, and compiling it lazily was a third of that time.
 */
import type { Plugin } from 'vite'

/** The magic comment V8 reads; it counts only as the very first line of a file. */
export const compileHint = '//# allFunctionsCalledOnLoad'

/** `code` with the compile hint as its first line (once, however often it is given). */
export function withCompileHint(code: string): string {
  return code.startsWith(`${compileHint}\n`) ? code : `${compileHint}\n${code}`
}

/**
 * Puts the hint on the entry chunk once the bundle is complete: only then is its first line
 * final, Vite having put a line of its own there (the dependencies of the lazily loaded chunks). The other
 * chunks are left alone; they load when a part of the app is used, and much of them never runs.
 */
export function compileHintOnStartChunk(): Plugin {
  return {
    name: 'cnd67:compile-hint-on-start-chunk',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After every other plugin's, Vite's own among them.
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && output.isEntry) output.code = withCompileHint(output.code)
        }
      }
    }
  }
}
