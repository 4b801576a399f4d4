/**
 * A statement as the delegation takes it to the floor, in Markdown: its title, "Check against
 * delivery", the delegation's name, the agenda item, then the text; nothing else (no internal
 * notes, no timings). The Word rendering (statement-word.ts) says the same from the same parts.
 * Pure functions of the statement and its context.
 */
import { localDate } from '../backup/describe-restore'
import { headingText, inlineText, noteLines } from '../brief/markdown-escape'
import type { AgendaItem } from '../follow-ups/agenda-item'
import { statementTitle, type Statement } from './statement'

/** The words printed at the top of every statement handed out before it is delivered. */
export const checkAgainstDelivery = 'Check against delivery'

/** What an export needs besides the statement. */
export interface StatementExportContext {
  /** The agenda item the statement is under, as the delegate's list has it; null for none. */
  agendaItem: Pick<AgendaItem, 'label' | 'title'> | null
}

/** The lines that head a statement, each one line of plain text, in order. */
export interface StatementHeading {
  /** The statement's title ("Untitled statement" if it has none). */
  title: string
  /** "Check against delivery". */
  notice: string
  /** The delegation's name, or null when none was given. */
  speakingFor: string | null
  /** "Item 6: Follow-up to the implementation …", or null when it is under none. */
  agendaItem: string | null
}

/** One line of plain text: runs of white space (line breaks included) as one space, trimmed. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/** The heading of `statement` (see {@link StatementHeading}). */
export function statementHeading(
  statement: Statement,
  context: StatementExportContext
): StatementHeading {
  const { agendaItem } = context
  const agendaTitle = agendaItem ? oneLine(agendaItem.title) : ''
  return {
    title: oneLine(statementTitle(statement)),
    notice: checkAgainstDelivery,
    speakingFor: oneLine(statement.speakingFor) || null,
    agendaItem: agendaItem
      ? agendaTitle === ''
        ? oneLine(agendaItem.label)
        : `${oneLine(agendaItem.label)}: ${agendaTitle}`
      : null
  }
}

/**
 * The statement as a Markdown file: the title as the heading, "Check against delivery" in italics,
 * the delegation's name in bold, the agenda item, then the text as the delegate wrote it (its own
 * headings made bold, raw HTML shown as typed, as the brief writes notes). Ends with a newline.
 */
export function statementMarkdown(statement: Statement, context: StatementExportContext): string {
  const heading = statementHeading(statement, context)
  const blocks = [`# ${headingText(heading.title)}`, `*${heading.notice}*`]
  if (heading.speakingFor) blocks.push(`**${inlineText(heading.speakingFor)}**`)
  if (heading.agendaItem) blocks.push(inlineText(heading.agendaItem))
  const text = noteLines(statement.text)
  if (text.length > 0) blocks.push(text.join('\n'))
  return `${blocks.join('\n\n')}\n`
}

/**
 * A file name's part from a statement's title: its letters and digits in lower case, accents
 * removed, other runs of characters as one hyphen, at most 60 characters; "statement" if nothing
 * is left (an untitled statement, or one titled in a script without Latin letters).
 */
export function statementSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/gu, '')
  return slug === '' ? 'statement' : slug
}

/**
 * The name a statement's export is offered under on the day `now`, in the computer's time zone:
 * "CND67-statement-statement-under-item-6-2024-03-18.docx".
 */
export function statementFileName(
  statement: Pick<Statement, 'title'>,
  extension: 'docx' | 'md',
  now: Date
): string {
  return `CND67-statement-${statementSlug(statement.title)}-${localDate(now)}.${extension}`
}
