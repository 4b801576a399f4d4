/**
 * Measures what the panels' placement depends on (see panel-layout.ts): the window's width, the
 * text size, and the average width of a character of the document in the font it is shown in.
 */
import type { WindowMeasures } from './panel-layout'

/** The average character of a serif text is about half an em wide; used where nothing can measure. */
const fallbackEmPerCharacter = 0.53
/** Enough of the document's text for a steady average. */
const sampleLength = 2000

let canvas: HTMLCanvasElement | null = null

/**
 * The window's measures. `text` is an element showing the document's text (its font and a sample
 * of its words are measured); without one, the text size stands for it.
 */
export function measureWindow(root: HTMLElement, text: HTMLElement | null): WindowMeasures {
  const view = root.ownerDocument.defaultView
  const remPx = parseFloat(view?.getComputedStyle(root).fontSize ?? '') || 16
  return {
    windowWidth: root.clientWidth || view?.innerWidth || 0,
    remPx,
    characterWidth: text ? averageCharacterWidth(text) : remPx * fallbackEmPerCharacter
  }
}

/** The average width of a character of `text`'s words, in its computed font. */
export function averageCharacterWidth(text: HTMLElement): number {
  const style = text.ownerDocument.defaultView?.getComputedStyle(text)
  const fontSize = parseFloat(style?.fontSize ?? '') || 16
  // Cut before folding spaces: the whole document's text is some 60,000 characters, and this
  // runs while the app starts.
  const sample = (text.textContent ?? '')
    .slice(0, sampleLength * 2)
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, sampleLength)
  canvas ??= text.ownerDocument.createElement('canvas')
  let context: CanvasRenderingContext2D | null = null
  try {
    context = canvas.getContext('2d')
  } catch {
    context = null
  }
  if (!context || !style || sample === '') return fontSize * fallbackEmPerCharacter
  context.font = style.font
  return context.measureText(sample).width / sample.length
}
