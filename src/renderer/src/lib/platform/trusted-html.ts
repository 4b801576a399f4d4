/**
 * The page's one source of HTML from strings. The CSP requires Trusted Types for every
 * script-capable sink and names no `default` policy, so a raw string assigned to `innerHTML`,
 * `DOMParser` or Svelte's `{@html}` throws; only a `TrustedHTML` value gets through. The app makes
 * such values in one place: this module's DOMPurify instance, whose own policy (`dompurify`) hands
 * out nothing but what the sanitizer has cleaned.
 *
 * There is one instance for the whole page, so the policy is made once and the CSP need not allow
 * duplicates: any later attempt to make a policy, by that name or another, throws. The module is
 * imported by what renders notes (the notes layer) and not by what the page loads before the
 * reference pane is interactive, which writes no HTML from a string.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify'

/**
 * The policies the CSP's `trusted-types` directive allows: DOMPurify's, made by the one instance
 * below, Svelte's, which it makes for its compiled templates, and `pdfjs-worker`, which allows
 * only pdf.js's bundled worker script (document-import/pdf-worker.ts).
 */
export const trustedTypesPolicyNames = ['dompurify', 'svelte-trusted-html', 'pdfjs-worker'] as const

let purifier: Purifier | undefined

/**
 * The page's one sanitizer, made on first use so that importing this module needs no DOM; the
 * notes layer asks for it as it loads. Callers that need a hook add it for the length of their
 * own call and remove it after, since every use of HTML in the page shares this instance.
 */
export function htmlSanitizer(): Purifier {
  if (purifier) return purifier
  if (typeof window === 'undefined') {
    throw new Error('Sanitizing HTML needs a DOM window; none is available here.')
  }
  purifier = DOMPurify(window)
  // DOMPurify makes its policy at its first use: made now, the policy's name is taken, and any
  // later attempt to make a policy by that name throws.
  purifier.sanitize('')
  return purifier
}

/**
 * `html` cleaned by DOMPurify under `config` (its defaults when none), as a value an HTML sink
 * accepts under the page's CSP (typed `TrustedHTML`). Where the browser has no Trusted Types (a
 * test's DOM), it is the cleaned string itself.
 */
export function sanitizedHtml(html: string, config: Config = {}) {
  return htmlSanitizer().sanitize(html, { ...config, RETURN_TRUSTED_TYPE: true })
}
