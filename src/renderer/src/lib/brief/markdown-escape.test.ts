/**
 * Tests of how a delegate's text is written into the brief's Markdown: exact escaped outputs, what
 * marked makes of them (marked is what renders the brief), and properties over any text typed.
 */
import fc from 'fast-check'
import { marked, type Token, type Tokens } from 'marked'
import { describe, expect, it } from 'vitest'
import {
  headingText,
  indentLines,
  inlineText,
  lineStartText,
  noteLines,
  quoteLines,
  singleLine,
  yamlString
} from './markdown-escape'
import { hostileText, typedNote } from '@test-support/brief-fixtures'
import { plainText } from '@test-support/brief-outline'

/** Any text, hostile or not, for the properties. */
const anyTyped = fc.oneof(fc.string({ unit: 'binary' }), hostileText())

/** The types of the top-level tokens marked reads from `markdown`, blank lines left out. */
function blockTypes(markdown: string): string[] {
  return marked
    .lexer(markdown)
    .filter((token) => token.type !== 'space')
    .map((token) => token.type)
}

/** The token types marked must never read from text the brief writes: raw HTML and definitions. */
function forbiddenTypes(markdown: string): string[] {
  return allTokens(markdown)
    .map((token) => token.type)
    .filter((type) => type === 'html' || type === 'def')
}

/** What a list of quoted passages may be made of: paragraphs of text, with no other structure. */
const quoteTypes = new Set([
  'list',
  'list_item',
  'text',
  'space',
  'blockquote',
  'paragraph',
  'escape',
  'link',
  'br'
])

/** Every token marked reads from `markdown`, depth first. */
function allTokens(markdown: string): Token[] {
  const found: Token[] = []
  marked.walkTokens(marked.lexer(markdown), (token) => void found.push(token))
  return found
}

describe('singleLine', () => {
  it('collapses spaces, tabs and every kind of line break into one space', () => {
    expect(singleLine('  Iran\r\n(Islamic\tRepublic\u2028of)\u2029 ')).toBe(
      'Iran (Islamic Republic of)'
    )
  })

  it('keeps no-break spaces inside the text', () => {
    expect(singleLine('Note\u00a0: x')).toBe('Note\u00a0: x')
  })

  it('writes NUL as the replacement character', () => {
    expect(singleLine('a\0b')).toBe('a\uFFFDb')
  })
})

describe('inlineText', () => {
  it('leaves ordinary text as it is', () => {
    expect(inlineText('Iran (Islamic Republic of), 14–22 March: “EWA” & WHO')).toBe(
      'Iran (Islamic Republic of), 14–22 March: “EWA” & WHO'
    )
  })

  it('escapes what would start inline Markdown', () => {
    expect(inlineText('*a* _b_ `c` ~d~ [e](f) <g> h|i \\j')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\[e\\](f) &lt;g> h\\|i \\\\j'
    )
  })

  it('escapes an ampersand only where it would start an entity', () => {
    expect(inlineText('R&D &amp; &#60; &#x3C;')).toBe('R&D \\&amp; \\&#60; \\&#x3C;')
  })

  it('is one line whatever was typed', () => {
    expect(inlineText('# a\n---\n<div>')).toBe('# a --- &lt;div>')
  })

  it('keeps bare links from forming, which would show escapes and free what follows', () => {
    expect(inlineText('https://x.org/a_b WWW.un.org ftp://y')).toBe(
      'https\\://x.org/a\\_b WWW\\.un.org ftp\\://y'
    )
    const tokens = allTokens(`x ${inlineText('<https://example.org><script>alert(1)</script>')}`)
    expect(tokens.map((token) => token.type)).toEqual(['paragraph', 'text', 'escape', 'text'])
  })

  it('shows exactly the text as one line, whatever was typed', () => {
    fc.assert(
      fc.property(anyTyped, (typed) => {
        const [paragraph, ...rest] = marked.lexer(`x ${inlineText(typed)}`)
        expect(rest).toEqual([])
        expect(plainText((paragraph as Tokens.Paragraph).tokens).trim()).toBe(
          `x ${singleLine(typed)}`.trim()
        )
        expect(forbiddenTypes(`x ${inlineText(typed)}`)).toEqual([])
      }),
      { numRuns: 300 }
    )
  })

  it('renders as exactly the text', () => {
    const typed = '*a* _b_ `c` ~~d~~ [e](f) <b>g</b> &amp; \\h #'
    expect(marked.parseInline(`x ${inlineText(typed)}`)).toBe(
      'x *a* _b_ `c` ~~d~~ [e](f) &lt;b&gt;g&lt;/b&gt; &amp;amp; \\h #'
    )
  })
})

describe('lineStartText', () => {
  it('is one paragraph showing exactly the text, whatever was typed', () => {
    fc.assert(
      fc.property(anyTyped, (typed) => {
        const tokens = marked.lexer(lineStartText(typed))
        expect(tokens.map((token) => token.type)).toEqual(singleLine(typed) ? ['paragraph'] : [])
        expect(plainText(tokens.flatMap((token) => (token as Tokens.Paragraph).tokens))).toBe(
          singleLine(typed)
        )
        expect(forbiddenTypes(lineStartText(typed))).toEqual([])
      }),
      { numRuns: 300 }
    )
  })

  it('escapes block markers at the start', () => {
    expect(['# a', '> a', '- a', '+ a', '=', '---', '1. a', '12) a'].map(lineStartText)).toEqual([
      '\\# a',
      '\\> a',
      '\\- a',
      '\\+ a',
      '\\=',
      '\\---',
      '1\\. a',
      '12\\) a'
    ])
  })

  it('leaves a number that does not start a list', () => {
    expect(lineStartText('1.5 million')).toBe('1.5 million')
    expect(lineStartText('1234567890. Ten digits')).toBe('1234567890. Ten digits')
  })

  it('makes every hostile line a paragraph', () => {
    for (const typed of ['# a', '> a', '- a', '* a', '1. a', '```', '~~~', '<div>', '    a']) {
      expect(blockTypes(`${lineStartText(typed)}\n`)).toEqual(['paragraph'])
    }
  })
})

describe('headingText', () => {
  it('is one heading showing exactly the text, whatever was typed', () => {
    fc.assert(
      fc.property(anyTyped, (typed) => {
        const tokens = marked.lexer(`### ${headingText(typed)}\n`)
        expect(tokens).toHaveLength(1)
        const heading = tokens[0] as Tokens.Heading
        expect([heading.type, heading.depth, plainText(heading.tokens)]).toEqual([
          'heading',
          3,
          singleLine(typed)
        ])
      }),
      { numRuns: 300 }
    )
  })

  it('escapes a trailing run of hashes, which would close the heading', () => {
    expect(headingText('Item 6 ##')).toBe('Item 6 \\#\\#')
    expect(marked.lexer(`### ${headingText('C# and F#')}`)[0]).toMatchObject({
      type: 'heading',
      text: 'C# and F\\#'
    })
  })
})

describe('quoteLines', () => {
  it('quotes each line, escaping it as the start of a line', () => {
    expect(quoteLines('\nFirst line\n\n# second\r\n---\n')).toEqual([
      '> First line',
      '>',
      '> \\# second',
      '> \\---'
    ])
  })

  it('quotes nothing for an empty passage', () => {
    expect(quoteLines(' \n ')).toEqual([])
  })

  it('stays one blockquote inside its list item, whatever was typed', () => {
    fc.assert(
      fc.property(anyTyped, (typed) => {
        const quoted = quoteLines(typed)
        const markdown = ['- a', '', ...indentLines(quoted, 2), '', '- b'].join('\n')
        const [list, ...rest] = marked.lexer(markdown).filter((token) => token.type !== 'space')
        expect(rest).toEqual([])
        const [, ...inFirst] = (list as Tokens.List).items[0].tokens.filter(
          (token) => token.type !== 'space'
        )
        expect(inFirst.map((token) => token.type)).toEqual(quoted.length > 0 ? ['blockquote'] : [])
        const types = allTokens(markdown).map((token) => token.type)
        expect(types.filter((type) => !quoteTypes.has(type))).toEqual([])
      }),
      { numRuns: 300 }
    )
  })

  it('stays one blockquote of paragraphs', () => {
    const quoted = quoteLines('a | b\n--- | ---\n<div>\n```\n> c').join('\n')
    const tokens = marked.lexer(quoted)
    expect(tokens.map((token) => token.type)).toEqual(['blockquote'])
    expect(allTokens(quoted).map((token) => token.type)).not.toContain('table')
  })
})

describe('noteLines', () => {
  it('stays inside its list item, whatever was typed', () => {
    fc.assert(
      fc.property(typedNote(), (typed) => {
        const markdown = ['- a', '', ...indentLines(noteLines(typed), 2), '', '- b'].join('\n')
        const tokens = marked.lexer(markdown).filter((token) => token.type !== 'space')
        expect(tokens.map((token) => token.type)).toEqual(['list'])
        expect((tokens[0] as Tokens.List).items).toHaveLength(2)
        expect(allTokens(markdown).filter((token) => token.type === 'heading')).toEqual([])
        expect(forbiddenTypes(markdown)).toEqual([])
      }),
      { numRuns: 300 }
    )
  })

  it('stays between the headings around it, whatever was typed', () => {
    fc.assert(
      fc.property(typedNote(), (typed) => {
        const markdown = ['### Before', '', ...noteLines(typed), '', '### After'].join('\n')
        const headings = allTokens(markdown).filter((token) => token.type === 'heading')
        expect(headings.map((token) => token.raw.trim())).toEqual(['### Before', '### After'])
        expect(forbiddenTypes(markdown)).toEqual([])
      }),
      { numRuns: 300 }
    )
  })

  it('keeps ordinary Markdown as typed', () => {
    const note = 'Ask **Canada**.\n\n- one\n- two\n\n> quoted\n\n| a | b |\n| - | - |\n| 1 | 2 |'
    expect(noteLines(note)).toEqual(note.split('\n'))
  })

  it('writes headings as bold paragraphs of their own, and escapes thematic breaks', () => {
    expect(noteLines('# One\nTwo\n===\nThree\n-\n***\n- - -\n#no-heading')).toEqual([
      '**One**',
      '',
      '**Two**',
      '',
      '**Three**',
      '',
      '\\***',
      '\\- - -',
      '#no-heading'
    ])
  })

  it('writes a heading typed in a note readably, never as escaped markup', () => {
    expect(noteLines('## Plenary\nCanada spoke.')).toEqual(['**Plenary**', '', 'Canada spoke.'])
    expect(noteLines('Notes\n### Plenary ###\nCanada')).toEqual([
      'Notes',
      '',
      '**Plenary**',
      '',
      'Canada'
    ])
    expect(noteLines('## C# and F#\n## ends in \\\n## <b>x</b>')).toEqual([
      '**C# and F#**',
      '',
      '**ends in \\\\**',
      '',
      '**&lt;b>x&lt;/b>**'
    ])
  })

  it('escapes what cannot be bold: an empty heading, one that would be a break, a setext heading of two lines', () => {
    expect(noteLines('##\n## ##\n## ***\n\none\ntwo\n===')).toEqual([
      '\\##',
      '\\## ##',
      '\\## ***',
      '',
      'one',
      'two',
      '\\==='
    ])
  })

  it('looks through the note’s own quotes and lists', () => {
    expect(noteLines('> # a\n- ## b\n1) > ### c\n  - ___\n>># d')).toEqual([
      '> **a**',
      '- **b**',
      '1) > **c**',
      '  - \\___',
      '>>**d**'
    ])
  })

  it('writes every < as a character reference, keeping what the delegate had escaped', () => {
    expect(noteLines('<div>\nsee <b>this</b>\n\\<i> and \\\\<u>')).toEqual([
      '&lt;div>',
      'see &lt;b>this&lt;/b>',
      '&lt;i> and \\\\&lt;u>'
    ])
  })

  it('escapes link reference definitions but keeps links and task boxes', () => {
    expect(
      noteLines('[a]: https://x.org\n[a\\]b]: /x\n> [multi\nline]: /x\n[site](https://x.org) is up')
    ).toEqual([
      '\\[a]: https://x.org',
      '\\[a\\]b]: /x',
      '> \\[multi',
      'line]: /x',
      '[site](https://x.org) is up'
    ])
    expect(noteLines('- [ ] Call Canada\n- [x] Read para. 47\n[a] and [b]')).toEqual([
      '- [ ] Call Canada',
      '- [x] Read para. 47',
      '[a] and [b]'
    ])
  })

  it('keeps a code block at the start of a line as typed, and closes it if left open', () => {
    expect(noteLines('```js\n# not a heading\n<b>\n```\n\n~~~~\n---')).toEqual([
      '```js',
      '# not a heading',
      '<b>',
      '```',
      '',
      '~~~~',
      '---',
      '~~~~'
    ])
  })

  it('writes a closing fence that every renderer agrees on', () => {
    expect(noteLines('```\ncode\n```~\n# after')).toEqual(['```', 'code', '```', '', '**after**'])
    expect(noteLines('```\ncode\n````\t\n# after')).toEqual(['```', 'code', '```', '', '**after**'])
  })

  it('does not keep a fence whose extent depends on the note’s own containers', () => {
    expect(noteLines('- a\n  ```\n# b\n> ```\n   ~~~')).toEqual([
      '- a',
      '  \\```',
      '',
      '**b**',
      '',
      '> \\```',
      '   \\~~~'
    ])
  })

  it('writes empty list items as text', () => {
    expect(noteLines('Before\n> 1.\n> -\n- *\n+ \n2) x\nlazy')).toEqual([
      'Before',
      '> 1\\.',
      '> \\-',
      '- \\*',
      '\\+ ',
      '2) x',
      'lazy'
    ])
    const markdown = ['- a', ...indentLines(noteLines('a\n> 1.\nlazy'), 2)].join('\n')
    expect(() => marked.lexer(markdown)).not.toThrow()
  })

  it('turns leading tabs into spaces and collapses blank lines', () => {
    expect(noteLines('\n\n\ta\n\n\n \tb\n\t\n')).toEqual(['    a', '', '    b'])
  })

  it('splits lines at every kind of line break', () => {
    expect(noteLines('a\r\nb\rc\u2028# d\u2029e')).toEqual(['a', 'b', 'c', '', '**d**', '', 'e'])
  })
})

describe('indentLines', () => {
  it('indents every line but the blank ones', () => {
    expect(indentLines(['a', '', '  b'], 2)).toEqual(['  a', '', '    b'])
  })
})

describe('yamlString', () => {
  it('writes a JSON string', () => {
    expect(yamlString('Item 6: "Follow-up" \\ x')).toBe('"Item 6: \\"Follow-up\\" \\\\ x"')
  })

  it('escapes line breaks, control characters and what YAML 1.1 reads as a line break', () => {
    expect(yamlString('a\nb\u0007c\u0085d\u2028e\u007f')).toBe(
      '"a\\nb\\u0007c\\u0085d\\u2028e\\u007f"'
    )
  })

  it('replaces half a surrogate pair and keeps whole ones', () => {
    expect(yamlString('\ud83d x 😀')).toBe('"\uFFFD x 😀"')
  })
})
