// @ts-check
/**
 * `npm run bench`: how fast the reference pane becomes interactive, measured in Chromium against
 * a floor measured in the same run (a static HTML page of the same rendered text, same CSS, no
 * app code), how big the renderer's JS and CSS are, and the annotation and follow-up figures
 * (annotations-bench.mjs, follow-ups-bench.mjs), each next to a baseline from the same run. Prints a table and writes JSON to
 * bench/results/. Run after `electron-vite build` (the npm script builds first).
 *
 *   BENCH_RUNS=21 CHROMIUM_PATH=/usr/bin/chromium npm run bench
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs'
import { serveStatic } from '../scripts/serve-static.mjs'
import {
  median,
  seedAnnotations,
  storedAnnotationCount,
  timeSaves,
  timeToAnnotationsShown
} from './annotations-bench.mjs'
import { benchFollowUps, followUpCount } from './follow-ups-bench.mjs'
import { benchBackupRestore, benchBrief, dataAnnotationCount } from './data-bench.mjs'
import { benchSearch } from './search-bench.mjs'

const rendererDir = 'out/renderer'
const runs = Number(process.env.BENCH_RUNS ?? 21)
/** The mark both pages set when the reference pane is interactive (see src/renderer/src/main.ts). */
const readyMark = 'reference-pane-interactive'
const targets = {
  ratio: 1.5,
  jsGzipKb: 150,
  annotationsRatio: 1.3,
  saveMs: 16,
  followUpsViewMs: 50,
  tagRenameMs: 500,
  briefMs: 200,
  backupMs: 1000,
  restoreMs: 1000,
  searchP95Ms: 16
}

/** @param {number} bytes */
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10

/**
 * Sizes of the built renderer's JS and CSS files, raw and gzipped: all of them, and the part
 * loaded before the reference pane is interactive (the entry chunk; the notes layer loads after).
 * @returns {Promise<{ js: { raw: number, gzip: number }, jsEntry: { raw: number, gzip: number }, css: { raw: number, gzip: number } }>}
 */
async function bundleSizes() {
  const sizes = { js: { raw: 0, gzip: 0 }, jsEntry: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } }
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8')
  for (const name of await readdir(join(rendererDir, 'assets'))) {
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null
    if (!kind) continue
    const content = await readFile(join(rendererDir, 'assets', name))
    const gzip = gzipSync(content, { level: 9 }).length
    sizes[kind].raw += content.length
    sizes[kind].gzip += gzip
    if (kind === 'js' && html.includes(`assets/${name}`)) {
      sizes.jsEntry.raw += content.length
      sizes.jsEntry.gzip += gzip
    }
  }
  return sizes
}

/**
 * Loads `url` in a fresh browser context and returns the time from navigation start to the
 * ready mark, in milliseconds.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<number>}
 */
async function timeToInteractive(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  await page.goto(url)
  const handle = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime,
    readyMark
  )
  const startTime = /** @type {number} */ (await handle.jsonValue())
  const paragraphs = await page.locator('[id^="para-"]').count()
  await context.close()
  if (paragraphs !== 87) throw new Error(`${url} rendered ${paragraphs} paragraphs, not 87.`)
  return startTime
}

/**
 * Writes the floor page: the app's rendered DOM saved as static HTML, without the app's scripts
 * and its CSP (which would refuse an inline script), plus one inline script at the end of the
 * body that sets the same mark at the same point as the app: the first frame painted after the
 * page is complete (for the floor, parsed; for the app, hydrated with its handlers attached).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {string} root folder served at the same address as the app
 */
async function writeFloorPage(browser, appUrl, root) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(appUrl)
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true')
  const html = await page.evaluate((mark) => {
    const copy = /** @type {HTMLElement} */ (document.documentElement.cloneNode(true))
    copy
      .querySelectorAll(
        'script, link[rel="modulepreload"], meta[http-equiv="Content-Security-Policy"]'
      )
      .forEach((element) => element.remove())
    delete copy.dataset.ready
    const marker = document.createElement('script')
    marker.textContent = `requestAnimationFrame(() => setTimeout(() => performance.mark(${JSON.stringify(mark)})))`
    copy.querySelector('body')?.append(marker)
    return `<!doctype html>\n${copy.outerHTML}`
  }, readyMark)
  await context.close()
  await writeFile(join(root, 'floor.html'), html)
}

/**
 * Start-up with 5,000 stored annotations against none, each in its own profile, alternated; then
 * the time from Save to the note stored and listed, with the 5,000 in place.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 */
async function benchAnnotations(browser, appUrl) {
  const viewport = { width: 1280, height: 860 }
  const empty = await (await browser.newContext({ viewport })).newPage()
  const stored = await (await browser.newContext({ viewport })).newPage()
  for (const page of [empty, stored]) {
    await page.goto(appUrl)
    await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  }
  await seedAnnotations(stored, storedAnnotationCount)
  await timeToAnnotationsShown(empty)
  await timeToAnnotationsShown(stored)
  /** @type {number[]} */
  const noneRuns = []
  /** @type {number[]} */
  const storedRuns = []
  for (let run = 0; run < runs; run++) {
    noneRuns.push(await timeToAnnotationsShown(empty))
    storedRuns.push(await timeToAnnotationsShown(stored))
  }
  // The list says how many there are (it shows them a page at a time); every passage is painted.
  const counted = Number(await stored.locator('.annotations-panel .count').textContent())
  // One range per passage in the colours' highlights (overlaps are a highlight of their own).
  const painted = await stored.evaluate(() =>
    ['yellow', 'green', 'blue', 'pink', 'purple']
      .map((color) => CSS.highlights.get(`highlight-${color}`)?.size ?? 0)
      .reduce((sum, size) => sum + size, 0)
  )
  const passages = storedAnnotationCount - storedAnnotationCount / 5
  if (counted !== storedAnnotationCount || painted !== passages) {
    throw new Error(
      `${counted} annotations listed and ${painted} painted, not ${storedAnnotationCount} and ${passages}.`
    )
  }
  const saves = await timeSaves(stored, runs)
  await empty.context().close()
  await stored.context().close()
  return {
    noneMs: { median: median(noneRuns), all: noneRuns },
    storedMs: { median: median(storedRuns), all: storedRuns },
    ratio: median(storedRuns.map((time, run) => time / noneRuns[run])),
    saveMs: { median: median(saves), all: saves }
  }
}

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'cnd67-bench-'))
  await cp(rendererDir, root, { recursive: true })
  const server = await serveStatic(root)
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  try {
    const appUrl = `${server.url}index.html`
    const floorUrl = `${server.url}floor.html`
    await writeFloorPage(browser, appUrl, root)
    // One unmeasured load of each warms the server and the browser's own code caches alike.
    await timeToInteractive(browser, appUrl)
    await timeToInteractive(browser, floorUrl)
    /** @type {number[]} */
    const app = []
    /** @type {number[]} */
    const floor = []
    for (let run = 0; run < runs; run++) {
      // Alternate the two so that any drift in the machine's speed affects both alike.
      app.push(await timeToInteractive(browser, appUrl))
      floor.push(await timeToInteractive(browser, floorUrl))
    }
    const annotations = await benchAnnotations(browser, appUrl)
    const followUps = await benchFollowUps(browser, appUrl, runs)
    const brief = await benchBrief(runs)
    // Each backup and restore moves thousands of records; fewer runs keep the bench short.
    const backup = await benchBackupRestore(browser, appUrl, Math.ceil(runs / 3))
    const search = await benchSearch(browser, appUrl, storedAnnotationCount)
    const sizes = await bundleSizes()
    const appMedian = median(app)
    const floorMedian = median(floor)
    // Each app load is paired with the floor load right after it, so the median of the pairs'
    // ratios discounts moments when the whole machine was slower.
    const ratio = median(app.map((time, run) => time / floor[run]))
    const result = {
      benchmark: 'reference-pane-interactive',
      date: new Date().toISOString(),
      chromium: browser.version(),
      runs,
      appMs: { median: appMedian, all: app },
      floorMs: { median: floorMedian, all: floor },
      ratio,
      ratioOfMedians: appMedian / floorMedian,
      bundle: sizes,
      annotations,
      followUps,
      brief,
      backup,
      search,
      targets,
      meetsTargets: {
        ratio: ratio <= targets.ratio,
        jsGzip: sizes.js.gzip / 1024 <= targets.jsGzipKb,
        annotationsRatio: annotations.ratio <= targets.annotationsRatio,
        save: annotations.saveMs.median < targets.saveMs,
        followUpsView: followUps.viewMs.median < targets.followUpsViewMs,
        tagRename: followUps.renameMs.median < targets.tagRenameMs,
        brief: brief.briefMs.median < targets.briefMs,
        backup: backup.backupMs.median < targets.backupMs,
        restore: backup.restoreMs.median < targets.restoreMs,
        search: search.keystrokeMs.p95 < targets.searchP95Ms
      }
    }
    console.table({
      'reference pane interactive (app)': { value: `${appMedian.toFixed(1)} ms`, target: '' },
      'static page of the same text (floor)': { value: `${floorMedian.toFixed(1)} ms`, target: '' },
      'ratio app / floor (median of paired runs)': {
        value: ratio.toFixed(2),
        target: `≤ ${targets.ratio}`
      },
      'renderer JS, all': {
        value: `${kb(sizes.js.raw)} KB raw, ${kb(sizes.js.gzip)} KB gzip`,
        target: `≤ ${targets.jsGzipKb} KB gzip`
      },
      'renderer JS, before the pane is interactive': {
        value: `${kb(sizes.jsEntry.raw)} KB raw, ${kb(sizes.jsEntry.gzip)} KB gzip`,
        target: ''
      },
      'renderer CSS': {
        value: `${kb(sizes.css.raw)} KB raw, ${kb(sizes.css.gzip)} KB gzip`,
        target: ''
      },
      'start to annotations shown, none stored': {
        value: `${annotations.noneMs.median.toFixed(1)} ms`,
        target: ''
      },
      [`start to annotations shown, ${storedAnnotationCount} stored`]: {
        value: `${annotations.storedMs.median.toFixed(1)} ms`,
        target: ''
      },
      'ratio stored / none (median of paired runs)': {
        value: annotations.ratio.toFixed(2),
        target: `≤ ${targets.annotationsRatio}`
      },
      'Save to stored and confirmed (median)': {
        value: `${annotations.saveMs.median.toFixed(1)} ms`,
        target: `< ${targets.saveMs} ms`
      },
      [`Follow-ups view opened, ${followUpCount} follow-ups (median)`]: {
        value: `${followUps.viewMs.median.toFixed(1)} ms (with 1: ${followUps.viewOneMs.median.toFixed(1)} ms)`,
        target: `< ${targets.followUpsViewMs} ms`
      },
      [`tag renamed on ${followUpCount} items (median)`]: {
        value: `${followUps.renameMs.median.toFixed(1)} ms (on 1: ${followUps.renameOneMs.median.toFixed(1)} ms)`,
        target: `< ${targets.tagRenameMs} ms`
      },
      [`brief built, ${dataAnnotationCount} annotations (median)`]: {
        value: `${brief.briefMs.median.toFixed(1)} ms (with none: ${brief.briefNoneMs.median.toFixed(1)} ms)`,
        target: `< ${targets.briefMs} ms`
      },
      [`backup of ${dataAnnotationCount} annotations (median)`]: {
        value: `${backup.backupMs.median.toFixed(1)} ms (of 1: ${backup.backupOneMs.median.toFixed(1)} ms)`,
        target: `< ${targets.backupMs} ms`
      },
      [`restore of ${dataAnnotationCount} annotations (median)`]: {
        value: `${backup.restoreMs.median.toFixed(1)} ms (of 1: ${backup.restoreOneMs.median.toFixed(1)} ms)`,
        target: `< ${targets.restoreMs} ms`
      },
      [`search per keystroke, document + ${storedAnnotationCount} notes (median / p95)`]: {
        value: `${search.keystrokeMs.median.toFixed(1)} / ${search.keystrokeMs.p95.toFixed(1)} ms (document alone: ${search.keystrokeDocumentOnlyMs.median.toFixed(1)} / ${search.keystrokeDocumentOnlyMs.p95.toFixed(1)} ms)`,
        target: `p95 < ${targets.searchP95Ms} ms`
      },
      'search index built at start': {
        value: `${search.indexBuildMs.toFixed(1)} ms (document alone: ${search.indexBuildDocumentOnlyMs.toFixed(1)} ms)`,
        target: ''
      }
    })
    console.log(`medians of ${runs} runs each; Chromium ${browser.version()}`)
    await mkdir('bench/results', { recursive: true })
    const file = join('bench/results', `reference-pane-${result.date.replace(/[:.]/g, '-')}.json`)
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`)
    await writeFile(join('bench/results', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`)
    console.log(`written to ${file}`)
  } finally {
    await browser.close()
    await server.close()
    await rm(root, { recursive: true, force: true })
  }
}

await main()
