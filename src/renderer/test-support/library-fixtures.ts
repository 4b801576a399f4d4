/** Imported documents of the library for tests: a short UN report read from text, as stored. */
import { parseUnDocument } from '@renderer/lib/document/un-document/parse-un-document'
import { sourceFromText } from '@renderer/lib/document/un-document/source-from-text'
import type { ImportedDocument } from '@renderer/lib/library/library-document'

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

/** An imported document as the database stores it, by default the report above. */
export function importedDocumentFixture(
  overrides: Partial<ImportedDocument> = {},
  text: string = reportText
): ImportedDocument {
  const document = parseUnDocument(sourceFromText(text))
  return {
    id: '9c1f4e2a-6b7d-4c3e-8f10-2a5b6c7d8e90',
    title: document.title || 'report.txt',
    document,
    original: {
      name: 'report.txt',
      kind: 'text',
      bytes: new TextEncoder().encode(text),
      sha256: '0'.repeat(64)
    },
    importedAt: '2024-03-10T08:00:00.000Z',
    updatedAt: '2024-03-10T08:00:00.000Z',
    ...overrides
  }
}
