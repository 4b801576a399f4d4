/**
 * What a restore will do, before it does it: replace and merge counts for every table, the newer
 * version winning a merge, and exactly the records to write.
 */
import { describe, expect, it } from 'vitest'
import type { BackupData } from './backup-records'
import { planRestore, samePlan, type RestoreCounts } from './restore-plan'
import {
  colorLabelsSetting,
  fixtureAgendaItem,
  fixtureAnnotation,
  fixtureData,
  fixtureSessionNote,
  seededAgendaItem,
  versionOneAnnotation
} from '@test-support/backup-fixtures'

/** Counts with `some` set and the rest 0. */
function counts(some: Partial<RestoreCounts>): RestoreCounts {
  return { added: 0, updated: 0, unchanged: 0, keptNewer: 0, keptOnlyHere: 0, removed: 0, ...some }
}

/** Data with only the tables given; the others empty. */
function tables(some: Partial<BackupData>): BackupData {
  return {
    annotations: [],
    sessionNotes: [],
    agendaItems: [],
    statements: [],
    settings: [],
    documents: [],
    ...some
  }
}

/** Annotations with ids …001 to …004 and the times given: a computer's, or a backup's. */
const annotationAt = (n: number, updatedAt: string, note = 'as typed') =>
  fixtureAnnotation({ id: `00000000-0000-4000-8000-00000000000${n}`, updatedAt, note })

describe('planRestore, merge', () => {
  const here = tables({
    annotations: [
      annotationAt(1, '2024-03-15T10:00:00.000Z', 'older here'),
      annotationAt(2, '2024-03-16T10:00:00.000Z', 'newer here'),
      annotationAt(3, '2024-03-15T10:00:00.000Z'),
      annotationAt(4, '2024-03-15T10:00:00.000Z', 'only here'),
      annotationAt(6, '2024-03-15T10:00:00.000Z', 'same time, here')
    ]
  })
  const backup = tables({
    annotations: [
      annotationAt(1, '2024-03-16T10:00:00.000Z', 'newer in backup'),
      annotationAt(2, '2024-03-15T10:00:00.000Z', 'older in backup'),
      annotationAt(3, '2024-03-15T10:00:00.000Z'),
      annotationAt(5, '2024-03-15T10:00:00.000Z', 'only in backup'),
      annotationAt(6, '2024-03-15T10:00:00.000Z', 'same time, backup')
    ]
  })

  it('takes the newer version of each annotation, adds the new and keeps what is only here', () => {
    const plan = planRestore(here, backup, 'merge')
    expect(plan.tables.annotations).toEqual({
      counts: counts({ added: 1, updated: 1, unchanged: 1, keptNewer: 2, keptOnlyHere: 1 }),
      records: [
        annotationAt(1, '2024-03-16T10:00:00.000Z', 'newer in backup'),
        annotationAt(5, '2024-03-15T10:00:00.000Z', 'only in backup')
      ]
    })
    expect(plan.totals).toEqual(plan.tables.annotations.counts)
  })

  it('compares times as times, not as text', () => {
    const plan = planRestore(
      tables({ sessionNotes: [fixtureSessionNote({ updatedAt: '2024-03-15T10:00:00.000Z' })] }),
      tables({
        sessionNotes: [
          fixtureSessionNote({ title: 'Later', updatedAt: '2024-03-15T10:00:00.001Z' })
        ]
      }),
      'merge'
    )
    expect(plan.tables.sessionNotes.counts).toEqual(counts({ updated: 1 }))
  })

  it('lets the backup’s agenda items and settings win when they differ, having no times', () => {
    const renamed = seededAgendaItem()
    renamed.label = 'Item 6 (renamed here)'
    const plan = planRestore(
      tables({
        agendaItems: [renamed, fixtureAgendaItem()],
        settings: [{ key: 'colorLabels', value: { yellow: 'Urgent' } }]
      }),
      tables({
        agendaItems: [seededAgendaItem(), fixtureAgendaItem()],
        settings: [colorLabelsSetting(), { key: 'readingFontSize', value: 18 }]
      }),
      'merge'
    )
    expect(plan.tables.agendaItems).toEqual({
      counts: counts({ updated: 1, unchanged: 1 }),
      records: [seededAgendaItem()]
    })
    expect(plan.tables.settings).toEqual({
      counts: counts({ added: 1, updated: 1 }),
      records: [colorLabelsSetting(), { key: 'readingFontSize', value: 18 }]
    })
  })

  it('sees no change between a version 1 annotation and the same with its fields in another order', () => {
    const { updatedAt, ...rest } = versionOneAnnotation()
    const reordered = { updatedAt, ...rest }
    const plan = planRestore(
      tables({ annotations: [reordered] }),
      tables({ annotations: [versionOneAnnotation()] }),
      'merge'
    )
    expect(plan.tables.annotations).toEqual({ counts: counts({ unchanged: 1 }), records: [] })
  })

  it('sees a follow-up added at the same time as a conflict this computer keeps', () => {
    const plan = planRestore(
      tables({ annotations: [versionOneAnnotation()] }),
      tables({ annotations: [versionOneAnnotation({ followUp: null })] }),
      'merge'
    )
    expect(plan.tables.annotations.counts).toEqual(counts({ keptNewer: 1 }))
  })

  it('adds everything to an empty computer', () => {
    const plan = planRestore(tables({}), fixtureData(), 'merge')
    expect(plan.totals).toEqual(counts({ added: 11 }))
    expect(plan.tables.sessionNotes.records).toEqual(fixtureData().sessionNotes)
    expect(plan.tables.statements.records).toEqual(fixtureData().statements)
  })
})

describe('planRestore, replace', () => {
  it('writes every record of the backup and removes what is only here', () => {
    const here = tables({
      annotations: [
        annotationAt(1, '2024-03-16T10:00:00.000Z', 'newer here'),
        annotationAt(3, '2024-03-15T10:00:00.000Z'),
        annotationAt(4, '2024-03-15T10:00:00.000Z', 'only here')
      ],
      agendaItems: [seededAgendaItem()]
    })
    const backup = tables({
      annotations: [
        annotationAt(1, '2024-03-15T10:00:00.000Z', 'older in backup'),
        annotationAt(3, '2024-03-15T10:00:00.000Z'),
        annotationAt(5, '2024-03-15T10:00:00.000Z', 'only in backup')
      ]
    })
    const plan = planRestore(here, backup, 'replace')
    expect(plan.tables.annotations).toEqual({
      counts: counts({ added: 1, updated: 1, unchanged: 1, removed: 1 }),
      records: backup.annotations
    })
    expect(plan.tables.agendaItems).toEqual({ counts: counts({ removed: 1 }), records: [] })
    expect(plan.totals).toEqual(counts({ added: 1, updated: 1, unchanged: 1, removed: 2 }))
  })

  it('counts a backup of the data itself as all unchanged', () => {
    const plan = planRestore(fixtureData(), fixtureData(), 'replace')
    expect(plan.totals).toEqual(counts({ unchanged: 11 }))
    expect(plan.tables.annotations.records).toEqual(fixtureData().annotations)
  })
})

describe('planRestore, both modes', () => {
  it.each(['merge', 'replace'] as const)(
    'restores colour labels left at their former defaults as the colours’ names (%s)',
    (mode) => {
      const former = {
        key: 'colorLabels',
        value: { yellow: 'Priority', green: 'Agree', blue: 'Ask UNODC', pink: 'Concern' }
      }
      const plan = planRestore(tables({}), tables({ settings: [former] }), mode)
      expect(plan.tables.settings.records).toEqual([
        {
          key: 'colorLabels',
          value: { yellow: 'Yellow', green: 'Green', blue: 'Ask UNODC', pink: 'Pink' }
        }
      ])
      expect(former.value.yellow).toBe('Priority')
    }
  )

  it('changes neither input, and shares no record with them', () => {
    const here = fixtureData()
    const backup = fixtureData()
    backup.annotations[0].note = 'changed'
    backup.annotations[0].updatedAt = '2024-03-18T10:00:00.000Z'
    const plan = planRestore(here, backup, 'merge')
    expect(here).toEqual(fixtureData())
    expect(plan.tables.annotations.records[0]).toEqual(backup.annotations[0])
    expect(plan.tables.annotations.records[0]).not.toBe(backup.annotations[0])
    expect(plan.backup).toEqual(backup)
  })
})

describe('samePlan', () => {
  it('tells plans apart by mode, counts and records', () => {
    const here = fixtureData()
    const plan = planRestore(here, fixtureData(), 'merge')
    expect(samePlan(plan, planRestore(fixtureData(), fixtureData(), 'merge'))).toBe(true)
    expect(samePlan(plan, planRestore(fixtureData(), fixtureData(), 'replace'))).toBe(false)
    here.sessionNotes.pop()
    expect(samePlan(plan, planRestore(here, fixtureData(), 'merge'))).toBe(false)
  })
})
