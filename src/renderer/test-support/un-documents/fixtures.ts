/**
 * The UN document fixtures (made by scripts/make-un-fixtures.mjs) as bytes, and pdf.js as Node
 * runs it in tests: the legacy build, parsing in the test's own thread.
 */
import * as legacyPdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import summaryPdf from './cnd67-crp-summary.pdf?inline'
import summaryWord from './cnd67-crp-summary.docx?inline'
import fictitiousPdf from './fictitious-report.pdf?inline'
import type { PdfEngine } from '@renderer/lib/document-import/read-pdf'

/** pdf.js for tests in Node. */
export const nodePdfEngine: PdfEngine = legacyPdfjs

const dataUrls = {
  'cnd67-crp-summary.pdf': summaryPdf,
  'cnd67-crp-summary.docx': summaryWord,
  'fictitious-report.pdf': fictitiousPdf
}

/** The bytes of a fixture in this folder (a fresh copy each time). */
export function unDocumentFixture(name: keyof typeof dataUrls): Uint8Array {
  const base64 = dataUrls[name].slice(dataUrls[name].indexOf(',') + 1)
  return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))
}
