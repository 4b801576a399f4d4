/**
 * Imported documents put into the app's database as the Library would store them, for the specs
 * that open one: the record written straight into IndexedDB (database version 6's `documents`).
 */
import type { Page } from '@playwright/test'
import { expect } from './fixtures'
import { importedDocumentFixture } from '../src/renderer/test-support/library-fixtures'
import type { ImportedDocument } from '../src/renderer/src/lib/library/library-document'

/**
 * A short UN report with a footnote at paragraph 1 and hostile text in paragraph 2, whose
 * `onerror` would set `window.hostile` if it ever ran.
 */
export const hostileReport: ImportedDocument = (() => {
  const report = importedDocumentFixture(
    {},
    `E/CN.7/2024/99

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
  )
  report.document.footnotes = [
    { mark: '1', text: 'See resolution 66/1.', paragraph: 1, item: null }
  ]
  return report
})()

/**
 * Stores `record` in the app's database, once the app has opened it (its notes are on screen),
 * so that the next opening of its address finds it.
 */
export async function storeImportedDocument(page: Page, record: ImportedDocument): Promise<void> {
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
