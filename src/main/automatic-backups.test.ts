/** Tests for the automatic backups folder: names, pruning, and listing, writing and reading on disk. */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { automaticBackupsKept, maxTextFileBytes } from '@shared/bridge'

/** Runs after each `lstat` the module makes, so a test can swap a file right after it is looked at. */
const fsHooks = vi.hoisted(() => ({
  afterLstat: undefined as ((path: string) => void) | undefined
}))
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...actual,
    async lstat(path: string) {
      const stats = await actual.lstat(path)
      fsHooks.afterLstat?.(path)
      return stats
    }
  }
})

import {
  automaticBackupsFolder,
  backupFileName,
  backupsToPrune,
  isBackupContent,
  listAutomaticBackups,
  parseBackupFileName,
  pruneAutomaticBackups,
  readAutomaticBackup,
  writeAutomaticBackup
} from './automatic-backups'

/** The name of a backup written `minutes` after 09:00 UTC on 14 March 2024. */
function backupNameAt(minutes: number): string {
  return backupFileName(new Date(Date.UTC(2024, 2, 14, 9, minutes, 0, 0)))
}

const exportJson = '{"format":"cnd67-notes-backup","annotations":[]}'

let profile: string
let folder: string

beforeEach(() => {
  profile = mkdtempSync(join(tmpdir(), 'cnd67-backups-'))
  folder = automaticBackupsFolder(profile)
})

afterEach(() => {
  fsHooks.afterLstat = undefined
  rmSync(profile, { recursive: true, force: true })
})

describe('automaticBackupsFolder', () => {
  it('is the backups folder of the profile', () => {
    expect(automaticBackupsFolder('/profile')).toBe(join('/profile', 'backups'))
  })
})

describe('backupFileName', () => {
  it('names the backup by its UTC time, to the millisecond', () => {
    expect(backupFileName(new Date('2024-03-14T09:05:07.042Z'))).toBe(
      'cnd67-backup-20240314-090507-042.json'
    )
    expect(backupFileName(new Date('2025-12-31T23:59:59.999Z'))).toBe(
      'cnd67-backup-20251231-235959-999.json'
    )
  })

  it('sorts as the times do', () => {
    const times = ['2024-03-14T09:05:07.042Z', '2024-03-14T10:00:00.000Z', '2024-11-02T08:00:00Z']
    const names = times.map((time) => backupFileName(new Date(time)))
    expect([...names].sort()).toEqual(names)
  })
})

describe('parseBackupFileName', () => {
  it('reads the time back from a backup’s name', () => {
    expect(parseBackupFileName('cnd67-backup-20240314-090507-042.json')).toEqual({
      name: 'cnd67-backup-20240314-090507-042.json',
      createdAt: '2024-03-14T09:05:07.042Z'
    })
  })

  it.each([
    ['a path', '../cnd67-backup-20240314-090507-042.json'],
    ['an absolute path', '/tmp/cnd67-backup-20240314-090507-042.json'],
    ['a folder part', 'backups/cnd67-backup-20240314-090507-042.json'],
    ['a parent folder', '../x'],
    ['another extension', 'cnd67-backup-20240314-090507-042.json.tmp'],
    ['a temporary file', '.cnd67-backup-20240314-090507-042.json.0123456789ab.tmp'],
    ['no milliseconds', 'cnd67-backup-20240314-090507.json'],
    ['another prefix', 'notes-backup-20240314-090507-042.json'],
    ['a date that does not exist', 'cnd67-backup-20240230-090507-042.json'],
    ['an hour that does not exist', 'cnd67-backup-20240314-250507-042.json'],
    ['upper case', 'CND67-backup-20240314-090507-042.json'],
    ['a trailing newline', 'cnd67-backup-20240314-090507-042.json\n'],
    ['an empty string', ''],
    ['a number', 20240314]
  ])('refuses %s', (_name, name) => {
    expect(parseBackupFileName(name)).toBeUndefined()
  })
})

/** A week and a day after the backups of `backupNameAt`, when none of them is a day's first kept. */
const weekLater = new Date(Date.UTC(2024, 2, 22, 9, 0))

/** The name of a backup written on `day` March 2024 at `hour`:`minute` UTC. */
function backupNameOn(day: number, hour: number, minute = 0): string {
  return backupFileName(new Date(Date.UTC(2024, 2, day, hour, minute)))
}

describe('backupsToPrune', () => {
  it('keeps the newest ten, whatever order they are given in', () => {
    const names = Array.from({ length: 13 }, (_, minutes) => backupNameAt(minutes))
    const shuffled = [names[5], ...names.slice(6).reverse(), ...names.slice(0, 5)]
    expect(backupsToPrune(shuffled, weekLater).sort()).toEqual(names.slice(0, 3))
  })

  it('prunes nothing while there are ten or fewer', () => {
    const names = Array.from({ length: automaticBackupsKept }, (_, minutes) =>
      backupNameAt(minutes)
    )
    expect(backupsToPrune(names, weekLater)).toEqual([])
  })

  it('never counts or deletes files that are not backups', () => {
    const names = [backupNameAt(0), backupNameAt(1), 'notes.json', 'window-state.json']
    expect(backupsToPrune(names, weekLater, 1)).toEqual([backupNameAt(0)])
  })

  it('keeps the first backup of each of the last seven days besides the newest ten', () => {
    const daily = Array.from({ length: 9 }, (_, index) => backupNameOn(index + 1, 8))
    const laterToday = Array.from({ length: 12 }, (_, minute) => backupNameOn(9, 12, minute))
    const now = new Date(Date.UTC(2024, 2, 9, 13, 0))
    // 1 and 2 March are more than a week ago; the two oldest of today's later ones fall out
    // of the ten. Today's first, at 08:00, and those of 3 to 8 March stay.
    expect(backupsToPrune([...daily, ...laterToday], now)).toEqual([
      laterToday[1],
      laterToday[0],
      daily[1],
      daily[0]
    ])
  })
})

describe('isBackupContent', () => {
  it('accepts JSON object text', () => {
    expect(isBackupContent(exportJson)).toBe(true)
    expect(isBackupContent('{}')).toBe(true)
  })

  it.each([
    ['an array', '[]'],
    ['leading space', ' {}'],
    ['empty text', ''],
    ['an object', { annotations: [] }],
    ['nothing', undefined]
  ])('refuses %s', (_name, content) => {
    expect(isBackupContent(content)).toBe(false)
  })

  it('refuses more than 100 MB', () => {
    expect(isBackupContent(`{${'a'.repeat(maxTextFileBytes)}`)).toBe(false)
  })
})

describe('listAutomaticBackups', () => {
  it('has none before the folder exists', async () => {
    expect(await listAutomaticBackups(folder)).toEqual([])
  })

  it('lists backups newest first with their sizes and counts, and nothing else', async () => {
    mkdirSync(folder)
    const counted = '{"counts": {"annotations": 3, "sessionNotes": 1, "agendaItems": 1}}'
    writeFileSync(join(folder, backupNameAt(1)), counted)
    writeFileSync(join(folder, backupNameAt(3)), '{}')
    writeFileSync(join(folder, backupNameAt(2)), '{"ab":12}')
    writeFileSync(join(folder, 'notes.json'), '{}')
    writeFileSync(join(folder, `.${backupNameAt(4)}.0123456789ab.tmp`), '{')
    mkdirSync(join(folder, backupNameAt(5)))

    expect(await listAutomaticBackups(folder)).toEqual([
      { name: backupNameAt(3), createdAt: '2024-03-14T09:03:00.000Z', size: 2, counts: null },
      { name: backupNameAt(2), createdAt: '2024-03-14T09:02:00.000Z', size: 9, counts: null },
      {
        name: backupNameAt(1),
        createdAt: '2024-03-14T09:01:00.000Z',
        size: counted.length,
        counts: { annotations: 3, sessionNotes: 1, agendaItems: 1 }
      }
    ])
  })

  // Windows lets only administrators make symbolic links.
  it.skipIf(process.platform === 'win32')('leaves out links, even named as backups', async () => {
    mkdirSync(folder)
    writeFileSync(join(profile, 'secret.json'), '{}')
    symlinkSync(join(profile, 'secret.json'), join(folder, backupNameAt(6)))
    expect(await listAutomaticBackups(folder)).toEqual([])
  })
})

describe('writeAutomaticBackup', () => {
  const now = new Date('2024-03-14T09:05:07.042Z')

  it('creates the folder and writes the backup, leaving no temporary file', async () => {
    expect(await writeAutomaticBackup(folder, exportJson, now)).toEqual({
      ok: true,
      value: {
        name: 'cnd67-backup-20240314-090507-042.json',
        createdAt: '2024-03-14T09:05:07.042Z'
      }
    })
    expect(readdirSync(folder)).toEqual(['cnd67-backup-20240314-090507-042.json'])
    expect(readFileSync(join(folder, 'cnd67-backup-20240314-090507-042.json'), 'utf8')).toBe(
      exportJson
    )
  })

  it('never overwrites a backup written in the same millisecond', async () => {
    await writeAutomaticBackup(folder, '{"first":true}', now)
    expect(await writeAutomaticBackup(folder, '{"second":true}', now)).toEqual({
      ok: true,
      value: {
        name: 'cnd67-backup-20240314-090507-043.json',
        createdAt: '2024-03-14T09:05:07.043Z'
      }
    })
    expect(readFileSync(join(folder, 'cnd67-backup-20240314-090507-042.json'), 'utf8')).toBe(
      '{"first":true}'
    )
  })

  it('keeps the newest ten backups and the day’s first, and other files untouched', async () => {
    mkdirSync(folder)
    writeFileSync(join(folder, 'notes.json'), '{}')
    for (let minute = 0; minute < 12; minute++) {
      await writeAutomaticBackup(
        folder,
        `{"minute":${minute}}`,
        new Date(Date.UTC(2024, 2, 14, 9, minute))
      )
    }
    const backups = await listAutomaticBackups(folder)
    expect(backups.map((backup) => backup.name)).toEqual([
      ...Array.from({ length: 10 }, (_, index) => backupNameAt(11 - index)),
      backupNameAt(0)
    ])
    expect(readdirSync(folder)).toContain('notes.json')
    expect(readdirSync(folder)).toHaveLength(12)
  })

  it('keeps a week of each day’s first backup however many are written after it', async () => {
    mkdirSync(folder)
    for (let day = 1; day <= 9; day++) {
      await writeAutomaticBackup(folder, `{"day":${day}}`, new Date(Date.UTC(2024, 2, day, 8)))
    }
    for (let minute = 0; minute < 30; minute++) {
      await writeAutomaticBackup(
        folder,
        '{"junk":true}',
        new Date(Date.UTC(2024, 2, 9, 12, minute))
      )
    }
    const kept = readdirSync(folder)
      .sort()
      .map((name) => readFileSync(join(folder, name), 'utf8'))
    expect(kept.filter((content) => content !== '{"junk":true}')).toEqual(
      [3, 4, 5, 6, 7, 8, 9].map((day) => `{"day":${day}}`)
    )
    expect(kept).toHaveLength(17)
  })

  it('says why in plain words, and leaves no temporary file, when it cannot write', async () => {
    writeFileSync(folder, 'a file where the folder should be')
    expect(await writeAutomaticBackup(folder, exportJson, now)).toEqual({
      ok: false,
      error: 'The automatic backup was not saved (system error EEXIST).'
    })
    expect(readdirSync(profile)).toEqual(['backups'])
  })
})

describe('pruneAutomaticBackups', () => {
  it('deletes the oldest beyond the number kept', async () => {
    mkdirSync(folder)
    for (let minute = 0; minute < 4; minute++)
      writeFileSync(join(folder, backupNameAt(minute)), '{}')
    await pruneAutomaticBackups(folder, weekLater, 2)
    expect(readdirSync(folder).sort()).toEqual([backupNameAt(2), backupNameAt(3)])
  })
})

describe('readAutomaticBackup', () => {
  beforeEach(() => {
    mkdirSync(folder)
    writeFileSync(join(folder, backupNameAt(1)), exportJson)
    writeFileSync(join(profile, 'secret.json'), '{"secret":true}')
  })

  it('reads a listed backup', async () => {
    expect(await readAutomaticBackup(folder, backupNameAt(1))).toEqual({
      ok: true,
      value: exportJson
    })
  })

  it.each([
    ['a parent folder', '../x'],
    ['a file beside the folder', '../secret.json'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows path', 'C:\\Windows\\win.ini'],
    ['a backup name with a path', `../backups/${backupNameAt(1)}`],
    ['a name that is not a backup’s', 'notes.json'],
    ['a number', 1]
  ])('refuses %s', async (_name, name) => {
    expect(await readAutomaticBackup(folder, name)).toEqual({
      ok: false,
      error: 'That is not the name of an automatic backup.'
    })
  })

  it('refuses a backup name that is not in the listing', async () => {
    expect(await readAutomaticBackup(folder, backupNameAt(3))).toEqual({
      ok: false,
      error: 'There is no automatic backup of that name any more.'
    })
  })

  it.skipIf(process.platform === 'win32')('refuses a link named as a backup', async () => {
    symlinkSync(join(profile, 'secret.json'), join(folder, backupNameAt(2)))
    expect(await readAutomaticBackup(folder, backupNameAt(2))).toEqual({
      ok: false,
      error: 'There is no automatic backup of that name any more.'
    })
  })

  it.skipIf(process.platform === 'win32').each([
    ['after it was listed', 1],
    ['just before it is opened', 2]
  ])('refuses a link swapped in for a listed backup %s', async (_when, swapAtLook) => {
    const backup = join(folder, backupNameAt(1))
    let looks = 0
    fsHooks.afterLstat = (path) => {
      if (path !== backup || ++looks !== swapAtLook) return
      rmSync(backup)
      symlinkSync(join(profile, 'secret.json'), backup)
    }
    expect(await readAutomaticBackup(folder, backupNameAt(1))).toEqual({
      ok: false,
      error: 'That automatic backup could not be read.'
    })
    expect(looks).toBe(2)
  })

  it('refuses a backup larger than 100 MB without reading it', async () => {
    const large = join(folder, backupNameAt(4))
    writeFileSync(large, '{')
    // A sparse file: large on paper, nothing on disk.
    truncateSync(large, maxTextFileBytes + 1)
    expect(await readAutomaticBackup(folder, backupNameAt(4))).toEqual({
      ok: false,
      error: 'That automatic backup is larger than 100 MB; it was not read.'
    })
  })
})
