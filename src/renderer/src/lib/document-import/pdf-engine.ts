/**
 * pdf.js as the app loads it, on first use: the browser build, with its parsing in a worker of
 * its own (the worker's script is bundled with the app, never fetched from elsewhere). The page
 * starts the worker itself, through its one Trusted Types policy for that script (pdf-worker.ts),
 * and hands it to pdf.js, which would otherwise start it from a plain string the CSP refuses.
 */
import type { PdfEngine } from './read-pdf'
import { startPdfWorker } from './pdf-worker'

let engine: Promise<PdfEngine> | undefined

/** pdf.js with its worker started; loaded once, and the worker kept for the page's life. */
export function loadPdfEngine(): Promise<PdfEngine> {
  engine ??= Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url')
  ]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerPort = startPdfWorker(worker.default)
    return pdfjs
  })
  // A failed load (a chunk not fetched) is tried again at the next import, not kept.
  engine.catch(() => (engine = undefined))
  return engine
}
