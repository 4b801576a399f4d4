/**
 * The outline as the window first shows it: rendered at build time into the place App leaves
 * for it (see prerender.ts), its entries plain links. Hydrating the live outline's entries was
 * some 10 ms of the start, so App renders that place empty, to be left alone by hydration, and
 * puts the live outline (which follows the paragraph read, the filter and the notes) in its
 * place once the reference pane is interactive. Until then a click on an entry jumps to its
 * section as the live outline's would.
 */
import { fillEmptyElement, innerHtmlOf } from '../document/prerendered-html'

/** The outline's place as App renders it until the live outline replaces it. */
export const emptyOutline = '<nav id="outline" class="outline" aria-label="Outline"></nav>'

/**
 * The app's rendered HTML with the outline's entries in their place. `outlineHtml` is the
 * Outline component rendered on its own, with the props App first gives it.
 */
export function withPrerenderedOutline(appHtml: string, outlineHtml: string): string {
  return fillEmptyElement(appHtml, emptyOutline, innerHtmlOf(outlineHtml, 'nav'))
}

/** The section whose outline entry a click landed in, or null for a click beside the entries. */
export function sectionOfClick(target: EventTarget | null): string | null {
  const link = target instanceof Element ? target.closest<HTMLElement>('a[data-section]') : null
  return link?.dataset.section ?? null
}

/**
 * A click in the prerendered outline: on an entry, `jump` takes the reader to its section in
 * place of the link's own navigation, as the live outline does; elsewhere, nothing happens.
 */
export function followPrerenderedOutline(event: MouseEvent, jump: (sectionId: string) => void) {
  const sectionId = sectionOfClick(event.target)
  if (sectionId === null) return
  event.preventDefault()
  jump(sectionId)
}

/**
 * Notes which outline entry has the focus before the outline is replaced, and returns what puts
 * the focus back on the same entry of the outline that replaced it.
 */
export function keepOutlineFocus(document: Document): () => void {
  const href = document.activeElement?.closest('#outline a')?.getAttribute('href')
  return () => {
    if (!href) return
    const links = document.querySelectorAll<HTMLElement>('#outline a')
    ;[...links].find((link) => link.getAttribute('href') === href)?.focus()
  }
}
