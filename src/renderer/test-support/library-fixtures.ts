/**
 * Fixture factories for the library: imported documents as the database stores them, parsed
 * from a short text file (with a symbol or without), and annotations made on them.
 */
import { createHash } from 'node:crypto'
import type { Annotation } from '@renderer/lib/annotations/annotation'
import { readTextDocument } from '@renderer/lib/document-import/read-document-file'
import { parseUnDocument } from '@renderer/lib/document/un-document/parse-un-document'
import type { ImportedDocument } from '@renderer/lib/library/library-document'
import { fixtureAnnotation } from './backup-fixtures'

/** A short report with a symbol, three numbered paragraphs and a lettered item. */
export const reportText = [
  'E/CN.7/2024/99',
  '',
  'Distr.: General',
  '',
  '4 January 2024',
  '',
  'Original: English',
  '',
  'Commission on Narcotic Drugs',
  '',
  'Sixty-seventh session',
  '',
  'A fictitious report on precursor control',
  '',
  'I. Introduction',
  '',
  '1. The present report describes precursor control in the year under review.',
  '',
  '2. Member States reported seizures of precursors, including:',
  '',
  '(a) Chemicals diverted from licit trade;',
  '',
  '3. The Commission may wish to consider early warning on new precursors.'
].join('\n')

/** Notes without a symbol: paragraphs by blank lines. */
export const notesText = 'Notes from the side event\n\nFirst point made.\n\nSecond point made.'

/** The SHA-256 of `bytes`, lower-case hex, as the app computes it at import. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * An imported document parsed from `text` (by default the report, E/CN.7/2024/99), as the
 * database stores it, with `changes`.
 */
export function fixtureImportedDocument(
  changes: Partial<ImportedDocument> = {},
  text: string = reportText,
  name = 'report.txt'
): ImportedDocument {
  const bytes = new TextEncoder().encode(text)
  const document = parseUnDocument(readTextDocument(bytes))
  return {
    id: '6f1e2d3c-0000-4000-8000-000000000100',
    title: document.title || name,
    document,
    original: { name, kind: 'text', bytes, sha256: sha256Of(bytes) },
    importedAt: '2024-03-12T10:00:00.000Z',
    updatedAt: '2024-03-12T10:00:00.000Z',
    ...changes
  }
}

/** The notes without a symbol as an imported document, with `changes`. */
export function fixtureNotesDocument(changes: Partial<ImportedDocument> = {}): ImportedDocument {
  return fixtureImportedDocument(
    { id: '6f1e2d3c-0000-4000-8000-000000000200', ...changes },
    notesText,
    'side-event.md'
  )
}

/** A note on the passage "seizures of precursors" of the report's paragraph 2, with `changes`. */
export function annotationOnReport(changes: Partial<Annotation> = {}): Annotation {
  const exact = 'seizures of precursors'
  return fixtureAnnotation({
    id: '00000000-0000-4000-8000-000000000101',
    documentId: fixtureImportedDocument().id,
    paragraph: 2,
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact,
        prefix: 'Member States reported ',
        suffix: ', including: (a) Chemicals diver'
      },
      position: { type: 'TextPositionSelector', start: 23, end: 23 + exact.length }
    },
    note: 'Which Member States?',
    tags: ['Precursors'],
    ...changes
  })
}
