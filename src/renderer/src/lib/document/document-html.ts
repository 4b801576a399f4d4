/**
 * The HTML of the whole meeting summary as the reference pane shows it: header block, title,
 * headings and numbered paragraphs with their lettered items. The document is read-only, so it
 * is rendered once, as static HTML, and the app's interactive layers attach to it by element ids
 * (`para-N`, `section-…`) and data attributes. Every piece of text is escaped.
 */
import { escapeHtml, inlineHtml } from './inline-html'
import type { MeetingDocument, Paragraph, Section } from './meeting-document'
import { paragraphsBySection } from './paragraphs-by-section'
import { fillEmptyElement } from './prerendered-html'
import { shippedDocumentId } from '../library/shipped-document'
import { paragraphElementId, sectionElementId } from '../navigation/paragraph-target'

/** The data attribute on a paragraph number that asks for its permalink to be copied. */
export const copyLinkAttribute = 'data-copy-link'

/** The data attribute on a paragraph's "Annotate paragraph N" button. */
export const annotateAttribute = 'data-annotate'

/**
 * The reference pane's article as the app renders it: marked as the shipped summary's, and empty
 * for the document's HTML to go in before the app starts (at build, or under the dev server at
 * the start of the window).
 */
export const emptyDocumentArticle = `<article class="document" lang="en" data-document="${shippedDocumentId}"></article>`

/** The selector of the reference pane's article in the rendered app. */
export const documentArticleSelector = 'article.document'

/**
 * The app's rendered HTML with the document's HTML inside the reference pane's article. Throws
 * unless that article is there exactly once and empty, so that a change to the pane fails the
 * build rather than ship a page without its text.
 */
export function withDocumentHtml(appHtml: string, meeting: MeetingDocument): string {
  return fillEmptyElement(appHtml, emptyDocumentArticle, documentHtml(meeting))
}

/** The HTML of the document, to place inside the reference pane's `<article>`. */
export function documentHtml(meeting: MeetingDocument): string {
  const bySection = paragraphsBySection(meeting.paragraphs)
  return (
    headerHtml(meeting) +
    meeting.sections.map((section) => sectionHtml(section, bySection)).join('')
  )
}

function headerHtml({ header, title }: MeetingDocument): string {
  const { body, agendaItem } = header
  return (
    '<header class="document-header">' +
    '<div class="masthead">' +
    `<p class="body-name">${escapeHtml(body.name)}<br><span class="body-session">${escapeHtml(body.session)}</span><br>${escapeHtml(body.placeAndDates)}</p>` +
    `<p class="issue-date"><time datetime="${escapeHtml(header.date)}">${escapeHtml(header.dateText)}</time><br>${escapeHtml(header.original)}</p>` +
    '</div>' +
    `<p class="agenda-item">${escapeHtml(agendaItem.label)}<sup><a href="#footnote-agenda" id="footnote-ref-agenda" aria-label="Footnote">*</a></sup><br>` +
    `<span class="agenda-title">${escapeHtml(agendaItem.title)}</span></p>` +
    `<h1 class="document-title">${escapeHtml(title)}</h1>` +
    '<aside class="footnotes" aria-label="Footnotes">' +
    `<p id="footnote-agenda"><a href="#footnote-ref-agenda" aria-label="Back to the agenda item">*</a> ${escapeHtml(agendaItem.footnote)}.</p>` +
    '</aside></header>'
  )
}

/**
 * The HTML of a section: its heading, its own paragraphs (each by `paragraphOf`, by default
 * `paragraphHtml`) and its subsections.
 */
export function sectionHtml(
  section: Section,
  bySection: ReadonlyMap<string, readonly Paragraph[]>,
  paragraphOf: (paragraph: Paragraph) => string = (paragraph) => paragraphHtml(paragraph)
): string {
  const headingId = sectionElementId(section.id)
  const tag = `h${section.level + 1}`
  // A heading carries the first paragraph of its section, so a reader at a heading is "at" it.
  const first = section.range ? ` data-paragraph="${section.range.first}"` : ''
  return (
    `<section class="section level-${section.level}" aria-labelledby="${headingId}">` +
    `<${tag} id="${headingId}" class="heading" tabindex="-1"${first}>` +
    `<span class="heading-label">${escapeHtml(section.label)}.</span> ${escapeHtml(section.title)}</${tag}>` +
    (bySection.get(section.id) ?? []).map(paragraphOf).join('') +
    section.children.map((child) => sectionHtml(child, bySection, paragraphOf)).join('') +
    '</section>'
  )
}

/** What a paragraph of a document other than the shipped summary carries besides its text. */
export interface ParagraphExtras {
  /** The paragraph's address, for its number's link; "#para-N" when not given. */
  address?: string
  /** HTML shown after the text, inside the paragraph (its footnotes). */
  after?: string
}

/** The HTML of one numbered paragraph, its number in the margin as a copyable permalink. */
export function paragraphHtml(paragraph: Paragraph, extras: ParagraphExtras = {}): string {
  const { number } = paragraph
  const id = paragraphElementId(number)
  const address = extras.address ?? `#${id}`
  // The spaces between blocks are not displayed, but they make the text's textContent equal the
  // paragraph's plain text, which is what highlight offsets count in.
  const items =
    paragraph.items.length === 0
      ? ''
      : ' <ol class="items">' +
        paragraph.items
          .map(
            (item) =>
              `<li><span class="item-label">(${escapeHtml(item.label)})</span> ${inlineHtml(item.content)}</li>`
          )
          .join(' ') +
        '</ol>'
  return (
    `<div id="${id}" class="paragraph" data-paragraph="${number}" tabindex="-1" role="group" aria-label="Paragraph ${number}">` +
    `<a class="number" href="${escapeHtml(address)}" title="Copy a link to paragraph ${number}" ${copyLinkAttribute}="${number}">${number}.</a>` +
    `<div class="text"><p>${inlineHtml(paragraph.content)}</p>${items}</div>` +
    (extras.after ?? '') +
    `<button type="button" class="annotate" ${annotateAttribute}="${number}" aria-label="Annotate paragraph ${number}" title="Write a note on paragraph ${number}">✎</button>` +
    '</div>'
  )
}
