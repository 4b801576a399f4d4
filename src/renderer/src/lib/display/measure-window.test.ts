// @vitest-environment jsdom
/** The window's measures, read from the layout; jsdom lays nothing out, so each test gives the boxes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { averageCharacterWidth, measureWindow } from './measure-window'

/** The widths of the boxes each text shows in, by its text: what a browser's layout would give. */
let boxWidths = new Map<string, number[]>()

beforeEach(() => {
  boxWidths = new Map()
  // jsdom has no layout, and so no Range.getClientRects: stand in for it.
  Range.prototype.getClientRects = function (this: Range) {
    const widths = boxWidths.get(this.startContainer.textContent ?? '') ?? []
    return widths.map((width) => ({ width })) as unknown as DOMRectList
  }
})

afterEach(() => {
  delete (Range.prototype as Partial<Range>).getClientRects
  document.body.replaceChildren()
})

describe('measureWindow', () => {
  it('reads the window width and the text size, and counts half an em a character without text', () => {
    Object.defineProperty(document.documentElement, 'clientWidth', {
      value: 1024,
      configurable: true
    })
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
  it('divides the width of the shown words’ boxes by their characters, spaces folded', () => {
    const text = document.createElement('div')
    text.innerHTML = '<p>Twelve chars</p>\n   <span>not shown</span><p>and \n  six</p>'
    document.body.append(text)
    // "Twelve chars" wraps onto two lines; the span is hidden, so it has no box.
    boxWidths.set('Twelve chars', [60, 36])
    boxWidths.set('and \n  six', [63])
    // 96 px over 12 characters, 63 px over "and six" (7): 159 px over 19.
    expect(averageCharacterWidth(text)).toBeCloseTo(159 / 19)
  })

  it('falls back to half an em of the text’s size where the text has no boxes', () => {
    const text = document.createElement('p')
    text.style.fontSize = '17px'
    text.textContent = 'Presentations were delivered by the International Coordinator'
    document.body.append(text)
    expect(averageCharacterWidth(text)).toBeCloseTo(17 * 0.53)
  })
})
