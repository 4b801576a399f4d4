/**
 * Test support: what the Data dialog does with a file the delegate picks, step for step, through
 * the same functions and the same Notebook calls (see DataDialog.svelte), so that a test can offer
 * a file to the app without a browser.
 */
import type { ParagraphText } from '../annotations/anchor-text'
import { meetingDocument } from '../document/meeting-text'
import { Notebook } from '../notebook/Notebook.svelte'
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- test copy, to be removed
import { NotesDatabase } from '../storage/database'
import {
  parseWebAnnotationFile,
  type ImportedAnnotation,
  type SkippedAnnotation,
  type WebAnnotationImportOptions
} from '../open-formats/web-annotation'
import { decodeBackupBytes, parseBackup } from './backup-format'
import { planChangesAnything } from './describe-restore'
import type { RestoreCounts, RestoreMode } from './restore-plan'
import { fixtureData } from '@test-support/backup-fixtures'

/**
 * The app's database (a new one, named after `purpose`) holding {@link fixtureData}, and the
 * Notebook over it that the dialog would be given, loaded.
 */
export async function notebookWithFixtureData(
  purpose: string
): Promise<{ db: NotesDatabase; notebook: Notebook }> {
  const db = new NotesDatabase(`${purpose}-${crypto.randomUUID()}`)
  const notebook = new Notebook(db, meetingDocument.paragraphs)
  await notebook.load()
  await notebook.backup.restore(await notebook.backup.planRestore(fixtureData(), 'replace'))
  return { db, notebook }
}

/** A file as picked: its bytes, or its text (to be read as UTF-8 where the dialog reads bytes). */
export type PickedFile = string | Uint8Array

/** The bytes of a picked file. */
function bytesOf(file: PickedFile): Uint8Array {
  return typeof file === 'string' ? new TextEncoder().encode(file) : file
}

/**
 * "Restore from backup…" with a file's bytes (decoded first), or "Restore…" of an automatic backup
 * with its text (which the main process reads): read, plan against what is stored, and confirm
 * `mode` if the plan changes anything (the dialog's button is disabled otherwise). The refusal the
 * dialog would show, or what the restore did.
 */
export async function restoreBackupFile(
  notebook: Notebook,
  file: PickedFile,
  mode: RestoreMode
): Promise<{ error: string } | { totals: RestoreCounts }> {
  let text = file
  if (typeof text !== 'string') {
    const decoded = decodeBackupBytes(text)
    if (!decoded.ok) return { error: decoded.error }
    text = decoded.text
  }
  const parsed = parseBackup(text)
  if (!parsed.ok) return { error: parsed.error }
  const plan = await notebook.backup.planRestore(parsed.backup.data, mode)
  if (planChangesAnything(plan)) await notebook.backup.restore(plan)
  return { totals: plan.totals }
}

/**
 * "Import annotations…": decode, read as Web Annotations, plan a merge of what could be read and
 * confirm it if it changes anything. The refusal the dialog would show, or what was imported and
 * what was left out.
 */
export async function importAnnotationFile(
  notebook: Notebook,
  file: PickedFile,
  paragraphs: readonly ParagraphText[],
  options: Omit<WebAnnotationImportOptions, 'knownTags'>
): Promise<
  | { error: string }
  | { imported: ImportedAnnotation[]; skipped: SkippedAnnotation[]; totals: RestoreCounts }
> {
  const decoded = decodeBackupBytes(bytesOf(file))
  if (!decoded.ok) return { error: decoded.error }
  const read = parseWebAnnotationFile(decoded.text, paragraphs, {
    ...options,
    knownTags: notebook.tags.all.map((usage) => usage.tag)
  })
  if (!read.ok) return { error: read.error }
  const plan = await notebook.backup.planRestore(
    {
      annotations: read.annotations.map((entry) => entry.annotation),
      sessionNotes: [],
      agendaItems: [],
      settings: []
    },
    'merge'
  )
  if (planChangesAnything(plan)) await notebook.backup.restore(plan)
  return { imported: read.annotations, skipped: read.skipped, totals: plan.totals }
}
