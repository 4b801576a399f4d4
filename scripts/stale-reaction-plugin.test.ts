/** Svelte's load-time sentinel is made without constructing an Error, and stays what it was. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { staleReactionWithoutStack, withStaleReactionWithoutStack } from './stale-reaction-plugin'

/** Svelte's constants module as installed: the file the plugin rewrites in the build. */
const constantsPath = join(
  dirname(createRequire(import.meta.url).resolve('svelte/package.json')),
  'src/internal/client/constants.js'
)
const constants = readFileSync(constantsPath, 'utf8')

/** Evaluates the rewritten declaration alone and returns the sentinel it makes. */
function sentinelOf(code: string): unknown {
  const declaration = /export const STALE_REACTION = [^\n]*\n?/u.exec(code)?.[0]
  if (!declaration) throw new Error('no STALE_REACTION declaration on one line')
  return new Function(`${declaration.replace('export const', 'const')}; return STALE_REACTION`)()
}

describe('withStaleReactionWithoutStack', () => {
  it('rewrites the installed Svelte so that loading it constructs no Error', () => {
    expect(constants).toContain('class StaleReactionError extends Error')
    const rewritten = withStaleReactionWithoutStack(constants)
    expect(rewritten).not.toContain('extends Error')
    expect(rewritten).toContain('Object.create(Error.prototype')
    // Everything else in the module is as Svelte wrote it.
    const rest = (code: string) => code.replace(/export const STALE_REACTION = [\s\S]*?;\n/u, '')
    expect(rest(withStaleReactionWithoutStack(constants))).toBe(
      constants.replace(/export const STALE_REACTION = new \([\s\S]*?\}\)\(\);\n/u, '')
    )
  })

  it('keeps the sentinel an Error with the name and message Svelte gives it, and no stack', () => {
    const sentinel = sentinelOf(withStaleReactionWithoutStack(constants)) as Error
    expect(sentinel).toBeInstanceOf(Error)
    expect(sentinel.name).toBe('StaleReactionError')
    expect(sentinel.message).toBe(
      'The reaction that called `getAbortSignal()` was re-run or destroyed'
    )
    expect(String(sentinel)).toBe(
      'StaleReactionError: The reaction that called `getAbortSignal()` was re-run or destroyed'
    )
    expect(Object.hasOwn(sentinel, 'stack')).toBe(false)
  })

  it('fails the build when Svelte declares the sentinel some other way', () => {
    expect(() =>
      withStaleReactionWithoutStack("export const STALE_REACTION = new Error('stale');\n")
    ).toThrow(
      'Svelte no longer declares STALE_REACTION as scripts/stale-reaction-plugin.ts expects'
    )
  })
})

describe('staleReactionWithoutStack', () => {
  const transform = (code: string, id: string) => {
    const hook = staleReactionWithoutStack().transform
    if (typeof hook !== 'function') throw new Error('transform is not a plain hook')
    return (hook as (code: string, id: string) => { code: string } | null).call({}, code, id)
  }

  it('rewrites Svelte’s client constants module, and only that', () => {
    expect(transform(constants, constantsPath)?.code).toContain('Object.create(Error.prototype')
    expect(transform(constants, `${constantsPath}?v=1`)?.code).toContain('Object.create(')
    expect(transform('export const a = 1', '/app/src/renderer/src/main.ts')).toBeNull()
    expect(
      transform('export const a = 1', '/app/node_modules/svelte/src/internal/server/constants.js')
    ).toBeNull()
  })

  it('runs in builds only', () => {
    expect(staleReactionWithoutStack().apply).toBe('build')
  })
})
