/** Tests for saving through the save dialog: where it opens, cancelling, writing, failing. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BaseWindow, SaveDialogOptions, SaveDialogReturnValue } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn<(name: string) => string>() },
  dialog: { showSaveDialog: vi.fn<(...args: unknown[]) => Promise<SaveDialogReturnValue>>() }
}))
vi.mock('electron', () => electron)

import {
  defaultSaveFolder,
  nativeSaveDialog,
  saveDialogOptions,
  saveWithDialog,
  type ShowSaveDialog
} from './files'

let documents: string

beforeEach(() => {
  vi.clearAllMocks()
  documents = mkdtempSync(join(tmpdir(), 'cnd67-documents-'))
  electron.app.getPath.mockImplementation((name) => {
    if (name === 'documents') return documents
    throw new Error(`No ${name} folder`)
  })
})

afterEach(() => {
  rmSync(documents, { recursive: true, force: true })
})

/** A save dialog in which the user picks `filePath`, or cancels when it is undefined. */
function userPicks(filePath: string | undefined) {
  return vi.fn<ShowSaveDialog>(async () =>
    filePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath }
  )
}

describe('defaultSaveFolder', () => {
  it('prefers the Documents folder', () => {
    expect(defaultSaveFolder((name) => `/home/delegate/${name}`)).toBe('/home/delegate/documents')
  })

  it('falls back to Downloads when there is no Documents folder', () => {
    const getPath = (name: string) => {
      if (name === 'documents') throw new Error('Failed to get documents path')
      return '/home/delegate/Downloads'
    }
    expect(defaultSaveFolder(getPath)).toBe('/home/delegate/Downloads')
  })

  it('gives none when the system has neither', () => {
    expect(
      defaultSaveFolder(() => {
        throw new Error('no such folder')
      })
    ).toBeUndefined()
    expect(defaultSaveFolder(() => '')).toBeUndefined()
  })
})

describe('saveDialogOptions', () => {
  it('proposes the name in the folder, with the kind’s filter', () => {
    expect(saveDialogOptions('brief.md', 'markdown', '/home/delegate/Documents')).toEqual({
      title: 'Save as Markdown',
      defaultPath: join('/home/delegate/Documents', 'brief.md'),
      filters: [{ name: 'Markdown', extensions: ['md'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation']
    })
  })

  it('proposes the bare name when there is no folder', () => {
    expect(saveDialogOptions('export.json', 'json', undefined)).toMatchObject({
      title: 'Save as JSON',
      defaultPath: 'export.json',
      filters: [{ name: 'JSON', extensions: ['json'] }]
    })
    expect(saveDialogOptions('brief.pdf', 'pdf', undefined)).toMatchObject({
      title: 'Save as PDF',
      filters: [{ name: 'PDF', extensions: ['pdf'] }]
    })
  })
})

describe('nativeSaveDialog', () => {
  const options: SaveDialogOptions = { defaultPath: 'brief.md' }

  it('attaches the dialog to the window when there is one', async () => {
    const parent = { id: 1 }
    // The dialog only passes the window on to Electron; a stand-in is enough here.
    await nativeSaveDialog(parent as unknown as BaseWindow)(options)
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(parent, options)
  })

  it('opens a free-standing dialog otherwise', async () => {
    await nativeSaveDialog(undefined)(options)
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(options)
  })
})

describe('saveWithDialog', () => {
  it('opens in Documents and writes the file where the user chose', async () => {
    const target = join(documents, 'CND67 brief.md')
    const showSaveDialog = userPicks(target)
    expect(await saveWithDialog(showSaveDialog, 'CND67 brief.md', 'markdown', '# Brief\n')).toEqual(
      {
        ok: true,
        value: { saved: true, path: target }
      }
    )
    expect(showSaveDialog).toHaveBeenCalledExactlyOnceWith(
      saveDialogOptions('CND67 brief.md', 'markdown', documents)
    )
    expect(readFileSync(target, 'utf8')).toBe('# Brief\n')
    expect(readdirSync(documents)).toEqual(['CND67 brief.md'])
  })

  it('writes nothing when the user cancels', async () => {
    expect(await saveWithDialog(userPicks(undefined), 'brief.md', 'markdown', 'x')).toEqual({
      ok: true,
      value: { saved: false, path: null }
    })
    expect(readdirSync(documents)).toEqual([])
  })

  it('says why in plain words, and leaves no temporary file, when the write fails', async () => {
    const gone = join(documents, 'gone', 'brief.md')
    expect(await saveWithDialog(userPicks(gone), 'brief.md', 'markdown', 'x')).toEqual({
      ok: false,
      error: 'That folder no longer exists; the file was not saved.'
    })
    const occupied = join(documents, 'brief.md')
    mkdirSync(occupied)
    const result = await saveWithDialog(userPicks(occupied), 'brief.md', 'markdown', 'x')
    expect(result.ok).toBe(false)
    expect(readdirSync(documents)).toEqual(['brief.md'])
  })

  it('reports a dialog that cannot open', async () => {
    const broken = vi.fn<ShowSaveDialog>(async () => {
      throw new Error('no display')
    })
    expect(await saveWithDialog(broken, 'brief.md', 'markdown', 'x')).toEqual({
      ok: false,
      error: 'The save dialog could not be opened; the file was not saved.'
    })
  })
})
