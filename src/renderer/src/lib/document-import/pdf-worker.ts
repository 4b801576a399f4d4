/**
 * Starts pdf.js's worker under the page's CSP. Trusted Types refuse a plain string as a worker's
 * script, so the page has one narrow policy, `pdfjs-worker`, that turns into a script URL only
 * the worker script bundled with the app, on the page's own origin; any other URL is refused.
 */

/** The Trusted Types policy that starts pdf.js's worker; the CSP's `trusted-types` names it. */
export const pdfWorkerPolicyName = 'pdfjs-worker'

/** The part of the browser's `trustedTypes` this module uses. */
interface ScriptUrlPolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string }
  ): { createScriptURL(url: string): unknown }
}

/**
 * `candidate` as the absolute URL a worker would load, if it is exactly the bundled worker's URL
 * (`bundled`, as `?url` gave it) on the page's origin; null for anything else. Both are resolved
 * against `page`, the page's address, as `new Worker` resolves them.
 */
export function bundledWorkerUrl(candidate: string, bundled: string, page: string): string | null {
  const pageUrl = parsedUrl(page)
  const url = parsedUrl(candidate, page)
  const own = parsedUrl(bundled, page)
  if (!pageUrl || !url || !own || pageUrl.host === '') return null
  // Scheme, host and port: the page's origin, compared by its parts, as Node's URL gives the app's
  // own scheme no origin of its own while Electron, where it is registered as standard, does.
  const onPageOrigin = (address: URL) =>
    address.protocol === pageUrl.protocol && address.host === pageUrl.host
  if (!onPageOrigin(url) || !onPageOrigin(own)) return null
  return url.href === own.href ? url.href : null
}

function parsedUrl(address: string, base?: string): URL | null {
  try {
    return new URL(address, base)
  } catch {
    return null
  }
}

/** The policy, once made, and the one URL it was made for. */
let made: { bundled: string; policy: { createScriptURL(url: string): unknown } } | undefined

/**
 * pdf.js's worker, started as a module worker from the bundled script at `bundled`. Where the
 * browser has Trusted Types (the app's page), the URL goes through the `pdfjs-worker` policy, made
 * once for the page for that URL alone.
 */
export function startPdfWorker(bundled: string): Worker {
  const factory = (globalThis as { trustedTypes?: ScriptUrlPolicyFactory }).trustedTypes
  if (!factory) return new Worker(checkedUrl(bundled, bundled), { type: 'module' })
  if (made && made.bundled !== bundled) {
    throw new Error('pdf.js has one bundled worker script; its policy allows no other.')
  }
  made ??= {
    bundled,
    policy: factory.createPolicy(pdfWorkerPolicyName, {
      createScriptURL: (url) => checkedUrl(url, bundled)
    })
  }
  // A TrustedScriptURL, which `new Worker` takes where Trusted Types are required; the DOM types
  // here know only strings and URLs.
  return new Worker(made.policy.createScriptURL(bundled) as string, { type: 'module' })
}

function checkedUrl(url: string, bundled: string): string {
  const checked = bundledWorkerUrl(url, bundled, location.href)
  if (checked === null) {
    throw new TypeError(`${pdfWorkerPolicyName} allows only pdf.js's bundled worker script.`)
  }
  return checked
}
