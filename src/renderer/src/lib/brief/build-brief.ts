/**
 * Builds the delegate's personal brief for CND67 as a Markdown file: YAML front matter, their
 * follow-ups as a task list, their annotations grouped as they choose, and their session notes.
 * A pure function of the document, the delegate's data, the chosen options and a clock.
 */
import {
  defaultColorLabels,
  highlightColors,
  type Annotation,
  type HighlightColor
} from '../annotations/annotation'
import { layOutAnnotations, type PlacedAnnotation } from '../annotations/annotation-layout'
import { citation } from '../document/citation'
import type { MeetingDocument, Paragraph, Section } from '../document/meeting-document'
import type { AgendaItem } from '../follow-ups/agenda-item'
import {
  dayLabel,
  positionLabels,
  priorityLabels,
  statusLabels,
  type FollowUp
} from '../follow-ups/follow-up'
import { compareFollowUps, followUpEntries } from '../follow-ups/follow-up-groups'
import type { SessionNote } from '../session-notes/session-note'
import { tagKey, tagUsage } from '../tags/tag-names'
import { firstSentence } from '../text/first-sentence'
import {
  headingText,
  indentLines,
  inlineText,
  lineStartText,
  noteLines,
  quoteLines,
  yamlString
} from './markdown-escape'
import { withInertLinks } from './exported-links'

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
  /** How the "Annotations" part is grouped. */
  groupBy: BriefGrouping
  /**
   * What each annotation quotes: the whole passage highlighted, or the whole paragraph for a note
   * on all of it ("full"); its first sentence; or nothing.
   */
  quotes: BriefQuoteStyle
  /** Whether the brief has a "Follow-ups for CND67" part. */
  includeFollowUps: boolean
  /** Whether the brief has an "Annotations" part. */
  includeAnnotations: boolean
  /** Whether the brief has a "Session notes" part. */
  includeSessionNotes: boolean
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
  /** The meeting summary the annotations were made on. */
  meeting: MeetingDocument
  annotations: readonly Annotation[]
  sessionNotes: readonly SessionNote[]
  /** The delegate's agenda items, to name and order what refers to them. */
  agendaItems: readonly AgendaItem[]
  /** The delegate's names for the highlight colours. */
  colorLabels: Readonly<Record<HighlightColor, string>>
}

/** The brief's title, before the document's. */
const briefTitle = 'Brief for CND67'

/** How a content line of an annotation entry is indented: under the text after "- ". */
const entryIndent = 2

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
 * A Markdown block (a heading, a paragraph, a whole list or one item of a loose list), without
 * the blank line that separates it from the next. Blocks are strings rather than arrays of lines:
 * a brief of thousands of annotations is built in one pass with few objects to collect, and
 * joined once.
 */
type Block = string

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

/** The input indexed once, so that every look-up while writing the brief is constant-time. */
interface BriefContext {
  input: BriefInput
  /** How much each annotation quotes. */
  quotes: BriefQuoteStyle
  paragraphs: ReadonlyMap<number, Paragraph>
  sections: ReadonlyMap<string, Section>
  agendaItems: ReadonlyMap<string, AgendaItem>
  placed: readonly PlacedAnnotation[]
  orphans: readonly Annotation[]
  /** The paragraph each placed annotation is shown on, which may not be the one it was made on. */
  shownOn: ReadonlyMap<Annotation, number>
  /** Names, tags and labels already escaped: a few dozen of them recur thousands of times. */
  escaped: Map<string, string>
  /** Each paragraph's quote for a note on all of it, once worked out. */
  paragraphQuotes: Map<number, string>
  /** Each entry once written, for the groupings that list an annotation more than once. */
  entries: Map<Annotation, Block>
}

/**
 * The delegate's brief, in Markdown (CommonMark, with GitHub's task lists), ending with a newline:
 * - YAML front matter: the source document, its agenda item and the symbol of the provisional
 *   agenda, the session, when it was exported (from `now`) and how many of each thing the brief
 *   holds (a count is left out with the part it counts);
 * - a title and a line on the source;
 * - "Follow-ups for CND67", most pressing first, ticked when done or dropped;
 * - "Annotations", grouped by `options.groupBy`, then those whose passage is no longer found;
 * - "Session notes", by session day.
 * A part the delegate leaves out is omitted; a part with nothing in it says so. Nothing the
 * delegate typed can add, remove or merge headings or list items (see markdown-escape.ts).
 *
 * @throws RangeError if `now` gives an invalid date
 */
export function buildBrief(input: BriefInput, options: BriefOptions, now: () => Date): string {
  const exported = now()
  const context = indexInput(input, options.quotes)
  const blocks: Block[] = [
    frontMatter(context, options, exported),
    ...titleBlocks(input.meeting, exported)
  ]
  if (options.includeFollowUps) blocks.push(...followUpBlocks(context))
  if (options.includeAnnotations) blocks.push(...annotationBlocks(context, options.groupBy))
  if (options.includeSessionNotes) blocks.push(...sessionNoteBlocks(context))
  return `${blocks.join('\n\n')}\n`
}

/** The brief's file name on the day `now`, in the computer's time zone: "CND67-brief-2024-03-10.md". */
export function briefFileName(now: Date): string {
  const month = String(now.getMonth() + 1).padStart(2, '0')
  const day = String(now.getDate()).padStart(2, '0')
  return `CND67-brief-${now.getFullYear()}-${month}-${day}.md`
}

/**
 * The brief without its front matter, for showing it rendered: marked, like most Markdown
 * renderers, does not know front matter and would show it as a heading.
 */
export function briefBody(brief: string): string {
  if (!brief.startsWith('---\n')) return brief
  const end = brief.indexOf('\n---\n', 3)
  return end < 0 ? brief : brief.slice(end + '\n---\n'.length).replace(/^\n+/u, '')
}

function indexInput(input: BriefInput, quotes: BriefQuoteStyle): BriefContext {
  const sections = new Map<string, Section>()
  const addSections = (children: readonly Section[]): void => {
    for (const section of children) {
      sections.set(section.id, section)
      addSections(section.children)
    }
  }
  addSections(input.meeting.sections)
  const layout = layOutAnnotations(input.annotations, input.meeting.paragraphs)
  return {
    input,
    quotes,
    paragraphs: new Map(input.meeting.paragraphs.map((paragraph) => [paragraph.number, paragraph])),
    sections,
    agendaItems: new Map(input.agendaItems.map((item) => [item.id, item])),
    placed: layout.placed,
    orphans: layout.orphans,
    shownOn: new Map(layout.placed.map((entry) => [entry.annotation, entry.paragraph])),
    escaped: new Map(),
    paragraphQuotes: new Map(),
    entries: new Map()
  }
}

/** {@link inlineText} for text that recurs: speakers' names, tags, labels, counterparts. */
function recurringText(context: BriefContext, text: string): string {
  let escaped = context.escaped.get(text)
  if (escaped === undefined) {
    escaped = inlineText(text)
    context.escaped.set(text, escaped)
  }
  return escaped
}

function frontMatter(context: BriefContext, options: BriefOptions, exported: Date): Block {
  const { meeting, annotations, sessionNotes } = context.input
  const { header } = meeting
  const followUps = followUpEntries(annotations)
  const fields: [string, string | number][] = [
    ['title', `${briefTitle}: ${meeting.title}`],
    ['source', meeting.title],
    ['source_date', header.date],
    ['agenda_symbol', header.agendaItem.footnote],
    ['agenda_item', `${header.agendaItem.label}: ${header.agendaItem.title}`],
    ['session', sessionText(meeting)],
    ['exported', exported.toISOString()]
  ]
  if (options.includeAnnotations) {
    fields.push(['grouped_by', options.groupBy], ['annotations', annotations.length])
  }
  if (options.includeFollowUps) {
    const open = followUps.filter(({ followUp }) => !isClosed(followUp)).length
    fields.push(['follow_ups', followUps.length], ['open_follow_ups', open])
  }
  if (options.includeSessionNotes) fields.push(['session_notes', sessionNotes.length])
  const lines = fields.map(
    ([key, value]) => `${key}: ${typeof value === 'number' ? value : yamlString(value)}`
  )
  return ['---', ...lines, '---'].join('\n')
}

function titleBlocks(meeting: MeetingDocument, exported: Date): Block[] {
  const { header } = meeting
  const agendaItem = lowerFirst(header.agendaItem.label)
  const source =
    `Source: _${inlineText(meeting.title)}_ (${inlineText(header.dateText)}), ` +
    `issued for the ${inlineText(sessionText(meeting))}, under ${inlineText(agendaItem)} ` +
    `(${inlineText(header.agendaItem.footnote)}).`
  const time = exported.toISOString().slice(11, 16)
  const day = dayLabel(exported.toISOString().slice(0, 10))
  return [
    `# ${headingText(`${briefTitle}: ${meeting.title}`)}`,
    source,
    `Exported ${day} at ${time} UTC.`
  ]
}

/** "Commission on Narcotic Drugs, sixty-seventh session, Vienna, 14–22 March 2024". */
function sessionText(meeting: MeetingDocument): string {
  const { name, session, placeAndDates } = meeting.header.body
  return `${name}, ${lowerFirst(session)}, ${placeAndDates}`
}

function followUpBlocks(context: BriefContext): Block[] {
  const entries = followUpEntries(context.input.annotations).sort(compareFollowUps)
  const heading = '## Follow-ups for CND67'
  if (entries.length === 0) return [heading, 'No follow-ups.']
  const items = entries.map(({ annotation, followUp }) => {
    const box = isClosed(followUp) ? '[x]' : '[ ]'
    const action = followUp.action.trim() === '' ? 'No action written' : followUp.action
    const paragraph = context.shownOn.get(annotation) ?? annotation.paragraph
    return (
      `- ${box} ${lineStartText(action)} — ${followUpDetails(context, followUp)} ` +
      `(${citation(paragraph)})`
    )
  })
  return [heading, 'Most pressing first; ticked when done or dropped.', items.join('\n')]
}

/** "High priority; in progress; due Monday 18 March 2024; Item 6; with France, Canada". */
function followUpDetails(context: BriefContext, followUp: FollowUp): string {
  const details = [`${priorityLabels[followUp.priority]} priority`]
  if (followUp.status === 'in-progress' || followUp.status === 'dropped') {
    details.push(lowerFirst(statusLabels[followUp.status]))
  }
  if (followUp.due) details.push(`due ${inlineText(dayLabel(followUp.due))}`)
  const agendaItem = followUp.agendaItemId ? context.agendaItems.get(followUp.agendaItemId) : null
  if (agendaItem) details.push(inlineText(shortAgendaItemLabel(agendaItem)))
  const counterparts = followUp.counterparts
    .map((name) => recurringText(context, name))
    .filter((name) => name !== '')
  if (counterparts.length > 0) details.push(`with ${counterparts.join(', ')}`)
  return details.join('; ')
}

function annotationBlocks(context: BriefContext, grouping: BriefGrouping): Block[] {
  const heading = '## Annotations'
  if (context.input.annotations.length === 0) return [heading, 'No annotations.']
  const blocks: Block[] = [heading, groupingDescriptions[grouping]]
  if (grouping === 'section') blocks.push(...sectionBlocks(context))
  else {
    const named = grouping === 'member-state' || grouping === 'color' ? grouping : null
    for (const group of annotationGroups(context, grouping)) {
      blocks.push(`### ${headingText(group.heading)}`)
      appendEntries(blocks, entryList(context, group.entries, named))
    }
  }
  if (context.orphans.length > 0) {
    blocks.push(
      '### Passages no longer in the document',
      'Not found in the current text; quoted as they were highlighted.'
    )
    appendEntries(
      blocks,
      context.orphans.map((annotation) => orphanEntry(context, annotation))
    )
  }
  return blocks
}

/**
 * The annotations under the headings of the sections they are in, nested as the document nests
 * them ("III. Summary of the proceedings", "D. Early warning", "1. Presentations"), each heading
 * once, since annotations come in document order.
 */
function sectionBlocks(context: BriefContext): Block[] {
  const blocks: Block[] = []
  let shownPath: readonly string[] | null = null
  let run: PlacedAnnotation[] = []
  const flush = (): void => {
    if (run.length > 0) appendEntries(blocks, entryList(context, run, null))
    run = []
  }
  for (const entry of context.placed) {
    const path = context.paragraphs.get(entry.paragraph)?.sectionPath ?? []
    if (shownPath === null || !samePath(path, shownPath)) {
      flush()
      const previous: readonly string[] = shownPath ?? []
      let common = 0
      while (common < path.length && path[common] === previous[common]) common++
      if (path.length === 0) blocks.push('### Outside any section')
      for (let depth = common; depth < path.length; depth++) {
        const section = context.sections.get(path[depth])
        const title = section ? `${section.label}. ${section.title}` : path[depth]
        blocks.push(`${'#'.repeat(Math.min(6, 3 + depth))} ${headingText(title)}`)
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
 * The entries of a group as a list. An entry is written once and reused: when grouped by tag, an
 * annotation is listed under each of its tags, and what the heading names does not vary.
 */
function entryList(
  context: BriefContext,
  entries: readonly PlacedAnnotation[],
  named: NamedByHeading
): Block[] {
  return entries.map(({ annotation, paragraph, range }) => {
    let entry = context.entries.get(annotation)
    if (entry === undefined) {
      const quote = range
        ? quoted(
            context,
            (context.paragraphs.get(paragraph)?.text ?? '').slice(range.start, range.end)
          )
        : paragraphQuote(context, paragraph)
      entry = annotationEntry(context, annotation, paragraph, quote, named)
      context.entries.set(annotation, entry)
    }
    return entry
  })
}

/** An annotation whose passage is gone: quoted as highlighted, on the paragraph it was made on. */
function orphanEntry(context: BriefContext, annotation: Annotation): Block {
  const quote = quoted(context, annotation.target?.quote.exact ?? '')
  return annotationEntry(context, annotation, annotation.paragraph, quote, null)
}

/**
 * One annotation as a list item: a line citing the paragraph with its speaker, colour (if it has
 * one), position,
 * follow-up status and tags (leaving out what the group heading already says), then the quote as
 * a blockquote, then the note, all indented under the item.
 */
function annotationEntry(
  context: BriefContext,
  annotation: Annotation,
  paragraphNumber: number,
  quote: string,
  named: NamedByHeading
): Block {
  const speaker = context.paragraphs.get(paragraphNumber)?.speaker
  let entry = `- **${citation(paragraphNumber)}**`
  if (speaker && !(named === 'member-state' && speaker.kind === 'member-state')) {
    entry += ` · ${recurringText(context, speaker.name)}`
  }
  if (named !== 'color' && annotation.color !== null) {
    entry += ` · Colour: ${recurringText(context, colorLabel(context, annotation.color))}`
  }
  if (annotation.position) entry += ` · Position: ${positionLabels[annotation.position]}`
  if (annotation.followUp) entry += ` · Follow-up: ${statusLabels[annotation.followUp.status]}`
  const tags = annotation.tags.map((tag) => recurringText(context, tag)).filter((tag) => tag !== '')
  if (tags.length > 0) entry += ` · Tags: ${tags.join(', ')}`
  const quoted = quoteLines(quote)
  if (quoted.length > 0) entry += `\n\n${indentLines(quoted, entryIndent).join('\n')}`
  const note = noteLines(withInertLinks(annotation.note))
  if (note.length > 0) entry += `\n\n${indentLines(note, entryIndent).join('\n')}`
  return entry
}

function sessionNoteBlocks(context: BriefContext): Block[] {
  const heading = '## Session notes'
  const notes = [...context.input.sessionNotes].sort(compareSessionNotes)
  if (notes.length === 0) return [heading, 'No session notes.']
  const blocks: Block[] = [heading]
  for (const note of notes) {
    const title = note.title.trim() === '' ? 'Untitled session note' : note.title
    blocks.push(`### ${headingText(title)}`)
    const facts: string[] = []
    if (note.sessionDay) facts.push(`Session day: ${inlineText(dayLabel(note.sessionDay))}`)
    const agendaItem = note.agendaItemId ? context.agendaItems.get(note.agendaItemId) : null
    if (agendaItem) facts.push(`Agenda item: ${inlineText(shortAgendaItemLabel(agendaItem))}`)
    const tags = note.tags.map((tag) => recurringText(context, tag)).filter((tag) => tag !== '')
    if (tags.length > 0) facts.push(`Tags: ${tags.join(', ')}`)
    if (facts.length > 0) blocks.push(facts.join(' · '))
    const body = noteLines(withInertLinks(note.body))
    if (body.length > 0) blocks.push(body.join('\n'))
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

/**
 * Adds a list's items to `blocks`: a loose list's items are separated by a blank line, as blocks
 * are, so each is a block of its own and the brief's text is put together once, at the end,
 * rather than each list first.
 */
function appendEntries(blocks: Block[], entries: readonly Block[]): void {
  for (const entry of entries) blocks.push(entry)
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

function lowerFirst(text: string): string {
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
