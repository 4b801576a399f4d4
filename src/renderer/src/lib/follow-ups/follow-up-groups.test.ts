/** Sorting, filtering, grouping and counting follow-ups for the "Follow-ups" view. */
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../annotations/annotation'
import type { AgendaItem } from './agenda-item'
import { newFollowUp, type FollowUp } from './follow-up'
import {
  compareFollowUps,
  filterFollowUpsByTag,
  followUpCounts,
  followUpEntries,
  followUpGroupingLabels,
  followUpGroupings,
  groupFollowUps,
  noGroupKey,
  type FollowUpEntry,
  type FollowUpGroup
} from './follow-up-groups'

/** An annotation on a whole paragraph, with the fields the view reads given. */
function annotationWith(fields: Partial<Annotation> & { id: string }): Annotation {
  return {
    paragraph: 1,
    target: null,
    color: 'purple',
    note: '',
    tags: [],
    createdAt: '2024-03-14T09:00:00.000Z',
    updatedAt: '2024-03-14T09:00:00.000Z',
    ...fields
  }
}

/** A follow-up entry: an annotation with `followUp` (a new follow-up with `changes`). */
function entryWith(
  fields: Partial<Omit<Annotation, 'followUp'>> & { id: string },
  changes: Partial<FollowUp> = {}
): FollowUpEntry {
  const followUp = { ...newFollowUp(), ...changes }
  return { annotation: annotationWith({ ...fields, followUp }), followUp }
}

/** The delegate's agenda items, not in their display order; item 3 has no follow-ups. */
function fixtureAgendaItems(): AgendaItem[] {
  return [
    { id: 'item-10', label: 'Item 10', title: 'Provisional agenda', order: 2 },
    { id: 'item-3', label: 'Item 3', title: 'Thematic debate', order: 3 },
    {
      id: 'agenda-item-6',
      label: 'Item 6',
      title: 'Implementation of the international drug control treaties',
      order: 0
    },
    { id: 'item-9', label: 'Item 9', title: 'Contributions to the work of ECOSOC', order: 2 },
    { id: 'item-5', label: 'Item 5', title: 'Strategic management', order: 1 }
  ]
}

/**
 * Eight follow-ups, in no particular order. Sorted they run a4, a1, a8 (high), a2, a6, a7, a5
 * (normal; a6, a7 and a5 tie on due date and paragraph, a6 and a7 on creation too), a3 (low).
 */
function fixtureEntries(): FollowUpEntry[] {
  return [
    entryWith(
      { id: 'a1', paragraph: 12, createdAt: '2024-03-14T09:01:00.000Z', tags: ['Precursors'] },
      {
        priority: 'high',
        due: '2024-03-18',
        agendaItemId: 'agenda-item-6',
        counterparts: ['Canada', 'UNODC']
      }
    ),
    entryWith(
      {
        id: 'a2',
        paragraph: 3,
        createdAt: '2024-03-14T09:02:00.000Z',
        tags: ['precursors', 'Türkiye']
      },
      { status: 'in-progress', due: '2024-03-15', agendaItemId: 'item-5', counterparts: ['canada'] }
    ),
    entryWith(
      { id: 'a3', paragraph: 40, createdAt: '2024-03-14T09:03:00.000Z' },
      { status: 'done', priority: 'low' }
    ),
    entryWith(
      { id: 'a4', paragraph: 7, createdAt: '2024-03-14T09:04:00.000Z', tags: ['TÜRKIYE'] },
      {
        priority: 'high',
        due: '2024-03-15',
        agendaItemId: 'deleted-item',
        counterparts: [' European   Union ']
      }
    ),
    entryWith(
      { id: 'a5', paragraph: 7, createdAt: '2024-03-14T09:05:00.000Z', tags: ['NPS'] },
      {
        status: 'dropped',
        due: '2024-03-18',
        agendaItemId: 'agenda-item-6',
        counterparts: ['  UNODC ']
      }
    ),
    entryWith(
      { id: 'a7', paragraph: 7, createdAt: '2024-03-14T09:00:30.000Z' },
      { due: '2024-03-18', agendaItemId: 'item-9', counterparts: ['  '] }
    ),
    entryWith(
      { id: 'a6', paragraph: 7, createdAt: '2024-03-14T09:00:30.000Z' },
      {
        status: 'in-progress',
        due: '2024-03-18',
        agendaItemId: 'item-10',
        counterparts: ['Türkiye', 'TÜRKIYE']
      }
    ),
    entryWith(
      { id: 'a8', paragraph: 20, createdAt: '2024-03-14T09:08:00.000Z', tags: ['Precursors'] },
      { priority: 'high', agendaItemId: 'agenda-item-6', counterparts: ['Canada'] }
    )
  ]
}

/** Groups as [key, label, ids of entries], with `count` checked against the entries. */
function summarize(groups: readonly FollowUpGroup[]): [string, string, string[]][] {
  for (const group of groups) expect(group.count).toBe(group.entries.length)
  return groups.map((group) => [
    group.key,
    group.label,
    group.entries.map((entry) => entry.annotation.id)
  ])
}

/** The ids of entries, in order. */
function ids(entries: readonly FollowUpEntry[]): string[] {
  return entries.map((entry) => entry.annotation.id)
}

describe('followUpGroupings', () => {
  it('names every grouping', () => {
    expect(followUpGroupings.map((grouping) => followUpGroupingLabels[grouping])).toEqual([
      'Status',
      'Agenda item',
      'Due day',
      'Counterpart'
    ])
  })
})

describe('followUpEntries', () => {
  it('pairs the annotations that have a follow-up with it, in order', () => {
    const followUp = { ...newFollowUp(), action: 'Ask about early warning' }
    const annotations = [
      annotationWith({ id: 'version-1-record' }),
      annotationWith({ id: 'with', followUp }),
      annotationWith({ id: 'cleared', followUp: null }),
      annotationWith({ id: 'also', followUp: newFollowUp() })
    ]
    const entries = followUpEntries(annotations)
    expect(ids(entries)).toEqual(['with', 'also'])
    expect(entries[0].annotation).toBe(annotations[1])
    expect(entries[0].followUp).toBe(followUp)
  })

  it('returns nothing for no annotations', () => {
    expect(followUpEntries([])).toEqual([])
  })
})

describe('compareFollowUps', () => {
  it('puts higher priority first', () => {
    const low = entryWith({ id: 'low' }, { priority: 'low', due: '2024-03-14' })
    const normal = entryWith({ id: 'normal' }, { priority: 'normal', due: '2024-03-15' })
    const high = entryWith({ id: 'high' }, { priority: 'high', due: '2024-03-16' })
    expect(ids([low, high, normal].sort(compareFollowUps))).toEqual(['high', 'normal', 'low'])
  })

  it('puts earlier due dates first and no due date last', () => {
    const none = entryWith({ id: 'none', paragraph: 1 }, { due: null })
    const later = entryWith({ id: 'later', paragraph: 2 }, { due: '2024-03-22' })
    const sooner = entryWith({ id: 'sooner', paragraph: 3 }, { due: '2024-03-14' })
    expect(ids([none, later, sooner].sort(compareFollowUps))).toEqual(['sooner', 'later', 'none'])
  })

  it('breaks ties by paragraph, then creation, then id', () => {
    const entries = [
      entryWith({ id: 'c', paragraph: 5, createdAt: '2024-03-14T10:00:00.000Z' }),
      entryWith({ id: 'b', paragraph: 5, createdAt: '2024-03-14T10:00:00.000Z' }),
      entryWith({ id: 'a', paragraph: 5, createdAt: '2024-03-14T11:00:00.000Z' }),
      entryWith({ id: 'z', paragraph: 4, createdAt: '2024-03-14T12:00:00.000Z' })
    ]
    expect(ids(entries.sort(compareFollowUps))).toEqual(['z', 'b', 'c', 'a'])
  })

  it('compares paragraphs as numbers', () => {
    const tenth = entryWith({ id: 'tenth', paragraph: 10 })
    const ninth = entryWith({ id: 'ninth', paragraph: 9 })
    expect(compareFollowUps(tenth, ninth)).toBeGreaterThan(0)
  })

  it('finds an entry equal to itself', () => {
    const entry = entryWith({ id: 'a' })
    expect(compareFollowUps(entry, entry)).toBe(0)
  })

  it('orders the fixture', () => {
    expect(ids(fixtureEntries().sort(compareFollowUps))).toEqual([
      'a4',
      'a1',
      'a8',
      'a2',
      'a6',
      'a7',
      'a5',
      'a3'
    ])
  })
})

describe('filterFollowUpsByTag', () => {
  it('keeps the entries carrying the tag in any spelling, in order', () => {
    expect(ids(filterFollowUpsByTag(fixtureEntries(), 'PRECURSORS'))).toEqual(['a1', 'a2', 'a8'])
    expect(ids(filterFollowUpsByTag(fixtureEntries(), 'türkiye'))).toEqual(['a2', 'a4'])
    expect(ids(filterFollowUpsByTag(fixtureEntries(), ' Tu\u0308rkiye '))).toEqual(['a2', 'a4'])
  })

  it('keeps every entry for no tag or a blank one', () => {
    const all = ['a1', 'a2', 'a3', 'a4', 'a5', 'a7', 'a6', 'a8']
    expect(ids(filterFollowUpsByTag(fixtureEntries(), null))).toEqual(all)
    expect(ids(filterFollowUpsByTag(fixtureEntries(), undefined))).toEqual(all)
    expect(ids(filterFollowUpsByTag(fixtureEntries(), '  '))).toEqual(all)
  })

  it('keeps nothing for a tag no entry carries', () => {
    expect(filterFollowUpsByTag(fixtureEntries(), 'Precursor')).toEqual([])
  })

  it('returns a new array', () => {
    const entries = fixtureEntries()
    expect(filterFollowUpsByTag(entries, null)).not.toBe(entries)
  })
})

describe('groupFollowUps', () => {
  const agendaItems = fixtureAgendaItems()

  it('groups by status in the statuses’ order', () => {
    expect(summarize(groupFollowUps(fixtureEntries(), 'status', { agendaItems }))).toEqual([
      ['open', 'Open', ['a4', 'a1', 'a8', 'a7']],
      ['in-progress', 'In progress', ['a2', 'a6']],
      ['done', 'Done', ['a3']],
      ['dropped', 'Dropped', ['a5']]
    ])
  })

  it('leaves out statuses without follow-ups', () => {
    const groups = groupFollowUps(fixtureEntries(), 'status', { agendaItems, tag: 'Precursors' })
    expect(summarize(groups)).toEqual([
      ['open', 'Open', ['a1', 'a8']],
      ['in-progress', 'In progress', ['a2']]
    ])
  })

  it('groups by agenda item in the delegate’s order, then by label, unknown items last', () => {
    expect(summarize(groupFollowUps(fixtureEntries(), 'agenda-item', { agendaItems }))).toEqual([
      [
        'agenda-item-6',
        'Item 6: Implementation of the international drug control treaties',
        ['a1', 'a8', 'a5']
      ],
      ['item-5', 'Item 5: Strategic management', ['a2']],
      ['item-9', 'Item 9: Contributions to the work of ECOSOC', ['a7']],
      ['item-10', 'Item 10: Provisional agenda', ['a6']],
      [noGroupKey, 'No agenda item', ['a4', 'a3']]
    ])
  })

  it('names an agenda item by its label or title alone when the other is blank', () => {
    const entries = [
      entryWith({ id: 'x' }, { agendaItemId: 'untitled' }),
      entryWith({ id: 'y' }, { agendaItemId: 'unlabelled' })
    ]
    const items: AgendaItem[] = [
      { id: 'untitled', label: 'Item 7', title: ' ', order: 0 },
      { id: 'unlabelled', label: '', title: 'Side event on nitazenes', order: 1 }
    ]
    expect(summarize(groupFollowUps(entries, 'agenda-item', { agendaItems: items }))).toEqual([
      ['untitled', 'Item 7', ['x']],
      ['unlabelled', 'Side event on nitazenes', ['y']]
    ])
  })

  it('puts every follow-up under "No agenda item" when there are no agenda items', () => {
    expect(summarize(groupFollowUps(fixtureEntries(), 'agenda-item', { agendaItems: [] }))).toEqual(
      [[noGroupKey, 'No agenda item', ['a4', 'a1', 'a8', 'a2', 'a6', 'a7', 'a5', 'a3']]]
    )
  })

  it('groups by due day, earliest first, no due date last', () => {
    expect(summarize(groupFollowUps(fixtureEntries(), 'due-day', { agendaItems }))).toEqual([
      ['2024-03-15', 'Friday 15 March 2024', ['a4', 'a2']],
      ['2024-03-18', 'Monday 18 March 2024', ['a1', 'a6', 'a7', 'a5']],
      [noGroupKey, 'No due date', ['a8', 'a3']]
    ])
  })

  it('labels every day of the session', () => {
    const entries = [
      entryWith({ id: 'last' }, { due: '2024-03-22' }),
      entryWith({ id: 'first' }, { due: '2024-03-14' })
    ]
    expect(groupFollowUps(entries, 'due-day', { agendaItems }).map((group) => group.label)).toEqual(
      ['Thursday 14 March 2024', 'Friday 22 March 2024']
    )
  })

  it('shows a due date that is not a real ISO date as written', () => {
    const entries = [
      entryWith({ id: 'impossible' }, { due: '2024-02-31' }),
      entryWith({ id: 'typed' }, { due: 'next week' }),
      entryWith({ id: 'blank' }, { due: '' })
    ]
    expect(summarize(groupFollowUps(entries, 'due-day', { agendaItems }))).toEqual([
      ['2024-02-31', '2024-02-31', ['impossible']],
      ['next week', 'next week', ['typed']],
      [noGroupKey, 'No due date', ['blank']]
    ])
  })

  it('groups by counterpart alphabetically, once per counterpart, no counterpart last', () => {
    expect(summarize(groupFollowUps(fixtureEntries(), 'counterpart', { agendaItems }))).toEqual([
      ['canada', 'Canada', ['a1', 'a8', 'a2']],
      ['european union', 'European Union', ['a4']],
      ['türkiye', 'Türkiye', ['a6']],
      ['unodc', 'UNODC', ['a1', 'a5']],
      [noGroupKey, 'No counterpart', ['a7', 'a3']]
    ])
  })

  it('names a counterpart as first met in the sorted list', () => {
    const entries = [
      entryWith({ id: 'later', paragraph: 9 }, { counterparts: ['CANADA'] }),
      entryWith({ id: 'sooner', paragraph: 2 }, { counterparts: ['canada'] })
    ]
    expect(summarize(groupFollowUps(entries, 'counterpart', { agendaItems }))).toEqual([
      ['canada', 'canada', ['sooner', 'later']]
    ])
  })

  it('sorts counterparts ignoring case and accents', () => {
    const entries = [
      entryWith({ id: 'a' }, { counterparts: ['Zimbabwe', 'Égypte', 'china', 'Brazil'] })
    ]
    expect(
      groupFollowUps(entries, 'counterpart', { agendaItems }).map((group) => group.label)
    ).toEqual(['Brazil', 'china', 'Égypte', 'Zimbabwe'])
  })

  it('filters by tag in any spelling before grouping', () => {
    const groups = groupFollowUps(fixtureEntries(), 'counterpart', { agendaItems, tag: 'türkiye' })
    expect(summarize(groups)).toEqual([
      ['canada', 'canada', ['a2']],
      ['european union', 'European Union', ['a4']]
    ])
  })

  it('returns no groups when no follow-up carries the tag', () => {
    for (const grouping of followUpGroupings) {
      expect(groupFollowUps(fixtureEntries(), grouping, { agendaItems, tag: 'cannabis' })).toEqual(
        []
      )
    }
  })

  it('returns no groups for no follow-ups', () => {
    for (const grouping of followUpGroupings) {
      expect(groupFollowUps([], grouping, { agendaItems })).toEqual([])
    }
  })

  it('does not depend on the order of its input', () => {
    const reversed = fixtureEntries().reverse()
    for (const grouping of followUpGroupings) {
      expect(summarize(groupFollowUps(reversed, grouping, { agendaItems }))).toEqual(
        summarize(groupFollowUps(fixtureEntries(), grouping, { agendaItems }))
      )
    }
  })

  it('leaves its input in order', () => {
    const entries = fixtureEntries()
    groupFollowUps(entries, 'status', { agendaItems })
    expect(ids(entries)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a7', 'a6', 'a8'])
  })

  it('keeps every one of many follow-ups exactly once per group it belongs to', () => {
    const many = Array.from({ length: 2000 }, (_, index) =>
      entryWith(
        { id: `n${index}`, paragraph: index % 97, tags: index % 2 ? ['Odd'] : ['Even'] },
        {
          status: (['open', 'in-progress', 'done', 'dropped'] as const)[index % 4],
          priority: (['high', 'normal', 'low'] as const)[index % 3],
          due: index % 10 === 0 ? null : `2024-03-${String(14 + (index % 9)).padStart(2, '0')}`,
          agendaItemId: agendaItems[index % 6]?.id ?? null,
          counterparts: index % 5 === 0 ? [] : [`Delegation ${index % 40}`]
        }
      )
    )
    for (const grouping of followUpGroupings) {
      const groups = groupFollowUps(many, grouping, { agendaItems })
      expect(groups.reduce((total, group) => total + group.count, 0)).toBe(2000)
      for (const group of groups) {
        expect([...group.entries].sort(compareFollowUps)).toEqual(group.entries)
      }
    }
    const statusGroups = groupFollowUps(many, 'status', { agendaItems, tag: 'odd' })
    expect(statusGroups.map((group) => [group.key, group.count])).toEqual([
      ['in-progress', 500],
      ['dropped', 500]
    ])
  })
})

describe('followUpCounts', () => {
  it('counts follow-ups by status', () => {
    expect(followUpCounts(fixtureEntries())).toEqual({
      open: 4,
      'in-progress': 2,
      done: 1,
      dropped: 1
    })
  })

  it('counts zero for every status of no follow-ups', () => {
    expect(followUpCounts([])).toEqual({ open: 0, 'in-progress': 0, done: 0, dropped: 0 })
  })

  it('counts the follow-ups carrying a tag when given them filtered', () => {
    expect(followUpCounts(filterFollowUpsByTag(fixtureEntries(), 'Precursors'))).toEqual({
      open: 2,
      'in-progress': 1,
      done: 0,
      dropped: 0
    })
  })
})
