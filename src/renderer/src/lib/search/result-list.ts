/**
 * The search results as the panel lists them: how many of each kind are shown before "12 more
 * in the document", what each group is called, and which result the next or previous one is for
 * F3 and Shift+F3 (and Enter and Shift+Enter in the search box).
 */
import { countOf } from '../ui/wording'
import type { SearchKind, SearchResult, SearchResults } from './search-index'

/**
 * How many of each kind are listed at first: a few of the delegate's own notes, follow-ups and
 * session notes, so that they show together with the best of the meeting text in one screen.
 */
export const shownPerKind: Readonly<Record<SearchKind, number>> = {
  note: 3,
  'follow-up': 3,
  'session-note': 3,
  statement: 3,
  paragraph: 5
}

/** The most of one kind listed once the delegate asks for more; past that, more words narrow it. */
export const shownWhenExpanded = 100

/** What each group is called. */
export const kindHeadings: Readonly<Record<SearchKind, string>> = {
  note: 'Your notes',
  'follow-up': 'Follow-ups',
  'session-note': 'Session notes',
  statement: 'Statements',
  paragraph: 'Document'
}

/** Where the "more" of each kind are, as "12 more in the document" says it. */
const kindPlaces: Readonly<Record<SearchKind, string>> = {
  note: 'in your notes',
  'follow-up': 'in your follow-ups',
  'session-note': 'in your session notes',
  statement: 'in your statements',
  paragraph: 'in the document'
}

/** The limits to search with, each kind in `expanded` listed up to `shownWhenExpanded`. */
export function limitsFor(expanded: ReadonlySet<SearchKind>): Partial<Record<SearchKind, number>> {
  const limits: Partial<Record<SearchKind, number>> = {}
  for (const [kind, shown] of Object.entries(shownPerKind) as [SearchKind, number][]) {
    limits[kind] = expanded.has(kind) ? shownWhenExpanded : shown
  }
  return limits
}

/** "12 more in the document", "1 more in your notes". */
export function moreOfKind(kind: SearchKind, count: number): string {
  return `${count.toLocaleString('en')} more ${kindPlaces[kind]}`
}

/** "25 results", "1 result", or that nothing was found for `query`. */
export function resultsSummary(total: number, query: string): string {
  return total === 0 ? `Nothing found for “${query.trim()}”.` : countOf(total, 'result')
}

/** The results in the order they are listed: group after group, best first in each. */
export function listedResults(results: SearchResults): SearchResult[] {
  return results.groups.flatMap((group) => group.results)
}

/**
 * The result `step` places after (1) or before (-1) the one with `currentId` in the list, going
 * round at either end; the first (or last) if none is current or it is no longer listed. Null
 * if nothing is listed.
 */
export function stepResult(
  results: SearchResults,
  currentId: string | null,
  step: 1 | -1
): SearchResult | null {
  const listed = listedResults(results)
  if (listed.length === 0) return null
  const at = listed.findIndex((result) => result.id === currentId)
  if (at < 0) return step === 1 ? listed[0] : listed[listed.length - 1]
  return listed[(at + step + listed.length) % listed.length]
}
