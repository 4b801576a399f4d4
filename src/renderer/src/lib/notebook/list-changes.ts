/**
 * The lists the notebook keeps, from both sides: the notebook replaces a list whole on every
 * change, but keeps each unchanged record (the same object) where it was (`replaceAll`).
 * Comparing by identity from both ends then finds the changed stretch without looking anything
 * up, so a view that follows the list (the layout, the search index) pays for what changed, not
 * for the thousands of records that did not.
 */

/**
 * `list` in step with a change: each of `changed` replaces the record with its id, in its place,
 * or is added at the end. Every other record stays the same object in the same place.
 */
export function replaceAll<T extends { id: string }>(
  list: readonly T[],
  changed: readonly T[]
): T[] {
  if (changed.length === 0) return [...list]
  if (changed.length === 1) {
    // One saved note, the usual change, among thousands: no lookup table for it.
    const [item] = changed
    const at = list.findIndex((candidate) => candidate.id === item.id)
    return at === -1 ? [...list, item] : list.with(at, item)
  }
  const byId = new Map(changed.map((item) => [item.id, item]))
  const result = list.map((item) => {
    const replacement = byId.get(item.id)
    if (replacement) byId.delete(item.id)
    return replacement ?? item
  })
  return [...result, ...byId.values()]
}

/** How many records at the start (`head`) and at the end (`tail`) of both lists are the same. */
export function unchangedEnds<T>(
  before: readonly T[],
  after: readonly T[]
): { head: number; tail: number } {
  const shorter = Math.min(before.length, after.length)
  let head = 0
  while (head < shorter && before[head] === after[head]) head++
  let tail = 0
  while (
    tail < shorter - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  ) {
    tail++
  }
  return { head, tail }
}

/**
 * The records to put (new or changed; a few unchanged ones among them may be included) and the
 * ids gone, from `before` to `after`; null if the changed stretch holds more than `most` records,
 * when starting again is simpler than following the change.
 */
export function changesBetween<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  most: number
): { put: T[]; gone: string[] } | null {
  const { head, tail } = unchangedEnds(before, after)
  const removed = before.slice(head, before.length - tail)
  const put = after.slice(head, after.length - tail)
  if (removed.length + put.length > most) return null
  const kept = new Set(put.map((record) => record.id))
  return {
    put,
    gone: removed.filter((record) => !kept.has(record.id)).map((record) => record.id)
  }
}
