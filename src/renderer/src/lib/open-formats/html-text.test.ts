/** The text of HTML notes from other tools. */
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
    expect(htmlToText('Canada&rsquo;s &amp; Mexico&#8217;s &#x2013; &lt;b&gt; &foo; &#0;')).toBe(
      'Canada’s & Mexico’s – <b> &foo; &#0;'
    )
  })

  it('does not read inherited properties as entities', () => {
    expect(htmlToText('&constructor; &__proto__;')).toBe('&constructor; &__proto__;')
  })

  it('keeps text that only looks like a tag', () => {
    expect(htmlToText('1 < 2 and 3 > 2')).toBe('1 < 2 and 3 > 2')
  })
})
