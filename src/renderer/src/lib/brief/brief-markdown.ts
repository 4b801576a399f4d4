/**
 * The brief model as Markdown (CommonMark, with GitHub's task lists): YAML front matter, the
 * title, the line on the source, and each part. Nothing the delegate typed can add, remove or
 * merge headings or list items (see markdown-escape.ts); their notes' links are made inert as in
 * every export (exported-links.ts).
 */
import { dayLabel } from '../follow-ups/follow-up'
import {
  annotationDetails,
  followUpDetails,
  type BriefAnnotation,
  type BriefBlock,
  type BriefFact,
  type BriefFollowUp,
  type BriefModel
} from './brief-model'
import { withInertLinks } from './exported-links'
import {
  headingText,
  indentLines,
  inlineText,
  lineStartText,
  noteLines,
  quoteLines,
  yamlString
} from './markdown-escape'

/** How a content line of an annotation entry is indented: under the text after "- ". */
const entryIndent = 2

/**
 * What rendering one brief remembers: names, tags and labels already escaped (a few dozen recur
 * thousands of times), and each annotation entry once written (grouped by tag, an annotation is
 * listed under each of its tags).
 */
interface MarkdownWriter {
  escaped: Map<string, string>
  entries: Map<BriefAnnotation, string>
}

/**
 * The brief in Markdown, ending with a newline. A Markdown block (a heading, a paragraph, a whole
 * list or one item of a loose list) is a string; they are joined once, with a blank line between.
 */
export function briefMarkdown(model: BriefModel, { frontMatter = true } = {}): string {
  const writer: MarkdownWriter = { escaped: new Map(), entries: new Map() }
  const blocks: string[] = frontMatter ? [frontMatterBlock(model)] : []
  blocks.push(...titleBlocks(model))
  for (const section of model.sections) {
    blocks.push(`## ${headingText(section.heading)}`)
    for (const block of section.blocks) {
      const markdown = blockMarkdown(writer, block)
      if (markdown !== '') blocks.push(markdown)
    }
  }
  return `${blocks.join('\n\n')}\n`
}

function frontMatterBlock(model: BriefModel): string {
  const lines = model.frontMatter.map(
    ([key, value]) => `${key}: ${typeof value === 'number' ? value : yamlString(value)}`
  )
  return ['---', ...lines, '---'].join('\n')
}

function titleBlocks(model: BriefModel): string[] {
  const { source, exported } = model
  const line =
    `Source: _${inlineText(source.title)}_ (${inlineText(source.dateText)}), ` +
    `issued for the ${inlineText(source.session)}, under ${inlineText(source.agendaItem)} ` +
    `(${inlineText(source.agendaSymbol)}).`
  return [`# ${headingText(model.title)}`, line, exportedLine(exported)]
}

/** "Exported Sunday 10 March 2024 at 08:00 UTC." */
export function exportedLine(exported: Date): string {
  const time = exported.toISOString().slice(11, 16)
  const day = dayLabel(exported.toISOString().slice(0, 10))
  return `Exported ${day} at ${time} UTC.`
}

function blockMarkdown(writer: MarkdownWriter, block: BriefBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${headingText(block.text)}`
    case 'text':
      return block.text
    case 'facts':
      return block.facts
        .map((fact) => factMarkdown(writer, fact))
        .filter((fact) => fact !== '')
        .join(' · ')
    case 'details':
      return block.facts
        .map((fact) => factMarkdown(writer, fact))
        .filter((fact) => fact !== '')
        .map((fact) => `- ${fact}`)
        .join('\n')
    case 'follow-ups':
      return block.followUps.map((followUp) => followUpItem(writer, followUp)).join('\n')
    case 'annotation':
      return annotationItem(writer, block.annotation)
    case 'points':
      return block.points
        .map(({ text, citation }) => `- ${lineStartText(text)} (${citation})`)
        .join('\n')
    case 'markdown':
      return noteLines(withInertLinks(block.markdown)).join('\n')
  }
}

/** "Tags: a, b", or "" when every value is blank. */
function factMarkdown(writer: MarkdownWriter, fact: BriefFact): string {
  const values = fact.values
    .map((value) => recurringText(writer, value))
    .filter((value) => value !== '')
  return values.length > 0 ? `${fact.label}: ${values.join(', ')}` : ''
}

/** {@link inlineText} for text that recurs: speakers' names, tags, labels, counterparts. */
function recurringText(writer: MarkdownWriter, text: string): string {
  let escaped = writer.escaped.get(text)
  if (escaped === undefined) {
    escaped = inlineText(text)
    writer.escaped.set(text, escaped)
  }
  return escaped
}

/**
 * A follow-up as a task: "- [ ] Ask France — High priority; in progress; due Monday 18 March
 * 2024; Item 6; with France, Canada (para. 22)", ticked when done or dropped.
 */
function followUpItem(writer: MarkdownWriter, followUp: BriefFollowUp): string {
  const box = followUp.closed ? '[x]' : '[ ]'
  const details = followUpDetails(followUp, (text) => recurringText(writer, text))
  return `- ${box} ${lineStartText(followUp.action)} — ${details} (${followUp.citation})`
}

/**
 * An annotation as a list item: a line citing the paragraph with what the model says of it,
 * then the quote as a blockquote, then the note, all indented under the item.
 */
function annotationItem(writer: MarkdownWriter, annotation: BriefAnnotation): string {
  let entry = writer.entries.get(annotation)
  if (entry !== undefined) return entry
  entry = [
    `- **${annotation.citation}**`,
    ...annotationDetails(annotation, (text) => recurringText(writer, text))
  ].join(' · ')
  const quoted = quoteLines(annotation.quote)
  if (quoted.length > 0) entry += `\n\n${indentLines(quoted, entryIndent).join('\n')}`
  const note = noteLines(withInertLinks(annotation.note))
  if (note.length > 0) entry += `\n\n${indentLines(note, entryIndent).join('\n')}`
  writer.entries.set(annotation, entry)
  return entry
}
