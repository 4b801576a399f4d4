/**
 * "Import annotations…" in the Data dialog: the picked file read as W3C Web Annotations (its size
 * first, then its text), each annotation placed on the document of the library its source names,
 * what could not be imported or had to be changed said in remarks, and a merge of the rest
 * planned, to be confirmed as any restore is (backup/restore-from-file.ts).
 */
import type { Result } from '@shared/bridge'
import type { ParagraphText } from '../annotations/anchor-text'
import {
  planPendingRestore,
  type PendingRestore,
  type RestoringNotebook
} from '../backup/restore-from-file'
import { readTextFile, webAnnotationFiles } from '../file-formats/text-files'
import {
  parseWebAnnotationFile,
  type ImportedAnnotation,
  type SkippedAnnotation,
  type WebAnnotationImportOptions
} from './web-annotation-import'

/** The picked file's annotations, the remarks on them, and what merging them would do. */
export async function readAnnotationFile(
  notebook: RestoringNotebook,
  file: File,
  paragraphs: readonly ParagraphText[],
  options: WebAnnotationImportOptions
): Promise<Result<PendingRestore>> {
  const read = await readTextFile(file, webAnnotationFiles)
  if (!read.ok) return read
  const imported = parseWebAnnotationFile(read.text, paragraphs, options)
  if (!imported.ok) return { ok: false, error: imported.error }
  const data = {
    annotations: imported.annotations.map((entry) => entry.annotation),
    sessionNotes: [],
    agendaItems: [],
    statements: [],
    settings: [],
    documents: []
  }
  const remarks = importRemarks(imported.annotations, imported.skipped)
  return {
    ok: true,
    value: await planPendingRestore(notebook, file.name, data, ['merge'], remarks)
  }
}

/**
 * What a delegate is told before importing: how many annotations could not be placed, then each
 * annotation left out (numbered from 1, as a reader counts) and each change made to one.
 */
export function importRemarks(
  annotations: readonly ImportedAnnotation[],
  skipped: readonly SkippedAnnotation[]
): string[] {
  const orphaned = annotations.filter((entry) => entry.placement === 'orphaned').length
  return [
    ...(orphaned > 0
      ? [
          `${orphaned} of them could not be placed in the text; they are kept as orphaned annotations with their quote.`
        ]
      : []),
    ...skipped.map((entry) => `Annotation ${entry.index + 1} is left out: ${entry.reason}`),
    ...annotations.flatMap((entry) => entry.corrections)
  ]
}
