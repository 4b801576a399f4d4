/** Tests for what a note's links and images become in an exported file. */
import { describe, expect, it } from 'vitest'
import { withInertLinks } from './exported-links'

describe('withInertLinks', () => {
  it('leaves a note without links as it is, the same string', () => {
    const note = 'Canada to *confirm* wording on para. 14 — see draft 2.'
    expect(withInertLinks(note)).toBe(note)
  })

  it('keeps https links as typed', () => {
    const note = 'See [the session page](https://www.unodc.org/cnd/ "CND") and https://www.un.org/.'
    expect(withInertLinks(note)).toBe(note)
  })

  it.each([
    [
      'a remote image',
      'Chart: ![growth chart](https://xss.invalid/pixel.png)',
      'Chart: growth chart'
    ],
    ['an image with emphasis in its alt text', '![a *big* chart](x.png)', 'a *big* chart'],
    [
      'an image without alt text',
      '![](https://xss.invalid/p.png)',
      '!\\[\\](https\\://xss.invalid/p.png)'
    ],
    ['a javascript: link', '[click](javascript:alert(1))', 'click'],
    ['a file: link', 'Open [the minutes](file:///C:/minutes.docx)', 'Open the minutes'],
    ['an ms-msdt: link', '[help](ms-msdt:/id%20PCWDiagnostic)', 'help'],
    ['an http: link', '[site](http://example.org/)', 'site'],
    ['a link to the delegate’s own machine', '[admin](https://127.0.0.1/)', 'admin'],
    ['a link whose address hides an entity', '[x](https&#58;//example.org/)', 'x'],
    ['a link inside a list item', '- see [x](javascript:1)\n- done', '- see x\n- done'],
    [
      'a link in a table cell',
      '| a | b |\n| - | - |\n| [x](file:///) | y |',
      '| a | b |\n| - | - |\n| x | y |'
    ],
    ['a bare http address', 'at http://example.org/ now', 'at http\\://example.org/ now'],
    ['a bare www address', 'at www.example.org now', 'at www\\.example.org now'],
    ['a bare e-mail address', 'write to someone@example.org', 'write to someone\\@example.org'],
    ['a link in a refused link', '[[x](javascript:1)](file:///)', 'x'],
    [
      'an image in a kept link',
      '[![logo](logo.png)](https://www.un.org/)',
      '[logo](https://www.un.org/)'
    ],
    ['a control character before the scheme', '[x](\u0001javascript:1)', 'x']
  ])('writes %s as text', (_name, note, written) => {
    expect(withInertLinks(note)).toBe(written)
  })

  it('escapes every bracket where a link cannot be found again in the text', () => {
    // Inside a quote, marked reads the link's text without the "> " of its second line.
    const note = '> [x\n> y](javascript:1)'
    expect(withInertLinks(note)).toBe('> \\[x\n> y](javascript:1)')
  })
})
