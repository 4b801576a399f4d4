/**
 * What a delegate means to do about a paragraph at the sixty-seventh session: a follow-up (an
 * action, its status, priority, due date, agenda item and counterparts), and the position their
 * government takes on what was said. Both live on the annotation they were made on.
 */
import { isIsoDate } from '../file-formats/timestamps'

/** A follow-up's progress. */
export const followUpStatuses = ['open', 'in-progress', 'done', 'dropped'] as const
export type FollowUpStatus = (typeof followUpStatuses)[number]

/** How each status is written on screen and in the brief. */
export const statusLabels: Readonly<Record<FollowUpStatus, string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped'
}

/** A follow-up's priority, highest first. */
export const followUpPriorities = ['high', 'normal', 'low'] as const
export type FollowUpPriority = (typeof followUpPriorities)[number]

/** How each priority is written on screen and in the brief. */
export const priorityLabels: Readonly<Record<FollowUpPriority, string>> = {
  high: 'High',
  normal: 'Normal',
  low: 'Low'
}

/**
 * The days the Commission meets at its sixty-seventh session (Vienna, 14–22 March 2024), as ISO
 * dates: Thursday 14 and Friday 15, then Monday 18 to Friday 22. Saturday 16 and Sunday 17 are
 * not session days.
 */
export const sessionDays: readonly string[] = Array.from(
  { length: 9 },
  (_, index) => `2024-03-${String(14 + index).padStart(2, '0')}`
).filter((day) => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
})

/** A paragraph turned into something to do at the session. */
export interface FollowUp {
  /** What to do, as typed. */
  action: string
  status: FollowUpStatus
  priority: FollowUpPriority
  /** When it is due, as an ISO date (YYYY-MM-DD), or null. */
  due: string | null
  /** The id of the agenda item it falls under, or null. */
  agendaItemId: string | null
  /** Delegations or presenters to pursue it with: speakers' names or anything typed. */
  counterparts: string[]
}

/** A new follow-up's fields before the delegate fills them in. */
export function newFollowUp(): FollowUp {
  return {
    action: '',
    status: 'open',
    priority: 'normal',
    due: null,
    agendaItemId: null,
    counterparts: []
  }
}

/** A copy of a follow-up holding only its own fields, in the order the interface declares them. */
export function copyFollowUp(followUp: FollowUp): FollowUp {
  return {
    action: followUp.action,
    status: followUp.status,
    priority: followUp.priority,
    due: followUp.due,
    agendaItemId: followUp.agendaItemId,
    counterparts: [...followUp.counterparts]
  }
}

/** What the delegate's government thinks of what a paragraph says. */
export const positions = ['support', 'concern', 'watch'] as const
export type Position = (typeof positions)[number]

/** How each position is written on screen and in the brief. */
export const positionLabels: Readonly<Record<Position, string>> = {
  support: 'Support',
  concern: 'Concern',
  watch: 'Watch'
}

/**
 * Days are named in full ("Monday 18 March 2024"), read as UTC days so that the weekday never
 * shifts with the computer's time zone, and assembled from parts: ICU versions differ on the
 * comma after the weekday.
 */
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC'
})

/** The parts of a day's name, in order. */
const dayParts: readonly Intl.DateTimeFormatPartTypes[] = ['weekday', 'day', 'month', 'year']

/** An ISO date as a delegate reads it: "Monday 18 March 2024". Anything else is returned as is. */
export function dayLabel(isoDate: string): string {
  if (!isIsoDate(isoDate)) return isoDate
  let label = dayLabels.get(isoDate)
  if (label === undefined) {
    const date = new Date(`${isoDate}T00:00:00Z`)
    const parts = new Map(dayFormat.formatToParts(date).map((part) => [part.type, part.value]))
    label = dayParts.map((type) => parts.get(type)).join(' ')
    // A brief of thousands of follow-ups names the same few dozen days over and over.
    if (dayLabels.size < 10_000) dayLabels.set(isoDate, label)
  }
  return label
}

/** The labels of the days already asked for. */
const dayLabels = new Map<string, string>()

/**
 * The position shown for each paragraph: that of its most recently changed annotation carrying
 * one, since a delegate who changes their view marks it on the latest annotation.
 */
export function positionsByParagraph(
  annotations: readonly { paragraph: number; position?: Position | null; updatedAt: string }[]
): Map<number, Position> {
  const latest = new Map<number, { position: Position; updatedAt: string }>()
  for (const { paragraph, position, updatedAt } of annotations) {
    if (!position) continue
    const known = latest.get(paragraph)
    if (!known || known.updatedAt < updatedAt) latest.set(paragraph, { position, updatedAt })
  }
  return new Map([...latest].map(([paragraph, { position }]) => [paragraph, position]))
}
