/** Automatic backups are written when the platform asks and something changed, and only then. */
import { describe, expect, it } from 'vitest'
import type { BackupRequestListener, Result } from '@shared/bridge'
import { parseBackup, type BackupData } from './backup-format'
import {
  backUpBeforeRestore,
  followBackupRequests,
  type AutomaticBackupPlatform
} from './automatic-backups'
import { fixtureData } from '@test-support/backup-fixtures'

function fakePlatform(
  write: () => Result<{ written: false }> = () => ({ ok: true, value: { written: false } })
) {
  const written: string[] = []
  const askedBy: string[] = []
  let listener: BackupRequestListener | null = null
  const bridge: AutomaticBackupPlatform = {
    getAppInfo: () =>
      Promise.resolve({
        ok: true,
        value: { name: 'CND67 Notes', version: '0.1.0', platform: 'electron' }
      }),
    writeAutomaticBackup: (content, asker) => {
      written.push(content)
      askedBy.push(asker)
      return Promise.resolve(write())
    },
    onBackupRequest: (next) => {
      listener = next
      return () => (listener = null)
    }
  }
  return { bridge, written, askedBy, ask: () => listener?.('interval') ?? Promise.resolve() }
}

function fakeNotebook(data: BackupData = fixtureData()) {
  return { changes: 0, readAll: () => Promise.resolve(data) }
}

const clock = () => new Date('2024-03-15T10:00:00.000Z')

describe('followBackupRequests', () => {
  it('writes a valid backup when something changed since the last one, and not otherwise', async () => {
    const platform = fakePlatform()
    const notebook = fakeNotebook()
    const problems: string[] = []
    followBackupRequests(notebook, platform.bridge, (message) => problems.push(message), clock)
    await platform.ask()
    expect(platform.written).toHaveLength(0)

    notebook.changes = 3
    await platform.ask()
    expect(platform.written).toHaveLength(1)
    const parsed = parseBackup(platform.written[0])
    expect(parsed.ok && parsed.backup.data).toEqual(fixtureData())
    expect(parsed.ok && parsed.backup.createdAt).toBe('2024-03-15T10:00:00.000Z')
    // Written in answer to the platform's request, which the main process checks it sent.
    expect(platform.askedBy).toEqual(['platform'])

    await platform.ask()
    expect(platform.written).toHaveLength(1)
    expect(problems).toEqual([])
  })

  it('reports a failed write and tries again at the next request', async () => {
    let failing = true
    const platform = fakePlatform(() =>
      failing ? { ok: false, error: 'The disk is full.' } : { ok: true, value: { written: false } }
    )
    const notebook = fakeNotebook()
    const problems: string[] = []
    followBackupRequests(notebook, platform.bridge, (message) => problems.push(message), clock)
    notebook.changes = 1
    await platform.ask()
    expect(problems).toEqual(['The automatic backup was not written. The disk is full.'])
    failing = false
    await platform.ask()
    expect(platform.written).toHaveLength(2)
    await platform.ask()
    expect(platform.written).toHaveLength(2)
  })

  it('stops answering when told to', async () => {
    const platform = fakePlatform()
    const notebook = fakeNotebook()
    const stop = followBackupRequests(notebook, platform.bridge, () => {}, clock)
    stop()
    notebook.changes = 1
    await platform.ask()
    expect(platform.written).toHaveLength(0)
  })
})

describe('backUpBeforeRestore', () => {
  it('writes a backup of everything stored now, asked by the delegate, even with no change', async () => {
    const platform = fakePlatform()
    expect(await backUpBeforeRestore(fakeNotebook(), platform.bridge, clock)).toEqual({
      ok: true,
      value: { written: false }
    })
    expect(platform.askedBy).toEqual(['delegate'])
    const parsed = parseBackup(platform.written[0])
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.backup.data).toEqual(fixtureData())
  })

  it('passes on a refused write, for the restore not to go ahead', async () => {
    const platform = fakePlatform(() => ({ ok: false, error: 'The disk is full.' }))
    expect(await backUpBeforeRestore(fakeNotebook(), platform.bridge, clock)).toEqual({
      ok: false,
      error: 'The disk is full.'
    })
  })
})
