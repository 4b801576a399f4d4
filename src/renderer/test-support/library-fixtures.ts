/**
 * Fixture factories for the library: short UN reports as text, the record a report is stored as
 * once imported, library entries of two documents of our own writing (one issued under a symbol,
 * one without) for features that read the whole library, and annotations on a document.
 */
import { createHash } from 'node:crypto'
import type { Annotation } from '@renderer/lib/annotations/annotation'
import { readTextDocument } from '@renderer/lib/document-import/read-document-file'
import { parseUnDocument } from '@renderer/lib/document/un-document/parse-un-document'
import { sourceFromText } from '@renderer/lib/document/un-document/source-from-text'
import {
  documentSymbol,
  type ImportedDocument,
  type LibraryEntry
} from '@renderer/lib/library/library-document'
import { meetingOfDocument } from '@renderer/lib/library/meeting-of-document'
import { defaultAnnotation } from './annotations-fixtures'
import { fixtureAnnotation } from './backup-fixtures'

/** A short report as a delegate might save it as text: symbol E/CN.7/2024/99, three paragraphs. */
export const precursorsReportText = [
  'E/CN.7/2024/99',
  '',
  'Distr.: General',
  '',
  '16 February 2024',
  '',
  'Original: English',
  '',
  'Report on precursors',
  '',
  'I. Introduction',
  '',
  '1. The Commission considered the control of precursors.',
  '',
  '2. Member States reported:',
  '(a) new designer precursors;',
  '(b) seizures at sea.',
  '',
  '3. The Secretariat will report again at the next session.'
].join('\n')

/** The bytes of `text` as a UTF-8 file. */
export function textBytes(text: string = precursorsReportText): Uint8Array {
  return new TextEncoder().encode(text)
}

/** An imported document as stored, made from `text`, with whatever else a test gives it. */
export function importedDocument(
  changes: Partial<ImportedDocument> = {},
  text: string = precursorsReportText
): ImportedDocument {
  const document = parseUnDocument(sourceFromText(text))
  return {
    id: '00000000-0000-4000-8000-0000000000d1',
    title: document.title,
    document,
    original: {
      name: 'precursors.txt',
      kind: 'text',
      bytes: textBytes(text),
      sha256: 'a'.repeat(64)
    },
    importedAt: '2024-03-14T08:00:00.000Z',
    updatedAt: '2024-03-14T08:00:00.000Z',
    ...changes
  }
}

/** An annotation on paragraph `paragraph` of document `documentId`, with whatever else a test gives it. */
export function annotationOnDocument(
  documentId: string,
  paragraph: number,
  changes: Partial<Annotation> = {}
): Annotation {
  return {
    id: `annotation-${documentId}-${paragraph}`,
    documentId,
    paragraph,
    target: null,
    color: 'yellow',
    note: `On para. ${paragraph}`,
    tags: [],
    createdAt: '2024-03-14T08:30:00.000Z',
    updatedAt: '2024-03-14T08:30:00.000Z',
    ...changes
  }
}

/** A short UN report: a symbol, two sections, a lettered list, and hostile text in paragraph 2. */
export const reportText = `E/CN.7/2024/99

Distr.: General

Original: English

Report on precursor control

I. Introduction

1. The Commission asked for this report on precursor control.

2. Hostile text <script>alert(1)</script> and <img src=x onerror="alert(2)"> stays text.

II. Findings

3. Member States reported:
(a) more seizures;
(b) new substances.
`

/** The report above as the database stores it, with whatever else a test gives it. */
export function importedDocumentFixture(
  overrides: Partial<ImportedDocument> = {},
  text: string = reportText
): ImportedDocument {
  return importedDocument({ id: '9c1f4e2a-6b7d-4c3e-8f10-2a5b6c7d8e90', ...overrides }, text)
}

/** The id of {@link reportEntry}. */
export const reportId = 'report-99'

/** The id of {@link notesEntry}. */
export const notesId = 'notes-1'

/** A fictitious report of the Secretariat, issued as E/CN.7/2024/99: two sections, four paragraphs. */
export const earlyWarningReportText = [
  'E/CN.7/2024/99',
  'Distr.: General',
  '4 January 2024',
  'Original: English',
  'Commission on Narcotic Drugs',
  'Sixty-seventh session',
  'Item 5 of the provisional agenda',
  'Implementation of the international drug control treaties',
  'Fictitious report on early warning',
  'I. Introduction',
  '1. The present report describes the early warning advisory in 2023.',
  '2. Member States shared data on 1,200 new psychoactive substances.',
  'II. Recommendations',
  '3. The Commission may wish to encourage Member States to share forensic data promptly.',
  '4. The Commission may wish to take note of the present report.'
].join('\n\n')

/** A delegation's own notes without a symbol: paragraphs by blank lines. */
export const notesText = [
  'Notes from the capital',
  'Our line on scheduling has not changed.',
  'Raise precursor chemicals with the EU delegation.'
].join('\n\n')

/** The library entry of the fictitious report (symbol E/CN.7/2024/99). */
export function reportEntry(): LibraryEntry {
  const document = parseUnDocument(sourceFromText(earlyWarningReportText))
  return {
    id: reportId,
    title: document.title,
    symbol: documentSymbol(document),
    meeting: meetingOfDocument(document, 'report.pdf')
  }
}

/** The library entry of the delegation's notes, which have no symbol. */
export function notesEntry(): LibraryEntry {
  const document = parseUnDocument(sourceFromText(notesText))
  return {
    id: notesId,
    title: 'Notes from the capital',
    symbol: documentSymbol(document),
    meeting: meetingOfDocument(document, 'notes.txt')
  }
}

/** A note on the whole of paragraph `number` of the document `documentId`, with `changes`. */
export function noteOnDocument(
  documentId: string,
  number: number,
  changes: Partial<Annotation> = {}
): Annotation {
  return defaultAnnotation({ documentId, paragraph: number, ...changes })
}

/** A short report with a symbol, three numbered paragraphs and a lettered item (backups, Web Annotations). */
const precursorControlReportText = [
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
const sideEventNotesText = 'Notes from the side event\n\nFirst point made.\n\nSecond point made.'

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
  text: string = precursorControlReportText,
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
    sideEventNotesText,
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
