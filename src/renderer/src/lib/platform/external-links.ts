/**
 * Links in the meeting text and in notes never navigate the app's window: a click on one is
 * handed to the platform, which opens only https: addresses, in the system browser, after asking
 * when the link's text names another host than the one it leads to. Only the click's handling is
 * part of the start; opening a link (open-external-link.ts) is fetched by the first one.
 */

/**
 * Handles a click that may have landed on a link: refuses navigation for every link in the
 * region, and opens `rel~="external"` ones through the platform, once the delegate confirms it
 * if the link's text names another host (see `namesAnotherHost`). Returns whether it was a link.
 * @param onerror shown the platform's reason when an address cannot be opened
 */
export function openLinkOnClick(event: MouseEvent, onerror: (message: string) => void): boolean {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null
  // Links within the page (footnotes, #para-N) move within it, as they should.
  if (!(link instanceof HTMLAnchorElement) || link.getAttribute('href')?.startsWith('#'))
    return false
  event.preventDefault()
  if (link.relList.contains('external')) {
    void import('./open-external-link').then(({ openExternalLink }) =>
      openExternalLink(link, onerror)
    )
  }
  return true
}
