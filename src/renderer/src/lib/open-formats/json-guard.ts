/**
 * A first look at data read from a file, before any schema sees it: plain JSON values only, no
 * key that could reach an object's prototype, and no nesting or size beyond what an annotation
 * file needs. Schemas then check meaning; this keeps absurd or hostile input away from them.
 */

/** Keys no annotation file has, and that code copying objects could turn against the prototype. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype'])

/** How much a file may hold. */
export interface JsonLimits {
  /** Objects and arrays nested deeper than this are refused. */
  maxDepth: number
  /** Values (objects, arrays, strings, numbers, booleans and nulls) beyond this are refused. */
  maxValues: number
}

/** Why the data was refused, or null when it is plain JSON within the limits. */
export function jsonProblem(value: unknown, limits: JsonLimits): string | null {
  // Iterative, so that a deeply nested file cannot exhaust the call stack before its depth is seen.
  const pending: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }]
  let values = 0
  while (pending.length > 0) {
    const next = pending.pop()
    if (!next) break
    values++
    if (values > limits.maxValues) {
      return `The file holds more than ${limits.maxValues.toLocaleString('en')} values, far more than an annotation file needs.`
    }
    const { value: current, path, depth } = next
    const where = path === '' ? 'The file' : `“${path}”`
    if (current === null || typeof current === 'string' || typeof current === 'boolean') continue
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return `${where} is not a finite number.`
      continue
    }
    if (current === undefined) return `${where} is not JSON data (it is undefined).`
    if (typeof current !== 'object') return `${where} is not JSON data (it is a ${typeof current}).`
    if (depth >= limits.maxDepth) {
      return `${where} is nested more than ${limits.maxDepth} levels deep, far more than an annotation file needs.`
    }
    if (Array.isArray(current)) {
      current.forEach((item, index) =>
        pending.push({ value: item, path: `${path}[${index}]`, depth: depth + 1 })
      )
      continue
    }
    const prototype: unknown = Object.getPrototypeOf(current)
    if (prototype !== Object.prototype && prototype !== null) {
      return `${where} is not JSON data (it is not a plain object).`
    }
    for (const key of Object.keys(current)) {
      const keyPath = path === '' ? key : `${path}.${key}`
      if (forbiddenKeys.has(key)) {
        return `The file has a “${key}” key (at “${keyPath}”), which annotation files never have, so it was not read.`
      }
      pending.push({
        value: (current as Record<string, unknown>)[key],
        path: keyPath,
        depth: depth + 1
      })
    }
  }
  return null
}
