/** Fixture factories for code that waits: a timer that runs only when a test says so. */

/** A pending wait: what runs, and after how long. */
export interface PendingRun {
  run: () => void
  ms: number
}

/**
 * A timer in the shape `{ later(run, ms) → cancel }` that never fires by itself: `pending` lists
 * the waits not yet run or cancelled, and `fire()` runs them all, as if the time had passed.
 */
export function manualTimer(): {
  later(run: () => void, ms: number): () => void
  pending: PendingRun[]
  fire(): void
} {
  const pending: PendingRun[] = []
  return {
    pending,
    later(run, ms) {
      const entry = { run, ms }
      pending.push(entry)
      return () => {
        const at = pending.indexOf(entry)
        if (at !== -1) pending.splice(at, 1)
      }
    },
    fire() {
      for (const entry of pending.splice(0)) entry.run()
    }
  }
}
