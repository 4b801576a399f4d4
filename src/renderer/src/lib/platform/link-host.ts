/**
 * What a link says about where it goes: the host its address really leads to, and the host its
 * text names, if any. A note's link text is the author's, so "https://www.unodc.org" may lead
 * anywhere; the app shows the real host and asks before opening a link whose text names another.
 */

/** Text that reads as an address: a scheme, or a name with a dot and a top-level domain. */
const namesAddress = /^(?:[a-z][a-z\d+.-]*:\/\/|(?:[a-z\d-]+\.)+[a-z]{2,}(?:[/:?#]|$))/iu

/** `host` without a leading "www.", which names the same site to a reader. */
function siteOf(host: string): string {
  return host.toLowerCase().replace(/^www\./u, '')
}

/** The host of `address`, as the URL parser reads it, or `undefined` when it has none. */
export function hostOf(address: string): string | undefined {
  try {
    const host = new URL(address).hostname
    return host === '' ? undefined : host
  } catch {
    return undefined
  }
}

/**
 * The host that link text names, if it reads as an address ("https://www.unodc.org/…",
 * "unodc.org/wdr"), else `undefined` ("the report").
 */
export function hostNamedBy(text: string): string | undefined {
  const trimmed = text.trim()
  if (!namesAddress.test(trimmed) || /\s/u.test(trimmed)) return undefined
  return hostOf(/^[a-z][a-z\d+.-]*:\/\//iu.test(trimmed) ? trimmed : `https://${trimmed}`)
}

/**
 * Whether a link's text names a host other than the one its `address` leads to, so that
 * opening it should be confirmed first. A leading "www." is not a difference.
 */
export function namesAnotherHost(text: string, address: string): boolean {
  const named = hostNamedBy(text)
  const real = hostOf(address)
  return named !== undefined && real !== undefined && siteOf(named) !== siteOf(real)
}
