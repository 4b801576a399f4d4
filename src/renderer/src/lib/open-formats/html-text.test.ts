/** The text of HTML notes from other tools, read by the HTML parser. */
import { describe, expect, it } from 'vitest'
import { htmlToText } from './html-text'

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks as newlines and drops every tag', () => {
    expect(htmlToText('<p>First <em>point</em>.</p><p>Second<br>line</p>')).toBe(
      'First point.\n\nSecond\nline'
    )
    expect(htmlToText('<ul><li>one</li><li>two</li></ul>')).toBe('one\ntwo')
  })

  it('drops scripts, styles and comments with their content', () => {
    expect(
      htmlToText('<style>p{}</style>Safe<script type="x">alert("no")</script><!-- hidden -->.')
    ).toBe('Safe.')
  })

  it('decodes named and numeric character references, and leaves unknown ones as written', () => {
    expect(htmlToText('Canada&rsquo;s &amp; Mexico&#8217;s &#x2013; &lt;b&gt; &foo;')).toBe(
      'Canada’s & Mexico’s – <b> &foo;'
    )
  })

  it('decodes every reference HTML names, not only the common ones', () => {
    expect(htmlToText('&eacute;change &euro;5 &frac12; &hearts; &Ccedil;')).toBe('échange €5 ½ ♥ Ç')
  })

  it('reads a reference to no character as the replacement character, as browsers do', () => {
    expect(htmlToText('a&#0;b&#xD800;c&#1114112;d')).toBe('a\uFFFDb\uFFFDc\uFFFDd')
  })

  it('does not read inherited properties as entities', () => {
    expect(htmlToText('&constructor; &__proto__;')).toBe('&constructor; &__proto__;')
  })

  it('keeps the words of inline elements in their sentence', () => {
    expect(
      htmlToText('<p>Canada&rsquo;s <b>Drug</b><i> Analysis</i> <a href="#">Service</a></p>')
    ).toBe('Canada’s Drug Analysis Service')
  })

  it('reads a page, not only a fragment, leaving out its head', () => {
    expect(
      htmlToText(
        '<!DOCTYPE html><html><head><title>Note</title></head><body><p>Text</p></body></html>'
      )
    ).toBe('Text')
  })

  it('keeps text that only looks like a tag', () => {
    expect(htmlToText('1 < 2 and 3 > 2')).toBe('1 < 2 and 3 > 2')
  })
})
