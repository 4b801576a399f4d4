/**
 * The page the document import's end-to-end test and bench run: the app's own import code, built
 * as the renderer is and run under the renderer's CSP (scripts/document-import-page.mjs), with
 * nothing of the app around it. It is never part of the app's build; the Library's "Open
 * document…" is where the app itself calls the same code.
 */
import { importDocumentFile } from '@renderer/lib/document-import/read-document-file'
import type { ImportOutcome } from './import-outcome'

/**
 * Imports the file at `address` (on this page's origin) as the delegate picking it would; with
 * `keepDocument`, the parsed document comes back too.
 */
async function importFrom(address: string, keepDocument = false): Promise<ImportOutcome> {
  const response = await fetch(address)
  if (!response.ok) throw new Error(`${address}: ${response.status}`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  const progress: [number, number][] = []
  const started = performance.now()
  try {
    const document = await importDocumentFile(
      { name: address.slice(address.lastIndexOf('/') + 1), bytes },
      { onProgress: (done, total) => progress.push([done, total]) }
    )
    return {
      ms: performance.now() - started,
      progress,
      paragraphs: document.paragraphs.length,
      document: keepDocument ? document : null,
      error: null
    }
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error))
    return {
      ms: performance.now() - started,
      progress,
      paragraphs: 0,
      document: null,
      error: `${name}: ${message}`
    }
  }
}

Object.assign(window, { importDocument: importFrom })
document.documentElement.dataset.ready = 'true'
