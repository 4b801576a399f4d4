/**
 * How tags are typed, matched and renamed. Tags match without regard to case, spacing or Unicode
 * composition ("Precursors", " precursors ", "PRECURSORS" are one tag) and keep the spelling first
 * used for them. Everything here is plain functions over arrays of strings.
 */

/** The longest a tag may be, in characters (Unicode code points, so an emoji counts as one). */
export const maxTagLength = 64

/**
 * What separates tags typed in one go: the comma, and the commas of the session's other languages
 * (Arabic "،", full-width "，" and ideographic "、"), so typing in those languages works alike.
 */
const tagSeparators = /[,\u060C\uFF0C\u3001]/

/** How tags are ordered for display: alphabetically, ignoring case and accents. */
const tagCollator = new Intl.Collator('en', { sensitivity: 'base' })

/**
 * Keys already worked out. A delegate uses a few dozen tags thousands of times, and filtering or
 * grouping keys every one of them at each keystroke. Cleared when full, so it stays small.
 */
const knownKeys = new Map<string, string>()
const maxKnownKeys = 10_000

/** One distinct tag, as found across annotations or session notes. */
export interface TagUsage {
  /** The spelling first met. */
  tag: string
  /** The matching key (see {@link tagKey}). */
  key: string
  /** How many items carry it. */
  count: number
}

/**
 * The key tags are matched by: trimmed, inner whitespace collapsed to one space, lower-cased and
 * NFC-normalized, so that "Türkiye", "TÜRKIYE" and a decomposed "Türkiye" all share one key.
 */
export function tagKey(tag: string): string {
  let key = knownKeys.get(tag)
  if (key === undefined) {
    key = cleanTag(tag).toLowerCase().normalize('NFC')
    if (knownKeys.size >= maxKnownKeys) knownKeys.clear()
    knownKeys.set(tag, key)
  }
  return key
}

/**
 * A typed tag as it is stored: trimmed, inner whitespace collapsed to one space and NFC-normalized
 * (which changes no visible character). '' when nothing but whitespace was typed. Never truncated:
 * see {@link tagProblem}.
 */
export function cleanTag(typed: string): string {
  return typed.trim().replace(/\s+/g, ' ').normalize('NFC')
}

/** Why a typed tag cannot be saved, in plain English, or null when it can. */
export function tagProblem(typed: string): string | null {
  const tag = cleanTag(typed)
  if (tag === '') return 'A tag cannot be blank.'
  // A separator would split the tag the next time it is typed.
  if (tagSeparators.test(tag)) return 'A tag cannot contain a comma.'
  if (Array.from(tag).length > maxTagLength) {
    return `A tag cannot be longer than ${maxTagLength} characters.`
  }
  return null
}

/**
 * The tags a "Tags" textbox holds when the delegate presses Enter or types a comma: its text split
 * on commas, each part cleaned, blank parts dropped. Repeats are left for {@link addTags} to merge.
 */
export function splitTagInput(typed: string): string[] {
  return typed
    .split(tagSeparators)
    .map(cleanTag)
    .filter((tag) => tag !== '')
}

/** The spelling of the known tag matching `typed`, or `typed` cleaned when no known tag does. */
export function canonicalTag(typed: string, known: Iterable<string>): string {
  const key = tagKey(typed)
  for (const tag of known) {
    if (tagKey(tag) === key) return tag
  }
  return cleanTag(typed)
}

/**
 * `current` with `added` appended, each added tag in its known spelling (see {@link canonicalTag}),
 * skipping blanks and any tag whose key is already there. Does not check length: call
 * {@link tagProblem} first.
 */
export function addTags(
  current: readonly string[],
  added: readonly string[],
  known: Iterable<string>
): string[] {
  const spellings = new Map<string, string>()
  for (const tag of known) {
    const key = tagKey(tag)
    if (!spellings.has(key)) spellings.set(key, tag)
  }
  const result: string[] = []
  const present = new Set<string>()
  const append = (tag: string, key: string): void => {
    if (key === '' || present.has(key)) return
    present.add(key)
    result.push(tag)
  }
  for (const tag of current) append(tag, tagKey(tag))
  for (const typed of added) {
    const key = tagKey(typed)
    append(spellings.get(key) ?? cleanTag(typed), key)
  }
  return result
}

/** `current` without `tag`, in whatever spelling it carries it. */
export function removeTag(current: readonly string[], tag: string): string[] {
  const key = tagKey(tag)
  return current.filter((carried) => tagKey(carried) !== key)
}

/** Whether `tags` include `tag`, in any spelling. */
export function hasTag(tags: readonly string[], tag: string): boolean {
  const key = tagKey(tag)
  return tags.some((carried) => tagKey(carried) === key)
}

/**
 * Every distinct tag carried by `items`, in the spelling first met, with the number of items that
 * carry it (an item carrying it twice counts once), sorted alphabetically, ignoring case and
 * accents.
 */
export function tagUsage(items: Iterable<{ tags: readonly string[] }>): TagUsage[] {
  const usage = new Map<string, TagUsage>()
  for (const item of items) {
    // Most of a delegate's thousands of annotations carry no tag; this runs on every save.
    if (item.tags.length === 0) continue
    const counted = new Set<string>()
    for (const tag of item.tags) {
      const key = tagKey(tag)
      if (key === '' || counted.has(key)) continue
      counted.add(key)
      const found = usage.get(key)
      if (found) found.count++
      else usage.set(key, { tag, key, count: 1 })
    }
  }
  return [...usage.values()].sort(
    (a, b) => tagCollator.compare(a.tag, b.tag) || compareStrings(a.key, b.key)
  )
}

/**
 * Up to `limit` tags to offer while the delegate types `typed`: those starting with it first, then
 * those containing it elsewhere, the more used first within each, leaving out tags in `exclude`
 * (those already on the item). Blank `typed` offers the most used tags.
 */
export function suggestTags(
  typed: string,
  usage: readonly TagUsage[],
  exclude: readonly string[],
  limit = 8
): string[] {
  if (limit <= 0) return []
  const key = tagKey(typed)
  const excluded = new Set(exclude.map(tagKey))
  const starting: TagUsage[] = []
  const containing: TagUsage[] = []
  for (const entry of usage) {
    if (excluded.has(entry.key)) continue
    if (entry.key.startsWith(key)) starting.push(entry)
    else if (entry.key.includes(key)) containing.push(entry)
  }
  const byUse = (a: TagUsage, b: TagUsage): number =>
    b.count - a.count || tagCollator.compare(a.tag, b.tag) || compareStrings(a.key, b.key)
  return [...starting.sort(byUse), ...containing.sort(byUse)].slice(0, limit).map((u) => u.tag)
}

/**
 * `tags` with `from` renamed to `to` (cleaned), where `from` and `to` are matched by key. If the
 * tags already include `to`, the two merge into one `to`, where the first of them was. Null when
 * `from` is not among the tags, so the item can be left untouched. Throws a RangeError when `to`
 * is blank: check it with {@link tagProblem} first.
 */
export function renameTagIn(tags: readonly string[], from: string, to: string): string[] | null {
  const renamed = cleanTag(to)
  if (renamed === '') throw new RangeError('A tag cannot be renamed to a blank name.')
  const fromKey = tagKey(from)
  const toKey = tagKey(renamed)
  if (!tags.some((tag) => tagKey(tag) === fromKey)) return null
  const result: string[] = []
  let placed = false
  for (const tag of tags) {
    const key = tagKey(tag)
    if (key !== fromKey && key !== toKey) result.push(tag)
    else if (!placed) {
      result.push(renamed)
      placed = true
    }
  }
  return result
}

/** `tags` without `tag` (matched by key), or null when `tag` is not among them. */
export function deleteTagIn(tags: readonly string[], tag: string): string[] | null {
  const key = tagKey(tag)
  const result = tags.filter((carried) => tagKey(carried) !== key)
  return result.length === tags.length ? null : result
}

/** Plain code-unit order, for tie-breaks that must not depend on locale data. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
