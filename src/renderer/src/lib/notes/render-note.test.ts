// @vitest-environment jsdom
/** A note's display HTML and excerpt: Markdown rendered, hostile input inert, only https links. */
import DOMPurify from 'dompurify'
import { describe, expect, it } from 'vitest'
import { isOpenableExternalUrl } from '@shared/bridge'
import { noteExcerpt, noteHtml, renderNote, sanitizeNoteHtml } from './render-note'

/** Every element a rendered note may contain. */
const noteTags = new Set([
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td'
])

/** Every attribute a rendered note may carry. */
const noteAttributes = new Set(['href', 'rel', 'data-link-host', 'start', 'align'])

/** The HTML parsed the way the app shows it, inert inside a `<template>`. */
function parsed(html: string): DocumentFragment {
  const template = document.createElement('template')
  template.innerHTML = html
  return template.content
}

/** The text a reader sees of some HTML. */
function visibleText(html: string): string {
  return parsed(html).textContent ?? ''
}

/**
 * Asserts that HTML can neither run nor load anything: only note tags, no `on*` attribute,
 * nothing outside the attribute allow-list, and every `href` one the app would open.
 */
function expectInert(html: string): void {
  for (const element of parsed(html).querySelectorAll('*')) {
    expect(noteTags).toContain(element.localName)
    for (const attribute of element.attributes) {
      expect(attribute.name.toLowerCase().startsWith('on')).toBe(false)
      expect(noteAttributes).toContain(attribute.name)
    }
    const href = element.getAttribute('href')
    if (href !== null) expect(isOpenableExternalUrl(href)).toBe(true)
  }
}

/** A note of about `size` characters: paragraphs of formatting, a link, raw HTML and Arabic. */
function longNote(size: number): string {
  const paragraph =
    'Brazil cited **the World Drug Report** and [UNODC](https://www.unodc.org/) ' +
    '<img src=x onerror=alert(1)> — ذكرت البرازيل تقرير المخدرات العالمي 🌍\n\n'
  return paragraph.repeat(Math.ceil(size / paragraph.length))
}

/** Raw HTML a delegate might paste or type, each of which must show as the text typed. */
const rawHtmlNotes = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="https://example.org/x.swf"></object>',
  '<embed src="https://example.org/x.swf">',
  '<style>body { display: none }</style>',
  '<form action="https://example.org/"><input name="q"><button>Go</button></form>',
  '<svg onload=alert(1)><circle r="1"/></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<base href="https://example.org/">',
  '<meta http-equiv="refresh" content="0;url=https://example.org/">',
  '<link rel="stylesheet" href="https://example.org/x.css">',
  '<a href="https://user:pw@example.org/">x</a>',
  '<p style="color: red" class="x" id="y" onclick="alert(1)">hi</p>',
  '<img srcset="https://example.org/a.png 1x">',
  '<!-- a comment -->'
]

/** Links the app must never open, each to be rendered as its text alone. */
const refusedLinks = [
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](<javascript:alert(1)>)',
  '[x](jav&#x09;ascript:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](javascript&colon;alert(1))',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](file:///etc/passwd)',
  '[x](http://example.org/)',
  '[x](/relative/path)',
  '[x](#paragraph-14)',
  '[x](//example.org/)',
  '[x](https://user:pw@example.org/)'
]

describe('renderNote', () => {
  it('renders emphasis, strikethrough and inline code', () => {
    expect(renderNote('**Brazil** and *Canada* ~~objected~~ agreed on `a < b`')).toBe(
      '<p><strong>Brazil</strong> and <em>Canada</em> <del>objected</del> agreed on <code>a &lt; b</code></p>\n'
    )
  })

  it('renders headings, paragraphs, rules and a newline as a line break', () => {
    expect(renderNote('## Follow-up\n\nAsk Brazil\nabout the report\n\n---')).toBe(
      '<h2>Follow-up</h2>\n<p>Ask Brazil<br>about the report</p>\n<hr>\n'
    )
  })

  it('renders unordered, ordered and task lists', () => {
    expect(renderNote('- one\n- two\n\n3. three\n4. four\n\n- [ ] to do\n- [x] done')).toBe(
      '<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n' +
        '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>\n' +
        '<ul>\n<li>☐ to do</li>\n<li>☑ done</li>\n</ul>\n'
    )
  })

  it('renders code blocks escaped and without the language class', () => {
    expect(renderNote('```js\nif (a < b) alert("x")\n```')).toBe(
      '<pre><code>if (a &lt; b) alert("x")\n</code></pre>\n'
    )
  })

  it('renders blockquotes and tables', () => {
    expect(
      renderNote('> Quoted from paragraph 14\n\n| Speaker | Point |\n|:-|-:|\n| Brazil | 3 |')
    ).toBe(
      '<blockquote>\n<p>Quoted from paragraph 14</p>\n</blockquote>\n' +
        '<table>\n<thead>\n<tr>\n<th align="left">Speaker</th>\n<th align="right">Point</th>\n</tr>\n</thead>\n' +
        '<tbody><tr>\n<td align="left">Brazil</td>\n<td align="right">3</td>\n</tr>\n</tbody></table>\n'
    )
  })

  it('shows the host a link whose text names another really opens, and drops its title', () => {
    expect(renderNote('[https://www.unodc.org/](https://xss.invalid/phish "www.unodc.org")')).toBe(
      '<p><a href="https://xss.invalid/phish" rel="noopener noreferrer external" data-link-host="xss.invalid">https://www.unodc.org/</a></p>\n'
    )
  })

  it('keeps https links without their title, marked to open in the system browser', () => {
    expect(renderNote('See [the report](https://www.unodc.org/wdr "World Drug Report").')).toBe(
      '<p>See <a href="https://www.unodc.org/wdr" rel="noopener noreferrer external" data-link-host="www.unodc.org">the report</a>.</p>\n'
    )
    expect(renderNote('<https://webtv.un.org/> and https://www.unodc.org/?a=1&b=2.')).toBe(
      '<p><a href="https://webtv.un.org/" rel="noopener noreferrer external">https://webtv.un.org/</a> and ' +
        '<a href="https://www.unodc.org/?a=1&amp;b=2" rel="noopener noreferrer external">https://www.unodc.org/?a=1&amp;b=2</a>.</p>\n'
    )
  })

  it('shows raw HTML as the text that was typed', () => {
    expect(renderNote('<img src=x onerror=alert(1)>')).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;</p>\n'
    )
    expect(renderNote('Brazil <b onclick="alert(1)">insisted</b>')).toBe(
      '<p>Brazil &lt;b onclick="alert(1)"&gt;insisted&lt;/b&gt;</p>\n'
    )
    expect(renderNote('<div>\n**not Markdown**\n</div>')).toBe(
      '<p>&lt;div&gt;<br>**not Markdown**<br>&lt;/div&gt;</p>\n'
    )
  })

  it.each(rawHtmlNotes)('shows %s as inert text', (note) => {
    const html = renderNote(note)
    expectInert(html)
    expect(parsed(html).querySelectorAll('*').length).toBe(1)
    expect(visibleText(html)).toBe(`${note}\n`)
  })

  it.each(refusedLinks)('renders %s as its text alone', (note) => {
    expect(renderNote(note)).toBe('<p>x</p>\n')
  })

  it.each([...rawHtmlNotes, ...refusedLinks, '[report](https://www.unodc.org/x) **bold**'])(
    'gives %s to the page as noteHtml exactly as renderNote renders it',
    (note) => {
      expect(String(noteHtml(note))).toBe(renderNote(note))
    }
  )

  it('shows the definition of a refused reference-style link as typed', () => {
    expect(renderNote('[x][ref]\n\n[ref]: javascript:alert(1)')).toBe(
      '<p>x</p>\n<p>[ref]: javascript:alert(1)</p>\n'
    )
    expect(renderNote('[ref]: http://intranet.example/report "Report"')).toBe(
      '<p>[ref]: http://intranet.example/report "Report"</p>\n'
    )
    expect(renderNote('[ref]:\n  <file:///etc/passwd>\n  "Passwords"')).toBe(
      '<p>[ref]:<br>  &lt;file:///etc/passwd&gt;<br>  "Passwords"</p>\n'
    )
  })

  it('hides the definition of an https reference-style link, which its link shows', () => {
    expect(renderNote('[UNODC][u]\n\n[u]: https://www.unodc.org/')).toBe(
      '<p><a href="https://www.unodc.org/" rel="noopener noreferrer external" data-link-host="www.unodc.org">UNODC</a></p>\n'
    )
  })

  it('drops an address that only shows credentials once its entities are decoded', () => {
    expect(renderNote('[x](https://un.org&#x3a;pw@example.org/)')).toBe('<p><a>x</a></p>\n')
  })

  it('keeps a quote inside an address within the href', () => {
    const html = renderNote('[x](https://example.org/&#x22;onmouseover=alert(1))')
    expectInert(html)
    expect(parsed(html).querySelector('a')?.getAttribute('href')).toBe(
      'https://example.org/"onmouseover=alert(1)'
    )
  })

  it('renders images as their alt text and never as an image', () => {
    expect(renderNote('![Chart of *seizures*](https://example.org/chart.png)')).toBe(
      '<p>Chart of <em>seizures</em></p>\n'
    )
    expect(renderNote('![](https://example.org/pixel.png)')).toBe(
      '<p>![](https://example.org/pixel.png)</p>\n'
    )
    expect(renderNote('[![badge](https://example.org/b.svg)](https://example.org/)')).toBe(
      '<p><a href="https://example.org/" rel="noopener noreferrer external" data-link-host="example.org">badge</a></p>\n'
    )
  })

  it('passes Arabic and emoji through unchanged', () => {
    expect(renderNote('**البرازيل** أشارت إلى التقرير 🌍👩🏽‍💻')).toBe(
      '<p><strong>البرازيل</strong> أشارت إلى التقرير 🌍👩🏽‍💻</p>\n'
    )
  })

  it('renders the same note the same way every time', () => {
    const note = '[UNODC](https://www.unodc.org/)'
    expect(renderNote(note)).toBe(renderNote(note))
    expect(renderNote(note)).toBe(
      '<p><a href="https://www.unodc.org/" rel="noopener noreferrer external" data-link-host="www.unodc.org">UNODC</a></p>\n'
    )
  })

  it('leaves other uses of DOMPurify without its link rules', () => {
    renderNote('[UNODC](https://www.unodc.org/)')
    expect(DOMPurify.sanitize('<a href="http://example.org/">x</a>')).toBe(
      '<a href="http://example.org/">x</a>'
    )
  })

  // About 10 s of CPU in jsdom (6 s of it rendering); 22 to 55 s measured with seven test runs
  // sharing two cores, so a limit of a minute, where the default 5 s would not do.
  it('renders a note of a megabyte', { timeout: 60_000 }, () => {
    const note = longNote(1_000_000)
    const html = renderNote(note)
    expectInert(html)
    const text = visibleText(html)
    expect(text.length).toBeGreaterThan(note.length / 2)
    expect(text.length).toBeLessThan(note.length * 2)
    expect(text).toContain('<img src=x onerror=alert(1)> — ذكرت البرازيل تقرير المخدرات العالمي 🌍')
  })
})

describe('sanitizeNoteHtml', () => {
  it('removes elements that run or load things, SVG and MathML with all they hold', () => {
    expect(
      sanitizeNoteHtml(
        '<p onclick="alert(1)" style="color:red" class="x" id="y">hi<img src=x onerror=alert(1)></p>' +
          '<script>alert(1)</script><iframe srcdoc="<script>alert(1)</script>"></iframe>' +
          '<svg onload="alert(1)"><a href="javascript:alert(1)">svg</a></svg>' +
          '<math><mi xlink:href="javascript:alert(1)">math</mi></math>' +
          '<object data="x"></object><embed src="x"><style>p{}</style><base href="https://x/">' +
          '<form><input name="q"></form>'
      )
    ).toBe('<p>hi</p>')
  })

  it('keeps only https links, each marked external', () => {
    expect(
      sanitizeNoteHtml(
        '<a href="https://example.org/" target="_blank" rel="opener">ok</a>' +
          '<a href="jav&#x09;ascript:alert(1)">js</a><a href="data:text/html,x">data</a>' +
          '<a href="https://user:pw@example.org/">credentials</a><a href="/relative">relative</a>'
      )
    ).toBe(
      '<a href="https://example.org/" rel="noopener noreferrer external" data-link-host="example.org">ok</a>' +
        '<a>js</a><a>data</a><a>credentials</a><a>relative</a>'
    )
  })

  it('leaves nothing with an on* attribute', () => {
    const html = sanitizeNoteHtml(
      '<p onmouseover="x()">a</p><details open ontoggle="x()">b</details>' +
        '<body onload="x()"><video><source onerror="x()"></video>'
    )
    expectInert(html)
    expect(html).toBe('<p>a</p>b')
  })
})

describe('noteExcerpt', () => {
  it('gives the text of a short note on one line, without Markdown syntax', () => {
    expect(
      noteExcerpt(
        '# Follow-up\n\n**Brazil** said:\n\n- one\n- two\n\n| a | b |\n|-|-|\n| 1 | 2 |\n\nx\ny'
      )
    ).toBe('Follow-up Brazil said: one two a b 1 2 x y')
  })

  it('gives links and images as their text, raw HTML as typed', () => {
    expect(
      noteExcerpt('[UNODC](https://www.unodc.org/) ![chart](https://x/c.png) <b>bold</b>')
    ).toBe('UNODC chart <b>bold</b>')
  })

  it('gives an empty excerpt of an empty note', () => {
    expect(noteExcerpt('')).toBe('')
    expect(noteExcerpt('  \n\n  ')).toBe('')
  })

  it('cuts a long note at a word boundary and marks the cut', () => {
    expect(noteExcerpt('Brazil cited the World Drug Report 2023', 20)).toBe('Brazil cited the…')
    expect(noteExcerpt('Brazil cited, then Canada', 15)).toBe('Brazil cited…')
    expect(noteExcerpt('Brazil cited the report', 17)).toBe('Brazil cited the…')
    expect(noteExcerpt('Brazil cited the report', 23)).toBe('Brazil cited the report')
  })

  it('cuts within a word only when no boundary is near', () => {
    expect(noteExcerpt('See https://www.unodc.org/documents/report.pdf', 20)).toBe(
      'See https://www.uno…'
    )
  })

  it('never splits an emoji in two', () => {
    expect(noteExcerpt('🌍🌍🌍🌍🌍', 4)).toBe('🌍…')
  })

  it('uses 160 characters by default', () => {
    const excerpt = noteExcerpt('word '.repeat(100))
    expect(excerpt).toBe(`${'word '.repeat(31)}word…`)
    expect(excerpt.length).toBe(160)
  })

  it('excerpts Arabic', () => {
    expect(noteExcerpt('**البرازيل** أشارت إلى التقرير العالمي', 25)).toBe('البرازيل أشارت إلى…')
  })

  it('excerpts a note of a megabyte from its opening', () => {
    const excerpt = noteExcerpt(longNote(1_000_000), 60)
    expect(excerpt).toBe('Brazil cited the World Drug Report and UNODC <img src=x…')
  })

  it('reads further than the opening when the opening is too short', () => {
    const note = `Brazil\n\n${'#'.repeat(6)} ${'x'.repeat(5000)}\n\nCanada spoke`
    expect(noteExcerpt(note, 20)).toBe('Brazil xxxxxxxxxxxx…')
  })
})
