/**
 * Paints highlights into a paragraph's text as `<mark>` elements, by character offsets into the
 * text's textContent. Where highlights overlap, the latest shows on top. Marks carry no text of
 * their own, so offsets stay valid however many highlights are painted.
 */
import { highlightColorClass, type HighlightColor } from './annotation'

/** A highlight to paint: which annotation, where, in which colour. */
export interface HighlightSpan {
  annotationId: string
  start: number
  end: number
  /** Null for a highlight the delegate gave no colour. */
  color: HighlightColor | null
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

/** The class of a highlight that covers text another highlight covers too. */
export const overlapClass = 'highlight-overlap'

/** On an overlap's mark, the ids of every annotation covering it, oldest first. */
export const coveringAttribute = 'data-annotation-ids'

/**
 * Replaces the highlights in `container` with `spans`. The text is split once at every span edge
 * and each piece covered by a span is wrapped in one mark: the colour and annotation of the latest
 * span covering it (later spans are drawn over earlier ones), flagged where more than one covers
 * it. One mark per piece, never nested, keeps thousands of highlights cheap to lay out.
 */
export function paintHighlights(container: Element, spans: readonly HighlightSpan[]): void {
  clearHighlights(container)
  const painted = spans.filter((span) => span.end > span.start)
  if (painted.length === 0) return
  const edges = [...new Set(painted.flatMap((span) => [span.start, span.end]))].sort(
    (a, b) => a - b
  )
  const document = container.ownerDocument
  for (const piece of splitAtEdges(container, edges)) {
    // Whitespace between blocks (a paragraph and its list) is not displayed; a mark there would
    // have no room on the page.
    if (piece.text.parentElement?.tagName === 'OL') continue
    const covering = painted.filter((span) => span.start <= piece.start && piece.end <= span.end)
    const top = covering.at(-1)
    if (!top) continue
    const mark = document.createElement('mark')
    mark.className =
      covering.length > 1
        ? `${highlightClass} ${highlightColorClass(top.color)} ${overlapClass}`
        : `${highlightClass} ${highlightColorClass(top.color)}`
    mark.setAttribute('data-annotation-id', top.annotationId)
    if (covering.length > 1) {
      mark.setAttribute(coveringAttribute, covering.map((span) => span.annotationId).join(' '))
    }
    piece.text.replaceWith(mark)
    mark.append(piece.text)
  }
}

/** The container's text nodes, split so that no node crosses an edge, with their offsets. */
function splitAtEdges(
  container: Element,
  edges: readonly number[]
): { text: Text; start: number; end: number }[] {
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT)
  // Collect first, split after: splitting while walking would visit the split-off halves again.
  const nodes: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
  const pieces: { text: Text; start: number; end: number }[] = []
  let offset = 0
  for (const node of nodes) {
    const nodeStart = offset
    offset += node.data.length
    let current = node
    let currentStart = nodeStart
    for (const edge of edges) {
      if (edge <= currentStart || edge >= offset) continue
      const rest = current.splitText(edge - currentStart)
      pieces.push({ text: current, start: currentStart, end: edge })
      current = rest
      currentStart = edge
    }
    pieces.push({ text: current, start: currentStart, end: offset })
  }
  return pieces
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
 * A range over `container`'s text from `start` to `end` (offsets in its textContent), the
 * inverse of `textOffsetOf`: the keyboard's passage made into a selection the page shows.
 */
export function rangeOfOffsets(container: Element, start: number, end: number): Range {
  const range = container.ownerDocument.createRange()
  range.setStart(container, 0)
  range.setEnd(container, container.childNodes.length)
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT)
  let offset = 0
  let startSet = false
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.length
    if (!startSet && start <= offset + length) {
      range.setStart(node, start - offset)
      startSet = true
    }
    if (startSet && end <= offset + length) {
      range.setEnd(node, end - offset)
      break
    }
    offset += length
  }
  return range
}

/**
 * Whether two lists of highlights are the same spans in the same order. Layouts reuse the span
 * objects of unchanged annotations, so comparing identities finds the paragraphs to repaint.
 */
export function sameSpans(
  a: readonly HighlightSpan[] | undefined,
  b: readonly HighlightSpan[] | undefined
): boolean {
  if (a === b) return true
  if (!a || !b || a.length !== b.length) return false
  return a.every((span, index) => span === b[index])
}
