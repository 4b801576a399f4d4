/**
 * The Data dialog's restore steps, over a notebook that plans against data held in memory: a
 * picked backup file or an automatic backup read, planned both ways, and restored the way chosen.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { backupTime, fixtureData, fixtureMeta } from '@test-support/backup-fixtures'
import { pickedFile } from '@test-support/restore-fixtures'
import { maxBackupSize, serializeBackup, type BackupData } from './backup-format'
import { planRestore, type RestorePlan } from './restore-plan'
import {
  backupTime as automaticBackupTime,
  firstMode,
  planPendingRestore,
  readAutomaticBackup,
  readBackupFile,
  restoreChangesAnything,
  restorePending,
  type PendingRestore
} from './restore-from-file'

/** Nothing stored. */
function noData(): BackupData {
  return {
    annotations: [],
    sessionNotes: [],
    agendaItems: [],
    statements: [],
    settings: [],
    documents: []
  }
}

/** A notebook holding `stored`, which keeps the plans it is asked to carry out. */
function notebookHolding(stored: BackupData) {
  const restored: RestorePlan[] = []
  return {
    restored,
    planRestore: (data: BackupData, mode: 'merge' | 'replace') =>
      Promise.resolve(planRestore(stored, data, mode)),
    restore: (plan: RestorePlan) => {
      restored.push(plan)
      return Promise.resolve(stored)
    }
  }
}

/** The fixture data's backup file, as written. */
const backupText = () => serializeBackup(fixtureData(), fixtureMeta(), backupTime)

/** An automatic backup as the main process lists it. */
const automaticBackup = {
  name: 'cnd67-backup-20240318-180000-000.json',
  createdAt: '2024-03-18T18:00:00.000Z'
}

/** The pending restore of a successful read; fails the test otherwise. */
function pendingOf(read: { ok: true; value: PendingRestore } | { ok: false; error: string }) {
  if (!read.ok) throw new Error(`The file was refused: ${read.error}`)
  return read.value
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('planPendingRestore', () => {
  it('plans each way offered, and says what the data holds', async () => {
    const notebook = notebookHolding(noData())
    const pending = await planPendingRestore(
      notebook,
      'notes.json',
      fixtureData(),
      ['merge'],
      ['A remark.']
    )
    expect(pending).toStrictEqual({
      source: 'notes.json',
      contents: '3 annotations, 2 session notes, 2 agenda items, 2 statements',
      data: fixtureData(),
      modes: ['merge'],
      plans: { merge: planRestore(noData(), fixtureData(), 'merge') },
      remarks: ['A remark.']
    })
    expect(notebook.restored).toEqual([])
  })
})

describe('readBackupFile', () => {
  it('reads a picked backup and plans both merge and replace, writing nothing', async () => {
    const notebook = notebookHolding(noData())
    const pending = pendingOf(
      await readBackupFile(notebook, pickedFile(backupText(), 'CND67-notes-backup-2024-03-18.json'))
    )
    expect(pending.source).toBe('CND67-notes-backup-2024-03-18.json')
    expect(pending.modes).toEqual(['merge', 'replace'])
    expect(pending.plans.replace?.totals.added).toBe(11)
    expect(pending.remarks).toEqual([])
    expect(notebook.restored).toEqual([])
  })

  it('refuses a file over 100 MiB by its size, before reading it', async () => {
    const file = pickedFile(new Uint8Array(maxBackupSize + 1))
    const readSpy = vi.spyOn(file, 'arrayBuffer')
    expect(await readBackupFile(notebookHolding(noData()), file)).toEqual({
      ok: false,
      error: 'The file is too large to be a backup (104.9 MB).'
    })
    expect(readSpy).not.toHaveBeenCalled()
  })

  it('refuses a file that is not a backup, in a backup’s words', async () => {
    expect(await readBackupFile(notebookHolding(noData()), pickedFile('[]'))).toEqual({
      ok: false,
      error: 'This file is not a CND67 Notes backup.'
    })
  })
})

describe('readAutomaticBackup', () => {
  it('reads the text main read, naming the backup by its time', async () => {
    const pending = pendingOf(
      await readAutomaticBackup(notebookHolding(noData()), automaticBackup, backupText())
    )
    expect(pending.source).toBe(
      `the automatic backup of ${new Date('2024-03-18T18:00:00.000Z').toLocaleString('en-GB')}`
    )
    expect(pending.modes).toEqual(['merge', 'replace'])
  })

  it('refuses text that is not a backup', async () => {
    expect(await readAutomaticBackup(notebookHolding(noData()), automaticBackup, '')).toEqual({
      ok: false,
      error: 'The file is empty.'
    })
  })
})

describe('backupTime', () => {
  it('is the time an automatic backup was made, as en-GB writes it on this computer', () => {
    expect(automaticBackupTime(automaticBackup)).toBe(
      new Date(Date.UTC(2024, 2, 18, 18, 0)).toLocaleString('en-GB')
    )
  })
})

describe('firstMode', () => {
  it('chooses merge where it is offered, else the one way offered', async () => {
    const notebook = notebookHolding(noData())
    const both = await planPendingRestore(notebook, 'a', noData(), ['replace', 'merge'])
    const replaceOnly = await planPendingRestore(notebook, 'b', noData(), ['replace'])
    expect(firstMode(both)).toBe('merge')
    expect(firstMode(replaceOnly)).toBe('replace')
  })
})

describe('restoreChangesAnything', () => {
  it('is true only for a way planned that writes or removes something', async () => {
    const sameAsStored = await planPendingRestore(
      notebookHolding(fixtureData()),
      'a',
      fixtureData(),
      ['merge']
    )
    const onlyMerge = await planPendingRestore(notebookHolding(noData()), 'b', fixtureData(), [
      'merge'
    ])
    expect(restoreChangesAnything(sameAsStored, 'merge')).toBe(false)
    expect(restoreChangesAnything(onlyMerge, 'merge')).toBe(true)
    expect(restoreChangesAnything(onlyMerge, 'replace')).toBe(false)
  })
})

describe('restorePending', () => {
  it('carries out the plan of the way chosen and says what it did', async () => {
    const notebook = notebookHolding(noData())
    const pending = pendingOf(await readBackupFile(notebook, pickedFile(backupText(), 'b.json')))
    expect(await restorePending(notebook, pending, 'replace')).toEqual({
      message:
        'Restored from b.json: Annotations: 3 added. Session notes: 2 added. Agenda items: 2 added. Statements: 2 added. Settings: 2 added.',
      before: noData()
    })
    expect(notebook.restored).toEqual([pending.plans.replace])
  })

  it('refuses a way that was not planned, writing nothing', async () => {
    const notebook = notebookHolding(noData())
    const pending = await planPendingRestore(notebook, 'a.json', fixtureData(), ['merge'])
    await expect(restorePending(notebook, pending, 'replace')).rejects.toThrow(
      'This file cannot be restored that way (replace).'
    )
    expect(notebook.restored).toEqual([])
  })
})
