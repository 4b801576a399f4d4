/**
 * Paints highlights into a paragraph's text as `<mark>` elements, by character offsets into the
 * text's textContent. Overlapping highlights nest. Marks carry no text of their own, so offsets
 * stay valid however many highlights are painted.
 */
import type { HighlightColor } from './annotation'

/** A highlight to paint: which annotation, where, in which colour. */
export interface HighlightSpan {
  annotationId: string
  start: number
  end: number
  color: HighlightColor
}

/** The class every highlight mark has. */
export const highlightClass = 'highlight'

/** Removes every highlight mark from `container`, leaving its text as it was. */
export function clearHighlights(container: Element): void {
  const marks = container.querySelectorAll(`mark.${highlightClass}`)
  if (marks.length === 0) return
  for (const mark of marks) mark.replaceWith(...mark.childNodes)
  container.normalize()
}

/** Replaces the highlights in `container` with `spans`, painted in the order given. */
export function paintHighlights(container: Element, spans: readonly HighlightSpan[]): void {
  clearHighlights(container)
  for (const span of spans) wrapRange(container, span)
}

/** Wraps every text node that lies within the span, splitting nodes at its edges. */
function wrapRange(container: Element, span: HighlightSpan): void {
  if (span.end <= span.start) return
  const document = container.ownerDocument
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
  // Collect first, split after: splitting while walking would visit the split-off halves again.
  const textNodes: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node as Text)
  const inside: Text[] = []
  let offset = 0
  for (const node of textNodes) {
    const nodeStart = offset
    const nodeEnd = offset + node.data.length
    offset = nodeEnd
    if (nodeEnd <= span.start || nodeStart >= span.end) continue
    let target = node
    if (span.start > nodeStart) target = target.splitText(span.start - nodeStart)
    if (span.end < nodeEnd) target.splitText(span.end - Math.max(nodeStart, span.start))
    inside.push(target)
  }
  for (const text of inside) {
    // Whitespace between blocks (a paragraph and its list) is not displayed; marking it would
    // put a mark where the page has no room for one.
    if (text.parentElement?.tagName === 'OL') continue
    const mark = document.createElement('mark')
    mark.className = `${highlightClass} highlight-${span.color}`
    mark.dataset.annotationId = span.annotationId
    text.replaceWith(mark)
    mark.append(text)
  }
}

/**
 * The offset, in `container`'s textContent, of a point given as a DOM node and offset (as a
 * Selection or Range gives it).
 */
export function textOffsetOf(container: Element, node: Node, offset: number): number {
  const range = container.ownerDocument.createRange()
  range.setStart(container, 0)
  range.setEnd(node, offset)
  return range.toString().length
}

/**
 * A short string per paragraph that changes whenever its highlights do, so only the paragraphs
 * whose highlights changed need repainting.
 */
export function highlightSignatures(
  highlights: ReadonlyMap<number, readonly HighlightSpan[]>
): Map<number, string> {
  const signatures = new Map<number, string>()
  for (const [paragraph, spans] of highlights) {
    signatures.set(
      paragraph,
      spans.map((span) => `${span.annotationId}:${span.start}-${span.end}:${span.color}`).join(' ')
    )
  }
  return signatures
}
