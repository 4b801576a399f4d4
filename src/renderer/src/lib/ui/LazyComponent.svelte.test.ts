/** A component fetched on first use: once, shared by every caller, retried after a failure. */
import { describe, expect, it, vi } from 'vitest'
import { LazyComponent } from './LazyComponent.svelte'

describe('LazyComponent.load', () => {
  it('has no component until its code has arrived, then the module default export', async () => {
    const part = new LazyComponent(async () => ({ default: 'BriefDialog' }))
    expect(part.component).toBeNull()
    await expect(part.load()).resolves.toBe('BriefDialog')
    expect(part.component).toBe('BriefDialog')
  })

  it('fetches once however many callers ask before and after it arrives', async () => {
    const fetch = vi.fn(async () => ({ default: 'CommandPalette' }))
    const part = new LazyComponent(fetch)
    const first = part.load()
    const second = part.load()
    expect(second).toBe(first)
    await first
    await part.load()
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('passes on a failed fetch and tries again on the next call', async () => {
    const fetch = vi
      .fn<() => Promise<{ default: string }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ default: 'DataDialog' })
    const part = new LazyComponent(fetch)
    await expect(part.load()).rejects.toThrow('Failed to fetch dynamically imported module')
    expect(part.component).toBeNull()
    await expect(part.load()).resolves.toBe('DataDialog')
    expect(fetch).toHaveBeenCalledTimes(2)
  })
})
