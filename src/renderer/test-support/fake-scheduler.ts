/**
 * A page clock and task queues that a test drives by hand, for services that work in the page's
 * idle moments: time passes only when the test says, and no task runs until the test runs it.
 */
import type { IdleScheduler } from '@renderer/lib/search/live-search-index'

/** A measure recorded through the scheduler. */
export interface RecordedMeasure {
  name: string
  start: number
  end: number
}

/** An `IdleScheduler` driven by the test, with what it was asked to do. */
export interface FakeScheduler extends IdleScheduler {
  /** Moves the clock on by `ms`, queueing the background tasks of the timers then due. */
  advance(ms: number): void
  /**
   * Runs the background tasks queued, and those they queue, in order, `most` at most; says how
   * many ran.
   */
  runBackground(most?: number): number
  /** Acts as the delegate clicking or typing now. */
  input(): void
  /** The background tasks waiting to run. */
  readonly queued: number
  /** The timers not yet due or cancelled. */
  readonly timers: number
  /** How many input listeners are attached. */
  readonly listeners: number
  /** The measures recorded, in order. */
  readonly measures: RecordedMeasure[]
}

/**
 * A scheduler whose clock starts at `start` ms and moves `perReading` ms each time it is read, so
 * that work that watches the clock (a slice of building) sees time pass as it goes.
 */
export function fakeScheduler({ start = 1000, perReading = 0 } = {}): FakeScheduler {
  let time = start
  let nextTimer = 0
  const timers = new Map<number, { at: number; run: () => void }>()
  const queue: (() => void)[] = []
  const listeners = new Set<() => void>()
  const measures: RecordedMeasure[] = []
  return {
    now() {
      const reading = time
      time += perReading
      return reading
    },
    after(ms, run) {
      const id = nextTimer++
      timers.set(id, { at: time + ms, run })
      return () => timers.delete(id)
    },
    inBackground(run) {
      queue.push(run)
    },
    onInput(listener) {
      const own = () => listener()
      listeners.add(own)
      return () => listeners.delete(own)
    },
    measure(name, start, end) {
      measures.push({ name, start, end })
    },
    advance(ms) {
      time += ms
      const due = [...timers].filter(([, timer]) => timer.at <= time)
      due.sort(([, a], [, b]) => a.at - b.at)
      for (const [id, timer] of due) {
        timers.delete(id)
        timer.run()
      }
    },
    runBackground(most = Number.POSITIVE_INFINITY) {
      let ran = 0
      while (ran < most) {
        const task = queue.shift()
        if (!task) break
        task()
        ran++
      }
      return ran
    },
    input() {
      for (const listener of listeners) listener()
    },
    get queued() {
      return queue.length
    },
    get timers() {
      return timers.size
    },
    get listeners() {
      return listeners.size
    },
    measures
  }
}
