/**
 * Links in the meeting text and in notes never navigate the app's window: a click on one is
 * handed to the platform, which opens only https: addresses, in the system browser.
 */
import { platform } from './platform'

/**
 * Handles a click that may have landed on a link: refuses navigation for every link in the
 * region, and opens `rel~="external"` ones through the platform. Returns whether it was a link.
 * @param onerror shown the platform's reason when an address cannot be opened
 */
export function openLinkOnClick(event: MouseEvent, onerror: (message: string) => void): boolean {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null
  // Links within the page (footnotes, #para-N) move within it, as they should.
  if (!(link instanceof HTMLAnchorElement) || link.getAttribute('href')?.startsWith('#'))
    return false
  event.preventDefault()
  if (link.relList.contains('external')) {
    void platform()
      .openExternal(link.href)
      .then((result) => {
        if (!result.ok) onerror(`Could not open ${link.href}: ${result.error}`)
      })
  }
  return true
}
