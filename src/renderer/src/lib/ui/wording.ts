/**
 * Small pieces of English the app's messages are built from, written one way everywhere:
 * a count with its noun ("1 annotation", "1,200 annotations").
 */

/** "1 item", "3 items", "1,200 items"; `plural` for a noun that does not just take an "s". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`
}
