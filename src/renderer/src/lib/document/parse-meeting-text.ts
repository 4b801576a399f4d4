/**
 * Parses the converted text of the meeting summary into a `MeetingDocument`: the UN document
 * parser reads its structure (un-document/), and this module adds what is particular to the
 * meeting: the four sessions, the kind and speaker of each paragraph, the attendance list, and a
 * header in which every field must be found.
 */
import { interventionSpeaker, presenterNamedIn } from './speakers'
import {
  sessionNames,
  type DocumentHeader,
  type MeetingDocument,
  type Paragraph,
  type Section,
  type SessionName,
  type Speaker
} from './meeting-document'
import { parseUnDocument } from './un-document/parse-un-document'
import { sourceFromText } from './un-document/source-from-text'
import type { UnFootnote, UnParagraph, UnSection } from './un-document/un-document'
import { agendaLabel, monthNumbers, printedDate } from './un-document/un-patterns'

/** Raised when the text is not the meeting summary the app knows how to read. */
export class MeetingTextError extends Error {
  override name = 'MeetingTextError'
}

const deliveredBy = /^(?:Presentations|Interventions) were delivered by/u

/** Parses the meeting summary. Throws `MeetingTextError` saying what is missing if it is not. */
export function parseMeetingText(source: string): MeetingDocument {
  const document = parseUnDocument(sourceFromText(source))
  const [stray] = document.unplaced
  if (stray !== undefined) throw new MeetingTextError(`Text outside any paragraph: "${stray}".`)
  if (document.numbering !== 'numbered') {
    throw new MeetingTextError('The text has no numbered paragraphs.')
  }
  const sections = document.sections.map((section) => withSession(section, null))
  const sectionById = indexSections(sections)
  const paragraphs = describeParagraphs(document.paragraphs, sectionById)
  const { attendance, attendanceParagraph } = parseAttendance(paragraphs, sectionById)
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'intervention') {
      paragraph.speaker = interventionSpeaker(paragraph.text, attendance)
    }
  }
  const { header, title } = parseHeader(document.header.parts, agendaFootnote(document.footnotes))
  return { header, title, sections, paragraphs, attendance, attendanceParagraph }
}

/** A section of the UN document with the thematic session it is, or belongs to. */
function withSession(section: UnSection, parentSession: SessionName | null): Section {
  const session = sessionNames.find((name) => name === section.title) ?? parentSession
  return {
    id: section.id,
    label: section.label,
    title: section.title,
    level: section.level,
    session,
    range: section.range,
    children: section.children.map((child) => withSession(child, session))
  }
}

/** The footnote on the agenda item: the symbol of the provisional agenda, without a final stop. */
function agendaFootnote(footnotes: readonly UnFootnote[]): string | null {
  const footnote = footnotes.findLast((candidate) => candidate.paragraph === null)
  return footnote ? footnote.text.replace(/\.$/u, '') : null
}

/** Every section by id, subsections included. */
function indexSections(sections: readonly Section[]): Map<string, Section> {
  const byId = new Map<string, Section>()
  const visit = (section: Section) => {
    byId.set(section.id, section)
    section.children.forEach(visit)
  }
  sections.forEach(visit)
  return byId
}

/** Gives each paragraph its session, kind and presenter. */
function describeParagraphs(
  unParagraphs: readonly UnParagraph[],
  sectionById: ReadonlyMap<string, Section>
): Paragraph[] {
  let presenter: Speaker | null = null
  let presenterSection: string | null = null
  return unParagraphs.map(({ number, content, items, sectionPath, text }) => {
    const innermost = sectionById.get(sectionPath.at(-1) ?? '')
    const subsection = innermost?.level === 3 ? innermost.title : null
    const kind = deliveredBy.test(text)
      ? 'procedural'
      : subsection === 'Presentations'
        ? 'presentation'
        : subsection === 'Interventions'
          ? 'intervention'
          : 'procedural'
    let speaker: Speaker | null = null
    if (kind === 'presentation') {
      // A presentation can run over several paragraphs; only the first names the presenter.
      const named = presenterNamedIn(text)
      if (named) {
        presenter = named
        presenterSection = innermost?.id ?? null
      }
      speaker = presenterSection === innermost?.id ? presenter : null
    }
    return {
      number,
      content,
      items,
      sectionPath,
      session: sessionOf(sectionPath, sectionById),
      kind,
      speaker,
      text
    }
  })
}

function sessionOf(
  sectionPath: readonly string[],
  sectionById: ReadonlyMap<string, Section>
): SessionName | null {
  return sectionById.get(sectionPath.at(-1) ?? '')?.session ?? null
}

/**
 * The attendance list: the States named in the Attendance section, checked against their stated
 * count, and the paragraph naming them.
 */
function parseAttendance(
  paragraphs: readonly Paragraph[],
  sectionById: ReadonlyMap<string, Section>
): { attendance: string[]; attendanceParagraph: number } {
  const paragraph = paragraphs.find(
    (candidate) => sectionById.get(candidate.sectionPath.at(-1) ?? '')?.title === 'Attendance'
  )
  const listed = paragraph && /from (\d+) States: (.+?)\.?$/u.exec(paragraph.text)
  if (!listed) throw new MeetingTextError('The attendance list was not found.')
  const states = listed[2].split(/,\s*/u).map((state) => state.trim())
  if (states.length !== Number(listed[1])) {
    throw new MeetingTextError(
      `The attendance list names ${states.length} States but says ${listed[1]}.`
    )
  }
  return { attendance: states, attendanceParagraph: paragraph.number }
}

/** Reads the header block from the parts that precede the first heading. */
function parseHeader(
  parts: readonly string[],
  footnote: string | null
): { header: DocumentHeader; title: string } {
  let dateText: string | null = null
  let date: string | null = null
  let original: string | null = null
  let agenda: RegExpExecArray | null = null
  const bodyParts: string[] = []
  const afterAgenda: string[] = []
  for (const part of parts) {
    const printed = printedDate.exec(part)
    if (agenda) afterAgenda.push(part)
    else if (printed && dateText === null) {
      dateText = part
      date = `${printed[3]}-${monthNumbers.get(printed[2])}-${printed[1].padStart(2, '0')}`
    } else if (part.startsWith('Original:')) original = part
    else if ((agenda = agendaLabel.exec(part))) continue
    else bodyParts.push(part)
  }
  const [bodyName, bodySession, placeAndDates] = bodyParts
  const [agendaTitle, title] = afterAgenda
  const missing = [
    [dateText, 'the date'],
    [original, 'the original language'],
    [placeAndDates, 'the body, session, place and dates'],
    [agenda, 'the agenda item'],
    [footnote, "the agenda item's footnote"],
    [title, 'the document title']
  ].filter(([value]) => value === null || value === undefined)
  if (
    missing.length > 0 ||
    !dateText ||
    !date ||
    !original ||
    !agenda ||
    !footnote ||
    !agendaTitle ||
    !title
  ) {
    throw new MeetingTextError(
      `The header is missing ${missing.map(([, what]) => what).join(', ')}.`
    )
  }
  return {
    header: {
      dateText,
      date,
      original,
      body: { name: bodyName, session: bodySession, placeAndDates },
      agendaItem: {
        label: agenda[0].replace(/\*$/u, ''),
        number: Number(agenda[1]),
        title: agendaTitle,
        footnote
      }
    },
    title
  }
}
