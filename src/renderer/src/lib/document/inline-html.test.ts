/** HTML of document text: escaped, formatted, and links only for https: addresses. */
import { describe, expect, it } from 'vitest'
import { escapeHtml, inlineHtml } from './inline-html'

describe('escapeHtml', () => {
  it('escapes every character with a meaning in HTML', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;'
    )
    expect(escapeHtml('Türkiye – “quoted”')).toBe('Türkiye – “quoted”')
  })
})

describe('inlineHtml', () => {
  it('renders formatting and links', () => {
    expect(
      inlineHtml([
        { type: 'strong', text: 'Brazil' },
        { type: 'text', text: ' cited the ' },
        { type: 'emphasis', text: 'World Drug Report 2023' },
        { type: 'text', text: ' (' },
        { type: 'link', text: 'https://webtv.un.org/', href: 'https://webtv.un.org/' },
        { type: 'text', text: ').' }
      ])
    ).toBe(
      '<strong>Brazil</strong> cited the <em>World Drug Report 2023</em> (<a href="https://webtv.un.org/" rel="noopener noreferrer external">https://webtv.un.org/</a>).'
    )
  })

  it('escapes markup inside every kind of part', () => {
    expect(
      inlineHtml([
        { type: 'text', text: '<img src=x onerror=alert(1)>' },
        { type: 'strong', text: '</strong><script>' },
        { type: 'link', text: '"><b>', href: 'https://example.org/?q="><script>' }
      ])
    ).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<strong>&lt;/strong&gt;&lt;script&gt;</strong><a href="https://example.org/?q=&quot;&gt;&lt;script&gt;" rel="noopener noreferrer external">&quot;&gt;&lt;b&gt;</a>'
    )
  })

  it('never makes a link of an address that is not https:', () => {
    expect(
      inlineHtml([{ type: 'link', text: 'javascript:alert(1)', href: 'javascript:alert(1)' }])
    ).toBe('javascript:alert(1)')
  })
})
