import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextListed, whenIdle } from './when-idle'

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('runs the work in an idle callback, which cancelling withdraws', () => {
    const callbacks = new Map<number, () => void>()
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
      callbacks.set(callbacks.size + 1, callback)
      return callbacks.size
    })
    vi.stubGlobal('cancelIdleCallback', (id: number) => callbacks.delete(id))
    const run = vi.fn()
    const cancel = whenIdle(run)
    expect(run).not.toHaveBeenCalled()
    callbacks.get(1)?.()
    expect(run).toHaveBeenCalledOnce()
    const later = vi.fn()
    whenIdle(later)()
    expect(callbacks.has(2)).toBe(false)
    cancel()
  })

  it('falls back to a timer where there are no idle callbacks', () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestIdleCallback', undefined)
    const run = vi.fn()
    whenIdle(run)
    expect(run).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(run).toHaveBeenCalledOnce()
    const cancelled = vi.fn()
    whenIdle(cancelled)()
    vi.runAllTimers()
    expect(cancelled).not.toHaveBeenCalled()
  })
})

describe('nextListed', () => {
  it('grows by a step up to what is wanted', () => {
    expect(nextListed(12, 100, 22)).toBe(34)
    expect(nextListed(89, 100, 22)).toBe(100)
  })

  it('follows a list that became shorter', () => {
    expect(nextListed(100, 40, 22)).toBe(40)
  })
})
