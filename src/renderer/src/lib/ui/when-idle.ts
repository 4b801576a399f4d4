/**
 * Runs work the screen can wait for in the page's next idle moment, so that what the delegate
 * sees first is drawn first. Where the page has no idle callbacks (tests), a timer stands in.
 */

/** Runs `run` when the page is next idle; returns a function that cancels it if it has not run. */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const idle = requestIdleCallback(() => run())
    return () => cancelIdleCallback(idle)
  }
  const timer = setTimeout(run, 0)
  return () => clearTimeout(timer)
}

/**
 * How many entries of a list to render now: `listed` grown by `step` towards `wanted`, never
 * past it, and never below `wanted` when `wanted` is already smaller (a shorter list).
 */
export function nextListed(listed: number, wanted: number, step: number): number {
  return Math.min(wanted, listed + step)
}
