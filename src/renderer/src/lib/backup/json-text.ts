/**
 * Checks on untrusted JSON that `JSON.parse` does not make: where the text first goes wrong (line
 * and column, or cut off at the end), how deeply it nests, and whether any object has a key that
 * could reach a prototype. All iterative, so that no input can overflow the stack.
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

/** Keys that name or reach an object's prototype when assigned, and so are never data. */
export const prototypeKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

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

/**
 * The path to the first key in `value` (parsed JSON, depth first, in document order) that is one
 * of {@link prototypeKeys}, or null when there is none. `JSON.parse` makes `"__proto__"` an own
 * property rather than setting the prototype, so it is found with the others. Iterative: safe on
 * any depth.
 */
export function findPrototypeKey(value: unknown): JsonPathStep[] | null {
  /** A value still to look into, with the way to it (kept as links, so no path is copied). */
  interface Visit {
    value: unknown
    step: JsonPathStep | null
    parent: Visit | null
  }
  const pending: Visit[] = [{ value, step: null, parent: null }]
  const pathTo = (visit: Visit, last: JsonPathStep): JsonPathStep[] => {
    const path = [last]
    for (let at: Visit | null = visit; at && at.step !== null; at = at.parent) path.unshift(at.step)
    return path
  }
  for (let next = pending.pop(); next; next = pending.pop()) {
    const visit = next
    const current = visit.value
    if (typeof current !== 'object' || current === null) continue
    const children: Visit[] = []
    if (Array.isArray(current)) {
      current.forEach((element: unknown, index) =>
        children.push({ value: element, step: index, parent: visit })
      )
    } else {
      for (const key of Object.keys(current)) {
        if (prototypeKeys.has(key)) return pathTo(visit, key)
        const child: unknown = (current as Record<string, unknown>)[key]
        children.push({ value: child, step: key, parent: visit })
      }
    }
    // Reversed onto the stack, so the first child is looked into first.
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index])
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
