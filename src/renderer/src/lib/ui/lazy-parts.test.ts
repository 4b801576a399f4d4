/** The window's lazily fetched parts: used once on the page, fetched once, failures said and retried. */
import { describe, expect, it, vi } from 'vitest'
import { LazyComponent } from './LazyComponent.svelte'
import { LazyParts, notesNotReadMessage, partNotLoadedMessage } from './lazy-parts'

/** Parts whose host records the order of events and the notices. */
function partsOf() {
  const events: string[] = []
  const parts = new LazyParts({
    settle: async () => void events.push('settled'),
    report: (message) => void events.push(`notice: ${message}`)
  })
  return { parts, events }
}

const fetchFailure = () => new TypeError('Failed to fetch dynamically imported module')

describe('LazyParts.whenLoaded', () => {
  it('uses a part once its code has arrived and the page has settled', async () => {
    const { parts, events } = partsOf()
    const part = new LazyComponent(async () => ({ default: 'BriefDialog' }))
    await parts.whenLoaded(part, () => void events.push(`used ${String(part.component)}`))
    expect(events).toEqual(['settled', 'used BriefDialog'])
  })

  it('uses a part already on the page at once, without waiting', async () => {
    const { parts, events } = partsOf()
    const part = new LazyComponent(async () => ({ default: 'DataDialog' }))
    await part.load()
    await parts.whenLoaded(part, () => void events.push('used'))
    expect(events).toEqual(['used'])
  })

  it('fetches once for uses that ask at the same time, and runs each of them', async () => {
    const { parts, events } = partsOf()
    const fetch = vi.fn(async () => ({ default: 'CommandPalette' }))
    const part = new LazyComponent(fetch)
    await Promise.all([
      parts.whenLoaded(part, () => void events.push('first')),
      parts.whenLoaded(part, () => void events.push('second'))
    ])
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(events.filter((event) => event !== 'settled')).toEqual(['first', 'second'])
  })

  it('says a failed fetch, does not use the part, and fetches again on the next use', async () => {
    const { parts, events } = partsOf()
    const fetch = vi
      .fn<() => Promise<{ default: string }>>()
      .mockRejectedValueOnce(fetchFailure())
      .mockResolvedValueOnce({ default: 'DisplayDialog' })
    const part = new LazyComponent(fetch)
    await parts.whenLoaded(part, () => void events.push('used'))
    expect(events).toEqual([
      'notice: This part of the app could not be loaded. Failed to fetch dynamically imported module'
    ])
    await parts.whenLoaded(part, () => void events.push('used'))
    expect(events.slice(1)).toEqual(['settled', 'used'])
    expect(fetch).toHaveBeenCalledTimes(2)
  })
})

describe('LazyParts.openNotes', () => {
  it('hands the loaded layer and the notes it opened to the window', async () => {
    const { parts } = partsOf()
    const layer = new LazyComponent(async () => ({ default: { name: 'notes layer' } }))
    const used = vi.fn()
    await parts.openNotes(layer, async (loaded) => `notes of the ${loaded.name}`, used)
    expect(used).toHaveBeenCalledWith({ name: 'notes layer' }, 'notes of the notes layer')
  })

  it('says the notes were not read when the layer’s code or the database fails, and retries', async () => {
    const { parts, events } = partsOf()
    const fetch = vi
      .fn<() => Promise<{ default: string }>>()
      .mockRejectedValueOnce(fetchFailure())
      .mockResolvedValue({ default: 'layer' })
    const layer = new LazyComponent(fetch)
    const open = vi
      .fn<(loaded: string) => Promise<string>>()
      .mockRejectedValueOnce(new Error('The database is blocked.'))
      .mockResolvedValue('notes')
    const used = vi.fn()
    await parts.openNotes(layer, open, used)
    await parts.openNotes(layer, open, used)
    await parts.openNotes(layer, open, used)
    expect(events).toEqual([
      'notice: Your annotations could not be read. Failed to fetch dynamically imported module',
      'notice: Your annotations could not be read. The database is blocked.'
    ])
    expect(used).toHaveBeenCalledOnce()
    expect(fetch).toHaveBeenCalledTimes(2)
  })
})

describe('partNotLoadedMessage and notesNotReadMessage', () => {
  it('give the reason of something thrown that is not an Error too', () => {
    expect(partNotLoadedMessage('offline')).toBe(
      'This part of the app could not be loaded. offline'
    )
    expect(notesNotReadMessage('blocked')).toBe('Your annotations could not be read. blocked')
  })
})
