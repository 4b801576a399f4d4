/**
 * A statement's unsaved fields, kept as a draft while the delegate types (notes/drafts.ts) and
 * read back defensively: a draft is whatever local storage holds, and may be damaged. "Keep both"
 * after a refused save joins the two versions here too.
 */
import type { DraftKind } from '../notes/drafts'
import { keepBothTexts } from '../storage/edit-conflict'
import { statementChanges, statementFieldsOf, type StatementFields } from './statement'

/** The draft key of a statement. */
export function statementDraftKey(statementId: string): string {
  return `statement:${statementId}`
}

/**
 * The fields kept in a draft, as a fresh object holding only those fields, or null when `value`
 * is not a draft of a statement. Numbers are kept as typed, even out of range: the save says why
 * it refuses them, and the draft keeps what the delegate typed.
 */
export function parseStatementDraft(value: unknown): StatementFields | null {
  if (typeof value !== 'object' || value === null) return null
  const { title, agendaItemId, speakingFor, limitSeconds, wordsPerMinute, text } = value as Record<
    string,
    unknown
  >
  if (typeof title !== 'string' || typeof speakingFor !== 'string' || typeof text !== 'string') {
    return null
  }
  if (agendaItemId !== null && typeof agendaItemId !== 'string') return null
  if (typeof limitSeconds !== 'number' || typeof wordsPerMinute !== 'number') return null
  return statementFieldsOf({ title, agendaItemId, speakingFor, limitSeconds, wordsPerMinute, text })
}

/** How the statement editor's drafts are read back (no earlier version kept any). */
export const statementDraft: DraftKind<StatementFields> = {
  parse: parseStatementDraft,
  same: (a, b) => Object.keys(statementChanges(a, b)).length === 0,
  fromEarlier: () => null
}

/**
 * The statement another window saved (`theirs`) and the one typed here (`mine`) in one: both
 * titles and both texts, theirs first; everything else as picked here.
 */
export function keepBothStatements(
  theirs: StatementFields,
  mine: StatementFields
): StatementFields {
  return {
    ...mine,
    title: keepBothTexts(theirs.title, mine.title, ' / '),
    text: keepBothTexts(theirs.text, mine.text)
  }
}
