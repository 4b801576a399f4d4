/** The compile hint goes on the first line of the start chunk, and of no other file. */
import { describe, expect, it } from 'vitest'
import type { OutputBundle } from 'rolldown'
import { compileHint, compileHintOnStartChunk, withCompileHint } from './compile-hints-plugin'

describe('withCompileHint', () => {
  it('puts the hint on a line of its own before the code', () => {
    expect(withCompileHint('const a = 1\n')).toBe(`${compileHint}\nconst a = 1\n`)
  })

  it('puts it there once', () => {
    expect(withCompileHint(withCompileHint('f()'))).toBe(`${compileHint}\nf()`)
  })
})

describe('compileHintOnStartChunk', () => {
  /** Runs the plugin's generateBundle over `bundle`, as the build would once it is complete. */
  function generate(bundle: Record<string, unknown>): void {
    const hook = compileHintOnStartChunk().generateBundle
    if (typeof hook !== 'object' || hook === null || !('handler' in hook)) {
      throw new Error('generateBundle is not an ordered hook')
    }
    expect(hook.order).toBe('post')
    const handler = hook.handler as (options: unknown, bundle: OutputBundle) => void
    handler({}, bundle as unknown as OutputBundle)
  }

  it('hints the entry chunk above the line Vite put first, and leaves the rest alone', () => {
    const bundle = {
      'assets/index-a1.js': {
        type: 'chunk',
        isEntry: true,
        code: 'const __vite__mapDeps=0\nrun()'
      },
      'assets/BriefDialog-b2.js': { type: 'chunk', isEntry: false, code: 'export {}' },
      'assets/index-c3.css': { type: 'asset', source: '.app{}' }
    }
    generate(bundle)
    expect(bundle['assets/index-a1.js'].code).toBe(`${compileHint}\nconst __vite__mapDeps=0\nrun()`)
    expect(bundle['assets/BriefDialog-b2.js'].code).toBe('export {}')
    expect(bundle['assets/index-c3.css']).toEqual({ type: 'asset', source: '.app{}' })
  })
})
