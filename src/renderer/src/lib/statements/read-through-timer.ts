/**
 * The read-through's stopwatch: started, paused and reset from the keyboard, measured against
 * the statement's time limit. It reads an injected clock, so it holds no timer of its own: the
 * screen asks it how long has passed whenever it repaints.
 */

/** Where the time comes from: milliseconds that only go forward (`performance.now()`). */
export interface Clock {
  now(): number
}

/** The page's own clock. */
export const pageClock: Clock = { now: () => performance.now() }

/** How the reading stands against the limit at one moment, in whole seconds. */
export interface ReadThroughReading {
  /** Seconds read so far. */
  elapsed: number
  /** Seconds left before the limit; 0 once it is reached. */
  left: number
  /** Seconds past the limit; 0 until it is passed. */
  over: number
  running: boolean
}

/** A stopwatch measured against a limit in seconds. */
export class ReadThroughTimer {
  #clock: Clock
  #limitSeconds: number
  /** When the running stretch started, or null while paused. */
  #startedAt: number | null = null
  /** Milliseconds counted before the running stretch. */
  #countedMs = 0

  constructor(limitSeconds: number, clock: Clock = pageClock) {
    this.#limitSeconds = limitSeconds
    this.#clock = clock
  }

  get running(): boolean {
    return this.#startedAt !== null
  }

  /** Starts, or goes on after a pause; does nothing while running. */
  start(): void {
    this.#startedAt ??= this.#clock.now()
  }

  /** Stops counting, keeping the time read so far; does nothing while paused. */
  pause(): void {
    if (this.#startedAt === null) return
    this.#countedMs += this.#clock.now() - this.#startedAt
    this.#startedAt = null
  }

  /** Starts when paused, pauses when running: the Space key. */
  toggle(): void {
    if (this.running) this.pause()
    else this.start()
  }

  /** Back to 0:00, paused. */
  reset(): void {
    this.#startedAt = null
    this.#countedMs = 0
  }

  /** How the reading stands now. */
  reading(): ReadThroughReading {
    const runningMs = this.#startedAt === null ? 0 : this.#clock.now() - this.#startedAt
    const elapsed = Math.floor((this.#countedMs + runningMs) / 1000)
    return {
      elapsed,
      left: Math.max(0, this.#limitSeconds - elapsed),
      over: Math.max(0, elapsed - this.#limitSeconds),
      running: this.running
    }
  }
}

/** What a key does in the read-through: Space or K starts and pauses, R resets, Escape leaves. */
export type ReadThroughKeyAction = 'toggle' | 'reset' | 'leave' | null

/** The action of a key pressed in the read-through (without Ctrl, Alt or ⌘), if it has one. */
export function readThroughKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>
): ReadThroughKeyAction {
  if (event.ctrlKey || event.altKey || event.metaKey) return null
  switch (event.key) {
    case ' ':
    case 'k':
    case 'K':
      return 'toggle'
    case 'r':
    case 'R':
      return 'reset'
    case 'Escape':
      return 'leave'
    default:
      return null
  }
}
