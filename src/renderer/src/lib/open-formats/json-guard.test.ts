/** The first look at data read from a file: plain JSON, no prototype keys, bounded size. */
import { describe, expect, it } from 'vitest'
import { jsonProblem } from './json-guard'

const limits = { maxDepth: 4, maxValues: 20 }

describe('jsonProblem', () => {
  it('accepts plain JSON within the limits', () => {
    expect(jsonProblem(JSON.parse('{"a": [1, "two", true, null, {"b": 2.5}]}'), limits)).toBeNull()
    expect(jsonProblem('text', limits)).toBeNull()
  })

  it('refuses __proto__, constructor and prototype keys, saying where', () => {
    expect(jsonProblem(JSON.parse('{"a": [{"__proto__": {}}]}'), limits)).toBe(
      'The file has a “__proto__” key (at “a[0].__proto__”), which annotation files never have, so it was not read.'
    )
    expect(jsonProblem(JSON.parse('{"constructor": 1}'), limits)).toBe(
      'The file has a “constructor” key (at “constructor”), which annotation files never have, so it was not read.'
    )
    expect(jsonProblem(JSON.parse('[{"prototype": null}]'), limits)).toBe(
      'The file has a “prototype” key (at “[0].prototype”), which annotation files never have, so it was not read.'
    )
  })

  it('refuses nesting deeper than the limit', () => {
    expect(jsonProblem([[[[1]]]], limits)).toBeNull()
    expect(jsonProblem([[[[[1]]]]], limits)).toBe(
      '“[0][0][0][0]” is nested more than 4 levels deep, far more than an annotation file needs.'
    )
  })

  it('refuses more values than the limit', () => {
    expect(jsonProblem(new Array(19).fill(0), limits)).toBeNull()
    expect(jsonProblem(new Array(20).fill(0), limits)).toBe(
      'The file holds more than 20 values, far more than an annotation file needs.'
    )
  })

  it('refuses what JSON cannot hold', () => {
    expect(jsonProblem({ a: undefined }, limits)).toBe('“a” is not JSON data (it is undefined).')
    expect(jsonProblem([Number.NaN], limits)).toBe('“[0]” is not a finite number.')
    expect(jsonProblem({ when: new Date(0) }, limits)).toBe(
      '“when” is not JSON data (it is not a plain object).'
    )
    expect(jsonProblem(() => 1, limits)).toBe('The file is not JSON data (it is a function).')
  })
})
