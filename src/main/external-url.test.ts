/** Tests for the main process's check of addresses to open in the system browser. */
import { describe, expect, it } from 'vitest'
import { maxExternalUrlLength } from '@shared/bridge'
import { checkExternalUrl, refusedExternalUrl } from './external-url'

describe('checkExternalUrl', () => {
  it('accepts a plain https address as it is', () => {
    const url = 'https://www.unodc.org/unodc/en/commissions/CND/session/67_Session_2024/'
    expect(checkExternalUrl(url)).toEqual({ ok: true, value: url })
  })

  it.each([
    ['a scheme and host in capitals', 'HTTPS://WWW.UNODC.ORG', 'https://www.unodc.org/'],
    [
      'a backslash other parsers may read as credentials',
      'https://www.unodc.org\\@evil.example/',
      'https://www.unodc.org/@evil.example/'
    ],
    ['an empty user name', 'https://@www.unodc.org/', 'https://www.unodc.org/'],
    ['a space in the path', 'https://www.unodc.org/a b', 'https://www.unodc.org/a%20b'],
    [
      'a look-alike host in Cyrillic',
      'https://\u0430\u0440\u0440\u04cf\u0435.com/',
      'https://xn--80ak6aa92e.com/'
    ]
  ])('answers %s as the URL parser writes it out', (_name, url, opened) => {
    expect(checkExternalUrl(url)).toEqual({ ok: true, value: opened })
  })

  it.each([
    ['a javascript: address', 'javascript:alert(1)'],
    ['a file: address', 'file:///etc/passwd'],
    ['an http: address', 'http://www.unodc.org/'],
    ['a custom scheme that starts a program', 'ms-msdt:/id PCWDiagnostic'],
    ['the app’s own scheme', 'app://cnd67/index.html'],
    ['a user name and password', 'https://user:pw@example.org/'],
    ['a user name alone', 'https://www.unodc.org@evil.example/'],
    ['a newline the parser would drop', 'https://www.unodc.org\n.evil.example/'],
    ['a tab the parser would drop', 'https://www.un\todc.org/'],
    ['a leading control character the parser would trim', '\u0001https://www.unodc.org/'],
    ['a C1 control character', 'https://www.unodc.org/\u0085'],
    ['no host', 'https://'],
    ['a relative address', '/index.html'],
    ['garbage', 'not an address'],
    ['an empty string', ''],
    ['a number', 42],
    ['an object that looks like a URL', { href: 'https://www.unodc.org/' }],
    ['nothing', undefined],
    ['an overly long address', `https://example.org/${'a'.repeat(maxExternalUrlLength)}`],
    [
      'an address that grows too long once parsed',
      `https://example.org/${'\u00e9'.repeat(maxExternalUrlLength - 'https://example.org/'.length)}`
    ],
    ['loopback', 'https://127.0.0.1/'],
    ['loopback written in hex', 'https://0x7f.1/'],
    ['localhost', 'https://localhost:8080/admin'],
    ['IPv6 loopback', 'https://[::1]/'],
    ['a private address', 'https://192.168.1.1/'],
    ['a link-local address', 'https://169.254.169.254/latest/meta-data/'],
    ['a .local name', 'https://printer.local/'],
    ['a single-label name', 'https://intranet/']
  ])('refuses %s', (_name, url) => {
    expect(checkExternalUrl(url)).toEqual(refusedExternalUrl)
  })

  it('accepts an address of exactly the longest length', () => {
    const prefix = 'https://example.org/'
    const url = prefix + 'a'.repeat(maxExternalUrlLength - prefix.length)
    expect(checkExternalUrl(url)).toEqual({ ok: true, value: url })
  })
})
