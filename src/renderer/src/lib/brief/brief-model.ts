/**
 * The delegate's brief as one model: its front matter, title, the lines on its source, and its
 * parts (follow-ups, annotations, session notes, and the parts the other layouts have), each a
 * heading and blocks holding the delegate's words as typed. Built once from the documents, the
 * delegate's data, the chosen options and a clock; rendered as Markdown (`brief-markdown.ts`),
 * HTML and plain text (`brief-clipboard.ts`) and Word (`brief-word.ts`). With annotations on
 * documents of the library other than the shipped summary, every part made of annotations is
 * grouped by document first, and citations name the document's symbol.
 */
import {
  defaultColorLabels,
  highlightColors,
  type Annotation,
  type HighlightColor
} from '../annotations/annotation'
import { layOutAnnotations, type PlacedAnnotation } from '../annotations/annotation-layout'
import { citationIn } from '../document/citation'
import {
  sessionNames,
  type MeetingDocument,
  type Paragraph,
  type Section,
  type SessionName
} from '../document/meeting-document'
import type { AgendaItem } from '../follow-ups/agenda-item'
import {
  dayLabel,
  positionLabels,
  positions,
  priorityLabels,
  statusLabels,
  type FollowUp,
  type FollowUpStatus,
  type Position
} from '../follow-ups/follow-up'
import {
  compareFollowUps,
  followUpEntries,
  type FollowUpEntry
} from '../follow-ups/follow-up-groups'
import { citedDocumentName } from '../library/document-citation'
import {
  documentIdOf,
  shippedDocumentId,
  shippedEntry,
  type LibraryEntry
} from '../library/library-document'
import type { SessionNote } from '../session-notes/session-note'
import { speakingSummary } from '../statements/speaking-time'
import { statementTitle, type Statement } from '../statements/statement'
import { tagKey, tagUsage } from '../tags/tag-names'
import { firstSentence } from '../text/first-sentence'
import { briefTemplates, type BriefPartSpec, type BriefTemplateId } from './brief-templates'
import { notePlainText } from './note-blocks'

/** The ways the brief can group annotations. */
export const briefGroupings = ['section', 'agenda-item', 'tag', 'member-state', 'color'] as const
export type BriefGrouping = (typeof briefGroupings)[number]

/** How each grouping is named in the export dialog. */
export const briefGroupingLabels: Readonly<Record<BriefGrouping, string>> = {
  section: 'Section',
  'agenda-item': 'Agenda item',
  tag: 'Tag',
  'member-state': 'Member State',
  color: 'Colour'
}

/** How much of the text an annotation is on the brief quotes. */
export const briefQuoteStyles = ['full', 'first-sentence', 'none'] as const
export type BriefQuoteStyle = (typeof briefQuoteStyles)[number]

/** How each quote style is named in the export dialog. */
export const briefQuoteStyleLabels: Readonly<Record<BriefQuoteStyle, string>> = {
  full: 'Full',
  'first-sentence': 'First sentence',
  none: 'None'
}

/** What the delegate chooses to put in the brief. */
export interface BriefOptions {
  /** The layout; the full brief unless given. */
  template?: BriefTemplateId
  /** How the "Annotations" part is grouped. */
  groupBy: BriefGrouping
  /**
   * What each annotation quotes: the whole passage highlighted, or the whole paragraph for a note
   * on all of it ("full"); its first sentence; or nothing.
   */
  quotes: BriefQuoteStyle
  /** Whether the brief has a "Follow-ups for CND67" part. */
  includeFollowUps: boolean
  /** Whether the brief has its parts made of annotations. */
  includeAnnotations: boolean
  /** Whether the brief has a "Session notes" part. */
  includeSessionNotes: boolean
  /** Whether the brief has a "Statements" part (not unless asked: a statement is its own paper). */
  includeStatements?: boolean
}

/** Everything, annotations by section. */
export const defaultBriefOptions: BriefOptions = {
  groupBy: 'section',
  quotes: 'full',
  includeFollowUps: true,
  includeAnnotations: true,
  includeSessionNotes: true
}

/** What the brief is built from. */
export interface BriefInput {
  /** The shipped meeting summary: what the brief's title and source line name. */
  meeting: MeetingDocument
  /**
   * The documents of the library, in the library's order, that annotations may be on (each
   * annotation's is `documentIdOf(annotation)`); the shipped summary alone unless given, and
   * always first whether or not it is given.
   */
  documents?: readonly LibraryEntry[]
  annotations: readonly Annotation[]
  sessionNotes: readonly SessionNote[]
  /** The delegation's statements; none unless given. */
  statements?: readonly Statement[]
  /** The delegate's agenda items, to name and order what refers to them. */
  agendaItems: readonly AgendaItem[]
  /** The delegate's names for the highlight colours. */
  colorLabels: Readonly<Record<HighlightColor, string>>
}

/** The whole brief. */
export interface BriefModel {
  /** Front matter fields in order: a string is written quoted, a number as it is. */
  frontMatter: readonly BriefField[]
  /** The title, the brief's own then the document's. */
  title: string
  /** Where the brief's content comes from, said under the title. */
  source: BriefSource
  /** When it was exported. */
  exported: Date
  /** Its parts, in order. */
  sections: readonly BriefSection[]
}

/** A front matter field: its key and its value. */
export type BriefField = readonly [key: string, value: string | number]

/** The document the brief is about, as the line under the title names it. */
export interface BriefSource {
  /** The document's title. */
  title: string
  /** Its date as printed: "16 February 2024". */
  dateText: string
  /** "Commission on Narcotic Drugs, sixty-seventh session, Vienna, 14–22 March 2024". */
  session: string
  /** "item 6 of the provisional agenda". */
  agendaItem: string
  /** The symbol of the provisional agenda. */
  agendaSymbol: string
}

/**
 * One part of the brief: a heading (level 2) and its blocks. A later kind of part needs only a
 * kind, a heading and blocks of the kinds below (a statement: its title as a heading and its
 * Markdown text).
 */
export interface BriefSection {
  kind: BriefPartSpec['kind'] | (string & {})
  heading: string
  blocks: readonly BriefBlock[]
}

/** What a part is made of. */
export type BriefBlock =
  /** A heading under the part's own, level 3 to 6. */
  | { kind: 'heading'; level: number; text: string }
  /** A sentence of the app's own wording ("No follow-ups."), plain text. */
  | { kind: 'text'; text: string }
  /** Facts on one line: "Session day: Monday 18 March 2024 · Tags: Precursors". */
  | { kind: 'facts'; facts: readonly BriefFact[] }
  /** Facts as a list, one a line: "Meeting: …". */
  | { kind: 'details'; facts: readonly BriefFact[] }
  /** The follow-ups, as a list in Markdown and a table in Word. */
  | { kind: 'follow-ups'; followUps: readonly BriefFollowUp[] }
  /** One annotation: an item of the list its neighbours make. */
  | { kind: 'annotation'; annotation: BriefAnnotation }
  /** Short lines for reading aloud, each with its citation, as one list. */
  | { kind: 'points'; points: readonly BriefPoint[] }
  /** The delegate's own Markdown: a session note's body, a statement's text. */
  | { kind: 'markdown'; markdown: string }

/** A labelled value; one with several values lists them with commas. */
export interface BriefFact {
  label: string
  values: readonly string[]
}

/** A follow-up as the brief lists it. */
export interface BriefFollowUp {
  /** What to do, or "No action written". */
  action: string
  /** Done or dropped: nothing left to do. */
  closed: boolean
  status: FollowUpStatus
  /** "High", "Normal", "Low". */
  priority: string
  /** "Open", "In progress", … */
  statusLabel: string
  /** The day it is due, named in full, or null. */
  due: string | null
  /** The agenda item's short label ("Item 6"), or null. */
  agendaItem: string | null
  counterparts: readonly string[]
  /** The paragraph it is shown on. */
  paragraph: number
  /** How that paragraph is cited: "para. 22", or "E/CN.7/2024/99, para. 3" in another document. */
  citation: string
}

/** An annotation as the brief lists it. */
export interface BriefAnnotation {
  /** The paragraph cited. */
  paragraph: number
  /** How it is cited: "para. 47", or "E/CN.7/2024/99, para. 3" in a document with a symbol. */
  citation: string
  /** Who speaks there, unless the heading above says so; else null. */
  speaker: string | null
  /** The colour's label, unless the heading above says so; else null. */
  colour: string | null
  /** "Support", "Concern", "Watch", or null. */
  position: string | null
  /** The follow-up's status label, or null without one. */
  followUpStatus: string | null
  tags: readonly string[]
  /** What it quotes of the text, as the quote style has it; "" for nothing. */
  quote: string
  /** The delegate's note, Markdown as typed. */
  note: string
}

/** A talking point: a short line and the paragraph it cites. */
export interface BriefPoint {
  text: string
  paragraph: number
  /** How the paragraph is cited, as an annotation's entry cites it. */
  citation: string
}

/**
 * How a rendering writes one of the delegate's one-line fields (a name, a tag, a day): escaped
 * for Markdown, on one line for Word and plain text; "" for a field with nothing to show.
 */
export type FieldText = (text: string) => string

/** "High priority; in progress; due Monday 18 March 2024; Item 6; with France, Canada". */
export function followUpDetails(followUp: BriefFollowUp, field: FieldText): string {
  const details = [`${followUp.priority} priority`]
  if (followUp.status === 'in-progress' || followUp.status === 'dropped') {
    details.push(lowerFirst(followUp.statusLabel))
  }
  if (followUp.due) details.push(`due ${field(followUp.due)}`)
  if (followUp.agendaItem) details.push(field(followUp.agendaItem))
  const counterparts = followUp.counterparts.map(field).filter((name) => name !== '')
  if (counterparts.length > 0) details.push(`with ${counterparts.join(', ')}`)
  return details.join('; ')
}

/**
 * What an annotation's line says after its citation: "France", "Colour: Pink",
 * "Position: Watch", "Follow-up: Done", "Tags: Precursors", each only when there is one.
 */
export function annotationDetails(annotation: BriefAnnotation, field: FieldText): string[] {
  const details: string[] = []
  if (annotation.speaker !== null) details.push(field(annotation.speaker))
  if (annotation.colour !== null) details.push(`Colour: ${field(annotation.colour)}`)
  if (annotation.position !== null) details.push(`Position: ${annotation.position}`)
  if (annotation.followUpStatus !== null) details.push(`Follow-up: ${annotation.followUpStatus}`)
  const tags = annotation.tags.map(field).filter((tag) => tag !== '')
  if (tags.length > 0) details.push(`Tags: ${tags.join(', ')}`)
  return details
}

/** One group of annotations: its heading and its entries, in document order. */
interface AnnotationGroup {
  heading: string
  entries: PlacedAnnotation[]
}

/**
 * What the heading above an annotation already says, so that its entry need not: the Member
 * State speaking (grouped by Member State), its colour (grouped by colour), or neither.
 */
type NamedByHeading = 'member-state' | 'color' | null

/** A document the brief cites, as its parts made of annotations name it. */
interface BriefDocument {
  id: string
  /** Its heading when the brief groups by document: "Title (E/CN.7/2024/99)". */
  heading: string
  /** What its citations name before "para." (see `citedDocumentName`), or null ("para. 3"). */
  citedAs: string | null
}

/**
 * The input indexed once for one document, so that every look-up while building the brief is
 * constant-time. The documents' contexts share the input, the agenda items and the built entries.
 */
interface BriefContext {
  input: BriefInput
  document: BriefDocument
  /** The annotations on this document. */
  annotations: readonly Annotation[]
  /** How much each annotation quotes. */
  quotes: BriefQuoteStyle
  paragraphs: ReadonlyMap<number, Paragraph>
  sections: ReadonlyMap<string, Section>
  agendaItems: ReadonlyMap<string, AgendaItem>
  placed: readonly PlacedAnnotation[]
  orphans: readonly Annotation[]
  /** The paragraph each placed annotation is shown on, which may not be the one it was made on. */
  shownOn: ReadonlyMap<Annotation, number>
  /** Each paragraph's quote for a note on all of it, once worked out. */
  paragraphQuotes: Map<number, string>
  /** Each entry once built, for the groupings that list an annotation more than once. */
  entries: Map<Annotation, Map<NamedByHeading, BriefAnnotation>>
}

/** What each grouping says it does, under the "Annotations" heading. */
const groupingDescriptions: Readonly<Record<BriefGrouping, string>> = {
  section: 'By section, in document order.',
  'agenda-item': 'By the agenda item of their follow-up.',
  tag: 'By tag; an annotation with several tags is listed under each.',
  'member-state': 'By the Member State speaking, then presenters and other paragraphs.',
  color: 'By highlight colour.'
}

/** Member States and agenda items are listed alphabetically, ignoring case and accents. */
const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/**
 * The delegate's brief as a model, in the layout `options.template` names (the full brief by
 * default):
 * - front matter: the source document, its agenda item and the symbol of the provisional
 *   agenda, the session, when it was exported (from `now`) and how many of each thing the brief
 *   holds (a count is left out with the part it counts);
 * - a title and a line on the source;
 * - the layout's parts: "Follow-ups for CND67", most pressing first; "Annotations", grouped by
 *   `options.groupBy`, then those whose passage is no longer found; "Session notes", by day;
 *   and for the other layouts, the background, key points, proposed lines or talking points.
 * A part the delegate leaves out is omitted; a part with nothing in it says so.
 *
 * With annotations on documents of `input.documents` other than the shipped summary, each part
 * made of annotations is grouped by document first (see `byDocument`), the follow-ups stay one
 * list, every citation names its document ("E/CN.7/2024/99, para. 3"), the front matter counts
 * the documents annotated and the background names them. Otherwise the brief is as it always was.
 *
 * @throws RangeError if `now` gives an invalid date
 */
export function buildBriefModel(
  input: BriefInput,
  options: BriefOptions,
  now: () => Date
): BriefModel {
  const exported = now()
  const template = briefTemplates[options.template ?? 'full']
  const brief = indexInput(input, options.quotes)
  const parts = template.parts.filter((part) => isIncluded(part, options))
  const kinds = new Set(parts.map((part) => part.kind))
  const title = `${template.title}: ${input.meeting.title}`
  return {
    frontMatter: frontMatter(brief, options, exported, title, kinds),
    title,
    source: briefSource(input.meeting),
    exported,
    sections: parts.map((part) => ({
      kind: part.kind,
      heading: part.heading,
      blocks: partBlocks(brief, part, options)
    }))
  }
}

function isIncluded(part: BriefPartSpec, options: BriefOptions): boolean {
  switch (part.kind) {
    case 'follow-ups':
      return options.includeFollowUps
    case 'session-notes':
      return options.includeSessionNotes
    case 'statements':
      return options.includeStatements === true
    case 'background':
      return true
    default:
      return options.includeAnnotations
  }
}

function partBlocks(brief: BriefIndex, part: BriefPartSpec, options: BriefOptions): BriefBlock[] {
  switch (part.kind) {
    case 'background':
      return backgroundBlocks(brief)
    case 'follow-ups':
      return followUpBlocks(brief)
    case 'annotations':
      return byDocument(brief, annotationPart(options.groupBy))
    case 'key-points':
      return byDocument(brief, keyPointPart)
    case 'proposed-lines':
      return byDocument(brief, proposedLinePart)
    case 'talking-points':
      return byDocument(brief, talkingPointPart)
    case 'session-notes':
      return sessionNoteBlocks(brief.shipped)
    case 'statements':
      return statementBlocks(brief.shipped)
  }
}

/**
 * The input indexed once: a context for each document with annotations on it (the shipped
 * summary's always, first), and whether the brief groups by document.
 */
interface BriefIndex {
  /** The shipped summary's context. */
  shipped: BriefContext
  /** The contexts of the documents with annotations, in library order; the shipped summary first. */
  documents: readonly BriefContext[]
  /**
   * Whether any annotation is on another document than the shipped summary: then the parts
   * made of annotations are grouped by document; otherwise the brief reads as it always has.
   */
  grouped: boolean
  /** Each annotation's document. */
  documentOf: ReadonlyMap<Annotation, BriefContext>
}

/** The heading of the annotations on documents the library no longer holds. */
export const missingDocumentHeading = 'A document no longer in the library'

function indexInput(input: BriefInput, quotes: BriefQuoteStyle): BriefIndex {
  const library = input.documents ?? []
  const entries = [
    library.find((entry) => entry.id === shippedDocumentId) ?? shippedEntry(input.meeting),
    ...library.filter((entry) => entry.id !== shippedDocumentId)
  ]
  const byDocument = new Map<string, Annotation[]>()
  for (const annotation of input.annotations)
    pushTo(byDocument, documentIdOf(annotation), annotation)
  const shared = {
    input,
    quotes,
    agendaItems: new Map(input.agendaItems.map((item) => [item.id, item])),
    entries: new Map<Annotation, Map<NamedByHeading, BriefAnnotation>>()
  }
  const documents: BriefContext[] = []
  for (const entry of entries) {
    const annotations = byDocument.get(entry.id)
    byDocument.delete(entry.id)
    if (entry.id !== shippedDocumentId && !annotations) continue
    const heading = entry.symbol ? `${entry.title} (${entry.symbol})` : entry.title
    const document = { id: entry.id, heading, citedAs: citedDocumentName(entry) }
    documents.push(indexDocument(shared, document, annotations ?? [], entry.meeting))
  }
  const missing = [...byDocument.values()].flat()
  if (missing.length > 0) {
    const document = { id: '', heading: missingDocumentHeading, citedAs: null }
    documents.push(indexDocument(shared, document, missing, null))
  }
  const documentOf = new Map<Annotation, BriefContext>()
  for (const context of documents) {
    for (const annotation of context.annotations) documentOf.set(annotation, context)
  }
  return {
    shipped: documents[0],
    documents,
    grouped: documents.length > 1,
    documentOf
  }
}

/** One document's context; `meeting` is null for a document the library no longer holds. */
function indexDocument(
  shared: Pick<BriefContext, 'input' | 'quotes' | 'agendaItems' | 'entries'>,
  document: BriefDocument,
  annotations: readonly Annotation[],
  meeting: MeetingDocument | null
): BriefContext {
  const sections = new Map<string, Section>()
  const addSections = (children: readonly Section[]): void => {
    for (const section of children) {
      sections.set(section.id, section)
      addSections(section.children)
    }
  }
  addSections(meeting?.sections ?? [])
  const paragraphs = meeting?.paragraphs ?? []
  const layout = layOutAnnotations(annotations, paragraphs)
  return {
    ...shared,
    document,
    annotations,
    paragraphs: new Map(paragraphs.map((paragraph) => [paragraph.number, paragraph])),
    sections,
    placed: layout.placed,
    orphans: layout.orphans,
    shownOn: new Map(layout.placed.map((entry) => [entry.annotation, entry.paragraph])),
    paragraphQuotes: new Map()
  }
}

/** How a paragraph of the context's document is cited. */
function citationOf(context: BriefContext, paragraph: number): string {
  return citationIn(context.document.citedAs, paragraph)
}

function frontMatter(
  brief: BriefIndex,
  options: BriefOptions,
  exported: Date,
  title: string,
  kinds: ReadonlySet<string>
): BriefField[] {
  const context = brief.shipped
  const { meeting, annotations, sessionNotes } = context.input
  const { header } = meeting
  const fields: BriefField[] = [
    ['title', title],
    ['source', meeting.title],
    ['source_date', header.date],
    ['agenda_symbol', header.agendaItem.footnote],
    ['agenda_item', `${header.agendaItem.label}: ${header.agendaItem.title}`],
    ['session', sessionText(meeting)],
    ['exported', exported.toISOString()]
  ]
  const template = options.template ?? 'full'
  if (template !== 'full') fields.push(['template', template])
  if (kinds.has('annotations')) fields.push(['grouped_by', options.groupBy])
  if (options.includeAnnotations) fields.push(['annotations', annotations.length])
  if (options.includeAnnotations && brief.grouped) {
    fields.push(['documents', annotatedDocuments(brief).length])
  }
  if (kinds.has('follow-ups')) {
    const followUps = followUpEntries(annotations)
    const open = followUps.filter(({ followUp }) => !isClosed(followUp)).length
    fields.push(['follow_ups', followUps.length], ['open_follow_ups', open])
  }
  if (kinds.has('session-notes')) fields.push(['session_notes', sessionNotes.length])
  if (kinds.has('statements')) fields.push(['statements', context.input.statements?.length ?? 0])
  return fields
}

function briefSource(meeting: MeetingDocument): BriefSource {
  const { header } = meeting
  return {
    title: meeting.title,
    dateText: header.dateText,
    session: sessionText(meeting),
    agendaItem: lowerFirst(header.agendaItem.label),
    agendaSymbol: header.agendaItem.footnote
  }
}

/** "Commission on Narcotic Drugs, sixty-seventh session, Vienna, 14–22 March 2024". */
function sessionText(meeting: MeetingDocument): string {
  const { name, session, placeAndDates } = meeting.header.body
  return `${name}, ${lowerFirst(session)}, ${placeAndDates}`
}

/** The documents with annotations on them, in the brief's order. */
function annotatedDocuments(brief: BriefIndex): BriefContext[] {
  return brief.documents.filter((context) => context.annotations.length > 0)
}

/**
 * The meeting, the document and the agenda item it was issued under, as the document says; when
 * the brief groups by document, the other documents annotated, by their headings.
 */
function backgroundBlocks(brief: BriefIndex): BriefBlock[] {
  const { meeting } = brief.shipped.input
  const { header } = meeting
  const body = header.body
  const facts: BriefFact[] = [
    { label: 'Meeting', values: [body.name] },
    { label: 'Session', values: [`${body.session}, ${body.placeAndDates}`] },
    { label: 'Document', values: [`${meeting.title} (${header.dateText})`] },
    {
      label: 'Agenda item',
      values: [
        `${header.agendaItem.label}: ${header.agendaItem.title} (${header.agendaItem.footnote})`
      ]
    }
  ]
  if (brief.grouped) {
    for (const context of annotatedDocuments(brief)) {
      if (context === brief.shipped) continue
      facts.push({ label: 'Also annotated', values: [context.document.heading] })
    }
  }
  return [{ kind: 'details', facts }]
}

/** The follow-ups of every document in one list, most pressing first, each citing its document. */
function followUpBlocks(brief: BriefIndex): BriefBlock[] {
  const entries: (FollowUpEntry & { context: BriefContext })[] = []
  for (const context of brief.documents) {
    for (const entry of followUpEntries(context.annotations)) entries.push({ ...entry, context })
  }
  entries.sort(compareFollowUps)
  if (entries.length === 0) return [{ kind: 'text', text: 'No follow-ups.' }]
  const followUps = entries.map(({ annotation, followUp, context }): BriefFollowUp => {
    const agendaItem = followUp.agendaItemId ? context.agendaItems.get(followUp.agendaItemId) : null
    const paragraph = context.shownOn.get(annotation) ?? annotation.paragraph
    return {
      action: followUp.action.trim() === '' ? 'No action written' : followUp.action,
      closed: isClosed(followUp),
      status: followUp.status,
      priority: priorityLabels[followUp.priority],
      statusLabel: statusLabels[followUp.status],
      due: followUp.due ? dayLabel(followUp.due) : null,
      agendaItem: agendaItem ? shortAgendaItemLabel(agendaItem) : null,
      counterparts: followUp.counterparts,
      paragraph,
      citation: citationOf(context, paragraph)
    }
  })
  return [
    { kind: 'text', text: 'Most pressing first; ticked when done or dropped.' },
    { kind: 'follow-ups', followUps }
  ]
}

/**
 * A part made of annotations: the sentence that says how it is ordered (if it has one), the
 * blocks of one document's annotations (none when it has nothing to show), and what the part
 * says when no document has anything to show.
 */
interface AnnotationPart {
  intro: string | null
  body: (context: BriefContext) => BriefBlock[]
  empty: string
}

/**
 * A part made of annotations. With every annotation on the shipped summary, its intro and its
 * blocks, as the brief has always read. Grouped by document, the intro (saying so), then each
 * document with something to show under a heading of its own (level 3, its title and symbol),
 * its blocks one level further down (level 6 at most).
 */
function byDocument(brief: BriefIndex, part: AnnotationPart): BriefBlock[] {
  if (!brief.grouped) {
    const body = part.body(brief.shipped)
    if (body.length === 0) return [{ kind: 'text', text: part.empty }]
    return part.intro === null ? body : [{ kind: 'text', text: part.intro }, ...body]
  }
  const blocks: BriefBlock[] = []
  for (const context of brief.documents) {
    if (context.annotations.length === 0) continue
    const body = part.body(context)
    if (body.length === 0) continue
    blocks.push({ kind: 'heading', level: 3, text: context.document.heading })
    for (const block of body) {
      blocks.push(
        block.kind === 'heading' ? { ...block, level: Math.min(6, block.level + 1) } : block
      )
    }
  }
  if (blocks.length === 0) return [{ kind: 'text', text: part.empty }]
  if (part.intro !== null) {
    blocks.unshift({ kind: 'text', text: `By document, then ${lowerFirst(part.intro)}` })
  }
  return blocks
}

/** The "Annotations" part: grouped as the delegate chooses, then those whose passage is gone. */
function annotationPart(grouping: BriefGrouping): AnnotationPart {
  return {
    intro: groupingDescriptions[grouping],
    empty: 'No annotations.',
    body: (context) => {
      if (context.annotations.length === 0) return []
      const blocks: BriefBlock[] = []
      if (grouping === 'section') blocks.push(...sectionBlocks(context))
      else {
        const named = grouping === 'member-state' || grouping === 'color' ? grouping : null
        for (const group of annotationGroups(context, grouping)) {
          blocks.push({ kind: 'heading', level: 3, text: group.heading })
          appendEntries(blocks, context, group.entries, named)
        }
      }
      appendOrphans(blocks, context)
      return blocks
    }
  }
}

function appendOrphans(blocks: BriefBlock[], context: BriefContext): void {
  if (context.orphans.length === 0) return
  blocks.push(
    { kind: 'heading', level: 3, text: 'Passages no longer in the document' },
    { kind: 'text', text: 'Not found in the current text; quoted as they were highlighted.' }
  )
  for (const annotation of context.orphans) {
    blocks.push({ kind: 'annotation', annotation: orphanEntry(context, annotation) })
  }
}

/**
 * The annotations under the headings of the sections they are in, nested as the document nests
 * them ("III. Summary of the proceedings", "D. Early warning", "1. Presentations"), each heading
 * once, since annotations come in document order.
 */
function sectionBlocks(context: BriefContext): BriefBlock[] {
  const blocks: BriefBlock[] = []
  let shownPath: readonly string[] | null = null
  let run: PlacedAnnotation[] = []
  const flush = (): void => {
    appendEntries(blocks, context, run, null)
    run = []
  }
  for (const entry of context.placed) {
    const path = context.paragraphs.get(entry.paragraph)?.sectionPath ?? []
    if (shownPath === null || !samePath(path, shownPath)) {
      flush()
      const previous: readonly string[] = shownPath ?? []
      let common = 0
      while (common < path.length && path[common] === previous[common]) common++
      // A document without sections (a delegation's notes) needs no heading saying so.
      if (path.length === 0 && context.sections.size > 0) {
        blocks.push({ kind: 'heading', level: 3, text: 'Outside any section' })
      }
      for (let depth = common; depth < path.length; depth++) {
        const section = context.sections.get(path[depth])
        const title = section ? `${section.label}. ${section.title}` : path[depth]
        blocks.push({ kind: 'heading', level: Math.min(6, 3 + depth), text: title })
      }
      shownPath = path
    }
    run.push(entry)
  }
  flush()
  return blocks
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index])
}

/** The annotations by the thematic session of their paragraph, then the other paragraphs. */
const keyPointPart: AnnotationPart = {
  intro: 'The passages marked, by session, in document order.',
  empty: 'No annotations.',
  body: (context) => {
    if (context.placed.length === 0 && context.orphans.length === 0) return []
    const blocks: BriefBlock[] = []
    for (const { session, entries } of bySession(context)) {
      if (session !== null) blocks.push({ kind: 'heading', level: 3, text: session })
      appendEntries(blocks, context, entries, null)
    }
    appendOrphans(blocks, context)
    return blocks
  }
}

/** The annotations carrying a position, under Support, Concern and Watch. */
const proposedLinePart: AnnotationPart = {
  intro: 'The annotations by the position marked on them.',
  empty: 'No annotations with a position.',
  body: (context) => {
    const byPosition = new Map<Position, PlacedAnnotation[]>()
    for (const entry of context.placed) {
      if (entry.annotation.position) pushTo(byPosition, entry.annotation.position, entry)
    }
    const blocks: BriefBlock[] = []
    for (const position of positions) {
      const entries = byPosition.get(position)
      if (!entries) continue
      blocks.push({ kind: 'heading', level: 3, text: positionLabels[position] })
      appendEntries(blocks, context, entries, null)
    }
    return blocks
  }
}

/**
 * One short line per annotation, by session: the first sentence of its note, or of what it
 * highlights when it has no note, with its citation.
 */
const talkingPointPart: AnnotationPart = {
  intro: null,
  empty: 'No annotations.',
  body: (context) => {
    const blocks: BriefBlock[] = []
    for (const { session, entries } of bySession(context)) {
      const points = entries.flatMap(({ annotation, paragraph, range }): BriefPoint[] => {
        const note = notePlainText(annotation.note)
        const text = (context.paragraphs.get(paragraph)?.text ?? '').slice(
          range?.start ?? 0,
          range?.end
        )
        const point = firstSentence((note || text).trim())
        return point === ''
          ? []
          : [{ text: point, paragraph, citation: citationOf(context, paragraph) }]
      })
      if (points.length === 0) continue
      if (session !== null) blocks.push({ kind: 'heading', level: 3, text: session })
      blocks.push({ kind: 'points', points })
    }
    return blocks
  }
}

/**
 * The placed annotations by the session of their paragraph, in the sessions' order, then the
 * other paragraphs. A document with no thematic sessions (every imported one) is one group
 * without a heading (`session` null): "Other paragraphs" would be all of it.
 */
function bySession(
  context: BriefContext
): { session: string | null; entries: PlacedAnnotation[] }[] {
  const groups = new Map<SessionName | null, PlacedAnnotation[]>()
  for (const entry of context.placed) {
    pushTo(groups, context.paragraphs.get(entry.paragraph)?.session ?? null, entry)
  }
  const ordered: { session: string | null; entries: PlacedAnnotation[] }[] = sessionNames.flatMap(
    (session) => {
      const entries = groups.get(session)
      return entries ? [{ session: `${session} session`, entries }] : []
    }
  )
  const others = groups.get(null)
  if (others) {
    const headed = ordered.length > 0 || context.document.id === shippedDocumentId
    ordered.push({ session: headed ? 'Other paragraphs' : null, entries: others })
  }
  return ordered
}

/** The groups of the grouping, each with at least one annotation, in the grouping's order. */
function annotationGroups(
  context: BriefContext,
  grouping: Exclude<BriefGrouping, 'section'>
): AnnotationGroup[] {
  switch (grouping) {
    case 'agenda-item':
      return groupByAgendaItem(context)
    case 'tag':
      return groupByTag(context)
    case 'member-state':
      return groupByMemberState(context)
    case 'color':
      return groupByColor(context)
  }
}

/** By the follow-up's agenda item, in the delegate's order, then "No agenda item". */
function groupByAgendaItem(context: BriefContext): AnnotationGroup[] {
  const byItem = new Map<AgendaItem | null, PlacedAnnotation[]>()
  for (const entry of context.placed) {
    const id = entry.annotation.followUp?.agendaItemId
    pushTo(byItem, (id && context.agendaItems.get(id)) || null, entry)
  }
  const groups = [...byItem]
    .flatMap(([item, entries]) => (item ? [{ item, entries }] : []))
    .sort(
      ({ item: a }, { item: b }) =>
        a.order - b.order || nameCollator.compare(a.label, b.label) || compareStrings(a.id, b.id)
    )
    .map(({ item, entries }) => ({ heading: agendaItemHeading(item), entries }))
  const without = byItem.get(null)
  if (without) groups.push({ heading: 'No agenda item', entries: without })
  return groups
}

/** Under each tag, alphabetically in the spelling first met, then "Untagged". */
function groupByTag(context: BriefContext): AnnotationGroup[] {
  const byKey = new Map<string, PlacedAnnotation[]>()
  const untagged: PlacedAnnotation[] = []
  for (const entry of context.placed) {
    const keys = new Set(entry.annotation.tags.map(tagKey))
    keys.delete('')
    for (const key of keys) pushTo(byKey, key, entry)
    if (keys.size === 0) untagged.push(entry)
  }
  const groups = tagUsage(context.placed.map((entry) => entry.annotation)).map(({ tag, key }) => ({
    heading: tag,
    entries: byKey.get(key) ?? []
  }))
  if (untagged.length > 0) groups.push({ heading: 'Untagged', entries: untagged })
  return groups
}

/**
 * Under the Member State speaking in the paragraph, alphabetically; then paragraphs of UNODC's
 * presenters ("Presenters"), then procedural paragraphs and any whose speaker is not known
 * ("Other paragraphs").
 */
function groupByMemberState(context: BriefContext): AnnotationGroup[] {
  const byState = new Map<string, PlacedAnnotation[]>()
  const presenters: PlacedAnnotation[] = []
  const others: PlacedAnnotation[] = []
  for (const entry of context.placed) {
    const paragraph = context.paragraphs.get(entry.paragraph)
    const speaker = paragraph?.speaker
    if (speaker?.kind === 'member-state') pushTo(byState, speaker.name, entry)
    else if (speaker?.kind === 'presenter' || paragraph?.kind === 'presentation') {
      presenters.push(entry)
    } else others.push(entry)
  }
  const groups = [...byState]
    .sort(([a], [b]) => nameCollator.compare(a, b) || compareStrings(a, b))
    .map(([heading, entries]) => ({ heading, entries }))
  if (presenters.length > 0) groups.push({ heading: 'Presenters', entries: presenters })
  if (others.length > 0) groups.push({ heading: 'Other paragraphs', entries: others })
  return groups
}

/**
 * By highlight colour, in the order the colours are offered, named "Label (colour)" (or just
 * "Yellow" while the label is the colour's name); then "No colour".
 */
function groupByColor(context: BriefContext): AnnotationGroup[] {
  const byColor = new Map<HighlightColor | null, PlacedAnnotation[]>()
  for (const entry of context.placed) pushTo(byColor, entry.annotation.color, entry)
  const groups = highlightColors.flatMap((color) => {
    const entries = byColor.get(color)
    const label = colorLabel(context, color)
    const heading = label.toLowerCase() === color ? label : `${label} (${color})`
    return entries ? [{ heading, entries }] : []
  })
  const uncoloured = byColor.get(null)
  if (uncoloured) groups.push({ heading: 'No colour', entries: uncoloured })
  return groups
}

/**
 * Adds the entries of a group to `blocks`. An entry is built once and reused: when grouped by
 * tag, an annotation is listed under each of its tags, and what the heading names does not vary.
 */
function appendEntries(
  blocks: BriefBlock[],
  context: BriefContext,
  entries: readonly PlacedAnnotation[],
  named: NamedByHeading
): void {
  for (const { annotation, paragraph, range } of entries) {
    let built = context.entries.get(annotation)
    let entry = built?.get(named)
    if (entry === undefined) {
      const quote = range
        ? quoted(
            context,
            (context.paragraphs.get(paragraph)?.text ?? '').slice(range.start, range.end)
          )
        : paragraphQuote(context, paragraph)
      entry = annotationEntry(context, annotation, paragraph, quote, named)
      if (built === undefined) {
        built = new Map()
        context.entries.set(annotation, built)
      }
      built.set(named, entry)
    }
    blocks.push({ kind: 'annotation', annotation: entry })
  }
}

/** An annotation whose passage is gone: quoted as highlighted, on the paragraph it was made on. */
function orphanEntry(context: BriefContext, annotation: Annotation): BriefAnnotation {
  const quote = quoted(context, annotation.target?.quote.exact ?? '')
  return annotationEntry(context, annotation, annotation.paragraph, quote, null)
}

/**
 * One annotation: the paragraph it cites with its speaker, colour (if it has one), position,
 * follow-up status and tags (leaving out what the group heading already says), its quote and
 * its note.
 */
function annotationEntry(
  context: BriefContext,
  annotation: Annotation,
  paragraphNumber: number,
  quote: string,
  named: NamedByHeading
): BriefAnnotation {
  const speaker = context.paragraphs.get(paragraphNumber)?.speaker
  return {
    paragraph: paragraphNumber,
    citation: citationOf(context, paragraphNumber),
    speaker:
      speaker && !(named === 'member-state' && speaker.kind === 'member-state')
        ? speaker.name
        : null,
    colour:
      named !== 'color' && annotation.color !== null ? colorLabel(context, annotation.color) : null,
    position: annotation.position ? positionLabels[annotation.position] : null,
    followUpStatus: annotation.followUp ? statusLabels[annotation.followUp.status] : null,
    tags: annotation.tags,
    quote,
    note: annotation.note
  }
}

/** The session notes, which are on no document: the brief's own part, as ever. */
function sessionNoteBlocks(context: BriefContext): BriefBlock[] {
  const notes = [...context.input.sessionNotes].sort(compareSessionNotes)
  if (notes.length === 0) return [{ kind: 'text', text: 'No session notes.' }]
  const blocks: BriefBlock[] = []
  for (const note of notes) {
    const title = note.title.trim() === '' ? 'Untitled session note' : note.title
    blocks.push({ kind: 'heading', level: 3, text: title })
    const facts: BriefFact[] = []
    if (note.sessionDay) facts.push({ label: 'Session day', values: [dayLabel(note.sessionDay)] })
    const agendaItem = note.agendaItemId ? context.agendaItems.get(note.agendaItemId) : null
    if (agendaItem) facts.push({ label: 'Agenda item', values: [shortAgendaItemLabel(agendaItem)] })
    if (note.tags.length > 0) facts.push({ label: 'Tags', values: note.tags })
    if (facts.length > 0) blocks.push({ kind: 'facts', facts })
    blocks.push({ kind: 'markdown', markdown: note.body })
  }
  return blocks
}

/**
 * The statements, oldest first: each its title, its agenda item, whom it speaks for, its spoken
 * length against its limit as the Statements view says it, and its text.
 */
function statementBlocks(context: BriefContext): BriefBlock[] {
  const statements = [...(context.input.statements ?? [])].sort(
    (a, b) => compareStrings(a.createdAt, b.createdAt) || compareStrings(a.id, b.id)
  )
  if (statements.length === 0) return [{ kind: 'text', text: 'No statements.' }]
  const blocks: BriefBlock[] = []
  for (const statement of statements) {
    blocks.push({ kind: 'heading', level: 3, text: statementTitle(statement) })
    const facts: BriefFact[] = []
    const agendaItem = statement.agendaItemId
      ? context.agendaItems.get(statement.agendaItemId)
      : null
    if (agendaItem) facts.push({ label: 'Agenda item', values: [shortAgendaItemLabel(agendaItem)] })
    facts.push({ label: 'Speaking for', values: [statement.speakingFor] })
    const spoken = speakingSummary(statement.text, statement.wordsPerMinute, statement.limitSeconds)
    facts.push({
      label: 'Length',
      values: [spoken.over ? `${spoken.label}; ${lowerFirst(spoken.over.label)}` : spoken.label]
    })
    blocks.push({ kind: 'facts', facts })
    blocks.push({ kind: 'markdown', markdown: statement.text })
  }
  return blocks
}

/** Session notes by day (those without one last), then oldest first, then by id. */
function compareSessionNotes(a: SessionNote, b: SessionNote): number {
  const dayA = a.sessionDay || null
  const dayB = b.sessionDay || null
  if (dayA === null || dayB === null) {
    if (dayA !== dayB) return dayA === null ? 1 : -1
  } else if (dayA !== dayB) return compareStrings(dayA, dayB)
  return compareStrings(a.createdAt, b.createdAt) || compareStrings(a.id, b.id)
}

/** What the brief quotes of `text`, the passage or paragraph an annotation is on. */
function quoted(context: BriefContext, text: string): string {
  switch (context.quotes) {
    case 'full':
      return text
    case 'first-sentence':
      return firstSentence(text.trim())
    case 'none':
      return ''
  }
}

/** What the brief quotes of a paragraph for a note on all of it, worked out once per paragraph. */
function paragraphQuote(context: BriefContext, paragraphNumber: number): string {
  let quote = context.paragraphQuotes.get(paragraphNumber)
  if (quote === undefined) {
    quote = quoted(context, (context.paragraphs.get(paragraphNumber)?.text ?? '').trim())
    context.paragraphQuotes.set(paragraphNumber, quote)
  }
  return quote
}

/** Whether there is nothing left to do: the follow-up is done or dropped. */
function isClosed(followUp: FollowUp): boolean {
  return followUp.status === 'done' || followUp.status === 'dropped'
}

/** The delegate's label for a colour, or the default one if they cleared it. */
function colorLabel(context: BriefContext, color: HighlightColor): string {
  const label = context.input.colorLabels[color]?.trim()
  return label || defaultColorLabels[color]
}

/** An agenda item as cited in a line: "Item 6", or its title if it has no label. */
function shortAgendaItemLabel(item: AgendaItem): string {
  return item.label.trim() || item.title.trim() || 'Unnamed agenda item'
}

/** An agenda item as a heading: "Item 6: Follow-up to …", or whichever half is not blank. */
function agendaItemHeading(item: AgendaItem): string {
  const label = item.label.trim()
  const title = item.title.trim()
  return (label && title ? `${label}: ${title}` : label || title) || 'Unnamed agenda item'
}

/** "Item 6 of the provisional agenda" → "item 6 of the provisional agenda". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function pushTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const found = groups.get(key)
  if (found) found.push(value)
  else groups.set(key, [value])
}

/** Plain code-unit order: right for ISO dates and timestamps, and free of locale data. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
