/**
 * The HTML of an imported document as the reference pane shows it: a header block (body,
 * session, symbol, date, agenda item), its title, how it was read where the delegate should
 * know, the paragraphs before the first heading, then its sections, each paragraph with the
 * footnotes that refer to it. Paragraphs and headings are the shipped summary's
 * (document-html.ts), so highlights, links and the filters work the same. Every text is escaped.
 */
import type { MeetingDocument, Paragraph } from '../document/meeting-document'
import type { UnFootnote } from '../document/un-document/un-document'
import { paragraphHtml, sectionHtml } from '../document/document-html'
import { escapeHtml } from '../document/inline-html'
import { paragraphsBySection } from '../document/paragraphs-by-section'
import { paragraphAddress, type LibraryEntry } from './library-document'

/** An imported document as the pane renders it. */
export interface DocumentPaneContent {
  entry: LibraryEntry
  /** Footnotes placed at their paragraph; those of the header or title show under it. */
  footnotes: readonly UnFootnote[]
  /** How the document was read, e.g. the numbering fallback; null when nothing needs saying. */
  notice: string | null
}

/** The HTML to place inside the reference pane's `<article>` for an imported document. */
export function libraryDocumentHtml({ entry, footnotes, notice }: DocumentPaneContent): string {
  const { meeting } = entry
  const bySection = paragraphsBySection(meeting.paragraphs)
  const byParagraph = new Map<number, UnFootnote[]>()
  const unplaced: UnFootnote[] = []
  for (const footnote of footnotes) {
    if (footnote.paragraph === null) unplaced.push(footnote)
    else
      byParagraph.set(footnote.paragraph, [
        ...(byParagraph.get(footnote.paragraph) ?? []),
        footnote
      ])
  }
  const paragraphOf = (paragraph: Paragraph) =>
    paragraphHtml(paragraph, {
      address: paragraphAddress(entry.id, paragraph.number),
      after: footnotesHtml(byParagraph.get(paragraph.number) ?? [])
    })
  return (
    headerHtml(entry, meeting, notice, unplaced) +
    (bySection.get('') ?? []).map(paragraphOf).join('') +
    meeting.sections.map((section) => sectionHtml(section, bySection, paragraphOf)).join('')
  )
}

function headerHtml(
  entry: LibraryEntry,
  { header }: MeetingDocument,
  notice: string | null,
  footnotes: readonly UnFootnote[]
): string {
  const lines = (...parts: string[]) =>
    parts
      .filter((part) => part !== '')
      .map(escapeHtml)
      .join('<br>')
  const issued = [
    entry.symbol ? `<span class="document-symbol">${escapeHtml(entry.symbol)}</span>` : '',
    header.dateText
      ? `<time datetime="${escapeHtml(header.date)}">${escapeHtml(header.dateText)}</time>`
      : '',
    escapeHtml(header.original)
  ].filter((part) => part !== '')
  const { agendaItem } = header
  return (
    '<header class="document-header">' +
    '<div class="masthead">' +
    `<p class="body-name">${lines(header.body.name, header.body.session)}</p>` +
    `<p class="issue-date">${issued.join('<br>')}</p>` +
    '</div>' +
    (agendaItem.label
      ? `<p class="agenda-item">${escapeHtml(agendaItem.label)}<br>` +
        `<span class="agenda-title">${escapeHtml(agendaItem.title)}</span></p>`
      : '') +
    `<h1 class="document-title">${escapeHtml(entry.title)}</h1>` +
    (notice ? `<p class="document-notice" role="note">${escapeHtml(notice)}</p>` : '') +
    footnotesHtml(footnotes) +
    '</header>'
  )
}

/** The footnotes of one place, each with its mark (and the lettered item that refers to it). */
function footnotesHtml(footnotes: readonly UnFootnote[]): string {
  if (footnotes.length === 0) return ''
  return (
    '<aside class="footnotes" aria-label="Footnotes">' +
    footnotes
      .map(
        (footnote) =>
          `<p class="footnote"><span class="footnote-mark">${escapeHtml(footnote.mark)}</span> ` +
          (footnote.item ? `(${escapeHtml(footnote.item)}) ` : '') +
          `${escapeHtml(footnote.text)}</p>`
      )
      .join('') +
    '</aside>'
  )
}
