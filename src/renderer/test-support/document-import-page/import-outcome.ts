/** What the document import test page tells its caller of one import (see main.ts). */
import type { UnDocument } from '../../src/lib/document/un-document/un-document'

/** What one import did, as the end-to-end test and the bench read it. */
export interface ImportOutcome {
  /** From the call to the parsed document, pdf.js's chunk and worker loading included. */
  ms: number
  /** Each progress report: pages read, pages in all. */
  progress: [number, number][]
  paragraphs: number
  /** The parsed document, when asked for. */
  document: UnDocument | null
  /** The error's name and message, when the import failed. */
  error: string | null
}
