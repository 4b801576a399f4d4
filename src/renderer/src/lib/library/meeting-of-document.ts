/**
 * An imported UN document in the shape the reference pane, the outline, the filters, search, the
 * glossary and the brief already read: the meeting summary's model. What an imported document
 * does not have (thematic sessions, an attendance list) is empty; what the summary does not have
 * (footnotes) stays on the `UnDocument`.
 */
import type { MeetingDocument, Paragraph, Section } from '../document/meeting-document'
import type { UnDocument, UnSection } from '../document/un-document/un-document'

function sectionOf(section: UnSection): Section {
  return {
    id: section.id,
    label: section.label,
    title: section.title,
    level: section.level,
    session: null,
    range: section.range,
    children: section.children.map(sectionOf)
  }
}

/** The meeting model of an imported document; `fallbackTitle` names it when no title was read. */
export function meetingOfDocument(document: UnDocument, fallbackTitle: string): MeetingDocument {
  const { header } = document
  const paragraphs: Paragraph[] = document.paragraphs.map((paragraph) => ({
    number: paragraph.number,
    content: paragraph.content,
    items: paragraph.items,
    sectionPath: paragraph.sectionPath,
    session: null,
    kind: 'procedural',
    speaker: null,
    text: paragraph.text
  }))
  return {
    header: {
      dateText: header.dateText ?? '',
      date: header.date ?? '',
      original: header.originalLanguage ? `Original: ${header.originalLanguage}` : '',
      body: { name: header.body ?? '', session: header.session ?? '', placeAndDates: '' },
      agendaItem: {
        label: header.agendaItem?.label ?? '',
        number: header.agendaItem?.number ?? 0,
        title: header.agendaItem?.title ?? '',
        footnote: ''
      }
    },
    title: document.title || fallbackTitle,
    sections: document.sections.map(sectionOf),
    paragraphs,
    attendance: [],
    attendanceParagraph: 0
  }
}
