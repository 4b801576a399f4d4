// @vitest-environment jsdom
/** The window's measures, with the fallback used where no canvas can measure text (jsdom has none). */
import { describe, expect, it, vi } from 'vitest'
import { averageCharacterWidth, measureWindow } from './measure-window'

// jsdom has no canvas: it answers null, as a browser without one would.
vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)

describe('measureWindow', () => {
  it('reads the window width and the text size, and counts half an em a character without text', () => {
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1024)
    document.documentElement.style.fontSize = '18px'
    expect(measureWindow(document.documentElement, null)).toEqual({
      windowWidth: 1024,
      remPx: 18,
      characterWidth: 18 * 0.53
    })
    document.documentElement.style.fontSize = ''
  })
})

describe('averageCharacterWidth', () => {
  it('falls back to half an em of the text’s size where text cannot be measured', () => {
    const text = document.createElement('p')
    text.style.fontSize = '17px'
    text.textContent = 'Presentations were delivered by the International Coordinator'
    document.body.append(text)
    expect(averageCharacterWidth(text)).toBeCloseTo(17 * 0.53)
    text.remove()
  })
})
