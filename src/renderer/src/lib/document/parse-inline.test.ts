/** Inline markup of the source text: bold, italic and addresses, never the markup characters. */
import { describe, expect, it } from 'vitest'
import { inlineText, parseInline } from './parse-inline'

describe('parseInline', () => {
  it('keeps plain text as one part', () => {
    expect(parseInline('Canada emphasized the importance.')).toEqual([
      { type: 'text', text: 'Canada emphasized the importance.' }
    ])
  })

  it('turns **bold** into strong text and *italic* into emphasis', () => {
    expect(parseInline('**Brazil** acknowledged the *World Drug Report 2023*.')).toEqual([
      { type: 'strong', text: 'Brazil' },
      { type: 'text', text: ' acknowledged the ' },
      { type: 'emphasis', text: 'World Drug Report 2023' },
      { type: 'text', text: '.' }
    ])
  })

  it('makes <https://…> addresses links and keeps other addresses as text', () => {
    expect(
      parseInline('website (<https://syntheticdrugs.unodc.org/>) and <http://example.org/>')
    ).toEqual([
      { type: 'text', text: 'website (' },
      {
        type: 'link',
        text: 'https://syntheticdrugs.unodc.org/',
        href: 'https://syntheticdrugs.unodc.org/'
      },
      { type: 'text', text: ') and http://example.org/' }
    ])
    expect(parseInline('<javascript:alert(1)>')).toEqual([
      { type: 'text', text: 'javascript:alert(1)' }
    ])
  })

  it('leaves a lone asterisk such as a footnote mark as text', () => {
    expect(parseInline('provisional agenda*')).toEqual([
      { type: 'text', text: 'provisional agenda*' }
    ])
    expect(parseInline('2 * 3 = 6')).toEqual([{ type: 'text', text: '2 * 3 = 6' }])
  })

  it('returns no parts for empty text', () => {
    expect(parseInline('')).toEqual([])
  })
})

describe('inlineText', () => {
  it('joins the parts as a reader sees them', () => {
    expect(inlineText(parseInline('**Egypt** noted *this* (<https://webtv.un.org/>).'))).toBe(
      'Egypt noted this (https://webtv.un.org/).'
    )
  })
})
