/**
 * The meeting summary's parser as it was before it became a case of the UN document parser
 * (lib/document/un-document/), kept unchanged as the reference the new parse is compared with.
 */
import { inlineText, parseInline } from '@renderer/lib/document/parse-inline'
import { interventionSpeaker, presenterNamedIn } from '@renderer/lib/document/speakers'
import {
  sessionNames,
  type DocumentHeader,
  type Inline,
  type LetteredItem,
  type MeetingDocument,
  type Paragraph,
  type Section,
  type SessionName,
  type Speaker
} from '@renderer/lib/document/meeting-document'

/** Raised when the text is not the meeting summary the app knows how to read. */
export class MeetingTextError extends Error {
  override name = 'MeetingTextError'
}

const romanHeading = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+(.+)$/u
const letterHeading = /^([A-Z])\.\s+(.+)$/u
const numberedLine = /^(\d+)\.\s+(.+)$/u
const letteredItem = /^(?:-\s+)?\(([a-z])\)\s+(.+)$/u
const footnoteLine = /^\*\s+\[(.+?)\]\(#\)\.?$/u
const printedDate =
  /^(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})$/u
const agendaLabel = /^Item (\d+) of the (?:provisional )?agenda(\*?)$/u
const deliveredBy = /^(?:Presentations|Interventions) were delivered by/u
const monthNumbers = new Map(
  [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
  ].map((month, index) => [month, String(index + 1).padStart(2, '0')])
)

/** A paragraph while its lines are still being collected. */
interface OpenParagraph {
  number: number
  source: string
  items: { label: string; source: string }[]
  sectionPath: string[]
}

/** A section while its paragraphs are still being collected. */
interface OpenSection extends Omit<Section, 'range' | 'children'> {
  children: OpenSection[]
  paragraphs: number[]
}

/** Parses the meeting summary. Throws `MeetingTextError` saying what is missing if it is not. */
export function parseMeetingText(source: string): MeetingDocument {
  const headerParts: string[] = []
  let footnote: string | null = null
  const topSections: OpenSection[] = []
  const openSections: OpenSection[] = []
  const collected: OpenParagraph[] = []
  let current: OpenParagraph | null = null

  const openSection = (level: 1 | 2 | 3, label: string, title: string) => {
    while (openSections.length >= level) openSections.pop()
    const parent = openSections.at(-1)
    if (level > 1 && !parent)
      throw new MeetingTextError(`Heading "${label}. ${title}" has no parent section.`)
    const session = sessionNames.find((name) => name === title) ?? parent?.session ?? null
    const section: OpenSection = {
      id: parent ? `${parent.id}.${label}` : label,
      label,
      title,
      level,
      session,
      children: [],
      paragraphs: []
    }
    if (parent) parent.children.push(section)
    else topSections.push(section)
    openSections.push(section)
    current = null
  }

  /** Reads one part of a line that is not a paragraph, item or footnote: a heading or header text. */
  const readHeadingOrHeader = (part: string): boolean => {
    const roman = romanHeading.exec(part)
    if (roman) {
      openSection(1, roman[1], roman[2])
      return true
    }
    if (topSections.length === 0) {
      headerParts.push(part)
      return true
    }
    const letter = letterHeading.exec(part)
    if (letter) {
      openSection(2, letter[1], letter[2])
      return true
    }
    const numbered = numberedLine.exec(part)
    if (numbered && isSubsectionHeading(numbered[2]) && openSections.length >= 2) {
      openSection(3, numbered[1], numbered[2])
      return true
    }
    return false
  }

  for (const rawLine of source.replace(/\r\n?/gu, '\n').split('\n')) {
    const line = rawLine.trim()
    if (line === '') continue

    const note = footnoteLine.exec(line)
    if (note) {
      footnote = note[1]
      continue
    }

    const numbered = numberedLine.exec(line)
    if (numbered && Number(numbered[1]) === collected.length + 1 && topSections.length > 0) {
      current = {
        number: collected.length + 1,
        source: numbered[2],
        items: [],
        sectionPath: openSections.map((section) => section.id)
      }
      collected.push(current)
      openSections.at(-1)?.paragraphs.push(current.number)
      continue
    }

    const item = letteredItem.exec(line)
    if (item && current) {
      current.items.push({ label: item[1], source: item[2] })
      continue
    }

    // A line of headings merged by the conversion ("II. Organization of the meeting**A. Agenda**")
    // splits at its bold marks; any other line continues the paragraph a page break split.
    const parts = line
      .split('**')
      .map((part) => part.trim())
      .filter((part) => part !== '')
    const inHeader = topSections.length === 0
    if (inHeader || parts.some((part) => isHeading(part))) {
      for (const part of parts) {
        if (!readHeadingOrHeader(part)) throw new MeetingTextError(`Unexpected text "${part}".`)
      }
      continue
    }
    if (!current) throw new MeetingTextError(`Text outside any paragraph: "${line}".`)
    const open: OpenParagraph = current
    const lastItem = open.items.at(-1)
    if (lastItem) lastItem.source = `${lastItem.source} ${line}`
    else open.source = `${open.source} ${line}`
  }

  if (collected.length === 0) throw new MeetingTextError('The text has no numbered paragraphs.')
  const sections = topSections.map(closeSection)
  const sectionById = indexSections(sections)
  const paragraphs = describeParagraphs(collected, sectionById)
  const { attendance, attendanceParagraph } = parseAttendance(paragraphs, sectionById)
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'intervention') {
      paragraph.speaker = interventionSpeaker(paragraph.text, attendance)
    }
  }
  const { header, title } = parseHeader(headerParts, footnote)
  return { header, title, sections, paragraphs, attendance, attendanceParagraph }
}

/** Whether a line part is a heading of any level. */
function isHeading(part: string): boolean {
  if (romanHeading.test(part) || letterHeading.test(part)) return true
  const numbered = numberedLine.exec(part)
  return numbered !== null && isSubsectionHeading(numbered[2])
}

/** "1. Presentations" is a heading; "1. The United Nations Office…" is a paragraph. */
function isSubsectionHeading(text: string): boolean {
  return text.length <= 60 && !/[.:;,]$/u.test(text)
}

/** Freezes an open section into the model's shape, with the paragraph range it covers. */
function closeSection(open: OpenSection): Section {
  const children = open.children.map(closeSection)
  const numbers = [
    ...open.paragraphs,
    ...children.flatMap((child) => (child.range ? [child.range.first, child.range.last] : []))
  ]
  return {
    id: open.id,
    label: open.label,
    title: open.title,
    level: open.level,
    session: open.session,
    range: numbers.length > 0 ? { first: Math.min(...numbers), last: Math.max(...numbers) } : null,
    children
  }
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

/** Gives each collected paragraph its inline content, session, kind and presenter. */
function describeParagraphs(
  collected: readonly OpenParagraph[],
  sectionById: ReadonlyMap<string, Section>
): Paragraph[] {
  let presenter: Speaker | null = null
  let presenterSection: string | null = null
  return collected.map((open) => {
    const content = parseInline(open.source)
    const items: LetteredItem[] = open.items.map((item) => ({
      label: item.label,
      content: parseInline(item.source)
    }))
    const text = plainText(content, items)
    const innermost = sectionById.get(open.sectionPath.at(-1) ?? '')
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
      number: open.number,
      content,
      items,
      sectionPath: open.sectionPath,
      session: sessionOf(open.sectionPath, sectionById),
      kind,
      speaker,
      text
    }
  })
}

/** The plain text of a paragraph: its own text, then each item with its letter. */
function plainText(content: readonly Inline[], items: readonly LetteredItem[]): string {
  return [
    inlineText(content),
    ...items.map((item) => `(${item.label}) ${inlineText(item.content)}`)
  ].join(' ')
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
