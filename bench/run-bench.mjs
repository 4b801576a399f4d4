// @ts-check
/**
 * `npm run bench`: how fast the reference pane becomes interactive, measured in Chromium against
 * a floor measured in the same run (a static HTML page of the same rendered text, same CSS, no
 * app code), how big the renderer's JS and CSS are and which chunk loads when, and the
 * annotation and follow-up figures (annotations-bench.mjs, follow-ups-bench.mjs), each next to a
 * baseline from the same run, and the library's (library-bench.mjs): a 100-page PDF imported,
 * start-up with 20 documents, an imported document opened. Prints a table and writes JSON to bench/results/; a part that fails
 * is reported with its reason and the others' figures are kept. Run after `electron-vite build`
 * (the npm script builds first).
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
  expectAnnotationsShown,
  seedAnnotations,
  storedAnnotationCount,
  timeSaves,
  timeToAnnotationsShown
} from './annotations-bench.mjs'
import { benchFollowUps, followUpCount } from './follow-ups-bench.mjs'
import { benchBackupRestore, benchBrief, dataAnnotationCount } from './data-bench.mjs'
import { benchSearch } from './search-bench.mjs'
import { benchLibrarySearch } from './library-search-bench.mjs'
import { benchScale, readingMs } from './scale-bench.mjs'
import {
  benchLibraryStart,
  benchOpenDocument,
  benchPdfImport,
  librarySize,
  libraryTargets
} from './library-bench.mjs'
import { median, pairedRatio } from './statistics.mjs'

const rendererDir = 'out/renderer'
const runs = Number(process.env.BENCH_RUNS ?? 21)
/**
 * Twenty thousand annotations make every run long. Starts and briefs, a second or two each, run a
 * third as often as the other figures (their figures are ratios of times that vary from run to
 * run); searches and backups, the slowest, half of a seventh as often, rounded up (twice in a
 * full run of 21). The library's starts run a third as often too; the 100-page import, some
 * seconds each, a seventh as often (three times in a full run).
 */
const scaleRuns = Math.max(1, Math.ceil(runs / 3))
const scaleSlowRuns = Math.max(1, Math.ceil(Math.round(runs / 7) / 2))
const importRuns = Math.max(1, Math.ceil(runs / 7))
/**
 * First starts, under a second each, run three times as often: on a small machine one load takes
 * a tenth longer or shorter than the next, and three times the pairs narrow the interval their
 * median is known to by more than two fifths (63 pairs in a full run).
 */
const firstStartRuns = runs * 3
/** The mark both pages set when the reference pane is interactive (see src/renderer/src/main.ts). */
const readyMark = 'reference-pane-interactive'
const targets = {
  ratio: 1.3,
  startJsGzipKb: 40,
  annotationsRatio: 1.3,
  saveMs: 16,
  followUpsViewMs: 50,
  tagRenameMs: 500,
  briefMs: 200,
  wordBriefMs: 2000,
  backupMs: 1000,
  restoreMs: 1000,
  searchP95Ms: 16,
  ...libraryTargets
}

/** @param {number} bytes */
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10

/** When a chunk loads, as a start of the app shows it (see `chunkLoads`). */
const loadPhases = /** @type {const} */ ([
  'before the pane is interactive',
  'once the pane is on screen',
  'when idle after start',
  'on first use'
])

/** How long after the notes are shown a start is watched for chunks loaded in idle moments. */
const idleWatchMs = 3000

/**
 * Starts the app once in a fresh browser context and returns, for each file it fetched from
 * `assets/`, when it did: before the reference pane was interactive, before the notes were shown
 * (they load once the pane is on screen), or in the idle moments that follow. Files not fetched
 * then load on first use of what they hold.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @returns {Promise<Map<string, (typeof loadPhases)[number]>>}
 */
async function chunkLoads(browser, appUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  await page.goto(appUrl)
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  await page.waitForTimeout(idleWatchMs)
  const fetched = await page.evaluate((mark) => {
    const [interactive] = performance.getEntriesByName(mark)
    const [shown] = performance.getEntriesByName('annotations-shown')
    return performance.getEntriesByType('resource').map((entry) => ({
      name: entry.name.slice(entry.name.lastIndexOf('/') + 1),
      phase: entry.startTime < interactive.startTime ? 0 : entry.startTime < shown.startTime ? 1 : 2
    }))
  }, readyMark)
  await context.close()
  return new Map(fetched.map(({ name, phase }) => [name, loadPhases[phase]]))
}

/**
 * One JS or CSS file of the built renderer: its chunk's name (the file's without the content
 * hash), its sizes raw and gzipped, and when the app loads it.
 * @typedef {{ file: string, chunk: string, kind: 'js' | 'css', raw: number, gzip: number, loads: (typeof loadPhases)[number] }} BuiltChunk
 */

/**
 * Sizes of the built renderer's JS and CSS, raw and gzipped: every chunk with when it loads, the
 * totals, and the JS loaded before the reference pane is interactive (as a start of the app
 * fetched it, not as the build meant it to).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 */
async function bundleSizes(browser, appUrl) {
  const loads = await chunkLoads(browser, appUrl)
  /** @type {BuiltChunk[]} */
  const chunks = []
  for (const file of await readdir(join(rendererDir, 'assets'))) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null
    if (!kind) continue
    const content = await readFile(join(rendererDir, 'assets', file))
    chunks.push({
      file,
      chunk: file.replace(/-[\w-]{8}\.(js|css)$/u, ''),
      kind,
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      loads: loads.get(file) ?? 'on first use'
    })
  }
  chunks.sort(
    (a, b) => loadPhases.indexOf(a.loads) - loadPhases.indexOf(b.loads) || b.gzip - a.gzip
  )
  /** @param {BuiltChunk[]} some */
  const total = (some) => ({
    raw: some.reduce((sum, chunk) => sum + chunk.raw, 0),
    gzip: some.reduce((sum, chunk) => sum + chunk.gzip, 0)
  })
  const js = chunks.filter((chunk) => chunk.kind === 'js')
  return {
    js: total(js),
    jsBeforeInteractive: total(js.filter((chunk) => chunk.loads === loadPhases[0])),
    css: total(chunks.filter((chunk) => chunk.kind === 'css')),
    chunks
  }
}

/**
 * "1.19 (95% interval 1.12–1.25; paired runs 0.98–1.42)": a paired ratio's median, the interval
 * its true value lies in (see statistics.mjs), and the spread of the pairs.
 * @param {ReturnType<typeof pairedRatio>} ratio
 */
const ratioWithSpread = (ratio) => {
  const interval = ratio.interval
    ? `95% interval ${ratio.interval.low.toFixed(2)}–${ratio.interval.high.toFixed(2)}; `
    : ''
  return `${ratio.median.toFixed(2)} (${interval}paired runs ${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})`
}

/**
 * When a start was ready, from navigation start, in milliseconds: `interactive` at the ready mark,
 * `firstPaint` when the page's first paint was shown (its first contentful paint), and `shown`
 * the later of the two, when the pane was both on screen and interactive. The floor's mark comes
 * before its first paint is shown and the app's after it, so `shown` is what compares like for
 * like (see "What the start figures measure" in the README).
 * @typedef {{ interactive: number, firstPaint: number, shown: number }} StartTimes
 */

/**
 * Waits for `page`'s start to be ready and returns its times.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<StartTimes>}
 */
async function startTimes(page) {
  const handle = await page.waitForFunction((mark) => {
    const [interactive] = performance.getEntriesByName(mark)
    const [firstPaint] = performance.getEntriesByName('first-contentful-paint')
    return interactive && firstPaint
      ? { interactive: interactive.startTime, firstPaint: firstPaint.startTime }
      : null
  }, readyMark)
  const { interactive, firstPaint } = /** @type {{ interactive: number, firstPaint: number }} */ (
    await handle.jsonValue()
  )
  return { interactive, firstPaint, shown: Math.max(interactive, firstPaint) }
}

/**
 * Loads `url` in a fresh browser context and returns its start's times.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<StartTimes>}
 */
async function timeToInteractive(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  await page.goto(url)
  const times = await startTimes(page)
  const paragraphs = await page.locator('[id^="para-"]').count()
  await context.close()
  if (paragraphs !== 87) throw new Error(`${url} rendered ${paragraphs} paragraphs, not 87.`)
  return times
}

/**
 * Later starts: the times of starts when the browser starts afresh on a profile it has started
 * the page from before, with the build's assets cacheable, so that Chromium compiles the app's
 * code from its code cache as the desktop app does from its second start on (its scheme keeps
 * compiled code: `codeCache` in src/main/app-scheme.ts). The browser is started anew for each
 * load, as a delegate starts the app, so nothing is reused from a process still running. Returns
 * the app's and the floor's times, alternated.
 * @param {string} appUrl
 * @param {string} floorUrl
 */
async function laterStarts(appUrl, floorUrl) {
  const profile = await mkdtemp(join(tmpdir(), 'cnd67-bench-profile-'))
  /** @param {string} url */
  const start = async (url) => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      viewport: { width: 1280, height: 860 }
    })
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      await page.goto(url)
      return await startTimes(page)
    } finally {
      await context.close()
    }
  }
  try {
    // Chromium keeps a script's compiled code once it has run it twice; a third start uses it.
    for (let warmUp = 0; warmUp < 3; warmUp++) {
      await start(appUrl)
      await start(floorUrl)
    }
    /** @type {StartTimes[]} */
    const app = []
    /** @type {StartTimes[]} */
    const floor = []
    for (let run = 0; run < runs; run++) {
      app.push(await start(appUrl))
      floor.push(await start(floorUrl))
    }
    return { app, floor }
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
}

/**
 * The figures of paired starts of the app and the floor: for each of their times, both medians
 * and the paired ratio.
 * @param {StartTimes[]} app
 * @param {StartTimes[]} floor
 */
function startFigures(app, floor) {
  /** @param {keyof StartTimes} time */
  const figure = (time) => {
    const appTimes = app.map((start) => start[time])
    const floorTimes = floor.map((start) => start[time])
    return {
      appMs: { median: median(appTimes), all: appTimes },
      floorMs: { median: median(floorTimes), all: floorTimes },
      // Each app load is paired with the floor load right after it.
      ratio: pairedRatio(appTimes, floorTimes)
    }
  }
  return {
    shown: figure('shown'),
    interactive: figure('interactive'),
    firstPaint: figure('firstPaint')
  }
}

/**
 * The rows of paired starts, labelled with `kind` ("first starts"), the target held by the pane
 * shown and interactive; records in `meets[key]` whether it is met.
 * @param {ReturnType<typeof startFigures>} figures
 * @param {string} kind
 * @param {Record<string, boolean>} meets
 * @param {string} key
 */
function startRows(figures, kind, meets, key) {
  const { shown, interactive, firstPaint } = figures
  meets[key] = shown.ratio.median <= targets.ratio
  /** @param {typeof shown} figure */
  const times = (figure) => msAgainst(figure.appMs, 'floor', figure.floorMs)
  return {
    [`${kind}: pane shown and interactive, app (floor: shown)`]: row(times(shown)),
    [`${kind}: ratio app / floor (median of paired runs)`]: row(
      ratioWithSpread(shown.ratio),
      `≤ ${targets.ratio}`,
      meets[key]
    ),
    [`${kind}: ready mark, app (floor)`]: row(
      `${times(interactive)}, ratio ${ratioWithSpread(interactive.ratio)}`
    ),
    [`${kind}: first paint shown, app (floor)`]: row(
      `${times(firstPaint)}, ratio ${ratioWithSpread(firstPaint.ratio)}`
    )
  }
}

/**
 * Writes the floor page: the app's rendered DOM saved as static HTML, without the app's scripts
 * and its CSP (which would refuse an inline script), plus one inline script at the end of the
 * body that sets the same mark the same way as the app: in a timer queued by the first frame
 * after the page is complete (for the floor, parsed; for the app, hydrated with its handlers
 * attached). That frame is the floor's first, and the app's second (see `StartTimes`).
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
    // Added as markup, not as a script element: the app's page enforces Trusted Types, which
    // refuses a string assigned to a script's text.
    const marker = `<script>requestAnimationFrame(() => setTimeout(() => performance.mark(${JSON.stringify(mark)})))</script>`
    return `<!doctype html>\n${copy.outerHTML.replace(/<\/body>/, `${marker}</body>`)}`
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
  await expectAnnotationsShown(stored, storedAnnotationCount)
  const saves = await timeSaves(stored, runs)
  await empty.context().close()
  await stored.context().close()
  return {
    noneMs: { median: median(noneRuns), all: noneRuns },
    storedMs: { median: median(storedRuns), all: storedRuns },
    ratio: pairedRatio(storedRuns, noneRuns),
    saveMs: { median: median(saves), all: saves }
  }
}

/** The parts of the bench, in the order they run. `--only scale,search` runs just those. */
const partNames = /** @type {const} */ ([
  'pane',
  'bundle',
  'annotations',
  'follow-ups',
  'brief',
  'backup',
  'search',
  'library-search',
  'scale',
  'pdf-import',
  'library-start',
  'open-document'
])

/**
 * The parts named by `--only a,b` (or `--only=a,b`) on the command line, or every part.
 * @param {string[]} args
 * @returns {Set<string>}
 */
function selectedParts(args) {
  const at = args.findIndex((arg) => arg === '--only' || arg.startsWith('--only='))
  if (at === -1) return new Set(partNames)
  const list = args[at] === '--only' ? (args[at + 1] ?? '') : args[at].slice('--only='.length)
  const names = list.split(',').filter(Boolean)
  const unknown = names.filter(
    (name) => !(/** @type {readonly string[]} */ (partNames).includes(name))
  )
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes one or more of ${partNames.join(', ')}, comma-separated.`)
  }
  return new Set(names)
}

/**
 * One row of the printed table; `met` is shown as ✓ or ✗ where the row has a target.
 * @param {string} value
 * @param {string} [target]
 * @param {boolean} [met]
 */
const row = (value, target = '', met) => ({
  value,
  target,
  met: met === undefined ? '' : met ? '✓' : '✗'
})

/**
 * "12.3 ms (with 1: 4.5 ms)": a figure's median, next to its baseline's.
 * @param {{ median: number }} figure
 * @param {string} label what the baseline is
 * @param {{ median: number }} baseline
 */
const msAgainst = (figure, label, baseline) =>
  `${figure.median.toFixed(1)} ms (${label}: ${baseline.median.toFixed(1)} ms)`

/**
 * The row of a median that must stay under its limit in `targets` (`${key}Ms`), with its
 * baseline's beside it; records in `meets` whether it does.
 * @param {Record<string, boolean>} meets
 * @param {string} key
 * @param {{ median: number }} figure
 * @param {string} label what the baseline is
 * @param {{ median: number }} baseline
 */
function limitRow(meets, key, figure, label, baseline) {
  const limit = /** @type {Record<string, number>} */ (targets)[`${key}Ms`]
  meets[key] = figure.median < limit
  return row(msAgainst(figure, label, baseline), `< ${limit} ms`, meets[key])
}

/**
 * The rows of the scale figures: each at both sizes, with how many times longer the large size
 * took. Each is held to twice what the same figure is held to at 5,000 annotations: search p95,
 * brief and backup to twice their limits in milliseconds; start-up, whose 5,000-annotation
 * target is a ratio to starting with no notes, to twice that ratio. Median keystroke and index
 * build have no 5,000-annotation target and are shown for what they are.
 * @param {Awaited<ReturnType<typeof benchScale>>} scale
 * @param {Record<string, boolean>} meets filled with whether each figure meets its target
 */
function scaleRows(scale, meets) {
  const { base, large } = scale.sizes
  const sizes = `${large.annotations / 1000}k + ${large.sessionNotes / 1000}k session notes vs ${base.annotations / 1000}k + ${base.sessionNotes}`
  const twice = scale.targetRatio
  const largeSize = `${large.annotations / 1000}k`
  /** @type {Record<string, ReturnType<typeof row>>} */
  const rows = {}
  const startLimit = twice * targets.annotationsRatio
  const { startMs, startAgainstEmpty } = scale
  meets['scale startMs'] = startAgainstEmpty.ratio <= startLimit
  const { min, max } = startAgainstEmpty.ratioSpread
  rows[`scale: start to annotations shown, ${sizes}, and none`] = row(
    `${startMs.largeMs.median.toFixed(1)} / ${startMs.baseMs.median.toFixed(1)} / ${startAgainstEmpty.baseMs.median.toFixed(1)} ms, ratio ${startMs.ratio.toFixed(2)} to 5k, ${startAgainstEmpty.ratio.toFixed(2)} to none (paired runs ${min.toFixed(2)}–${max.toFixed(2)})`,
    `${largeSize} ≤ ${startLimit.toFixed(1)} × none (2 × 5k target)`,
    meets['scale startMs']
  )
  /**
   * Each other figure, and its limit in milliseconds at the large size, or null for none.
   * @type {[keyof typeof scale, string, number | null][]}
   */
  const figures = [
    ['keystrokeMedianMs', 'search per keystroke, median', null],
    ['keystrokeP95Ms', 'search per keystroke, p95', twice * targets.searchP95Ms],
    ['indexBuildMs', 'search index built, first search right after start', null],
    ['briefMs', 'brief built', twice * targets.briefMs],
    ['backupMs', 'backup', twice * targets.backupMs]
  ]
  for (const [key, what, limit] of figures) {
    const figure =
      /** @type {import('./scale-bench.mjs').ScaleFigure | { baseMs: number, largeMs: number, ratio: number }} */ (
        scale[key]
      )
    const ms = (/** @type {number | { median: number }} */ value) =>
      typeof value === 'number' ? value : value.median
    const value = `${ms(figure.largeMs).toFixed(1)} / ${ms(figure.baseMs).toFixed(1)} ms, ratio ${figure.ratio.toFixed(2)}`
    const label = `scale: ${what}, ${sizes}`
    if (limit === null) {
      rows[label] = row(value)
      continue
    }
    meets[`scale ${key}`] = ms(figure.largeMs) < limit
    rows[label] = row(value, `${largeSize} < ${limit} ms (2 × 5k target)`, meets[`scale ${key}`])
  }
  const reading = scale.firstSearchAfterReadingMs
  rows[`scale: first search ${readingMs / 1000} s after start, wait for the index, ${sizes}`] = row(
    `${reading.largeMs.median.toFixed(1)} / ${reading.baseMs.median.toFixed(1)} ms`
  )
  return rows
}

/**
 * A part of the bench that failed, and why: its figures are missing, the others' are kept.
 * @typedef {{ part: string, reason: string }} PartFailure
 */

async function main() {
  const parts = selectedParts(process.argv.slice(2))
  const root = await mkdtemp(join(tmpdir(), 'cnd67-bench-'))
  await cp(rendererDir, root, { recursive: true })
  const server = await serveStatic(root)
  const cachingServer = await serveStatic(root, 0, { cacheAssets: true })
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  /** @type {PartFailure[]} */
  const failures = []
  try {
    const appUrl = `${server.url}index.html`
    const floorUrl = `${server.url}floor.html`
    /** @type {Record<string, unknown>} */
    const result = {
      benchmark: 'reference-pane-interactive',
      date: new Date().toISOString(),
      chromium: browser.version(),
      runs,
      firstStartRuns,
      parts: [...parts],
      failures
    }
    /** @type {Record<string, boolean>} */
    const meetsTargets = {}
    /** @type {Record<string, ReturnType<typeof row>>} */
    const rows = {}
    /** @type {BuiltChunk[]} */
    let chunks = []
    /**
     * Runs one part if it was asked for. A part that throws (a time-out, a figure the app did not
     * show) is recorded with its reason; the parts before and after it keep their figures.
     * @param {(typeof partNames)[number]} part
     * @param {() => Promise<void>} measure
     */
    const runPart = async (part, measure) => {
      if (!parts.has(part)) return
      try {
        await measure()
      } catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause)
        failures.push({ part, reason })
        console.error(`The ${part} part failed: ${reason}`)
      }
    }
    await runPart('pane', async () => {
      await writeFloorPage(browser, appUrl, root)
      // One unmeasured load of each warms the server and the browser's own code caches alike.
      await timeToInteractive(browser, appUrl)
      await timeToInteractive(browser, floorUrl)
      /** @type {StartTimes[]} */
      const app = []
      /** @type {StartTimes[]} */
      const floor = []
      for (let run = 0; run < firstStartRuns; run++) {
        // Alternate the two so that any drift in the machine's speed affects both alike.
        app.push(await timeToInteractive(browser, appUrl))
        floor.push(await timeToInteractive(browser, floorUrl))
      }
      const first = startFigures(app, floor)
      Object.assign(result, first)
      Object.assign(rows, startRows(first, 'first starts', meetsTargets, 'ratio'))
      // The figures above are first starts: every load compiles the app's code afresh. A
      // delegate's later starts compile it from the code cache; both are reported.
      const later = await laterStarts(
        `${cachingServer.url}index.html`,
        `${cachingServer.url}floor.html`
      )
      const laterFigures = startFigures(later.app, later.floor)
      result.laterStarts = laterFigures
      Object.assign(
        rows,
        startRows(laterFigures, 'later starts, code cached', meetsTargets, 'laterStartsRatio')
      )
    })
    await runPart('bundle', async () => {
      const sizes = await bundleSizes(browser, appUrl)
      result.bundle = sizes
      chunks = sizes.chunks
      meetsTargets.startJsGzip = sizes.jsBeforeInteractive.gzip / 1024 <= targets.startJsGzipKb
      rows['renderer JS, before the pane is interactive'] = row(
        `${kb(sizes.jsBeforeInteractive.raw)} KB raw, ${kb(sizes.jsBeforeInteractive.gzip)} KB gzip`,
        `≤ ${targets.startJsGzipKb} KB gzip`,
        meetsTargets.startJsGzip
      )
      rows[
        `renderer JS, all (${sizes.chunks.filter((chunk) => chunk.kind === 'js').length} chunks)`
      ] = row(`${kb(sizes.js.raw)} KB raw, ${kb(sizes.js.gzip)} KB gzip`)
      rows['renderer CSS'] = row(`${kb(sizes.css.raw)} KB raw, ${kb(sizes.css.gzip)} KB gzip`)
      // What issue 17 added, each a chunk of its own that a start does not fetch: the Word
      // library (fetched by Save Word, in the brief or a statement) and the Statements view.
      for (const [chunkName, label] of [
        ['docx', 'Word documents (docx)'],
        ['StatementsView', 'Statements view']
      ]) {
        const chunk = sizes.chunks.find((entry) => entry.chunk === chunkName)
        if (!chunk) throw new Error(`The build has no ${chunkName} chunk.`)
        rows[`${label}, a chunk of its own`] = row(
          `${kb(chunk.raw)} KB raw, ${kb(chunk.gzip)} KB gzip, ${chunk.loads}`
        )
      }
    })
    await runPart('annotations', async () => {
      const annotations = await benchAnnotations(browser, appUrl)
      result.annotations = annotations
      meetsTargets.annotationsRatio = annotations.ratio.median <= targets.annotationsRatio
      meetsTargets.save = annotations.saveMs.median < targets.saveMs
      rows['start to annotations shown, none stored'] = row(
        `${annotations.noneMs.median.toFixed(1)} ms`
      )
      rows[`start to annotations shown, ${storedAnnotationCount} stored`] = row(
        `${annotations.storedMs.median.toFixed(1)} ms`
      )
      rows['ratio stored / none (median of paired runs)'] = row(
        ratioWithSpread(annotations.ratio),
        `≤ ${targets.annotationsRatio}`,
        meetsTargets.annotationsRatio
      )
      rows['Save to stored and confirmed (median)'] = row(
        `${annotations.saveMs.median.toFixed(1)} ms`,
        `< ${targets.saveMs} ms`,
        meetsTargets.save
      )
    })
    await runPart('follow-ups', async () => {
      const followUps = await benchFollowUps(browser, appUrl, runs)
      result.followUps = followUps
      rows[`Follow-ups view opened, ${followUpCount} follow-ups (median)`] = limitRow(
        meetsTargets,
        'followUpsView',
        followUps.viewMs,
        'with 1',
        followUps.viewOneMs
      )
      rows[`tag renamed on ${followUpCount} items (median)`] = limitRow(
        meetsTargets,
        'tagRename',
        followUps.renameMs,
        'on 1',
        followUps.renameOneMs
      )
    })
    await runPart('brief', async () => {
      const brief = await benchBrief(runs)
      result.brief = brief
      rows[`brief built, ${dataAnnotationCount} annotations (median)`] = limitRow(
        meetsTargets,
        'brief',
        brief.briefMs,
        'with none',
        brief.briefNoneMs
      )
      rows[`Word brief made, ${dataAnnotationCount} annotations (median)`] = limitRow(
        meetsTargets,
        'wordBrief',
        brief.wordBriefMs,
        'with none',
        brief.wordBriefNoneMs
      )
    })
    await runPart('backup', async () => {
      // Each backup and restore moves thousands of records; fewer runs keep the bench short.
      const backup = await benchBackupRestore(browser, appUrl, Math.ceil(runs / 3))
      result.backup = backup
      rows[`backup of ${dataAnnotationCount} annotations (median)`] = limitRow(
        meetsTargets,
        'backup',
        backup.backupMs,
        'of 1',
        backup.backupOneMs
      )
      rows[`restore of ${dataAnnotationCount} annotations (median)`] = limitRow(
        meetsTargets,
        'restore',
        backup.restoreMs,
        'of 1',
        backup.restoreOneMs
      )
    })
    await runPart('search', async () => {
      const search = await benchSearch(browser, appUrl, storedAnnotationCount)
      result.search = search
      meetsTargets.search = search.keystrokeMs.p95 < targets.searchP95Ms
      rows[`search per keystroke, document + ${storedAnnotationCount} notes (median / p95)`] = row(
        `${search.keystrokeMs.median.toFixed(1)} / ${search.keystrokeMs.p95.toFixed(1)} ms (document alone: ${search.keystrokeDocumentOnlyMs.median.toFixed(1)} / ${search.keystrokeDocumentOnlyMs.p95.toFixed(1)} ms)`,
        `p95 < ${targets.searchP95Ms} ms`,
        meetsTargets.search
      )
      rows['search index built at start'] = row(
        `${search.indexBuildMs.toFixed(1)} ms (document alone: ${search.indexBuildDocumentOnlyMs.toFixed(1)} ms)`
      )
    })
    await runPart('library-search', async () => {
      // Each pass types every query into both indexes; a third as many passes as runs.
      const search = await benchLibrarySearch(scaleRuns)
      result.librarySearch = search
      const { library, summaryAlone } = search
      meetsTargets.librarySearch = library.p95 < targets.searchP95Ms
      rows[
        `search per keystroke, ${library.size.documents} documents (${library.size.paragraphs} paragraphs) + ${library.size.annotations / 1000}k notes, index in Node (median / p95 of ${library.keystrokes})`
      ] = row(
        `${library.median.toFixed(2)} / ${library.p95.toFixed(2)} ms (shipped summary alone: ${summaryAlone.median.toFixed(2)} / ${summaryAlone.p95.toFixed(2)} ms), p95 ratio ${ratioWithSpread(search.p95Ratio)}`,
        `p95 < ${targets.searchP95Ms} ms`,
        meetsTargets.librarySearch
      )
      rows['search per keystroke across the library, in CPU time (median / p95)'] = row(
        `${library.cpuMedian.toFixed(2)} / ${library.cpuP95.toFixed(2)} ms (shipped summary alone: ${summaryAlone.cpuMedian.toFixed(2)} / ${summaryAlone.cpuP95.toFixed(2)} ms)`
      )
      rows[
        `search index built, ${library.size.documents} documents + ${library.size.annotations / 1000}k notes`
      ] = row(
        `${library.buildMs.toFixed(0)} ms (shipped summary alone: ${summaryAlone.buildMs.toFixed(0)} ms)`
      )
    })
    await runPart('scale', async () => {
      const scale = await benchScale(browser, appUrl, root, scaleRuns, scaleSlowRuns)
      result.scale = scale
      Object.assign(rows, scaleRows(scale, meetsTargets))
    })
    await runPart('pdf-import', async () => {
      const pdfImport = await benchPdfImport(browser, appUrl, root, importRuns)
      result.pdfImport = pdfImport
      const { importMs, pages, paragraphsPrinted, paragraphsFound } = pdfImport
      meetsTargets.pdfImport = importMs.median < targets.pdfImportMs
      meetsTargets.pdfImportProgress = pdfImport.progressForEveryPage
      meetsTargets.pdfImportParagraphs = paragraphsFound.every(
        (found) => found === paragraphsPrinted
      )
      rows[`PDF of ${pages} pages imported, pdf.js in its worker (median)`] = row(
        `${(importMs.median / 1000).toFixed(2)} s (runs ${(importMs.min / 1000).toFixed(2)}–${(importMs.max / 1000).toFixed(2)} s, ${kb(pdfImport.fileBytes)} KB)`,
        `< ${targets.pdfImportMs / 1000} s`,
        meetsTargets.pdfImport
      )
      rows['  paragraphs found / printed'] = row(
        `${[...new Set(paragraphsFound)].join(', ')} / ${paragraphsPrinted}`,
        'all',
        meetsTargets.pdfImportParagraphs
      )
      rows['  progress told for every page, in order'] = row(
        pdfImport.progressForEveryPage ? `yes, ${pages} of ${pages}` : 'no',
        'every page',
        meetsTargets.pdfImportProgress
      )
    })
    await runPart('library-start', async () => {
      const start = await benchLibraryStart(browser, appUrl, root, scaleRuns)
      result.libraryStart = start
      meetsTargets.libraryStartRatio = start.ratio.median <= targets.libraryStartRatio
      const library = `${librarySize.documents} documents + ${librarySize.annotations / 1000}k annotations`
      rows[`pane interactive, ${library} / empty library`] = row(
        `${start.libraryMs.median.toFixed(1)} / ${start.emptyMs.median.toFixed(1)} ms, ratio ${ratioWithSpread(start.ratio)}`,
        `≤ ${targets.libraryStartRatio}`,
        meetsTargets.libraryStartRatio
      )
      rows[`  annotations shown, ${library} / empty library`] = row(
        `${start.annotationsShownLibraryMs.median.toFixed(1)} / ${start.annotationsShownEmptyMs.median.toFixed(1)} ms`
      )
    })
    await runPart('open-document', async () => {
      const opening = await benchOpenDocument(browser, appUrl, root, scaleRuns)
      result.openDocument = opening
      meetsTargets.openDocument = opening.openMs.median < targets.openDocumentMs
      rows[`imported document opened at #doc/<id> to its first paragraph (median)`] = row(
        `${opening.openMs.median.toFixed(1)} ms (runs ${opening.openMs.min.toFixed(1)}–${opening.openMs.max.toFixed(1)} ms)`,
        `< ${targets.openDocumentMs} ms`,
        meetsTargets.openDocument
      )
    })
    Object.assign(result, { targets, meetsTargets })
    if (chunks.length > 0) {
      console.table(
        chunks.map((chunk) => ({
          chunk: `${chunk.chunk}.${chunk.kind}`,
          raw: `${kb(chunk.raw)} KB`,
          gzip: `${kb(chunk.gzip)} KB`,
          loads: chunk.loads
        }))
      )
    }
    console.table(rows)
    console.log(
      `medians of ${runs} runs each (backup: ${Math.ceil(runs / 3)}; scale, library start and opening: ${scaleRuns}, library search: ${scaleRuns} passes, scale's search and backup ${scaleSlowRuns}; 100-page import: ${importRuns}); Chromium ${browser.version()}`
    )
    for (const { part, reason } of failures) {
      console.log(`✗ ${part}: no figures, the part failed: ${reason}`)
    }
    await mkdir('bench/results', { recursive: true })
    const file = join(
      'bench/results',
      `reference-pane-${String(result.date).replace(/[:.]/g, '-')}.json`
    )
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`)
    // A run of some parts only, or one with a part failed, leaves the last complete run's figures
    // as the latest.
    if (parts.size === partNames.length && failures.length === 0) {
      await writeFile(join('bench/results', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`)
    }
    console.log(`written to ${file}`)
  } finally {
    await browser.close()
    await server.close()
    await cachingServer.close()
    await rm(root, { recursive: true, force: true })
  }
  // The figures that finished are written; the run still fails, so that a failed part is not missed.
  if (failures.length > 0) process.exitCode = 1
}

await main()
