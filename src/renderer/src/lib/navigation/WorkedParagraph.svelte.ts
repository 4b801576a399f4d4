/**
 * The signals of which paragraph the delegate works on that come from the reference pane itself:
 * the paragraph holding focus and the one last jumped to, each forgotten once scrolled out of
 * view. With the editor's paragraph, the selection and the reading position, they make the
 * current paragraph (see current-paragraph.ts).
 */
import { paragraphElementId } from './paragraph-target'

/** Whether `element` is (partly) in view below `top`, the reading line. */
function inView(element: HTMLElement | null, top: number): boolean {
  if (!element) return false
  const box = element.getBoundingClientRect()
  return box.height > 0 && box.bottom > top && box.top < window.innerHeight
}

export class WorkedParagraph {
  /** The reference pane's paragraph that last had keyboard focus, while it is in view. */
  focused = $state<number | null>(null)
  /** The paragraph last jumped to by a link or Go to paragraph, while it is in view. */
  jumpedTo = $state<number | null>(null)
  readonly #readingLine: () => number
  #frame = 0

  /** @param readingLine the distance from the top of the viewport below which text is in view */
  constructor(readingLine: () => number) {
    this.#readingLine = readingLine
  }

  /** Notes a jump to paragraph `number`, made by the app, not by scrolling. */
  jumped(number: number): void {
    this.jumpedTo = number
  }

  /** Starts following focus in `pane` and scrolling; returns a stop function. */
  follow(pane: HTMLElement): () => void {
    // Focus leaving for the palette, a dialog or the side panel leaves the paragraph current:
    // that is where the delegate's command is meant for. A heading focused instead is not one.
    const onFocusIn = (event: FocusEvent) => {
      const paragraph =
        event.target instanceof Element ? event.target.closest<HTMLElement>('.paragraph') : null
      this.focused = paragraph ? Number(paragraph.dataset.paragraph) : null
    }
    const onScroll = () => {
      if (this.#frame === 0) {
        this.#frame = requestAnimationFrame(() => {
          this.#frame = 0
          this.forgetOutOfView()
        })
      }
    }
    pane.addEventListener('focusin', onFocusIn)
    window.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      pane.removeEventListener('focusin', onFocusIn)
      window.removeEventListener('scroll', onScroll)
      cancelAnimationFrame(this.#frame)
    }
  }

  /**
   * Forgets the focused and jumped-to paragraphs once out of view: scrolled away from, or
   * hidden by a filter.
   */
  forgetOutOfView(): void {
    // Nothing to forget reads no layout: at start, this runs while the app hydrates.
    if (this.focused === null && this.jumpedTo === null) return
    const top = this.#readingLine()
    const visible = (number: number | null) =>
      number !== null && inView(document.getElementById(paragraphElementId(number)), top)
    if (!visible(this.focused)) this.focused = null
    if (!visible(this.jumpedTo)) this.jumpedTo = null
  }
}
