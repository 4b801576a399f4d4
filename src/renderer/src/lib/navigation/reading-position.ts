/**
 * Where the delegate stopped reading, kept in local storage so the app reopens there. A saved
 * value that is missing, corrupt or out of range is ignored rather than trusted.
 */

/** The storage key of the reading position in the shipped summary (another document's adds to it). */
export const readingPositionKey = 'cnd67:reading-position'

import type { KeyValueStore } from '../storage/key-value-store'

/** Where the reader is: the paragraph at the top of the view. */
export interface ReadingPosition {
  paragraph: number
}

/** The saved reading position, or null if there is none worth restoring. */
export function loadReadingPosition(
  store: KeyValueStore,
  paragraphCount: number,
  key: string = readingPositionKey
): ReadingPosition | null {
  let saved: unknown
  try {
    // Storage can be disabled (getItem throws) or hold anything; both mean "start at the top".
    saved = JSON.parse(store.getItem(key) ?? 'null')
  } catch {
    return null
  }
  if (typeof saved !== 'object' || saved === null || !('paragraph' in saved)) return null
  const { paragraph } = saved
  return Number.isInteger(paragraph) &&
    typeof paragraph === 'number' &&
    paragraph >= 1 &&
    paragraph <= paragraphCount
    ? { paragraph }
    : null
}

/**
 * Saves the reading position. Returns false if storage refused it (full or disabled); losing the
 * reading position is harmless, so the caller need not tell the user.
 */
export function saveReadingPosition(
  store: Pick<KeyValueStore, 'setItem'>,
  position: ReadingPosition,
  key: string = readingPositionKey
): boolean {
  try {
    store.setItem(key, JSON.stringify(position))
    return true
  } catch {
    return false
  }
}
