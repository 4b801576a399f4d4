/** Tests of the plain text search reads from a Markdown note. */
import { describe, expect, it } from 'vitest'
import { markdownPlainText } from './markdown-text'

describe('markdownPlainText', () => {
  it('keeps the words of emphasis, code and struck text, without their marks', () => {
    expect(
      markdownPlainText('Raise under **item 6**; *check* `EWA` ~~not~~ with __Mexico__.')
    ).toBe('Raise under item 6; check EWA not with Mexico.')
  })

  it('keeps underscores inside words and escaped marks', () => {
    expect(markdownPlainText('snake_case and \\*literal\\* and \\_this\\_')).toBe(
      'snake_case and *literal* and _this_'
    )
  })

  it('keeps the text of links and the alt text of images, not their addresses', () => {
    expect(
      markdownPlainText(
        'See [the EWA](https://www.unodc.org/LSS/Home/NPS "EWA") and ![seizure map](map.png), <https://example.org> and [ref][1].\n\n[1]: https://example.org/hidden'
      )
    ).toBe('See the EWA and seizure map, https://example.org and ref.')
  })

  it('keeps an image without alt text as typed, as a rendered note shows it', () => {
    expect(markdownPlainText('Before ![](chart.png) after')).toBe('Before ![](chart.png) after')
  })

  it('drops heading, quote, list and task marks, and lines of syntax alone', () => {
    const note = [
      '## Bilateral with Canada',
      '',
      '> > Quoted twice',
      '- [ ] Ask about the DAS',
      '* [x] Sent the brief',
      '1. First',
      '2) Second',
      '',
      '***',
      'Setext heading',
      '=============='
    ].join('\n')
    expect(markdownPlainText(note)).toBe(
      'Bilateral with Canada Quoted twice Ask about the DAS Sent the brief First Second Setext heading'
    )
  })

  it('keeps the cells of a table and the code of a fenced block', () => {
    const note = '| State | Point |\n|:---|---:|\n| Peru | CCP |\n\n```ts\nconst point = 1\n```'
    expect(markdownPlainText(note)).toBe('State Point Peru CCP const point = 1')
  })

  it('keeps raw HTML as the text that was typed', () => {
    expect(markdownPlainText('<script>alert("x")</script>\r\n<img src=x onerror=alert(1)>')).toBe(
      '<script>alert("x")</script> <img src=x onerror=alert(1)>'
    )
  })

  it('gives nothing for an empty or blank note', () => {
    expect(markdownPlainText('')).toBe('')
    expect(markdownPlainText(' \n\t\n ')).toBe('')
  })

  it('reads runs of marks and deep nesting that slow down or overflow a Markdown parser', () => {
    expect(markdownPlainText('*_a'.repeat(50_000))).toBe('a'.repeat(50_000))
    expect(markdownPlainText(`${'> '.repeat(10_000)}deep`)).toBe('deep')
    expect(markdownPlainText(`${'- '.repeat(10_000)}deep`)).toBe('deep')
    expect(markdownPlainText('['.repeat(100_000))).toBe('['.repeat(100_000))
  })
})
