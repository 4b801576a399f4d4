/** Tests for atomic writes on a real disk, and for the plain words a failed write is told in. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const failures = vi.hoisted(() => ({ rename: undefined as Error | undefined }))

// The real file system, with a rename that can be made to fail once, as a full disk would.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...fs,
    rename: async (from: string, to: string) => {
      const failure = failures.rename
      failures.rename = undefined
      if (failure !== undefined) throw failure
      return fs.rename(from, to)
    }
  }
})

import {
  describeWriteError,
  errorCode,
  temporaryPathFor,
  writeFileAtomically
} from './atomic-write'

/** An error as Node's file system raises it. */
function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed`), { code })
}

let folder: string

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'cnd67-atomic-'))
  failures.rename = undefined
})

afterEach(() => {
  rmSync(folder, { recursive: true, force: true })
})

describe('temporaryPathFor', () => {
  it('is a hidden, unique file in the target’s folder', () => {
    const target = join(folder, 'brief.md')
    const first = temporaryPathFor(target)
    expect(dirname(first)).toBe(folder)
    expect(first).toMatch(/[/\\]\.brief\.md\.[0-9a-f]{12}\.tmp$/)
    expect(temporaryPathFor(target)).not.toBe(first)
  })
})

describe('writeFileAtomically', () => {
  it('writes text and leaves no temporary file', async () => {
    const target = join(folder, 'brief.md')
    await writeFileAtomically(target, '# Brief\n\nÉtats membres\n')
    expect(readFileSync(target, 'utf8')).toBe('# Brief\n\nÉtats membres\n')
    expect(readdirSync(folder)).toEqual(['brief.md'])
  })

  it('writes bytes', async () => {
    const target = join(folder, 'brief.pdf')
    await writeFileAtomically(target, new Uint8Array([0x25, 0x50, 0x44, 0x46]))
    expect(readFileSync(target, 'latin1')).toBe('%PDF')
  })

  it('replaces an existing file', async () => {
    const target = join(folder, 'brief.md')
    writeFileSync(target, 'old')
    await writeFileAtomically(target, 'new')
    expect(readFileSync(target, 'utf8')).toBe('new')
    expect(readdirSync(folder)).toEqual(['brief.md'])
  })

  it('keeps the old file and removes the temporary one when the write fails', async () => {
    const target = join(folder, 'brief.md')
    writeFileSync(target, 'old')
    failures.rename = systemError('ENOSPC')
    await expect(writeFileAtomically(target, 'new')).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(folder)).toEqual(['brief.md'])
  })

  it('removes the temporary file when the target cannot be replaced', async () => {
    const target = join(folder, 'brief.md')
    mkdirSync(target)
    await expect(writeFileAtomically(target, 'new')).rejects.toHaveProperty('code')
    expect(readdirSync(folder)).toEqual(['brief.md'])
  })

  it('fails with ENOENT, leaving nothing, when the folder is gone', async () => {
    const target = join(folder, 'gone', 'brief.md')
    await expect(writeFileAtomically(target, 'new')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(readdirSync(folder)).toEqual([])
  })
})

describe('errorCode', () => {
  it('reads the code of a system error, and nothing else', () => {
    expect(errorCode(systemError('EACCES'))).toBe('EACCES')
    expect(errorCode(new Error('no code'))).toBeUndefined()
    expect(errorCode({ code: 42 })).toBeUndefined()
    expect(errorCode('ENOSPC')).toBeUndefined()
    expect(errorCode(null)).toBeUndefined()
  })
})

describe('describeWriteError', () => {
  it.each([
    ['ENOSPC', 'The disk is full; the file was not saved.'],
    ['EDQUOT', 'The disk is full; the file was not saved.'],
    ['EACCES', 'You do not have permission to save in that folder.'],
    ['EPERM', 'You do not have permission to save in that folder.'],
    ['EROFS', 'That disk is read-only; the file was not saved.'],
    ['ENOENT', 'That folder no longer exists; the file was not saved.'],
    ['ENOTDIR', 'That folder no longer exists; the file was not saved.'],
    ['EBUSY', 'The file is open in another program; close it there and save again.'],
    ['ENAMETOOLONG', 'The name or folder path is too long; the file was not saved.'],
    ['EIO', 'The file was not saved (system error EIO).'],
    ['toString', 'The file was not saved (system error toString).']
  ])('explains %s', (code, message) => {
    expect(describeWriteError(systemError(code))).toBe(message)
  })

  it('explains an error without a code', () => {
    expect(describeWriteError(new Error('?'))).toBe(
      'The file was not saved because of an unexpected error.'
    )
  })

  it('names what was being saved', () => {
    expect(describeWriteError(systemError('ENOSPC'), 'the automatic backup')).toBe(
      'The disk is full; the automatic backup was not saved.'
    )
    expect(describeWriteError(systemError('EIO'), 'the automatic backup')).toBe(
      'The automatic backup was not saved (system error EIO).'
    )
  })
})
