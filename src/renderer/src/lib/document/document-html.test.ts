/** The static HTML of the meeting summary: structure, ids and escaping. */
import { describe, expect, it } from 'vitest'
import { documentHtml, paragraphHtml, withDocumentHtml } from './document-html'
import type { Paragraph } from './meeting-document'
import { meetingDocument } from './meeting-text'

/** A paragraph for tests, with defaults for what a test does not care about. */
function defaultParagraph(overrides: Partial<Paragraph> = {}): Paragraph {
  return {
    number: 14,
    content: [
      { type: 'text', text: 'Canada emphasized the importance of international cooperation.' }
    ],
    items: [],
    sectionPath: ['III', 'III.B', 'III.B.2'],
    session: 'Multilateralism',
    kind: 'intervention',
    speaker: { name: 'Canada', kind: 'member-state' },
    text: 'Canada emphasized the importance of international cooperation.',
    ...overrides
  }
}

describe('paragraphHtml', () => {
  it('renders the number as a permalink in the margin and the text beside it', () => {
    expect(paragraphHtml(defaultParagraph())).toBe(
      '<div id="para-14" class="paragraph" data-paragraph="14" tabindex="-1" role="group" aria-label="Paragraph 14">' +
        '<a class="number" href="#para-14" title="Copy a link to paragraph 14" data-copy-link="14">14.</a>' +
        '<div class="text"><p>Canada emphasized the importance of international cooperation.</p></div>' +
        '<button type="button" class="annotate" data-annotate="14" aria-label="Annotate paragraph 14" title="Write a note on paragraph 14">✎</button></div>'
    )
  })

  it('keeps lettered items inside the paragraph', () => {
    const html = paragraphHtml(
      defaultParagraph({
        content: [
          { type: 'strong', text: 'Brazil' },
          { type: 'text', text: ' shared:' }
        ],
        items: [
          { label: 'a', content: [{ type: 'text', text: 'Forensic technology;' }] },
          { label: 'b', content: [{ type: 'text', text: 'Analytical standards.' }] }
        ]
      })
    )
    expect(html).toContain(
      '<p><strong>Brazil</strong> shared:</p> <ol class="items"><li><span class="item-label">(a)</span> Forensic technology;</li> <li><span class="item-label">(b)</span> Analytical standards.</li></ol>'
    )
  })

  it('escapes text, so markup in it is shown, not run', () => {
    const html = paragraphHtml(
      defaultParagraph({ content: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] })
    )
    expect(html).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
  })
})

/** The text a browser gives as the textContent of an HTML fragment without elements that hold none. */
function textContentOf(html: string): string {
  const entities: Record<string, string> = {
    '&amp;': '&',
    '&lt;': '<',
    '&gt;': '>',
    '&quot;': '"',
    '&#39;': "'"
  }
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity])
}

describe('documentHtml', () => {
  it('gives each paragraph text whose textContent is exactly the paragraph’s plain text', () => {
    for (const paragraph of meetingDocument.paragraphs) {
      const textHtml =
        /<div class="text">(.*?)<\/div><button/s.exec(paragraphHtml(paragraph))?.[1] ?? ''
      expect(textContentOf(textHtml)).toBe(paragraph.text)
    }
  })

  const html = documentHtml(meetingDocument)

  it('contains every paragraph once, in order', () => {
    const ids = [...html.matchAll(/<div id="(para-\d+)"/g)].map((match) => match[1])
    expect(ids).toEqual(Array.from({ length: 87 }, (_, index) => `para-${index + 1}`))
  })

  it('renders each heading with its id and first paragraph, nested as in the document', () => {
    expect(html).toContain(
      '<section class="section level-2" aria-labelledby="section-III-D"><h3 id="section-III-D" class="heading" tabindex="-1" data-paragraph="45"><span class="heading-label">D.</span> Early warning</h3><div id="para-45"'
    )
    expect(html).toContain(
      '<h4 id="section-III-E-2" class="heading" tabindex="-1" data-paragraph="72"><span class="heading-label">2.</span> Interventions</h4>'
    )
    expect(html.match(/<section /g)).toHaveLength(19)
  })

  it('renders the header block with the agenda item’s footnote', () => {
    expect(html).toMatch(/^<header class="document-header">/)
    expect(html).toContain(
      '<time datetime="2024-02-16">16 February 2024</time><br>Original: English'
    )
    expect(html).toContain('Item 6 of the provisional agenda<sup><a href="#footnote-agenda"')
    expect(html).toContain(
      '<p id="footnote-agenda"><a href="#footnote-ref-agenda" aria-label="Back to the agenda item">*</a> E/CN.7/2024/1.</p>'
    )
  })
})

describe('withDocumentHtml', () => {
  it("puts the document inside the reference pane's empty article, and nothing else changes", () => {
    const app =
      '<main class="reference-pane" aria-label="Meeting summary"><article class="document" lang="en" data-document="summary"></article></main>'
    expect(withDocumentHtml(app, meetingDocument)).toBe(
      '<main class="reference-pane" aria-label="Meeting summary"><article class="document" lang="en" data-document="summary">' +
        documentHtml(meetingDocument) +
        '</article></main>'
    )
  })

  it('refuses a rendered app without that article, or with two', () => {
    expect(() => withDocumentHtml('<main></main>', meetingDocument)).toThrow(
      'The rendered app has 0 empty <article class="document" lang="en" data-document="summary"></article>, not 1.'
    )
    const twice = '<article class="document" lang="en" data-document="summary"></article>'.repeat(2)
    expect(() => withDocumentHtml(twice, meetingDocument)).toThrow(
      'The rendered app has 2 empty <article class="document" lang="en" data-document="summary"></article>, not 1.'
    )
  })
})
