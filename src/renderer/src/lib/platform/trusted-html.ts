/**
 * The page's one Trusted Types policy for HTML. The CSP requires Trusted Types for every
 * script-capable sink, so a string reaching `innerHTML`, `DOMParser` or `{@html}` passes through
 * this policy, which sanitizes it with DOMPurify, and a string reaching a script sink throws.
 *
 * The policy is made before anything renders, but DOMPurify (some 9 KB gzip) loads with the notes
 * layer, not with what the page loads before the reference pane is interactive; nothing on the
 * path to an interactive pane writes HTML from a string. Until DOMPurify has loaded, the policy
 * refuses every string: an HTML sink reached that early throws rather than going unsanitized.
 */

/**
 * The policies the CSP's `trusted-types` directive allows: this module's `default`, the one
 * DOMPurify makes for its own parsing, and the one Svelte makes for its compiled templates.
 */
export const trustedTypesPolicyNames = ['default', 'dompurify', 'svelte-trusted-html'] as const

/** The part of the Trusted Types API this module uses; TypeScript's DOM types lack it. */
interface TrustedTypePolicyFactory {
  readonly defaultPolicy: object | null
  createPolicy(name: string, rules: { createHTML(input: string): string }): object
}

/** What cleans a string of HTML; none until {@link loadHtmlSanitizer} has run. */
let sanitize: ((html: string) => string) | null = null

/**
 * Makes the `default` policy, once, in `scope`. Svelte's `{@html}` assigns the string it is given
 * to `innerHTML` and offers no hook of its own but for values that are already `TrustedHTML`, so
 * the default policy is what every such string goes through. Does nothing where the browser has
 * no Trusted Types (or in a test's DOM).
 */
export function installTrustedHtmlPolicy(scope: Window & typeof globalThis = window): void {
  const factory = (scope as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes
  if (factory === undefined || factory.defaultPolicy !== null) return
  factory.createPolicy('default', {
    createHTML: (html) => {
      if (sanitize === null) {
        throw new TypeError('HTML from a string is refused until the sanitizer has loaded.')
      }
      return sanitize(html)
    }
  })
}

/**
 * Loads DOMPurify for `scope` and lets the default policy accept HTML, cleaned by it. The notes
 * layer awaits this before it shows any note.
 */
export async function loadHtmlSanitizer(scope: Window & typeof globalThis = window): Promise<void> {
  if (sanitize !== null) return
  const { default: DOMPurify } = await import('dompurify')
  const purifier = DOMPurify(scope)
  sanitize = (html) => purifier.sanitize(html)
}
