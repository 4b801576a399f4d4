// @vitest-environment jsdom
/** The HTML of an imported document in the reference pane: structure, addresses, footnotes, escaping. */
import { describe, expect, it } from 'vitest'
import { importedDocumentFixture } from '@test-support/library-fixtures'
import { importedEntry } from './library-document'
import { libraryDocumentHtml } from './library-document-html'
import type { UnFootnote } from '../document/un-document/un-document'

const report = importedDocumentFixture()
const entry = importedEntry(report)

/** The HTML's text as an element would hold it, to compare with the parsed paragraphs. */
function parsed(html: string): HTMLElement {
  const article = document.createElement('article')
  // A test DOM without Trusted Types: the string is what DOMPurify would be given in the app.
  article.innerHTML = html
  return article
}

describe('libraryDocumentHtml', () => {
  it('renders the header, the title, the sections and every paragraph at its address', () => {
    const article = parsed(libraryDocumentHtml({ entry, footnotes: [], notice: null }))
    expect(article.querySelector('.document-symbol')?.textContent).toBe('E/CN.7/2024/99')
    expect(article.querySelector('h1.document-title')?.textContent).toBe(
      'Report on precursor control'
    )
    expect([...article.querySelectorAll('.heading')].map((heading) => heading.id)).toEqual([
      'section-I',
      'section-II'
    ])
    const paragraphs = [...article.querySelectorAll<HTMLElement>('.paragraph')]
    expect(paragraphs.map((paragraph) => paragraph.id)).toEqual(['para-1', 'para-2', 'para-3'])
    expect(paragraphs.map((paragraph) => paragraph.querySelector('.text')?.textContent)).toEqual(
      report.document.paragraphs.map((paragraph) => paragraph.text)
    )
    expect(paragraphs[1].querySelector('a.number')?.getAttribute('href')).toBe(
      `#doc/${report.id}/para-2`
    )
    expect(paragraphs[2].querySelectorAll('.items li')).toHaveLength(2)
  })

  it('shows hostile text as text', () => {
    const html = libraryDocumentHtml({ entry, footnotes: [], notice: null })
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    const article = parsed(html)
    expect(article.querySelector('script, img')).toBeNull()
    expect(article.querySelector('#para-2 .text')?.textContent).toContain(
      '<script>alert(1)</script> and <img src=x onerror="alert(2)">'
    )
  })

  it('puts each footnote under the paragraph that refers to it, and the others under the title', () => {
    const footnotes: UnFootnote[] = [
      { mark: '1', text: 'See resolution 66/1.', paragraph: 1, item: null },
      { mark: '2', text: 'As reported <b>by</b> States.', paragraph: 3, item: 'b' },
      { mark: '*', text: 'Reissued for technical reasons.', paragraph: null, item: null }
    ]
    const article = parsed(libraryDocumentHtml({ entry, footnotes, notice: null }))
    expect(article.querySelector('#para-1 .footnotes')?.textContent).toBe('1 See resolution 66/1.')
    expect(article.querySelector('#para-3 .footnotes')?.textContent).toBe(
      '2 (b) As reported <b>by</b> States.'
    )
    expect(article.querySelector('#para-2 .footnotes')).toBeNull()
    expect(article.querySelector('.document-header .footnotes')?.textContent).toBe(
      '* Reissued for technical reasons.'
    )
    // Footnotes sit beside the text, whose offsets the highlights count in.
    expect(article.querySelector('#para-1 > .text')?.textContent).toBe(
      report.document.paragraphs[0].text
    )
  })

  it('renders a document without headings, and says how it was read', () => {
    const notes = importedDocumentFixture(
      { id: 'notes' },
      'Notes from the informal consultations.\n\nFirst block.\n\nSecond block.'
    )
    const article = parsed(
      libraryDocumentHtml({
        entry: importedEntry(notes),
        footnotes: [],
        notice: notes.document.notice
      })
    )
    expect(notes.document.sections).toEqual([])
    expect(article.querySelectorAll('.paragraph')).toHaveLength(notes.document.paragraphs.length)
    expect(notes.document.notice).not.toBeNull()
    expect(article.querySelector('.document-notice')?.textContent).toBe(notes.document.notice)
  })
})
