/**
 * The colour labels as stored before the colours were named after themselves: a label still
 * equal to its colour's former default ("Priority" for yellow) was never renamed, so it becomes
 * today's default ("Yellow"); a label the delegate chose is kept as it is.
 */
import { defaultColorLabels, formerDefaultColorLabels, highlightColors } from './annotation'

/** The key of the colour labels' setting. */
export const colorLabelsKey = 'colorLabels'

/**
 * A stored colour labels setting's value with each former default replaced by today's; anything
 * else, including labels the delegate renamed and values that are not labels, as it was.
 */
export function withCurrentDefaultLabels(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return stored
  const labels = { ...(stored as Record<string, unknown>) }
  for (const color of highlightColors) {
    if (labels[color] === formerDefaultColorLabels[color]) labels[color] = defaultColorLabels[color]
  }
  return labels
}
