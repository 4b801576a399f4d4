/** The read-through stopwatch, on a clock the test moves by hand. */
import { describe, expect, it } from 'vitest'
import { ReadThroughTimer, readThroughKeyAction } from './read-through-timer'

function handClock(start = 1_000) {
  let now = start
  return {
    now: () => now,
    advance(ms: number) {
      now += ms
    }
  }
}

describe('ReadThroughTimer', () => {
  it('starts at 0:00, paused, with the whole limit left', () => {
    const timer = new ReadThroughTimer(180, handClock())
    expect(timer.reading()).toEqual({ elapsed: 0, left: 180, over: 0, running: false })
  })

  it('counts while running, in whole seconds', () => {
    const clock = handClock()
    const timer = new ReadThroughTimer(180, clock)
    timer.start()
    clock.advance(65_900)
    expect(timer.reading()).toEqual({ elapsed: 65, left: 115, over: 0, running: true })
  })

  it('keeps the time read across a pause, and not the pause', () => {
    const clock = handClock()
    const timer = new ReadThroughTimer(180, clock)
    timer.toggle()
    clock.advance(10_000)
    timer.toggle()
    clock.advance(60_000)
    expect(timer.reading()).toMatchObject({ elapsed: 10, running: false })
    timer.toggle()
    clock.advance(5_000)
    expect(timer.reading()).toMatchObject({ elapsed: 15, running: true })
  })

  it('says how far past the limit the reading has run', () => {
    const clock = handClock()
    const timer = new ReadThroughTimer(180, clock)
    timer.start()
    clock.advance(225_000)
    expect(timer.reading()).toEqual({ elapsed: 225, left: 0, over: 45, running: true })
  })

  it('starting twice does not restart; reset goes back to 0:00, paused', () => {
    const clock = handClock()
    const timer = new ReadThroughTimer(120, clock)
    timer.start()
    clock.advance(3_000)
    timer.start()
    clock.advance(3_000)
    expect(timer.reading().elapsed).toBe(6)
    timer.reset()
    clock.advance(3_000)
    expect(timer.reading()).toEqual({ elapsed: 0, left: 120, over: 0, running: false })
  })
})

describe('readThroughKeyAction', () => {
  const key = (key: string, modifiers: Partial<KeyboardEvent> = {}) =>
    readThroughKeyAction({ key, ctrlKey: false, altKey: false, metaKey: false, ...modifiers })

  it('maps Space and K to start/pause, R to reset and Escape to leave', () => {
    expect([key(' '), key('k'), key('R'), key('Escape'), key('x')]).toEqual([
      'toggle',
      'toggle',
      'reset',
      'leave',
      null
    ])
  })

  it('leaves keys with Ctrl, Alt or ⌘ to the browser', () => {
    expect(key('r', { ctrlKey: true })).toBeNull()
    expect(key(' ', { metaKey: true })).toBeNull()
  })
})
