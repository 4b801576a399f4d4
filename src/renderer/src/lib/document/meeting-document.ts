/**
 * The typed model of the meeting summary: header, section tree, numbered paragraphs with their
 * session, kind and speaker, and the attendance list. Produced by `parseMeetingText`.
 */

/** The four thematic sessions of the meeting, named as the section headings name them. */
export const sessionNames = [
  'Multilateralism',
  'Counternarcotics interventions',
  'Early warning',
  'Health responses'
] as const

/** One of the four thematic sessions. */
export type SessionName = (typeof sessionNames)[number]

/**
 * What a paragraph is: a presentation by a UNODC presenter, an intervention by a Member State,
 * or procedural text about the meeting itself.
 */
export type ParagraphKind = 'presentation' | 'intervention' | 'procedural'

/** A run of paragraph text with its formatting. */
export type Inline =
  | { type: 'text'; text: string }
  /** Marked bold in the source (`**…**`), usually a speaker's name. */
  | { type: 'strong'; text: string }
  /** Marked italic in the source (`*…*`), e.g. a publication title. */
  | { type: 'emphasis'; text: string }
  /** An address written in the text; only `https:` addresses become links. */
  | { type: 'link'; text: string; href: string }

/** Who speaks in a paragraph. */
export interface Speaker {
  /**
   * The canonical name: a Member State as the attendance list spells it
   * ("Iran (Islamic Republic of)"), or a presenter's title ("Chief of PTRS").
   */
  name: string
  /** A Member State delegation or a UNODC presenter. */
  kind: 'member-state' | 'presenter'
}

/** A lettered item, "(a)", "(b)", … inside a paragraph. */
export interface LetteredItem {
  /** The letter without parentheses, e.g. "a". */
  label: string
  content: Inline[]
}

/** A numbered paragraph, the unit delegates cite ("para. 47"). */
export interface Paragraph {
  /** 1 to 87, in document order. */
  number: number
  /** The paragraph's own text, before any lettered items. */
  content: Inline[]
  /** Lettered items that belong to this paragraph. */
  items: LetteredItem[]
  /** Ids of the sections containing this paragraph, outermost first, e.g. ["III", "III.D", "III.D.2"]. */
  sectionPath: string[]
  /** The thematic session the paragraph belongs to, or null outside the four sessions. */
  session: SessionName | null
  kind: ParagraphKind
  /** The Member State or presenter speaking; null for procedural paragraphs. */
  speaker: Speaker | null
  /** The plain text of the paragraph and its items, without markup, for search and citation. */
  text: string
}

/** A heading and the part of the document it covers. */
export interface Section {
  /** Stable id built from the heading labels, e.g. "III.B.1". */
  id: string
  /** The heading's own label: "III", "B" or "1". */
  label: string
  /** The heading text without its label, e.g. "Multilateralism". */
  title: string
  /** 1 for roman numerals, 2 for capital letters, 3 for the numbered subsections. */
  level: 1 | 2 | 3
  /** The thematic session this section is, or belongs to. */
  session: SessionName | null
  /** First and last paragraph numbers covered, subsections included; null if none. */
  range: { first: number; last: number } | null
  children: Section[]
}

/** The agenda item under which the document was issued. */
export interface AgendaItem {
  /** The line as printed, without its footnote mark: "Item 6 of the provisional agenda". */
  label: string
  number: number
  title: string
  /** The footnote attached to the label: the symbol of the provisional agenda. */
  footnote: string
}

/** The document's header block. */
export interface DocumentHeader {
  /** The date as printed, "16 February 2024". */
  dateText: string
  /** The same date as an ISO date, "2024-02-16". */
  date: string
  /** "Original: English". */
  original: string
  /** The body for which the document was prepared. */
  body: { name: string; session: string; placeAndDates: string }
  agendaItem: AgendaItem
}

/** The whole meeting summary. */
export interface MeetingDocument {
  header: DocumentHeader
  title: string
  sections: Section[]
  paragraphs: Paragraph[]
  /** The States listed as attending in paragraph 6, in the order given. */
  attendance: string[]
  /** The paragraph holding the attendance list (6). */
  attendanceParagraph: number
}

/**
 * What the window needs of the document before the notes load: the outline's section tree and
 * how many paragraphs there are. The text itself arrives prerendered in the page.
 */
export interface MeetingOutline {
  sections: Section[]
  paragraphCount: number
}
