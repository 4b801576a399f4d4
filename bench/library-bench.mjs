// @ts-check
/**
 * The library figures of `npm run bench` (issue 18): importing a 100-page UN document as a PDF
 * through the app's own reader (pdf.js in its worker, with progress), start-up with 20 imported
 * documents and 20,000 annotations against an empty library, and opening an imported document
 * at its address. The import runs in the document import test page (scripts/document-import-page.mjs),
 * built beside the app so that it shares the app's origin and database.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { buildDocumentImportPage } from '../scripts/document-import-page.mjs'
import { repeatedMeeting, shippedSummary, summaryPdf } from '../scripts/make-un-fixtures.mjs'
import { openApp } from './annotations-bench.mjs'
import { withBenchEntry } from './data-bench.mjs'
import { median, pairedRatio } from './statistics.mjs'

/** The library's targets (issue 18, §5). */
export const libraryTargets = { pdfImportMs: 10_000, libraryStartRatio: 1.3, openDocumentMs: 500 }

/** How many times the summary is repeated to make the long PDF: 103 pages. */
const longPdfCopies = 9

/** The stored library the start-up and opening figures use. */
export const librarySize = { documents: 20, annotations: 20_000 }

/** The summary's PDF fixture: the file every seeded document was imported from. */
const summaryFixture = 'src/renderer/test-support/un-documents/cnd67-crp-summary.pdf'

/** Where, beside the app, the import test page is built. */
const importPageFolder = 'document-import'

/** @typedef {import('../src/renderer/test-support/document-import-page/import-outcome').ImportOutcome} ImportOutcome */

/** @type {Map<string, Promise<void>>} */
const builtPages = new Map()

/**
 * Builds the import test page into `root` (the folder the app is served from), once per run.
 * @param {string} root
 */
function buildImportPage(root) {
  let built = builtPages.get(root)
  if (!built) {
    built = buildDocumentImportPage(join(root, importPageFolder))
    builtPages.set(root, built)
  }
  return built
}

/**
 * Imports the file at `file` (relative to the app's root) in a fresh import page, as a delegate
 * picking it in a window that has not read a PDF yet would: pdf.js's chunks and worker load too.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {string} file
 * @param {boolean} [keepDocument]
 * @returns {Promise<ImportOutcome>}
 */
async function importInPage(browser, appUrl, file, keepDocument = false) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(new URL(`${importPageFolder}/index.html`, appUrl).href)
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true')
    const outcome = await page.evaluate(
      ([address, keep]) =>
        /** @type {{ importDocument(address: string, keep: boolean): Promise<ImportOutcome> }} */ (
          /** @type {unknown} */ (window)
        ).importDocument(address, keep),
      /** @type {[string, boolean]} */ ([`../${file}`, keepDocument])
    )
    if (outcome.error) throw new Error(`Importing ${file} failed: ${outcome.error}`)
    return outcome
  } finally {
    await context.close()
  }
}

/**
 * Makes a 103-page UN-like PDF (the summary nine times over, numbered on, laid out like the
 * summary's PDF fixture) in `root`, then imports it `runs` times, each in a fresh page: the time
 * to the parsed document, the pages, the paragraphs found against those printed, and whether
 * progress was told for every page, in order.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {string} root
 * @param {number} runs
 */
export async function benchPdfImport(browser, appUrl, root, runs) {
  const meeting = repeatedMeeting(await shippedSummary(), longPdfCopies)
  const file = 'bench-long-un-document.pdf'
  const bytes = await summaryPdf(browser, meeting)
  await writeFile(join(root, file), bytes)
  await buildImportPage(root)
  /** @type {ImportOutcome[]} */
  const outcomes = []
  for (let run = 0; run < runs; run++) outcomes.push(await importInPage(browser, appUrl, file))
  const pages = outcomes[0].progress.at(-1)?.[1] ?? 0
  const everyPage = outcomes.every(
    (outcome) =>
      outcome.progress.length === pages &&
      outcome.progress.every(([done, total], index) => done === index + 1 && total === pages)
  )
  const times = outcomes.map((outcome) => outcome.ms)
  return {
    fileBytes: bytes.length,
    pages,
    paragraphsPrinted: meeting.paragraphs.length,
    paragraphsFound: outcomes.map((outcome) => outcome.paragraphs),
    progressForEveryPage: everyPage,
    importMs: {
      median: median(times),
      min: Math.min(...times),
      max: Math.max(...times),
      all: times
    }
  }
}

/**
 * The records of a library of `librarySize.documents` imported documents (each the summary's PDF
 * fixture as the app's reader parsed it, under a symbol of its own) and `librarySize.annotations`
 * annotations spread evenly over them and the shipped summary, written to `root` for the page to
 * fetch. The documents' original bytes are the fixture's, fetched by the page from `root` too.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {string} root
 * @returns {Promise<{ records: string, original: string, documentIds: string[], firstParagraph: string }>}
 */
async function writeLibraryRecords(browser, appUrl, root) {
  const original = 'bench-library-original.pdf'
  await copyFile(summaryFixture, join(root, original))
  await buildImportPage(root)
  const { document } = await importInPage(browser, appUrl, original, true)
  if (!document) throw new Error('The import page returned no document.')
  const sha256 = createHash('sha256')
    .update(await readFile(summaryFixture))
    .digest('hex')
  const documentIds = Array.from(
    { length: librarySize.documents },
    (_, index) => `00000000-0000-4000-a000-${String(index + 1).padStart(12, '0')}`
  )
  const importedAt = new Date(Date.UTC(2024, 2, 1)).toISOString()
  const documents = documentIds.map((id, index) => ({
    id,
    title: `${document.title} (${index + 1})`,
    document: {
      ...document,
      header: { ...document.header, symbols: [`E/CN.7/2024/CRP.${index + 10}`] }
    },
    // The bytes are put in by the page, which fetches them: JSON has no Uint8Array.
    original: {
      name: `V24${String(index).padStart(5, '0')}.pdf`,
      kind: 'pdf',
      bytes: null,
      sha256
    },
    importedAt,
    updatedAt: importedAt
  }))
  const everyDocument = ['summary', ...documentIds]
  const annotations = await withBenchEntry((entry) =>
    entry.benchAnnotations(librarySize.annotations, true).map((annotation, index) => ({
      ...annotation,
      documentId: everyDocument[index % everyDocument.length]
    }))
  )
  const records = 'bench-library-records.json'
  await writeFile(join(root, records), JSON.stringify({ documents, annotations }))
  // The opening words, spaces as one, as the pane's text shows them whatever its markup.
  const firstParagraph = document.paragraphs[0].text.replace(/\s+/gu, ' ').slice(0, 40)
  return { records, original, documentIds, firstParagraph }
}

/**
 * Runs in the page: writes the library's documents (with the original file's bytes) and
 * annotations into the app's database in one transaction; returns what the tables then hold.
 * @param {[string, string]} files the records and the original file, relative to the page
 * @returns {Promise<{ documents: number, annotations: number }>}
 */
async function putLibrary([records, original]) {
  const [library, bytes] = await Promise.all([
    fetch(records).then((response) => response.json()),
    fetch(original).then(async (response) => new Uint8Array(await response.arrayBuffer()))
  ])
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('cnd67-notes')
    request.onerror = () => reject(request.error)
    request.onsuccess = () => {
      const db = request.result
      const transaction = db.transaction(['annotations', 'documents', 'snapshots'], 'readwrite')
      // As the app's own writes do, drop the copy of the annotations it reads at start.
      transaction.objectStore('snapshots').delete('annotations')
      for (const document of library.documents) {
        transaction.objectStore('documents').put({
          ...document,
          original: { ...document.original, bytes: bytes.slice() }
        })
      }
      for (const annotation of library.annotations) {
        transaction.objectStore('annotations').put(annotation)
      }
      /** @type {{ documents: number, annotations: number }} */
      const counts = { documents: 0, annotations: 0 }
      const documentsCount = transaction.objectStore('documents').count()
      documentsCount.onsuccess = () => (counts.documents = documentsCount.result)
      const annotationsCount = transaction.objectStore('annotations').count()
      annotationsCount.onsuccess = () => (counts.annotations = annotationsCount.result)
      transaction.oncomplete = () => {
        db.close()
        resolve(counts)
      }
      transaction.onerror = () => reject(transaction.error)
    }
  })
}

/**
 * Opens the app in a fresh profile and stores the library in it.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {string} root
 */
async function openLibrary(browser, appUrl, root) {
  const library = await writeLibraryRecords(browser, appUrl, root)
  const page = await openApp(browser, appUrl)
  /** @type {[string, string]} */
  const files = [library.records, library.original]
  const counts = await page.evaluate(putLibrary, files)
  if (
    counts.documents !== librarySize.documents ||
    counts.annotations !== librarySize.annotations
  ) {
    throw new Error(
      `The library holds ${counts.documents} documents and ${counts.annotations} annotations, not ${librarySize.documents} and ${librarySize.annotations}.`
    )
  }
  return { page, library }
}

/**
 * Reloads the page and returns when the reference pane was interactive (the mark the pane and
 * floor figures use) and when the stored annotations were shown, from navigation.
 * @param {import('@playwright/test').Page} page
 */
async function timeStart(page) {
  await page.reload()
  const handle = await page.waitForFunction(() => {
    const [interactive] = performance.getEntriesByName('reference-pane-interactive')
    const [shown] = performance.getEntriesByName('annotations-shown')
    return interactive && shown ? [interactive.startTime, shown.startTime] : undefined
  })
  const [interactive, shown] = /** @type {[number, number]} */ (await handle.jsonValue())
  return { interactive, shown }
}

/**
 * Start-up of the app with the library stored (20 documents, 20,000 annotations over them and
 * the summary) against an empty one, each in its own profile, reloaded in turn `runs` times
 * after one unmeasured start each: the reference pane interactive, paired, and the annotations
 * shown, for information.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {string} root
 * @param {number} runs
 */
export async function benchLibraryStart(browser, appUrl, root, runs) {
  const empty = await openApp(browser, appUrl)
  const { page: stored } = await openLibrary(browser, appUrl, root)
  try {
    await timeStart(empty)
    await timeStart(stored)
    /** @type {{ interactive: number, shown: number }[]} */
    const emptyRuns = []
    /** @type {{ interactive: number, shown: number }[]} */
    const storedRuns = []
    for (let run = 0; run < runs; run++) {
      emptyRuns.push(await timeStart(empty))
      storedRuns.push(await timeStart(stored))
    }
    /** @param {{ interactive: number, shown: number }[]} starts @param {'interactive' | 'shown'} mark */
    const figure = (starts, mark) => {
      const all = starts.map((start) => start[mark])
      return { median: median(all), all }
    }
    return {
      size: librarySize,
      emptyMs: figure(emptyRuns, 'interactive'),
      libraryMs: figure(storedRuns, 'interactive'),
      ratio: pairedRatio(
        storedRuns.map((start) => start.interactive),
        emptyRuns.map((start) => start.interactive)
      ),
      annotationsShownEmptyMs: figure(emptyRuns, 'shown'),
      annotationsShownLibraryMs: figure(storedRuns, 'shown')
    }
  } finally {
    await empty.context().close()
    await stored.context().close()
  }
}

/** How long the opening of a document is waited for before the part fails. */
const openTimeoutMs = 10_000

/**
 * Runs in the page: sets `location.hash` to the document's address and resolves with the
 * milliseconds until the reference pane shows it (its article marked with the document's id,
 * visible, with the start of its first paragraph) at a painted frame, or with what the page
 * shows instead after `timeout`.
 * @param {{ id: string, firstParagraph: string, timeout: number }} opening
 * @returns {Promise<{ ms: number } | { failure: string }>}
 */
function openDocumentAt({ id, firstParagraph, timeout }) {
  return new Promise((resolve) => {
    const started = performance.now()
    location.hash = `#doc/${id}`
    const check = () => {
      const article = [...document.querySelectorAll('article.document')].find(
        (candidate) => candidate instanceof HTMLElement && candidate.dataset.document === id
      )
      const text = article?.textContent?.replace(/\s+/gu, ' ') ?? ''
      if (article?.checkVisibility() && text.includes(firstParagraph)) {
        resolve({ ms: performance.now() - started })
      } else if (performance.now() - started > timeout) {
        const shown = article
          ? 'the article is there, hidden or without the paragraph'
          : 'there is no such article'
        resolve({
          failure: `${timeout / 1000} s after location.hash = '#doc/${id}', the page shows no article.document[data-document="${id}"] with its first paragraph ("${firstParagraph}…"): ${shown}. Does this build's reference pane render imported documents?`
        })
      } else {
        requestAnimationFrame(check)
      }
    }
    requestAnimationFrame(check)
  })
}

/**
 * Opening an imported document at its address (`#doc/<id>`) in a started app with the library
 * stored, one document after another, `runs` times: the time to the pane showing its first
 * paragraph.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {string} root
 * @param {number} runs
 */
export async function benchOpenDocument(browser, appUrl, root, runs) {
  const { page, library } = await openLibrary(browser, appUrl, root)
  try {
    await timeStart(page)
    /** @type {number[]} */
    const times = []
    // The first opening is not counted, as for the start-up figures.
    for (let run = 0; run <= runs; run++) {
      const id = library.documentIds[run % library.documentIds.length]
      const opened = await page.evaluate(openDocumentAt, {
        id,
        firstParagraph: library.firstParagraph,
        timeout: openTimeoutMs
      })
      if ('failure' in opened) throw new Error(opened.failure)
      if (run > 0) times.push(opened.ms)
    }
    return {
      openMs: {
        median: median(times),
        min: Math.min(...times),
        max: Math.max(...times),
        all: times
      }
    }
  } finally {
    await page.context().close()
  }
}
