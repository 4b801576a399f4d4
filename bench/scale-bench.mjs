// @ts-check
/**
 * The scale figures of `npm run bench`: a delegate's notes four times larger than the other
 * figures assume (20,000 annotations and 2,000 session notes) against 5,000 and 500 (the same
 * proportion), in the same run, with the same varied notes: start to every annotation shown,
 * search per keystroke and index build, brief build and backup (start-up also with no notes). At
 * four times the size, each figure should stay within twice what it is held to at 5,000
 * annotations (see `scaleRows` in run-bench.mjs).
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  expectAnnotationsShown,
  openApp,
  storeRecords,
  timeToAnnotationsShown
} from './annotations-bench.mjs'
import { timeBackup, withBenchEntry } from './data-bench.mjs'
import { measureSearch, percentile } from './search-bench.mjs'
import { median, pairedRatio } from './statistics.mjs'

/** The two notebooks compared: the figures' usual size, and four times it. */
export const scaleSizes = {
  base: { annotations: 5000, sessionNotes: 500, varied: true },
  large: { annotations: 20000, sessionNotes: 2000, varied: true }
}

/** How many times its 5,000-annotation figure a figure may reach at the large size. */
export const scaleTargetRatio = 2

/**
 * A figure at both sizes and how they compare, with the spread of the pairs' ratios.
 * @typedef {{ baseMs: { median: number, all: number[] }, largeMs: { median: number, all: number[] }, ratio: number, ratioSpread: { min: number, max: number } }} ScaleFigure
 */

/**
 * The figure of times taken in pairs (the base size then the large one, in the same run): the
 * median of each, and the median and spread of the pairs' ratios (see `pairedRatio`).
 * @param {number[]} base
 * @param {number[]} large
 * @returns {ScaleFigure}
 */
function pairedFigure(base, large) {
  const ratio = pairedRatio(large, base)
  return {
    baseMs: { median: median(base), all: base },
    largeMs: { median: median(large), all: large },
    ratio: ratio.median,
    ratioSpread: { min: ratio.min, max: ratio.max }
  }
}

/**
 * Runs `measure` on each page in turn, `runs` times over, so that any drift in the machine's
 * speed affects both sizes alike; returns each page's results in run order.
 * @template T
 * @param {import('@playwright/test').Page[]} pages
 * @param {number} runs
 * @param {(page: import('@playwright/test').Page) => Promise<T>} measure
 * @returns {Promise<T[][]>}
 */
async function alternate(pages, runs, measure) {
  /** @type {T[][]} */
  const results = pages.map(() => [])
  for (let run = 0; run < runs; run++) {
    for (const [index, page] of pages.entries()) results[index].push(await measure(page))
  }
  return results
}

/** How long a delegate reads before the first search, in `timeFirstSearchAfterReading`. */
export const readingMs = 8000

/**
 * Reloads the page, leaves it alone for `readingMs` (the app builds the search index meanwhile,
 * in idle moments), then focuses the search box and returns how long that first search waited
 * for the index.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<number>}
 */
async function timeFirstSearchAfterReading(page) {
  await page.reload()
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  await page.waitForTimeout(readingMs)
  await page.getByRole('searchbox', { name: 'Search' }).focus()
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('search-index-built')[0]?.duration
  )
  return /** @type {number} */ (await handle.jsonValue())
}

/**
 * The scale figures, each at the base and the large size with their ratio.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {string} root the folder served at the app's address, where the records are put for the pages to fetch
 * @param {number} runs how many times each size is started and its brief built, each a second
 *   or two at most
 * @param {number} fewerRuns how many times each size is searched (index built, every query typed
 *   three times) and backed up, the slowest steps
 */
export async function benchScale(browser, appUrl, root, runs, fewerRuns) {
  const sizes = [scaleSizes.base, scaleSizes.large]
  const started = performance.now()
  // The browser stores, and the brief is built from, the very same records.
  const { records, briefs } = await withBenchEntry((entry) => ({
    records: sizes.map((size) => ({
      annotations: entry.benchAnnotations(size.annotations, size.varied),
      sessionNotes: entry.benchSessionNotes(size.sessionNotes, size.varied)
    })),
    briefs: entry.timeBriefBuilds(sizes, runs)
  }))
  /** @type {import('@playwright/test').Page[]} */
  const pages = []
  for (const [index, stored] of records.entries()) {
    const file = `scale-records-${sizes[index].annotations}.json`
    await writeFile(join(root, file), JSON.stringify(stored))
    const page = await openApp(browser, appUrl)
    await storeRecords(page, file)
    pages.push(page)
  }
  // Start-up is also timed with no notes, which its 5,000-annotation target is a ratio to.
  const empty = await openApp(browser, appUrl)
  try {
    // One unmeasured start of each, as for the other start-up figures.
    for (const page of [empty, ...pages]) await timeToAnnotationsShown(page)
    const [emptyStarts, ...starts] = await alternate(
      [empty, ...pages],
      runs,
      timeToAnnotationsShown
    )
    for (const [index, page] of pages.entries()) {
      await expectAnnotationsShown(page, sizes[index].annotations)
    }
    const searches = await alternate(pages, fewerRuns, measureSearch)
    const backups = await alternate(pages, fewerRuns, async (page) => {
      const backup = await timeBackup(page)
      const { counts } = JSON.parse(backup.content)
      const size = sizes[pages.indexOf(page)]
      if (counts.annotations !== size.annotations || counts.sessionNotes !== size.sessionNotes) {
        throw new Error(
          `The backup holds ${counts.annotations} annotations and ${counts.sessionNotes} session notes, not ${size.annotations} and ${size.sessionNotes}.`
        )
      }
      return backup.ms
    })
    const laterSearches = await alternate(pages, fewerRuns, timeFirstSearchAfterReading)
    // Keystroke figures pool every search run of a size; the ratio is of the pooled figures.
    const keystrokes = searches.map((runs) => runs.flatMap((search) => search.keystrokes))
    /** @param {(times: number[]) => number} statistic */
    const keystrokeFigure = (statistic) => {
      const [base, large] = keystrokes.map(statistic)
      return { baseMs: base, largeMs: large, ratio: large / base }
    }
    const builds = searches.map((runs) => runs.map((search) => search.buildMs))
    return {
      sizes: scaleSizes,
      targetRatio: scaleTargetRatio,
      startMs: pairedFigure(starts[0], starts[1]),
      startAgainstEmpty: pairedFigure(emptyStarts, starts[1]),
      keystrokeMedianMs: keystrokeFigure(median),
      keystrokeP95Ms: keystrokeFigure((times) => percentile(times, 0.95)),
      indexBuildMs: pairedFigure(builds[0], builds[1]),
      firstSearchAfterReadingMs: pairedFigure(laterSearches[0], laterSearches[1]),
      briefMs: pairedFigure(briefs[0], briefs[1]),
      backupMs: pairedFigure(backups[0], backups[1]),
      seconds: (performance.now() - started) / 1000
    }
  } finally {
    for (const page of [empty, ...pages]) await page.context().close()
  }
}
