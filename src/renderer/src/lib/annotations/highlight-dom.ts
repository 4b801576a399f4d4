/**
 * Paints highlights onto a paragraph's text with the CSS Custom Highlight API: each highlight is
 * a Range in one named highlight per colour, styled by `::highlight()` in the style sheet. The
 * document's DOM is never changed, so painting thousands of highlights costs no style or layout
 * work, and offsets into a paragraph's textContent stay valid for selections and anchoring.
 */
import { highlightColors, type HighlightColor } from './annotation'

/** A highlight to paint: which annotation, where, in which colour. */
export interface HighlightSpan {
  annotationId: string
  start: number
  end: number
  color: HighlightColor
}

/** The name a colour's highlight is registered under, for `::highlight()` in the style sheet. */
export function highlightName(color: HighlightColor): string {
  return `highlight-${color}`
}

/** The name of the highlight marking text that two or more highlights cover. */
export const overlapHighlightName = 'highlight-overlap'

/** The part of the page's `Highlight` the painter uses: a set of ranges painted in one style. */
export interface RangeSet {
  add(range: AbstractRange): unknown
  delete(range: AbstractRange): boolean
}

/** A paragraph's text nodes with the offset, in its textContent, where each begins. */
function textNodesOf(container: Element): { node: Text; start: number }[] {
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT)
  const nodes: { node: Text; start: number }[] = []
  let offset = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: offset })
    offset += (node as Text).data.length
  }
  return nodes
}

/**
 * A DOM range over characters `start` to `end` of the container's text. A boundary between two
 * text nodes is placed in the node the range covers, so a range never begins at the end of the
 * node before it (which would paint nothing there but still count as part of the range).
 */
function rangeOver(
  nodes: readonly { node: Text; start: number }[],
  start: number,
  end: number
): Range | null {
  const first = nodes.find(({ node, start: from }) => start >= from && start < from + node.length)
  const last = nodes.findLast(({ node, start: from }) => end > from && end <= from + node.length)
  if (!first || !last) return null
  const range = first.node.ownerDocument.createRange()
  range.setStart(first.node, start - first.start)
  range.setEnd(last.node, end - last.start)
  return range
}

/** The stretches of text covered by two or more of the spans, in order. */
export function overlapsOf(spans: readonly HighlightSpan[]): { start: number; end: number }[] {
  const edges = spans
    .flatMap((span) => [
      { at: span.start, change: 1 },
      { at: span.end, change: -1 }
    ])
    // Ends before starts at the same offset: spans that merely touch do not overlap.
    .sort((a, b) => a.at - b.at || a.change - b.change)
  const overlaps: { start: number; end: number }[] = []
  let covering = 0
  let overlapStart = 0
  for (const edge of edges) {
    const before = covering
    covering += edge.change
    if (before < 2 && covering >= 2) overlapStart = edge.at
    if (before >= 2 && covering < 2 && edge.at > overlapStart) {
      overlaps.push({ start: overlapStart, end: edge.at })
    }
  }
  return overlaps
}

/** What one paragraph has painted: its spans, and each range with the set it was added to. */
interface Painted {
  spans: readonly HighlightSpan[]
  ranges: { set: RangeSet; range: Range }[]
}

/** Paints and repaints the highlights of the paragraphs in a page. */
export class HighlightPainter {
  #sets: Map<string, RangeSet>
  #painted = new Map<Element, Painted>()

  /** `setFor` gives the set of ranges painted under each highlight name. */
  constructor(setFor: (name: string) => RangeSet) {
    const names = [...highlightColors.map(highlightName), overlapHighlightName]
    this.#sets = new Map(names.map((name) => [name, setFor(name)]))
  }

  /**
   * A painter over the page's highlight registry, or null where the browser has no CSS Custom
   * Highlight API. Later colours are painted over earlier ones, and overlaps over all of them.
   */
  static forPage(): HighlightPainter | null {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null
    let priority = 0
    return new HighlightPainter((name) => {
      const highlight = new Highlight()
      highlight.priority = priority++
      CSS.highlights.set(name, highlight)
      return highlight
    })
  }

  /** Replaces the highlights painted in `container` with `spans`. */
  paint(container: Element, spans: readonly HighlightSpan[]): void {
    this.#clear(container)
    if (spans.length === 0) return
    const nodes = textNodesOf(container)
    const ranges: Painted['ranges'] = []
    const add = (name: string, start: number, end: number) => {
      const set = this.#sets.get(name)
      const range = end > start ? rangeOver(nodes, start, end) : null
      if (!set || !range) return
      set.add(range)
      ranges.push({ set, range })
    }
    for (const span of spans) add(highlightName(span.color), span.start, span.end)
    for (const overlap of overlapsOf(spans)) add(overlapHighlightName, overlap.start, overlap.end)
    this.#painted.set(container, { spans, ranges })
  }

  /** Paints every paragraph again with the same spans, after its text nodes were rearranged. */
  repaint(): void {
    for (const [container, { spans }] of [...this.#painted]) this.paint(container, spans)
  }

  #clear(container: Element): void {
    for (const { set, range } of this.#painted.get(container)?.ranges ?? []) set.delete(range)
    this.#painted.delete(container)
  }
}

/**
 * The annotation a reader clicking at `offset` means: the innermost highlight covering it (the
 * latest, which is painted on top), or one ending exactly there, as a click on the right half of
 * a highlight's last letter places the caret after it.
 */
export function annotationAt(spans: readonly HighlightSpan[], offset: number): string | null {
  const covering = spans.findLast((span) => span.start <= offset && offset < span.end)
  const touching = spans.findLast((span) => span.end === offset && span.end > span.start)
  return (covering ?? touching)?.annotationId ?? null
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
