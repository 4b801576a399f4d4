/**
 * The time limit as the statement form offers it: the presets (2, 3 or 5 minutes) in a menu, or
 * Other with the minutes typed; the limits themselves are the statement's rules (statement.ts).
 */
import { limitPresetSeconds, speakingLimitRange } from './statement'

/** The limits offered in the menu, in seconds. */
export const presetLimits = limitPresetSeconds

/** What the menu shows: one of the presets (its seconds), or Other. */
export type LimitChoice = number | 'other'

/** The menu's choice for a statement's limit: its preset, else Other. */
export function limitChoice(limitSeconds: number): LimitChoice {
  return presetLimits.includes(limitSeconds) ? limitSeconds : 'other'
}

/**
 * The limit in seconds for `minutes` typed under Other (to the second), or null if that is not a
 * limit a statement may have.
 */
export function limitFromMinutes(minutes: number): number | null {
  if (!Number.isFinite(minutes)) return null
  const seconds = Math.round(minutes * 60)
  return seconds >= speakingLimitRange.min && seconds <= speakingLimitRange.max ? seconds : null
}
