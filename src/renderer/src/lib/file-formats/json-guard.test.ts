/**
 * The one guard on untrusted JSON: the text scan agrees with JSON.parse on what is JSON and finds
 * where a text goes wrong or is cut off; the walk of a parsed value finds forbidden keys, depth,
 * size and what is not JSON, with the path to it; neither recurses, however deep the input.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  findJsonTextProblem,
  findJsonValueProblem,
  formatJsonPath,
  placeInText,
  type JsonTextProblem
} from './json-guard'

/** Whether JSON.parse accepts `text`. */
function parses(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** An array nested `depth` deep, built without recursion: [[[…]]]. */
function nestedArrays(depth: number): unknown[] {
  const outer: unknown[] = []
  let inner = outer
  for (let level = 1; level < depth; level++) {
    const next: unknown[] = []
    inner.push(next)
    inner = next
  }
  return outer
}

describe('findJsonTextProblem', () => {
  it('accepts exactly what JSON.parse accepts, on texts made of JSON’s own characters', () => {
    const jsonish = fc.string({
      unit: fc.constantFrom(...'{}[]:,"\\ntrufalse0123456789.-+eE \t\n\rux'.split('')),
      maxLength: 12
    })
    fc.assert(
      fc.property(jsonish, (text) => {
        expect(findJsonTextProblem(text, 64) === null).toBe(parses(text))
      }),
      { numRuns: 500 }
    )
  })

  it('agrees with JSON.parse on JSON texts with one character changed', () => {
    const mutated = fc
      .tuple(
        fc.jsonValue({ maxDepth: 4 }),
        fc.nat(),
        fc.constantFrom(...'{}[]:,"\\ 0.-eu'.split('')),
        fc.boolean()
      )
      .map(([value, at, char, insert]) => {
        const text = JSON.stringify(value)
        const index = at % (text.length + 1)
        return text.slice(0, index) + char + text.slice(insert ? index : index + 1)
      })
    fc.assert(
      fc.property(mutated, (text) => {
        expect(findJsonTextProblem(text, 64) === null).toBe(parses(text))
      }),
      { numRuns: 500 }
    )
  })

  it('accepts any value JSON.stringify writes, compact or indented', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(findJsonTextProblem(JSON.stringify(value), 64)).toBeNull()
        expect(findJsonTextProblem(JSON.stringify(value, null, 2), 64)).toBeNull()
      })
    )
  })

  it('calls every strict beginning of an object or array cut off (or empty)', () => {
    const container = fc.oneof(
      fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 1 }),
      fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1 })
    )
    fc.assert(
      fc.property(container, fc.nat(), (value, cut) => {
        const text = JSON.stringify(value, null, 1)
        const end = cut % text.length
        const expected: JsonTextProblem = end === 0 ? { kind: 'empty' } : { kind: 'truncated' }
        expect(findJsonTextProblem(text.slice(0, end), 64)).toEqual(expected)
      })
    )
  })

  it('finds the first mistake', () => {
    const cases: [string, number][] = [
      ['{"a":}', 5],
      ['{"a" 1}', 5],
      ['[1,]', 3],
      ['[1 2]', 3],
      ['{"a":1,}', 7],
      ['{a:1}', 1],
      ["{'a':1}", 1],
      ['nulx', 3],
      ['[NaN]', 1],
      ['[Infinity]', 1],
      ['[01]', 2],
      ['"a\\x"', 3],
      ['"\\u12G4"', 5],
      ['"tab\there"', 4],
      ['{} {}', 3],
      ['[1]]', 3],
      ['{]', 1]
    ]
    for (const [text, offset] of cases) {
      expect(findJsonTextProblem(text, 64), text).toEqual({ kind: 'syntax', offset })
    }
  })

  it('calls a text cut off inside a string, number, literal or escape truncated', () => {
    for (const text of ['{"note": "unfinish', '[1, 2.', '[-', '[tr', '{"a": nu', '"\\', '"\\u00']) {
      expect(findJsonTextProblem(text, 64), text).toEqual({ kind: 'truncated' })
    }
  })

  it('calls whitespace alone empty', () => {
    expect(findJsonTextProblem('', 64)).toEqual({ kind: 'empty' })
    expect(findJsonTextProblem(' \n\t\r ', 64)).toEqual({ kind: 'empty' })
  })

  it('refuses nesting deeper than the limit where it goes too deep, and accepts the limit', () => {
    expect(findJsonTextProblem(`${'['.repeat(64)}${']'.repeat(64)}`, 64)).toBeNull()
    expect(findJsonTextProblem(`${'['.repeat(65)}${']'.repeat(65)}`, 64)).toEqual({
      kind: 'too-deep',
      offset: 64
    })
    expect(findJsonTextProblem(`{"a":${'{"b":'.repeat(70)}`, 64)).toEqual({
      kind: 'too-deep',
      offset: 5 + 5 * 63
    })
  })

  it('refuses 10,000 nested arrays without overflowing the stack', () => {
    const text = `${'['.repeat(10_000)}${']'.repeat(10_000)}`
    expect(findJsonTextProblem(text, 64)).toEqual({ kind: 'too-deep', offset: 64 })
  })
})

describe('placeInText', () => {
  it('counts lines and columns from 1', () => {
    const text = '{\n  "a": 1,\n  "b": x\n}'
    expect(placeInText(text, 0)).toEqual({ line: 1, column: 1 })
    expect(placeInText(text, text.indexOf('x'))).toEqual({ line: 3, column: 8 })
    expect(placeInText(text, text.length)).toEqual({ line: 4, column: 2 })
  })
})

describe('findJsonValueProblem', () => {
  /** No limit but the keys. */
  const anyDepth = { maxDepth: Infinity, maxValues: Infinity }
  /** A forbidden key at `path`. */
  const forbiddenAt = (...path: (string | number)[]) => ({ kind: 'forbidden-key', path })

  it('finds "__proto__" that JSON.parse made an own property, with its path', () => {
    expect(findJsonValueProblem(JSON.parse('{"__proto__": {"polluted": true}}'), anyDepth)).toEqual(
      forbiddenAt('__proto__')
    )
    expect(
      findJsonValueProblem(
        JSON.parse('{"data": {"annotations": [{}, {"target": {"__proto__": 1}}]}}'),
        anyDepth
      )
    ).toEqual(forbiddenAt('data', 'annotations', 1, 'target', '__proto__'))
  })

  it('finds "constructor" and "prototype" keys, the first in document order', () => {
    expect(
      findJsonValueProblem(JSON.parse('[{"a": {"prototype": 1}}, {"constructor": 1}]'), anyDepth)
    ).toEqual(forbiddenAt(0, 'a', 'prototype'))
  })

  it('ignores those words as values, and plain data', () => {
    expect(
      findJsonValueProblem(JSON.parse('{"key": "__proto__", "tags": ["constructor"]}'), anyDepth)
    ).toBeNull()
    expect(findJsonValueProblem('text', anyDepth)).toBeNull()
    expect(findJsonValueProblem(null, anyDepth)).toBeNull()
  })

  it('walks 50,000 nested arrays without overflowing the stack, and stops at the depth limit', () => {
    expect(findJsonValueProblem(nestedArrays(50_000), anyDepth)).toBeNull()
    expect(findJsonValueProblem(nestedArrays(50_000), { maxDepth: 64, maxValues: 100 })).toEqual({
      kind: 'too-deep',
      path: new Array(64).fill(0)
    })
    expect(findJsonValueProblem(nestedArrays(64), { maxDepth: 64, maxValues: 100 })).toBeNull()
  })

  it('counts every value, the outermost included', () => {
    const limits = { maxDepth: 4, maxValues: 3 }
    expect(findJsonValueProblem({ a: 1, b: [] }, limits)).toBeNull()
    expect(findJsonValueProblem({ a: 1, b: [2] }, limits)).toEqual({ kind: 'too-many-values' })
  })

  it('refuses what JSON.parse never makes, saying where', () => {
    expect(findJsonValueProblem({ a: [1, Number.NaN] }, anyDepth)).toEqual({
      kind: 'not-finite',
      path: ['a', 1]
    })
    expect(findJsonValueProblem([undefined], anyDepth)).toEqual({
      kind: 'not-json',
      path: [0],
      found: 'it is undefined'
    })
    expect(findJsonValueProblem({ when: new Date(0) }, anyDepth)).toEqual({
      kind: 'not-json',
      path: ['when'],
      found: 'it is not a plain object'
    })
    expect(findJsonValueProblem(Object.create(null), anyDepth)).toBeNull()
  })
})

describe('formatJsonPath', () => {
  it('writes keys with dots, indexes in brackets and odd keys quoted', () => {
    expect(formatJsonPath(['annotations', 3, 'target', 'position'])).toBe(
      'annotations[3].target.position'
    )
    expect(formatJsonPath(['settings', 0, 'value', 'two words'])).toBe(
      'settings[0].value["two words"]'
    )
    expect(formatJsonPath([])).toBe('')
  })
})
