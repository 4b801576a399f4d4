/**
 * Tests of the results as listed: the limits per kind, the wording of groups and counts, and
 * stepping from one result to the next and back.
 */
import { describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { SearchIndex, type SearchResults } from './search-index'
import {
  limitsFor,
  listedResults,
  moreOfKind,
  resultsSummary,
  shownWhenExpanded,
  stepResult
} from './result-list'
import { fixtureAnnotations, fixtureSessionNote } from '@test-support/search-fixtures'

/** What the panel lists for `query` on the fixture notes, with `expanded` kinds expanded. */
function listed(query: string, expanded: Parameters<typeof limitsFor>[0] = new Set()) {
  return SearchIndex.build(meetingDocument, fixtureAnnotations(), [fixtureSessionNote()]).search(
    query,
    { limits: limitsFor(expanded) }
  )
}

const noResults: SearchResults = { groups: [], total: 0 }

describe('limitsFor', () => {
  it('lists a few of each kind, and up to the expanded limit of a kind expanded', () => {
    expect(limitsFor(new Set())).toEqual({
      note: 3,
      'follow-up': 3,
      'session-note': 3,
      statement: 3,
      paragraph: 5
    })
    expect(limitsFor(new Set(['paragraph']))).toMatchObject({
      note: 3,
      paragraph: shownWhenExpanded
    })
  })

  it('shows the delegate’s own writing with the best of the document', () => {
    const results = listed('precursors')
    expect(results.groups.map(({ kind, total, results }) => [kind, total, results.length])).toEqual(
      [
        ['note', 1, 1],
        ['follow-up', 1, 1],
        ['session-note', 1, 1],
        ['paragraph', 11, 5]
      ]
    )
    expect(listed('precursors', new Set(['paragraph'])).groups[3].results).toHaveLength(11)
  })
})

describe('moreOfKind', () => {
  it('says how many more there are, and where', () => {
    expect(moreOfKind('paragraph', 12)).toBe('12 more in the document')
    expect(moreOfKind('note', 1)).toBe('1 more in your notes')
    expect(moreOfKind('follow-up', 1200)).toBe('1,200 more in your follow-ups')
    expect(moreOfKind('session-note', 2)).toBe('2 more in your session notes')
    expect(moreOfKind('statement', 2)).toBe('2 more in your statements')
  })
})

describe('resultsSummary', () => {
  it('counts the results, or says nothing was found for what was typed', () => {
    expect(resultsSummary(1, 'x')).toBe('1 result')
    expect(resultsSummary(25, 'x')).toBe('25 results')
    expect(resultsSummary(0, '  zanzibar ')).toBe('Nothing found for “zanzibar”.')
  })
})

describe('stepResult', () => {
  const results = listed('precursors')
  const ids = listedResults(results).map(({ id }) => id)

  it('lists the groups in order, each best first', () => {
    expect(ids).toHaveLength(8)
    expect(ids.slice(0, 3)).toEqual([
      results.groups[0].results[0].id,
      results.groups[1].results[0].id,
      results.groups[2].results[0].id
    ])
  })

  it('starts from the first going forward and from the last going back', () => {
    expect(stepResult(results, null, 1)?.id).toBe(ids[0])
    expect(stepResult(results, null, -1)?.id).toBe(ids[7])
    expect(stepResult(results, 'paragraph:999', 1)?.id).toBe(ids[0])
  })

  it('goes to the next and the previous, round at either end', () => {
    expect(stepResult(results, ids[2], 1)?.id).toBe(ids[3])
    expect(stepResult(results, ids[3], -1)?.id).toBe(ids[2])
    expect(stepResult(results, ids[7], 1)?.id).toBe(ids[0])
    expect(stepResult(results, ids[0], -1)?.id).toBe(ids[7])
  })

  it('finds nothing to go to when nothing is listed', () => {
    expect(stepResult(noResults, null, 1)).toBeNull()
  })
})
