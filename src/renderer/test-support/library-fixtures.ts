/**
 * Fixture factories for the library: short UN reports as text, the record a report is stored as
 * once imported, and an annotation on a document.
 */
import type { Annotation } from '@renderer/lib/annotations/annotation'
import { parseUnDocument } from '@renderer/lib/document/un-document/parse-un-document'
import { sourceFromText } from '@renderer/lib/document/un-document/source-from-text'
import type { ImportedDocument } from '@renderer/lib/library/library-document'

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
