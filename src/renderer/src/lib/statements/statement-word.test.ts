/**
 * A statement as a Word document, read back with a reader this project did not write (mammoth):
 * the title as a heading, "Check against delivery", the delegation and the agenda item, the
 * text's bold, italics, lists and links, and nothing else; hostile text stays text.
 */
import { describe, expect, it } from 'vitest'
import mammoth from 'mammoth'
import { fixtureStatement } from '@test-support/backup-fixtures'
import { statementWord } from './statement-word'

const itemSix = { label: 'Item 6', title: 'Follow-up to the implementation of the commitments' }

/** The HTML mammoth reads from the document's bytes. */
async function readBack(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
  return value
}

describe('statementWord', () => {
  it('heads the statement with its title, the notice, the delegation and the agenda item', async () => {
    const bytes = await statementWord(fixtureStatement({ text: 'Thank you, Chair.' }), {
      agendaItem: itemSix
    })
    // A Word file is a zip archive.
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b])
    expect(await readBack(bytes)).toBe(
      '<p><em>Check against delivery</em></p>' +
        '<h1>Statement under Item 6</h1>' +
        '<p><strong>Canada</strong></p>' +
        '<p>Item 6: Follow-up to the implementation of the commitments</p>' +
        '<p>Thank you, Chair.</p>'
    )
  })

  it('keeps the text’s bold, italics, lists, quotes and https: links', async () => {
    const text = [
      'Canada **welcomes** the *early warning* work:',
      '',
      '- forensic data',
      '- precursors',
      '',
      '1. first',
      '2. second',
      '',
      '> “early warning systems” (para. 60)',
      '',
      'See [the EWA](https://www.unodc.org/LSS/Home/NPS) and [this](javascript:alert(1)).'
    ].join('\n')
    const html = await readBack(
      await statementWord(fixtureStatement({ text }), { agendaItem: null })
    )
    expect(html).toContain(
      '<p>Canada <strong>welcomes</strong> the <em>early warning</em> work:</p>'
    )
    expect(html).toContain('<ul><li>forensic data</li><li>precursors</li></ul>')
    expect(html).toContain('<ol><li>first</li><li>second</li></ol>')
    expect(html).toContain('<em>“early warning systems” (para. 60)</em>')
    expect(html).toContain('<a href="https://www.unodc.org/LSS/Home/NPS">the EWA</a>')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('and this.</p>')
    expect(html).not.toContain('Item 6:')
  })

  it('keeps hostile text as text', async () => {
    const statement = fixtureStatement({
      title: '<img src=x onerror=alert(1)>',
      speakingFor: '<b>Canada</b>',
      text: '<script>alert(1)</script>\n\nمقترح 🇦🇪 & <i>not italic</i>'
    })
    const html = await readBack(await statementWord(statement, { agendaItem: null }))
    expect(html).toContain('<h1>&lt;img src=x onerror=alert(1)&gt;</h1>')
    expect(html).toContain('<strong>&lt;b&gt;Canada&lt;/b&gt;</strong>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('مقترح 🇦🇪 &amp; &lt;i&gt;not italic&lt;/i&gt;')
    expect(html).not.toMatch(/<(?:script|img|i|b)\b/u)
  })
})
