/**
 * Fixture factories for features that read the whole library: two imported documents of our own
 * writing as library entries (one issued under a symbol, one without), parsed as an import
 * parses them, and annotations made on them.
 */
import type { Annotation } from '@renderer/lib/annotations/annotation'
import { parseUnDocument } from '@renderer/lib/document/un-document/parse-un-document'
import { sourceFromText } from '@renderer/lib/document/un-document/source-from-text'
import { documentSymbol, type LibraryEntry } from '@renderer/lib/library/library-document'
import { meetingOfDocument } from '@renderer/lib/library/meeting-of-document'
import { defaultAnnotation } from './annotations-fixtures'

/** The id of {@link reportEntry}. */
export const reportId = 'report-99'

/** The id of {@link notesEntry}. */
export const notesId = 'notes-1'

/** A fictitious report of the Secretariat, issued as E/CN.7/2024/99: two sections, four paragraphs. */
export const reportText = [
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
  const document = parseUnDocument(sourceFromText(reportText))
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
