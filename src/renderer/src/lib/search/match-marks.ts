/**
 * The words a search matched, marked in the paragraph a result opens, until the delegate's next
 * action: a CSS Custom Highlight over ranges of the text as it is, so that the paragraph is never
 * re-rendered and the annotations' own highlights stay as they are.
 */
import { foldText, wordPattern } from '../text/fold-text'

/** The name of the highlight, which the style sheet paints (`::highlight(search-match)`). */
export const matchHighlightName = 'search-match'

/** The highlight of words a typo away from one typed, painted apart from the words typed. */
export const similarHighlightName = 'search-similar'

/**
 * The ranges of the words in `root`'s text whose folded form is in `words`, in order. A word is
 * found across the elements it is split by (a highlight ending within a word).
 */
export function rangesOfWords(root: Node, words: ReadonlySet<string>): Range[] {
  const document = root.ownerDocument ?? (root as Document)
  if (words.size === 0) return []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const nodes: Text[] = []
  /** Where each of `nodes` starts in the text of them all. */
  const starts: number[] = []
  let text = ''
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text)
    starts.push(text.length)
    text += node.nodeValue ?? ''
  }
  /** The text node and offset in it at `offset` of the whole text; an end belongs to the node before. */
  const pointAt = (offset: number, end: boolean): [Text, number] => {
    let at = nodes.length - 1
    while (at > 0 && (end ? starts[at] >= offset : starts[at] > offset)) at--
    return [nodes[at], offset - starts[at]]
  }
  const ranges: Range[] = []
  for (const word of text.matchAll(wordPattern)) {
    if (!words.has(foldText(word[0]))) continue
    const range = document.createRange()
    range.setStart(...pointAt(word.index, false))
    range.setEnd(...pointAt(word.index + word[0].length, true))
    ranges.push(range)
  }
  return ranges
}

/** What of the Custom Highlight API marking needs; absent where the browser has none. */
interface HighlightRegistry {
  set(name: string, highlight: unknown): void
  delete(name: string): void
}

/** The page's highlight registry and `Highlight` constructor, if it has them. */
function highlightApi(): {
  registry: HighlightRegistry
  Highlight: new (...ranges: Range[]) => unknown
} | null {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight
  return registry && Highlight ? { registry, Highlight } : null
}

/** Keys that only modify the next one, which are not an action of their own. */
const modifierKeys = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock'])

/**
 * The marks of the result last opened. `show` marks words in an element; the marks go at the
 * next click or key the delegate presses (`clearOnNextAction`), before what that does happens,
 * so that going to the next result marks its words afresh.
 */
export class MatchMarks {
  #shown = false

  /** Whether words are marked now. */
  get shown(): boolean {
    return this.#shown
  }

  /**
   * Marks the words of `element` whose folded form is in `words`, those in `similarWords` (a
   * typo away from a word typed) apart; says how many it marked.
   */
  show(
    element: Element | null,
    words: readonly string[],
    similarWords: readonly string[] = []
  ): number {
    this.clear()
    const api = highlightApi()
    if (!element || !api) return 0
    const similar = new Set(similarWords)
    let marked = 0
    for (const [name, shown] of [
      [matchHighlightName, new Set(words.filter((word) => !similar.has(word)))],
      [similarHighlightName, similar]
    ] as const) {
      const ranges = rangesOfWords(element, shown)
      if (ranges.length === 0) continue
      api.registry.set(name, new api.Highlight(...ranges))
      marked += ranges.length
    }
    this.#shown = marked > 0
    return marked
  }

  /** Removes the marks, if any. */
  clear(): void {
    if (!this.#shown) return
    const registry = highlightApi()?.registry
    registry?.delete(matchHighlightName)
    registry?.delete(similarHighlightName)
    this.#shown = false
  }

  /**
   * Clears the marks at each click or key pressed in `target` (a modifier alone aside), before
   * the page handles it. The function returned stops this.
   */
  clearOnNextAction(target: EventTarget): () => void {
    const onKey = (event: Event) => {
      if (!modifierKeys.has((event as KeyboardEvent).key)) this.clear()
    }
    const onPointer = () => this.clear()
    target.addEventListener('keydown', onKey, { capture: true })
    target.addEventListener('pointerdown', onPointer, { capture: true })
    return () => {
      target.removeEventListener('keydown', onKey, { capture: true })
      target.removeEventListener('pointerdown', onPointer, { capture: true })
    }
  }
}
