/**
 * The Markdown writer every Word document of the app shares, read back with mammoth: one writer
 * per document numbers each ordered list from 1, quotes take the Quote style, and text XML cannot
 * hold is written as U+FFFD.
 */
import { describe, expect, it } from 'vitest'
import { Document, Packer } from 'docx'
import { readWord } from '@test-support/word-reader'
import { listNumbering, NoteWordWriter, quoteParagraphStyle, wordText } from './note-word'

/** The HTML mammoth reads from a document of `markdown`, written by one writer in order. */
async function wordHtml(...markdown: string[]): Promise<string> {
  const writer = new NoteWordWriter()
  const document = new Document({
    styles: { paragraphStyles: [quoteParagraphStyle] },
    numbering: listNumbering,
    sections: [{ children: markdown.flatMap((text) => writer.markdown(text)) }]
  })
  return (await readWord(new Uint8Array(await Packer.toArrayBuffer(document)))).html
}

describe('NoteWordWriter', () => {
  it('writes bold, italics, lists, quotes and https: links, and nothing else as a link', async () => {
    const html = await wordHtml(
      '**Support** *early warning*:\n\n- forensic data\n- precursors\n\n> “early warning systems”\n\n' +
        '[the EWA](https://www.unodc.org/) and [this](javascript:alert(1))'
    )
    expect(html).toContain('<strong>Support</strong> <em>early warning</em>:')
    expect(html).toContain('<ul><li>forensic data</li><li>precursors</li></ul>')
    expect(html).toContain('<blockquote><p>“early warning systems”</p></blockquote>')
    expect(html).toContain('<a href="https://www.unodc.org/">the EWA</a>')
    expect(html).not.toContain('javascript:')
  })

  it('numbers each ordered list of a document on its own', async () => {
    const writer = new NoteWordWriter()
    const [first] = writer.markdown('1. one\n2. two')
    const [second] = writer.markdown('1. again')
    const instance = (paragraph: unknown) =>
      JSON.stringify(paragraph).match(/"instance":(\d+)/u)?.[1]
    expect(instance(first)).toBe('1')
    expect(instance(second)).toBe('2')
    expect(await wordHtml('1. one\n2. two', 'Between.', '1. again')).toContain(
      '<p>Between.</p><ol><li>again</li></ol>'
    )
  })

  it('keeps raw HTML as text', async () => {
    const html = await wordHtml('<script>alert(1)</script> and <b>bold?</b>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toMatch(/<(?:script|b)\b/u)
  })
})

describe('wordText', () => {
  it('writes characters XML 1.0 cannot hold, and lone surrogates, as U+FFFD', () => {
    expect(wordText('Bell \u0007 and \uD800 half')).toBe('Bell \uFFFD and \uFFFD half')
    expect(wordText('tab\tkept\nline')).toBe('tab\tkept\nline')
  })
})
