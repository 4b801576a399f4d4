// @vitest-environment jsdom
/** The page's HTML policy: refuses strings until its sanitizer has loaded, then cleans them. */
import { describe, expect, it } from 'vitest'
import { installTrustedHtmlPolicy, loadHtmlSanitizer } from './trusted-html'

/** A window whose Trusted Types factory records the policies made in it. */
function windowWithTrustedTypes() {
  const policies = new Map<string, { createHTML(input: string): string }>()
  const trustedTypes = {
    get defaultPolicy() {
      return policies.get('default') ?? null
    },
    createPolicy(name: string, rules: { createHTML(input: string): string }) {
      policies.set(name, rules)
      return rules
    }
  }
  const scope = Object.assign(Object.create(window), { trustedTypes }) as Window & typeof globalThis
  return { scope, policies }
}

describe('installTrustedHtmlPolicy', () => {
  it('makes one default policy that refuses HTML until the sanitizer loads, then cleans it', async () => {
    const { scope, policies } = windowWithTrustedTypes()
    installTrustedHtmlPolicy(scope)
    installTrustedHtmlPolicy(scope)
    expect([...policies.keys()]).toEqual(['default'])
    const policy = policies.get('default')!
    expect(() => policy.createHTML('<b>kept</b>')).toThrow(
      'HTML from a string is refused until the sanitizer has loaded.'
    )
    await loadHtmlSanitizer(window)
    expect(
      policy.createHTML('<img src="x" onerror="alert(1)"><b>kept</b><script>x()</script>')
    ).toBe('<img src="x"><b>kept</b>')
  })

  it('does nothing where the browser has no Trusted Types', () => {
    expect(() => installTrustedHtmlPolicy(window)).not.toThrow()
  })
})
