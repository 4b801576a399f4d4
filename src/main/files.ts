/**
 * Saving a file where the user chooses: the native save dialog, attached to the app window and
 * opening in the Documents folder, then an atomic write of what the renderer made.
 */
import { join } from 'node:path'
import { app, dialog } from 'electron'
import type { BaseWindow, FileFilter, SaveDialogOptions, SaveDialogReturnValue } from 'electron'
import type { BinaryFileKind, Result, SavedFile, TextFileKind } from '@shared/bridge'
import { describeWriteError, writeFileAtomically } from './atomic-write'

/** Every kind of file the app saves through the dialog. */
export type SavedFileKind = TextFileKind | BinaryFileKind | 'pdf'

/** The dialog's file-type filter and title for each kind of file. */
export const saveDialogKinds: Readonly<
  Record<SavedFileKind, { title: string; filters: FileFilter[] }>
> = {
  markdown: { title: 'Save as Markdown', filters: [{ name: 'Markdown', extensions: ['md'] }] },
  json: { title: 'Save as JSON', filters: [{ name: 'JSON', extensions: ['json'] }] },
  word: {
    title: 'Save as Word document',
    filters: [{ name: 'Word document', extensions: ['docx'] }]
  },
  pdf: { title: 'Save as PDF', filters: [{ name: 'PDF', extensions: ['pdf'] }] }
}

/** The folders a save may start in, in order of preference. */
export type SaveFolderName = 'documents' | 'downloads'

/**
 * The folder the save dialog opens in: the user's Documents folder, else Downloads, else none
 * (the dialog's own choice). `getPath` throws for a folder the system does not have.
 */
export function defaultSaveFolder(getPath: (name: SaveFolderName) => string): string | undefined {
  for (const name of ['documents', 'downloads'] as const) {
    try {
      const folder = getPath(name)
      if (folder !== '') return folder
    } catch {
      // This system has no such folder; try the next.
    }
  }
  return undefined
}

/** The options of the save dialog for `suggestedName`, opening in `folder` when there is one. */
export function saveDialogOptions(
  suggestedName: string,
  kind: SavedFileKind,
  folder: string | undefined
): SaveDialogOptions {
  return {
    title: saveDialogKinds[kind].title,
    defaultPath: folder === undefined ? suggestedName : join(folder, suggestedName),
    filters: saveDialogKinds[kind].filters,
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
}

/** Shows a save dialog and resolves with the user's choice. */
export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>

/** Electron's save dialog, attached to `parent` (a sheet on macOS) when there is one. */
export function nativeSaveDialog(parent: BaseWindow | undefined): ShowSaveDialog {
  return (options) =>
    parent === undefined ? dialog.showSaveDialog(options) : dialog.showSaveDialog(parent, options)
}

/**
 * Asks where to save `content` and writes it there atomically. Cancelling answers
 * `saved: false`; a failed write answers why, in plain words.
 */
export async function saveWithDialog(
  showSaveDialog: ShowSaveDialog,
  suggestedName: string,
  kind: SavedFileKind,
  content: string | Uint8Array
): Promise<Result<SavedFile>> {
  let choice: SaveDialogReturnValue
  try {
    choice = await showSaveDialog(
      saveDialogOptions(
        suggestedName,
        kind,
        defaultSaveFolder((name) => app.getPath(name))
      )
    )
  } catch {
    return { ok: false, error: 'The save dialog could not be opened; the file was not saved.' }
  }
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
    return { ok: true, value: { saved: false, path: null } }
  }
  try {
    await writeFileAtomically(choice.filePath, content)
  } catch (error) {
    return { ok: false, error: describeWriteError(error) }
  }
  return { ok: true, value: { saved: true, path: choice.filePath } }
}
