/**
 * pdf.js as the app loads it, on first use: the browser build, with its parsing in a worker of
 * its own (the worker's script is bundled with the app, never fetched from elsewhere).
 */
import type { PdfEngine } from './read-pdf'

let engine: Promise<PdfEngine> | undefined

/** pdf.js with its worker set up; loaded once. */
export function loadPdfEngine(): Promise<PdfEngine> {
  engine ??= Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url')
  ]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default
    return pdfjs
  })
  return engine
}
