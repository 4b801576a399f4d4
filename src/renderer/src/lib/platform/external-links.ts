/**
 * Links in the meeting text and in notes never navigate the app's window: a click on one is
 * handed to the platform, which opens only https: addresses, in the system browser, after asking
 * when the link's text names another host than the one it leads to.
 */
import { confirmOpeningLink } from './confirm-link'
import { hostNamedBy, namesAnotherHost } from './link-host'
import { platform } from './platform'

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
  if (link.relList.contains('external')) void openExternalLink(link, onerror)
  return true
}

/** Opens `link` in the system browser, asking first if its text names another host. */
async function openExternalLink(
  link: HTMLAnchorElement,
  onerror: (message: string) => void
): Promise<void> {
  const address = link.href
  const text = link.textContent ?? ''
  if (namesAnotherHost(text, address)) {
    const confirmed = await confirmOpeningLink(
      address,
      hostNamedBy(text) ?? text,
      link.ownerDocument
    )
    if (!confirmed) return
  }
  const result = await platform().openExternal(address)
  if (!result.ok) onerror(`Could not open ${address}: ${result.error}`)
}
