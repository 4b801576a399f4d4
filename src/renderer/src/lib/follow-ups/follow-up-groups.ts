/**
 * The "Follow-ups" view's lists: follow-ups grouped by status, agenda item, due day or
 * counterpart, most pressing first within each group, optionally only those with a given tag.
 * Sorts once and groups in one pass, so thousands of follow-ups regroup at a keystroke.
 */
import type { Annotation } from '../annotations/annotation'
import { cleanTag, tagKey } from '../tags/tag-names'
import type { AgendaItem } from './agenda-item'
import {
  dayLabel,
  followUpPriorities,
  followUpStatuses,
  statusLabels,
  type FollowUp,
  type FollowUpPriority,
  type FollowUpStatus
} from './follow-up'

/** The ways the view can group follow-ups. */
export const followUpGroupings = ['status', 'agenda-item', 'due-day', 'counterpart'] as const
export type FollowUpGrouping = (typeof followUpGroupings)[number]

/** How each grouping is named in the view's "Group by" control. */
export const followUpGroupingLabels: Readonly<Record<FollowUpGrouping, string>> = {
  status: 'Status',
  'agenda-item': 'Agenda item',
  'due-day': 'Due day',
  counterpart: 'Counterpart'
}

/**
 * The key of the group of follow-ups without an agenda item, due date or counterpart. No agenda
 * item id, ISO date or counterpart name is empty, so it cannot be mistaken for one.
 */
export const noGroupKey = ''

/** A follow-up together with the annotation it was made on. */
export interface FollowUpEntry {
  annotation: Annotation
  followUp: FollowUp
}

/** One group of the view. */
export interface FollowUpGroup {
  /**
   * Stable across regroupings: a status, an agenda item id, an ISO date, a counterpart's key, or
   * {@link noGroupKey}.
   */
  key: string
  /** The group's heading, e.g. "In progress", "Item 6: …", "Monday 18 March 2024", "Canada". */
  label: string
  /** Its follow-ups, most pressing first (see {@link compareFollowUps}). */
  entries: FollowUpEntry[]
  /** The number of entries. */
  count: number
}

/** What narrows and names the groups. */
export interface FollowUpGroupOptions {
  /** The delegate's agenda items, to name and order agenda item groups. */
  agendaItems: readonly AgendaItem[]
  /** Only follow-ups whose annotation carries this tag (in any spelling); null or blank for all. */
  tag?: string | null
}

/** Each priority's place in `followUpPriorities`: high 0, normal 1, low 2. */
const priorityRank: Readonly<Record<FollowUpPriority, number>> = Object.fromEntries(
  followUpPriorities.map((priority, index) => [priority, index])
) as Record<FollowUpPriority, number>

/**
 * Counterparts and agenda items are listed alphabetically, ignoring case and accents;
 * item 9 before item 10.
 */
const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** The annotations that carry a follow-up, each paired with it, in the order given. */
export function followUpEntries(annotations: readonly Annotation[]): FollowUpEntry[] {
  const entries: FollowUpEntry[] = []
  for (const annotation of annotations) {
    if (annotation.followUp) entries.push({ annotation, followUp: annotation.followUp })
  }
  return entries
}

/**
 * The order follow-ups are listed in: higher priority first, then earlier due date (no date
 * last), then earlier paragraph, then older, then by id so that the order never depends on input.
 */
export function compareFollowUps(a: FollowUpEntry, b: FollowUpEntry): number {
  return (
    priorityRank[a.followUp.priority] - priorityRank[b.followUp.priority] ||
    compareDue(a.followUp.due, b.followUp.due) ||
    a.annotation.paragraph - b.annotation.paragraph ||
    compareStrings(a.annotation.createdAt, b.annotation.createdAt) ||
    compareStrings(a.annotation.id, b.annotation.id)
  )
}

/** The entries whose annotation carries `tag` (in any spelling); all of them for null or blank. */
export function filterFollowUpsByTag(
  entries: readonly FollowUpEntry[],
  tag: string | null | undefined
): FollowUpEntry[] {
  const key = tag == null ? '' : tagKey(tag)
  if (key === '') return [...entries]
  return entries.filter((entry) => entry.annotation.tags.some((carried) => tagKey(carried) === key))
}

/**
 * The entries, filtered by `options.tag`, in groups of `grouping`, each group's entries in
 * {@link compareFollowUps} order and only groups with entries listed:
 * - status: Open, In progress, Done, Dropped;
 * - agenda item: in the delegate's order, then "No agenda item" (also for an item since deleted);
 * - due day: earliest first, then "No due date";
 * - counterpart: alphabetically, then "No counterpart". A follow-up with two counterparts is in
 *   both groups; counterparts are matched ignoring case and spacing, named as first met.
 */
export function groupFollowUps(
  entries: readonly FollowUpEntry[],
  grouping: FollowUpGrouping,
  options: FollowUpGroupOptions
): FollowUpGroup[] {
  const sorted = filterFollowUpsByTag(entries, options.tag).sort(compareFollowUps)
  switch (grouping) {
    case 'status':
      return groupByStatus(sorted)
    case 'agenda-item':
      return groupByAgendaItem(sorted, options.agendaItems)
    case 'due-day':
      return groupByDueDay(sorted)
    case 'counterpart':
      return groupByCounterpart(sorted)
  }
}

/** How many of the entries have each status. */
export function followUpCounts(entries: readonly FollowUpEntry[]): Record<FollowUpStatus, number> {
  const counts = Object.fromEntries(followUpStatuses.map((status) => [status, 0])) as Record<
    FollowUpStatus,
    number
  >
  for (const entry of entries) counts[entry.followUp.status]++
  return counts
}

function groupByStatus(sorted: readonly FollowUpEntry[]): FollowUpGroup[] {
  const byStatus = new Map<FollowUpStatus, FollowUpEntry[]>()
  for (const entry of sorted) pushTo(byStatus, entry.followUp.status, entry)
  return followUpStatuses.flatMap((status) => {
    const found = byStatus.get(status)
    return found ? [group(status, statusLabels[status], found)] : []
  })
}

function groupByAgendaItem(
  sorted: readonly FollowUpEntry[],
  agendaItems: readonly AgendaItem[]
): FollowUpGroup[] {
  const known = new Map(agendaItems.map((item) => [item.id, item]))
  const byItem = new Map<string, FollowUpEntry[]>()
  for (const entry of sorted) {
    const id = entry.followUp.agendaItemId
    pushTo(byItem, id !== null && known.has(id) ? id : noGroupKey, entry)
  }
  const groups = [...byItem]
    .flatMap(([id, found]) => {
      const item = known.get(id)
      return item ? [{ item, found }] : []
    })
    .sort(
      ({ item: a }, { item: b }) =>
        a.order - b.order || nameCollator.compare(a.label, b.label) || compareStrings(a.id, b.id)
    )
    .map(({ item, found }) => group(item.id, agendaItemLabel(item), found))
  const without = byItem.get(noGroupKey)
  if (without) groups.push(group(noGroupKey, 'No agenda item', without))
  return groups
}

function groupByDueDay(sorted: readonly FollowUpEntry[]): FollowUpGroup[] {
  const byDay = new Map<string, FollowUpEntry[]>()
  for (const entry of sorted) pushTo(byDay, entry.followUp.due || noGroupKey, entry)
  const groups = [...byDay]
    .filter(([day]) => day !== noGroupKey)
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([day, found]) => group(day, dayLabel(day), found))
  const without = byDay.get(noGroupKey)
  if (without) groups.push(group(noGroupKey, 'No due date', without))
  return groups
}

function groupByCounterpart(sorted: readonly FollowUpEntry[]): FollowUpGroup[] {
  const byCounterpart = new Map<string, { name: string; entries: FollowUpEntry[] }>()
  const without: FollowUpEntry[] = []
  for (const entry of sorted) {
    const seen = new Set<string>()
    for (const counterpart of entry.followUp.counterparts) {
      // Counterparts are matched as tags are: ignoring case, spacing and Unicode composition.
      const key = tagKey(counterpart)
      if (key === '' || seen.has(key)) continue
      seen.add(key)
      const found = byCounterpart.get(key)
      if (found) found.entries.push(entry)
      else byCounterpart.set(key, { name: cleanTag(counterpart), entries: [entry] })
    }
    if (seen.size === 0) without.push(entry)
  }
  const groups = [...byCounterpart]
    .sort(
      ([keyA, a], [keyB, b]) => nameCollator.compare(a.name, b.name) || compareStrings(keyA, keyB)
    )
    .map(([key, { name, entries }]) => group(key, name, entries))
  if (without.length > 0) groups.push(group(noGroupKey, 'No counterpart', without))
  return groups
}

/** An agenda item's heading, "Item 6: Implementation of …", or whichever half is not blank. */
function agendaItemLabel(item: AgendaItem): string {
  const label = item.label.trim()
  const title = item.title.trim()
  return label && title ? `${label}: ${title}` : label || title
}

function group(key: string, label: string, entries: FollowUpEntry[]): FollowUpGroup {
  return { key, label, entries, count: entries.length }
}

function pushTo<K>(groups: Map<K, FollowUpEntry[]>, key: K, entry: FollowUpEntry): void {
  const found = groups.get(key)
  if (found) found.push(entry)
  else groups.set(key, [entry])
}

/** Due dates in ISO form sort as strings; no date (null, or blank) sorts last. */
function compareDue(a: string | null, b: string | null): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1)
  return compareStrings(a, b)
}

/** Plain code-unit order: right for ISO dates and timestamps, and free of locale data. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
