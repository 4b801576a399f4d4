// @vitest-environment jsdom
/** Downloading hands the file to the browser through a hidden link, clicked once, then removed. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { downloadFile, objectUrlLifetimeMs } from './download'

const objectUrl = 'blob:https://notes.example/1234'

beforeEach(() => {
  vi.useFakeTimers()
  // jsdom has no object URLs.
  URL.createObjectURL = vi.fn(() => objectUrl)
  URL.revokeObjectURL = vi.fn()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('downloadFile', () => {
  it('clicks a hidden download link for the file, then removes it', () => {
    const clicked: HTMLAnchorElement[] = []
    document.addEventListener('click', (event) => {
      if (event.target instanceof HTMLAnchorElement) clicked.push(event.target)
      // jsdom cannot navigate; the browser would start the download here.
      event.preventDefault()
    })
    const file = new Blob(['# Brief'], { type: 'text/markdown' })
    downloadFile('CND67 brief.md', file)

    expect(URL.createObjectURL).toHaveBeenCalledExactlyOnceWith(file)
    expect(clicked).toHaveLength(1)
    const [link] = clicked
    expect(link.download).toBe('CND67 brief.md')
    expect(link.href).toBe(objectUrl)
    expect(link.hidden).toBe(true)
    expect(link.isConnected).toBe(false)
    expect(document.querySelectorAll('a')).toHaveLength(0)
  })

  it('releases the file once the browser has had time to read it', () => {
    downloadFile('export.json', new Blob(['{}']))
    vi.advanceTimersByTime(objectUrlLifetimeMs - 1)
    expect(URL.revokeObjectURL).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(URL.revokeObjectURL).toHaveBeenCalledExactlyOnceWith(objectUrl)
  })
})
