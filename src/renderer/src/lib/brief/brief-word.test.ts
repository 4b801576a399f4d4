/**
 * Tests of the Word brief, read back with readers this project did not write: mammoth for the
 * body (headings, lists, tables, links) and fflate for the header, footer and relationships.
 */
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../annotations/annotation'
import { meetingDocument } from '../document/meeting-text'
import { shippedEntry } from '../library/library-document'
import {
  buildBriefModel,
  defaultBriefOptions,
  type BriefInput,
  type BriefOptions
} from './brief-model'
import { wordText } from '../word/note-word'
import { briefWord, followUpColumns } from './brief-word'
import {
  briefFixture,
  briefInput,
  fixedClock,
  fixtureFollowUp,
  fixtureId,
  paragraphNote
} from '@test-support/brief-fixtures'
import {
  noteOnDocument,
  notesEntry,
  notesId,
  reportEntry,
  reportId
} from '@test-support/library-fixtures'
import { readWord } from '@test-support/word-reader'
import { xssPayloads } from '@test-support/xss-payloads'

/** The Word brief of `input` with the default options and `changes`, read back. */
async function wordOf(
  input: BriefInput = briefFixture(),
  changes: Partial<BriefOptions> = {},
  marking = 'For official use only'
) {
  const model = buildBriefModel(input, { ...defaultBriefOptions, ...changes }, fixedClock())
  return readWord(await briefWord(model, { marking }))
}

/** The text of each element `tag` in `html`, markup inside it removed. */
function texts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'gu'))].map((match) =>
    match[1].replace(/<[^>]+>/gu, '')
  )
}

/** A note carrying what a delegate formats: bold, italic, a list, links. */
const formattedNote =
  'We **support** the *EWA* wording.\n\n' +
  '- Raise with France\n- Check [the UNODC page](https://www.unodc.org/LSS/Home/NPS)\n\n' +
  '1. First\n2. Second\n\n' +
  '[a script](javascript:alert(1)) and [a file](file:///etc/passwd)'

function formattedInput(): BriefInput {
  const annotations: Annotation[] = [
    paragraphNote(22, { id: fixtureId(1), note: formattedNote, position: 'concern' }),
    paragraphNote(65, {
      id: fixtureId(2),
      followUp: fixtureFollowUp({
        action: 'Ask Canada about its Drug Analysis Service',
        priority: 'high',
        due: '2024-03-18',
        counterparts: ['Canada', 'France']
      })
    })
  ]
  return briefInput({ annotations })
}

describe('briefWord', () => {
  it('writes the title and parts with Word heading styles, nested as in Markdown', async () => {
    const { html, messages } = await wordOf()
    expect(messages).toEqual([])
    expect(texts(html, 'h1')).toEqual([expect.stringMatching(/^Brief for CND67: Summary of/u)])
    expect(texts(html, 'h2')).toEqual(['Follow-ups for CND67', 'Annotations', 'Session notes'])
    expect(texts(html, 'h3')).toContain('III. Summary of the proceedings')
    expect(texts(html, 'h4')).toContain('D. Early warning')
    expect(texts(html, 'h5')).toEqual(['1. Presentations', '2. Interventions'])
  })

  it('writes the follow-ups as a table, one row each with its citation', async () => {
    const { html } = await wordOf(formattedInput())
    expect(texts(html, 'th')).toEqual([...followUpColumns])
    expect(texts(html, 'td')).toEqual([
      'Ask Canada about its Drug Analysis Service',
      'High',
      'Open',
      'Monday 18 March 2024',
      '',
      'Canada, France',
      '(para. 65)'
    ])
  })

  it('writes quotes in the Quote style and notes with their formatting', async () => {
    const { html, externalTargets } = await wordOf(formattedInput())
    expect(html).toContain('<blockquote><p>The United States characterized synthetic drugs')
    expect(html).toContain('We <strong>support</strong> the <em>EWA</em> wording.')
    expect(texts(html, 'li')).toEqual([
      'Raise with France',
      'Check the UNODC page',
      'First',
      'Second'
    ])
    expect(html).toContain('<ol><li>First</li><li>Second</li></ol>')
    expect(html).toContain('<a href="https://www.unodc.org/LSS/Home/NPS">the UNODC page</a>')
    expect(html).toContain('a script and a file')
    expect(externalTargets).toEqual(['https://www.unodc.org/LSS/Home/NPS'])
  })

  it('puts the marking in the header and page numbers in the footer', async () => {
    const marked = await wordOf(formattedInput(), {}, 'For official use only')
    expect(marked.headers).toContain('>For official use only</w:t>')
    expect(marked.footers).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/u)
    expect(marked.html).not.toContain('For official use only')
    const unmarked = await wordOf(formattedInput(), {}, '')
    expect(unmarked.headers).not.toContain('<w:t')
    const own = await wordOf(formattedInput(), {}, 'Restricted <draft> & "internal"')
    expect(own.headers).toContain('>Restricted &lt;draft&gt; &amp; &quot;internal&quot;</w:t>')
  })

  it('keeps the hostile-text corpus as text: no markup, no link but to https:', async () => {
    const annotations = xssPayloads.map(({ text }, index) =>
      paragraphNote(1 + (index % 87), { id: fixtureId(index + 1), note: text, tags: [text] })
    )
    const word = await wordOf(briefInput({ annotations }), { groupBy: 'tag' })
    expect(word.html).not.toMatch(/<(?:script|img|iframe|svg|math|style|object|embed|form)\b/iu)
    for (const target of word.externalTargets) expect(target).toMatch(/^https:\/\//u)
    const plainScript = xssPayloads.find(({ name }) => name === 'plain script')
    expect(word.text).toContain(plainScript?.text)
  })

  it('writes characters XML cannot hold as U+FFFD, so the file still opens', async () => {
    const input = briefInput({
      annotations: [paragraphNote(22, { id: fixtureId(1), note: 'Bell \u0007 and \uD800 half' })]
    })
    const { text, messages } = await wordOf(input)
    expect(messages).toEqual([])
    expect(text).toContain('Bell \uFFFD and \uFFFD half')
    expect(wordText('tab\tkept\nline')).toBe('tab\tkept\nline')
  })

  it('lays out the brief for capital and the talking points', async () => {
    const capital = await wordOf(briefFixture(), { template: 'capital' })
    expect(texts(capital.html, 'h1')).toEqual([expect.stringMatching(/^Brief for capital: /u)])
    expect(texts(capital.html, 'h2')).toEqual([
      'Background',
      'Key points',
      'Follow-ups for CND67',
      'Proposed lines',
      'Session notes'
    ])
    expect(texts(capital.html, 'h3')).toEqual(
      expect.arrayContaining(['Early warning session', 'Support', 'Watch'])
    )
    expect(texts(capital.html, 'li')).toContain(
      'Session: Sixty-seventh session, Vienna, 14–22 March 2024'
    )
    const points = await wordOf(briefFixture(), { template: 'talking-points' })
    expect(texts(points.html, 'h2')).toEqual(['Talking points'])
    expect(texts(points.html, 'li')).toContain('Supports our line on scheduling. (para. 47)')
  })
})

describe('briefWord over the library', () => {
  it('writes a heading per document and cites each document in the follow-ups table', async () => {
    const input = briefInput({
      documents: [shippedEntry(meetingDocument), reportEntry(), notesEntry()],
      annotations: [
        paragraphNote(58, {
          id: fixtureId(1),
          followUp: fixtureFollowUp({ action: 'Ask Iran', priority: 'high' })
        }),
        noteOnDocument(reportId, 3, {
          id: fixtureId(2),
          followUp: fixtureFollowUp({ action: 'Offer forensic data' })
        }),
        noteOnDocument(notesId, 1, { id: fixtureId(3), note: 'Our line.' })
      ]
    })
    const { html, messages } = await wordOf(input)
    expect(messages).toEqual([])
    expect(texts(html, 'h2')).toEqual(['Follow-ups for CND67', 'Annotations', 'Session notes'])
    expect(texts(html, 'h3')).toEqual([
      meetingDocument.title,
      'Fictitious report on early warning (E/CN.7/2024/99)',
      'Notes from the capital'
    ])
    expect(texts(html, 'h4')).toEqual(['III. Summary of the proceedings', 'II. Recommendations'])
    const cells = texts(html, 'td')
    const rows = Array.from({ length: cells.length / followUpColumns.length }, (_, row) =>
      cells.slice(row * followUpColumns.length, (row + 1) * followUpColumns.length)
    )
    expect(rows.map((row) => [row[0], row.at(-1)])).toEqual([
      ['Ask Iran', '(para. 58)'],
      ['Offer forensic data', '(E/CN.7/2024/99, para. 3)']
    ])
    expect(html).toContain('<strong>(E/CN.7/2024/99, para. 3)</strong>')
    expect(html).toContain('<strong>(Notes from the capital, para. 1)</strong>')
  })
})
