/**
 * Test support: one SHA-256 hash of everything a database holds, so a test can say in one
 * comparison that a refused file, a failed write or an upgrade left every table exactly as it was.
 */
import type Dexie from 'dexie'
import { snapshotsTable } from '@renderer/lib/storage/annotation-snapshot'

/**
 * The records' text: object keys sorted, `undefined` kept apart from absent (a field added as
 * `undefined` is a change), numbers that JSON cannot hold written out, so that two records give
 * the same text exactly when they hold the same values.
 */
export function canonicalText(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`
  if (value instanceof Date) return `Date(${value.toISOString()})`
  const entries = Object.keys(value)
    .sort()
    .map(
      (key) => `${JSON.stringify(key)}:${canonicalText((value as Record<string, unknown>)[key])}`
    )
  return `{${entries.join(',')}}`
}

/**
 * The SHA-256 (hex) of every table of `db` that holds the delegate's data (not the copies the
 * app starts from, which are derived from them), tables by name and records in the order of
 * their primary keys, read in one transaction.
 */
export async function databaseDigest(db: Dexie): Promise<string> {
  const tables = db.tables
    .filter((table) => table.name !== snapshotsTable)
    .sort((a, b) => (a.name < b.name ? -1 : 1))
  const contents = await db.transaction('r', tables, () =>
    Promise.all(tables.map(async (table) => [table.name, await table.toArray()] as const))
  )
  const text = contents.map(([name, records]) => `${name}=${canonicalText(records)}`).join('\n')
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** A snapshot of what `Object.prototype` holds, to show that reading a file added nothing to it. */
export function prototypeKeys(): string[] {
  return Reflect.ownKeys(Object.prototype).map(String).sort()
}
