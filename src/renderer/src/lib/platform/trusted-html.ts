/**
 * The page's one Trusted Types policy for HTML. The CSP requires Trusted Types for every
 * script-capable sink, so a string reaching `innerHTML`, `DOMParser` or `{@html}` passes through
 * this policy, which sanitizes it with DOMPurify, and a string reaching a script sink throws.
 */
import DOMPurify from 'dompurify'

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

/**
 * Makes the DOMPurify-backed `default` policy, once, in `scope`. Svelte's `{@html}` assigns the
 * string it is given to `innerHTML` and offers no hook of its own but for values that are
 * already `TrustedHTML`, so the default policy is what every such string goes through. Does
 * nothing where the browser has no Trusted Types (or in a test's DOM).
 */
export function installTrustedHtmlPolicy(scope: Window & typeof globalThis = window): void {
  const factory = (scope as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes
  if (factory === undefined || factory.defaultPolicy !== null) return
  const purifier = DOMPurify(scope)
  factory.createPolicy('default', { createHTML: (html) => purifier.sanitize(html) })
}
