// @ts-check
/**
 * The statistics of `npm run bench`: medians, and times taken in pairs compared as ratios with
 * their spread and an interval for their median, so that a reader can tell a margin under a
 * target from the noise of a machine whose loads vary by a tenth or more from one to the next.
 */

/**
 * @param {number[]} values
 * @returns {number}
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * A 95% confidence interval for the median of the population `values` were drawn from, made
 * without assuming how they are distributed: the values at the ranks between which the median
 * falls with at least that probability, since each value is below it with probability one half
 * (the sign test's interval). Null for fewer than six values, too few to bound it at 95%.
 * @param {number[]} values
 * @returns {{ low: number, high: number } | null}
 */
export function medianInterval(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const n = sorted.length
  // The largest k with P(Binomial(n, ½) < k) ≤ 2.5%: the median lies between the k-th smallest
  // and the k-th largest value with probability at least 95%.
  let below = 0
  let term = 0.5 ** n
  let k = 0
  while (below + term <= 0.025) {
    below += term
    term = (term * (n - k)) / (k + 1)
    k += 1
  }
  if (k === 0) return null
  return { low: sorted[k - 1], high: sorted[n - k] }
}

/**
 * Times taken in pairs, each pair back to back, compared: the median of the pairs' ratios, which
 * discounts moments when the whole machine was slower; their spread (the smallest and the
 * largest); and the 95% interval of that median (see `medianInterval`), which tells a reader
 * whether a margin under a target is more than noise.
 * @param {number[]} times
 * @param {number[]} baselines the time paired with each of `times`, in the same order
 * @returns {{ median: number, min: number, max: number, interval: { low: number, high: number } | null, all: number[] }}
 */
export function pairedRatio(times, baselines) {
  const all = times.map((time, run) => time / baselines[run])
  return {
    median: median(all),
    min: Math.min(...all),
    max: Math.max(...all),
    interval: medianInterval(all),
    all
  }
}
