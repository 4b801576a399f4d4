/**
 * Opens a link of the meeting text or a note in the system browser through the platform, after
 * asking the delegate when the link's text names another host than the one it leads to
 * (`namesAnotherHost`). Loaded by the first click on such a link (see external-links.ts).
 */
import { confirmOpeningLink } from './confirm-link'
import { hostNamedBy, namesAnotherHost } from './link-host'
import { platform } from './platform'

/** Opens `link` in the system browser, asking first if its text names another host. */
export async function openExternalLink(
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
