/**
 * The one guard on untrusted JSON, for every file format the app reads (backups, Web Annotation
 * files): checks that `JSON.parse` does not make, each for its own reason.
 *
 * - Where the text first goes wrong (line and column), or that it is cut off: JSON.parse says
 *   neither in words a delegate can act on, and a file cut off while it was copied is common.
 * - How deeply arrays and objects nest. Not for JSON.parse, which does not recurse on the stack
 *   (V8 parses a million nested `[` without complaint). The limit protects the code that walks
 *   the parsed value afterwards, recursively: valibot's schemas (selectors refine selectors, pages
 *   embed pages), `JSON.stringify` (which the next backup runs over every stored value) and the
 *   structured clone IndexedDB makes of each record it stores. In Node 20 the last two throw
 *   "Maximum call stack size exceeded" on 20,000 nested arrays; 64 levels is ten times what the
 *   app's data needs.
 * - Keys that reach a prototype (`__proto__`, `constructor`, `prototype`): JSON.parse keeps
 *   `"__proto__"` as an own property, harmless itself, but code that copies or merges objects key
 *   by key would set a prototype through it. No file the app reads has such keys, so they are
 *   refused outright rather than trusted to every later copy.
 * - How many values there are, for formats read from other tools, so that a file of millions of
 *   values is refused before any schema spends its time on them.
 *
 * Everything here is iterative: the value walked may come from a caller that did not scan its
 * text first, and its depth is only known by walking it.
 */

/** What is wrong with a JSON text, found before it is parsed. */
export type JsonTextProblem =
  /** Nothing but whitespace. */
  | { kind: 'empty' }
  /** Valid as far as it goes, but it stops in the middle of a value. */
  | { kind: 'truncated' }
  /** Not JSON from `offset` (in UTF-16 code units) on. */
  | { kind: 'syntax'; offset: number }
  /** An array or object opens at `offset` deeper than the limit allows. */
  | { kind: 'too-deep'; offset: number }

/** A line and column, both counted from 1, columns in UTF-16 code units. */
export interface TextPlace {
  line: number
  column: number
}

/** Keys that name or reach an object's prototype when assigned: refused in every format. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** A whole JSON number. */
const jsonNumber = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
/** As much of a number as a text cut off in the middle of one could hold. */
const partialNumber = /-?\d*(?:\.\d*)?(?:[eE][+-]?\d*)?/y
/** The characters a backslash may escape, other than `u`. */
const simpleEscapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

/** What the scanner expects next. */
type Expecting =
  /** A value (after `:` or `,` in an array, or at the start). */
  | 'value'
  /** A value or `]` (just after `[`). */
  | 'value-or-close'
  /** A key or `}` (just after `{`). */
  | 'key-or-close'
  /** A key (after `,` in an object). */
  | 'key'
  | 'colon'
  /** `,` or the close of the innermost array or object. */
  | 'comma-or-close'
  /** Nothing but whitespace: the top-level value is complete. */
  | 'end'

/**
 * The first problem with `text` as JSON (RFC 8259), or null when `JSON.parse` will accept it and
 * no array or object in it is nested more than `maxDepth` deep. Runs in one pass with a stack no
 * deeper than `maxDepth`, so a file of ten thousand `[` is refused without recursion.
 */
export function findJsonTextProblem(text: string, maxDepth: number): JsonTextProblem | null {
  /** For each open container, whether it is an object (else an array). */
  const open: boolean[] = []
  let expecting: Expecting = 'value'
  let index = 0
  const length = text.length

  while (index < length) {
    const char = text[index]
    if (char === ' ' || char === '\n' || char === '\r' || char === '\t') {
      index++
      continue
    }
    switch (expecting) {
      case 'end':
        return { kind: 'syntax', offset: index }
      case 'colon':
        if (char !== ':') return { kind: 'syntax', offset: index }
        index++
        expecting = 'value'
        continue
      case 'comma-or-close': {
        const inObject = open[open.length - 1]
        if (char === ',') {
          index++
          expecting = inObject ? 'key' : 'value'
        } else if (char === (inObject ? '}' : ']')) {
          index++
          open.pop()
          expecting = open.length === 0 ? 'end' : 'comma-or-close'
        } else {
          return { kind: 'syntax', offset: index }
        }
        continue
      }
      case 'key-or-close':
      case 'key': {
        if (char === '}' && expecting === 'key-or-close') {
          index++
          open.pop()
          expecting = open.length === 0 ? 'end' : 'comma-or-close'
          continue
        }
        if (char !== '"') return { kind: 'syntax', offset: index }
        const after = scanString(text, index)
        if (typeof after !== 'number') return after
        index = after
        expecting = 'colon'
        continue
      }
      case 'value-or-close':
      case 'value': {
        if (char === ']' && expecting === 'value-or-close') {
          index++
          open.pop()
          expecting = open.length === 0 ? 'end' : 'comma-or-close'
          continue
        }
        if (char === '[' || char === '{') {
          if (open.length >= maxDepth) return { kind: 'too-deep', offset: index }
          open.push(char === '{')
          index++
          expecting = char === '{' ? 'key-or-close' : 'value-or-close'
          continue
        }
        const after = scanScalar(text, index)
        if (typeof after !== 'number') return after
        index = after
        expecting = open.length === 0 ? 'end' : 'comma-or-close'
        continue
      }
    }
  }
  if (expecting === 'end') return null
  return open.length === 0 && expecting === 'value' ? { kind: 'empty' } : { kind: 'truncated' }
}

/** Where a string, number or literal starting at `start` ends, or what is wrong with it. */
function scanScalar(text: string, start: number): number | JsonTextProblem {
  const char = text[start]
  if (char === '"') return scanString(text, start)
  if (char === '-' || (char >= '0' && char <= '9')) return scanNumber(text, start)
  for (const literal of ['true', 'false', 'null']) {
    if (char !== literal[0]) continue
    if (text.startsWith(literal, start)) return start + literal.length
    const rest = text.slice(start, start + literal.length)
    // "tru" at the very end is a `true` cut off; "trux" is a mistake where they part.
    if (literal.startsWith(rest)) return { kind: 'truncated' }
    let offset = start
    while (text[offset] === literal[offset - start]) offset++
    return { kind: 'syntax', offset }
  }
  return { kind: 'syntax', offset: start }
}

/** Where the string whose opening quote is at `start` ends (just past its closing quote). */
function scanString(text: string, start: number): number | JsonTextProblem {
  let index = start + 1
  for (;;) {
    // Skips what needs no attention: anything but a quote, a backslash or a control character.
    let code = text.charCodeAt(index)
    while (code !== 0x22 && code !== 0x5c && code >= 0x20) code = text.charCodeAt(++index)
    // charCodeAt past the end is NaN, which stops the loop above.
    if (index >= text.length) return { kind: 'truncated' }
    const char = text[index]
    if (char === '"') return index + 1
    if (char !== '\\') return { kind: 'syntax', offset: index }
    const escaped = text[index + 1]
    if (escaped === undefined) return { kind: 'truncated' }
    if (simpleEscapes.has(escaped)) {
      index += 2
      continue
    }
    if (escaped !== 'u') return { kind: 'syntax', offset: index + 1 }
    for (let digit = index + 2; digit < index + 6; digit++) {
      if (digit >= text.length) return { kind: 'truncated' }
      if (!/[0-9a-fA-F]/.test(text[digit])) return { kind: 'syntax', offset: digit }
    }
    index += 6
  }
}

/** Where the number starting at `start` ends. */
function scanNumber(text: string, start: number): number | JsonTextProblem {
  jsonNumber.lastIndex = start
  const whole = jsonNumber.test(text) ? jsonNumber.lastIndex : start
  partialNumber.lastIndex = start
  partialNumber.test(text)
  // "12." or "-" at the very end is a number cut off, not a mistake.
  if (partialNumber.lastIndex === text.length && whole < text.length) return { kind: 'truncated' }
  if (whole === start) return { kind: 'syntax', offset: start }
  return whole
}

/** The line and column of `offset` in `text`. */
export function placeInText(text: string, offset: number): TextPlace {
  let line = 1
  let lineStart = 0
  for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset;) {
    line++
    lineStart = newline + 1
    newline = text.indexOf('\n', lineStart)
  }
  return { line, column: offset - lineStart + 1 }
}

/** A step on the way into parsed JSON: an object's key or an array's index. */
export type JsonPathStep = string | number

/** How much parsed JSON may hold. */
export interface JsonValueLimits {
  /** Arrays and objects nested deeper than this are refused (see the module's comment). */
  maxDepth: number
  /** Values (objects, arrays, strings, numbers, booleans and nulls) beyond this are refused. */
  maxValues: number
}

/** What is wrong with a parsed value, each file format saying it in its own words. */
export type JsonValueProblem =
  /** An object has one of {@link forbiddenKeys}; `path` ends with that key. */
  | { kind: 'forbidden-key'; path: JsonPathStep[] }
  /** An array or object at `path` is nested deeper than the limit. */
  | { kind: 'too-deep'; path: JsonPathStep[] }
  /** There are more values than the limit. */
  | { kind: 'too-many-values' }
  /** A number that JSON cannot write (NaN, Infinity). */
  | { kind: 'not-finite'; path: JsonPathStep[] }
  /** Something JSON.parse never makes: `found` says what ("it is undefined"). */
  | { kind: 'not-json'; path: JsonPathStep[]; found: string }

/**
 * The first problem with `value` as parsed JSON within `limits` (depth first, in document order,
 * an object's keys before what they hold), or null when there is none. Values JSON.parse cannot
 * make (undefined, functions, class instances, NaN) are refused too, for callers handed a value
 * from elsewhere. Iterative: safe on any depth.
 */
export function findJsonValueProblem(
  value: unknown,
  limits: JsonValueLimits
): JsonValueProblem | null {
  /** A value still to look into, with the way to it (kept as links, so no path is copied). */
  interface Visit {
    value: unknown
    step: JsonPathStep | null
    parent: Visit | null
    depth: number
  }
  const pathOf = (visit: Visit): JsonPathStep[] => {
    const path: JsonPathStep[] = []
    for (let at: Visit | null = visit; at && at.step !== null; at = at.parent) path.push(at.step)
    return path.reverse()
  }
  const pending: Visit[] = [{ value, step: null, parent: null, depth: 0 }]
  let values = 0
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    if (++values > limits.maxValues) return { kind: 'too-many-values' }
    const current = visit.value
    if (current === null || typeof current === 'string' || typeof current === 'boolean') continue
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return { kind: 'not-finite', path: pathOf(visit) }
      continue
    }
    if (typeof current !== 'object') {
      const found = current === undefined ? 'it is undefined' : `it is a ${typeof current}`
      return { kind: 'not-json', path: pathOf(visit), found }
    }
    if (visit.depth >= limits.maxDepth) return { kind: 'too-deep', path: pathOf(visit) }
    const depth = visit.depth + 1
    if (Array.isArray(current)) {
      // Pushed last to first, so that the first element is looked into first.
      for (let index = current.length - 1; index >= 0; index--) {
        pending.push({ value: current[index], step: index, parent: visit, depth })
      }
      continue
    }
    const prototype: unknown = Object.getPrototypeOf(current)
    if (prototype !== Object.prototype && prototype !== null) {
      return { kind: 'not-json', path: pathOf(visit), found: 'it is not a plain object' }
    }
    const keys = Object.keys(current)
    const forbidden = keys.find((key) => forbiddenKeys.has(key))
    if (forbidden !== undefined) {
      return { kind: 'forbidden-key', path: [...pathOf(visit), forbidden] }
    }
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]
      const child: unknown = (current as Record<string, unknown>)[key]
      pending.push({ value: child, step: key, parent: visit, depth })
    }
  }
  return null
}

/**
 * A path as a reader of the file would write it: `annotations[3].target`, with keys that are not
 * plain names quoted (`settings[0].value["two words"]`). The empty path is ''.
 */
export function formatJsonPath(path: readonly JsonPathStep[]): string {
  let written = ''
  for (const step of path) {
    if (typeof step === 'number') written += `[${step}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(step)) written += written === '' ? step : `.${step}`
    else written += `[${JSON.stringify(step)}]`
  }
  return written
}
