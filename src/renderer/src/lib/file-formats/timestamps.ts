/**
 * Dates and times read from files: the one check of a date and time, for backups and Web
 * Annotation files, against the calendar (no 30 February, no hour 24), and the words for
 * refusing one, so that both formats refuse the same times the same way.
 *
 * Written digit by digit on purpose, rather than by making a Date and writing it back: a backup of
 * 20,000 annotations holds 44,000 times, and checking them this way took the check of such a
 * backup in Node from 380–490 ms to 300–340 ms (commit ad92818, "Backup check: timestamps
 * checked digit by digit"). A test compares it with Date on every day and edge of eight years.
 */

/** What a time must be, as every refusal of one ends: "… must be a date and time such as …". */
export const timestampRule = 'a date and time such as 2024-03-14T09:05:00.000Z'

/**
 * Whether `text` is a time as the app writes one (`Date.toISOString()`): 2024-03-14T09:05:00.000Z,
 * a real day of a real month of a year from 0000 to 9999. What backups hold.
 */
export function isAppTimestamp(text: string): boolean {
  return appTimestamp.test(text) && isRealTime(text)
}

/**
 * Whether `text` is an ISO 8601 date and time with its time zone, as the W3C Web Annotation
 * model's `created` and `modified` are (2024-03-15T10:12:00.000000+00:00, 2024-03-14 09:00:00Z),
 * on a real day: the forms valibot's `isoTimestamp` accepts, and that Date can read.
 */
export function isZonedTimestamp(text: string): boolean {
  return zonedTimestamp.test(text) && isRealTime(text) && !Number.isNaN(Date.parse(text))
}

/** `Date.toISOString()`'s form, years 0000 to 9999. */
const appTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/** ISO 8601 with a time zone, as valibot's `isoTimestamp` has it (it does not check the day). */
const zonedTimestamp =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z| ?[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)$/u

/**
 * Whether the date and time at the start of `text` (YYYY-MM-DD?HH:MM:SS, every digit in its
 * place) name a real day and a time of it.
 */
function isRealTime(text: string): boolean {
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 2)
  const day = digitsAt(text, 8, 2)
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    digitsAt(text, 11, 2) <= 23 &&
    digitsAt(text, 14, 2) <= 59 &&
    digitsAt(text, 17, 2) <= 59
  )
}

/** The number written by the `count` ASCII digits of `text` from `start`. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0
  for (let at = start; at < start + count; at++) value = value * 10 + text.charCodeAt(at) - 48
  return value
}

/** How many days `month` (1 to 12) of `year` has, in the Gregorian calendar Date uses. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}
