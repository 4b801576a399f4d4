/**
 * Counterparts for follow-ups: the delegations and presenters a delegate means to pursue a point
 * with. They are offered from the document's speakers (Member States as the attendance list spells
 * them, then UNODC presenters by title), then the other attending States; anything typed is kept.
 */
import type { MeetingDocument } from '../document/meeting-document'
import { canonicalMemberState } from '../document/speakers'
import { foldedWords } from '../text/fold-text'

/** The names to offer: speaking Member States, presenters, then States that attended silently. */
export function counterpartNames(meeting: MeetingDocument): string[] {
  const states = new Set<string>()
  const presenters = new Set<string>()
  for (const paragraph of meeting.paragraphs) {
    const speaker = paragraph.speaker
    if (speaker?.kind === 'member-state') states.add(speaker.name)
    else if (speaker?.kind === 'presenter') presenters.add(speaker.name)
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' })
  const silent = meeting.attendance.filter((state) => !states.has(state))
  return [...[...states].sort(byName), ...[...presenters].sort(byName), ...silent.sort(byName)]
}

/** A name's or a typed text's words, folded as search folds them, without "the". */
function wordsOf(text: string): string[] {
  return foldedWords(text).filter((word) => word !== 'the')
}

/** Whether every typed word starts a word of `name` ("iran islamic" matches "Iran (Islamic Republic of)"). */
function matches(typed: readonly string[], name: string): boolean {
  const words = wordsOf(name)
  return typed.every((part) => words.some((word) => word.startsWith(part)))
}

/** Up to `limit` names for what has been typed, leaving out those already chosen. */
export function suggestCounterparts(
  typed: string,
  names: readonly string[],
  chosen: readonly string[],
  limit = 8
): string[] {
  const typedWords = wordsOf(typed)
  const taken = new Set(chosen.map((name) => name.toLowerCase()))
  return names
    .filter((name) => !taken.has(name.toLowerCase()) && matches(typedWords, name))
    .slice(0, limit)
}

/**
 * How a typed counterpart is stored: a known name when the text names one ("the Islamic Republic
 * of Iran" is "Iran (Islamic Republic of)", "france" is "France"), else the text as typed, trimmed.
 */
export function canonicalCounterpart(typed: string, names: readonly string[]): string {
  const trimmed = typed.trim().replace(/\s+/g, ' ')
  const state = canonicalMemberState(trimmed, names)
  const known = names.find((name) => name.toLowerCase() === state.toLowerCase())
  return known ?? trimmed
}

/** Why a typed counterpart cannot be added, or null. */
export function counterpartProblem(typed: string): string | null {
  if (typed.trim() === '') return 'A counterpart cannot be blank.'
  if (typed.length > 200) return 'A counterpart cannot be longer than 200 characters.'
  return null
}

/** `current` with the typed counterparts (comma-separated) added once each, in known spelling. */
export function addCounterparts(
  current: readonly string[],
  typed: string,
  names: readonly string[]
): string[] | { problem: string } {
  const result = [...current]
  for (const part of typed.split(',')) {
    if (part.trim() === '') continue
    const problem = counterpartProblem(part)
    if (problem) return { problem }
    const name = canonicalCounterpart(part, names)
    if (!result.some((existing) => existing.toLowerCase() === name.toLowerCase())) result.push(name)
  }
  return result
}
