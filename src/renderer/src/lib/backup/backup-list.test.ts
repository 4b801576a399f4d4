/** The automatic backups as the Your data dialog lists them. */
import { describe, expect, it } from 'vitest'
import type { AutomaticBackupEntry } from '@shared/bridge'
import { automaticBackupRows } from './backup-list'

/** An automatic backup made on 18 March 2024 at 18:00 UTC, with whatever a test gives it. */
function entry(changes: Partial<AutomaticBackupEntry> = {}): AutomaticBackupEntry {
  return {
    name: 'cnd67-backup-20240318-180000-000.json',
    createdAt: '2024-03-18T18:00:00.000Z',
    size: 2_600,
    counts: { annotations: 12, sessionNotes: 1, agendaItems: 0 },
    ...changes
  }
}

const madeAt = new Date(Date.UTC(2024, 2, 18, 18, 0)).toLocaleString('en-GB')

describe('automaticBackupRows', () => {
  it('says when each backup was made and what it holds, and names its Restore button', () => {
    expect(automaticBackupRows([entry()])).toEqual([
      {
        entry: entry(),
        time: madeAt,
        contents: '12 annotations, 1 session note, 0 agenda items',
        restoreLabel: `Restore automatic backup of ${madeAt}`
      }
    ])
  })

  it('gives the size in kilobytes, at least 1, of a backup that does not say what it holds', () => {
    const rows = automaticBackupRows([
      entry({ counts: null, size: 2_600 }),
      entry({ counts: null, size: 120 })
    ])
    expect(rows.map((row) => row.contents)).toEqual(['3 KB', '1 KB'])
  })

  it('keeps the order the platform listed them in', () => {
    const names = ['b.json', 'a.json', 'c.json']
    const rows = automaticBackupRows(names.map((name) => entry({ name })))
    expect(rows.map((row) => row.entry.name)).toEqual(names)
  })
})
