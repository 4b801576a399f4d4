/**
 * Imported documents put into the app's database as the Library would store them, for the specs
 * that open one: the record written straight into IndexedDB (database version 6's `documents`).
 */
import type { Page } from '@playwright/test'
import { expect } from './fixtures'
import { parseUnDocument } from '../src/renderer/src/lib/document/un-document/parse-un-document'
import { sourceFromText } from '../src/renderer/src/lib/document/un-document/source-from-text'
import type { UnDocument } from '../src/renderer/src/lib/document/un-document/un-document'

/** An imported document as the database stores it (`ImportedDocument`, library-document.ts). */
export interface StoredDocument {
  id: string
  title: string
  document: UnDocument
  original: { name: string; kind: 'text'; bytes: Uint8Array; sha256: string }
  importedAt: string
  updatedAt: string
}

const reportText = `E/CN.7/2024/99

Distr.: General

Original: English

Report on precursor control

I. Introduction

1. The Commission asked for this report on precursor control.

2. It covers <script>window.hostile = 1</script> and <img src=x onerror="window.hostile = 2"> in the text.

II. Findings

3. Member States reported:
(a) more seizures;
(b) new substances.
`

/**
 * A short UN report with a footnote at paragraph 1 and hostile text in paragraph 2, whose
 * `onerror` would set `window.hostile` if it ever ran.
 */
export const hostileReport: StoredDocument = {
  id: '9c1f4e2a-6b7d-4c3e-8f10-2a5b6c7d8e90',
  title: 'Report on precursor control',
  document: {
    ...parseUnDocument(sourceFromText(reportText)),
    footnotes: [{ mark: '1', text: 'See resolution 66/1.', paragraph: 1, item: null }]
  },
  original: {
    name: 'report.txt',
    kind: 'text',
    bytes: new TextEncoder().encode(reportText),
    sha256: '0'.repeat(64)
  },
  importedAt: '2024-03-10T08:00:00.000Z',
  updatedAt: '2024-03-10T08:00:00.000Z'
}

/**
 * Stores `record` in the app's database, once the app has opened it (its notes are on screen),
 * so that the next opening of its address finds it.
 */
export async function storeImportedDocument(page: Page, record: StoredDocument): Promise<void> {
  await expect(page.getByRole('region', { name: 'Annotations' })).toBeVisible()
  const { original, ...rest } = record
  await page.evaluate(
    ({ rest, original, bytes }) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('cnd67-notes')
        opening.onerror = () => reject(opening.error)
        opening.onsuccess = () => {
          const db = opening.result
          const transaction = db.transaction('documents', 'readwrite')
          transaction
            .objectStore('documents')
            .put({ ...rest, original: { ...original, bytes: new Uint8Array(bytes) } })
          transaction.onerror = () => reject(transaction.error)
          transaction.oncomplete = () => {
            db.close()
            resolve()
          }
        }
      }),
    { rest, original: { ...original, bytes: [] }, bytes: [...original.bytes] }
  )
}
