/** The words a delegate reads before confirming a restore, and the offered file names. */
import { describe, expect, it } from 'vitest'
import {
  backupFileName,
  describeBackupContents,
  describeReplaceLoss,
  describeRestorePlan,
  planChangesAnything,
  webAnnotationFileName
} from './describe-restore'
import { planRestore } from './restore-plan'
import type { BackupData } from './backup-records'
import { fixtureAnnotation, fixtureSessionNote } from '@test-support/backup-fixtures'

function data(annotations: BackupData['annotations']): BackupData {
  return {
    annotations,
    sessionNotes: [],
    agendaItems: [],
    statements: [],
    settings: [],
    documents: []
  }
}

describe('describeRestorePlan', () => {
  const kept = fixtureAnnotation({ id: 'a', updatedAt: '2024-03-01T09:00:00.000Z' })
  const older = { ...kept, note: 'older', updatedAt: '2024-02-01T09:00:00.000Z' }
  const extra = fixtureAnnotation({ id: 'b' })
  const onlyHere = fixtureAnnotation({ id: 'c' })

  it('says what a merge adds and keeps, table by table', () => {
    const plan = planRestore(data([kept, onlyHere]), data([older, extra]), 'merge')
    expect(describeRestorePlan(plan)).toEqual([
      'Annotations: 1 added, 1 kept (newer on this computer), 1 kept (only on this computer).'
    ])
    expect(planChangesAnything(plan)).toBe(true)
  })

  it('says what a replace removes', () => {
    const plan = planRestore(data([kept, onlyHere]), data([kept]), 'replace')
    expect(describeRestorePlan(plan)).toEqual(['Annotations: 1 unchanged, 1 removed.'])
  })

  it('says so when there is nothing on either side', () => {
    const plan = planRestore(data([]), data([]), 'merge')
    expect(describeRestorePlan(plan)).toEqual(['Nothing to restore: the file holds no notes.'])
    expect(planChangesAnything(plan)).toBe(false)
  })
})

describe('describeReplaceLoss', () => {
  const annotations = Array.from({ length: 12 }, (_, index) =>
    fixtureAnnotation({ id: `here-${index}` })
  )
  const sessionNotes = Array.from({ length: 3 }, (_, index) =>
    fixtureSessionNote({ id: `session-${index}` })
  )
  const kept = fixtureAnnotation({ id: 'kept' })

  it('names what is only here and would be removed, table by table, and what is overwritten', () => {
    const here: BackupData = {
      annotations: [...annotations, { ...kept, note: 'changed here' }],
      sessionNotes,
      agendaItems: [],
      statements: [],
      settings: [],
      documents: []
    }
    const plan = planRestore(here, data([kept]), 'replace')
    expect(describeReplaceLoss(plan)).toBe(
      'This removes 12 annotations and 3 session notes that are only on this computer, and replaces 1 annotation with the file’s version.'
    )
  })

  it('says when nothing here would be lost', () => {
    const plan = planRestore(data([kept]), data([kept]), 'replace')
    expect(describeReplaceLoss(plan)).toBe('This removes nothing that is only on this computer.')
    const one = planRestore(data([kept, annotations[0]]), data([kept]), 'replace')
    expect(describeReplaceLoss(one)).toBe(
      'This removes 1 annotation that is only on this computer.'
    )
  })
})

describe('describeBackupContents', () => {
  it('counts what a backup holds, settings aside', () => {
    expect(
      describeBackupContents({
        annotations: 12,
        sessionNotes: 1,
        agendaItems: 2,
        statements: 0,
        settings: 1,
        documents: 0
      })
    ).toBe('12 annotations, 1 session note, 2 agenda items')
    expect(
      describeBackupContents({
        annotations: 0,
        sessionNotes: 0,
        agendaItems: 1,
        statements: 2,
        settings: 0,
        documents: 0
      })
    ).toBe('0 annotations, 0 session notes, 1 agenda item, 2 statements')
  })
})

describe('backupFileName and webAnnotationFileName', () => {
  it('carry the local date', () => {
    const now = new Date(2024, 2, 10, 23, 30)
    expect(backupFileName(now)).toBe('CND67-notes-backup-2024-03-10.json')
    expect(webAnnotationFileName(now)).toBe('CND67-annotations-2024-03-10.json')
  })
})
