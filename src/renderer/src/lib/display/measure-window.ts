/**
 * Measures what the panels' placement depends on (see panel-layout.ts): the window's width, the
 * text size, and the average width of a character of the document in the font it is shown in.
 */
import type { WindowMeasures } from './panel-layout'

/** The average character of a serif text is about half an em wide; used where nothing can measure. */
const fallbackEmPerCharacter = 0.53
/** Enough of the document's text for a steady average. */
const sampleLength = 2000

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

/**
 * The average width of a character of `text`'s words in its computed font, read from the layout
 * the page already has: the width of the boxes of its first words over their characters. (A
 * canvas could measure a sample too, but its first use costs a start some 7 to 50 ms; reading
 * these boxes 2 ms, measured in Chromium on the shipped summary.)
 */
export function averageCharacterWidth(text: HTMLElement): number {
  const document = text.ownerDocument
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  let characters = 0
  let width = 0
  for (let node = walker.nextNode(); node && characters < sampleLength; node = walker.nextNode()) {
    const words = (node as Text).data.replace(/\s+/gu, ' ')
    if (words.trim() === '') continue
    range.selectNodeContents(node)
    const boxes = range.getClientRects()
    // Text that is not shown (a hidden label) has no boxes, and no width to count.
    if (boxes.length === 0) continue
    for (const box of boxes) width += box.width
    characters += words.length
  }
  if (characters > 0 && width > 0) return width / characters
  const fontSize = parseFloat(document.defaultView?.getComputedStyle(text).fontSize ?? '') || 16
  return fontSize * fallbackEmPerCharacter
}
