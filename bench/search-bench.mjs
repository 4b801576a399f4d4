// @ts-check
/**
 * The search figures of `npm run bench`: the time from a keystroke in the search box to its
 * results on the page, over the meeting text plus 5,000 notes (median and 95th percentile,
 * against the document alone), and how long building the index took (when the search box first
 * takes focus).
 */
import { openApp, seedAnnotations } from './annotations-bench.mjs'
import { median } from './statistics.mjs'

/** What a delegate types, one keystroke at a time. */
export const typedQueries = [
  'early warning',
  'precursors',
  'canada',
  'turkiye',
  'item 6 delegation'
]

/** @param {number[]} values @param {number} fraction */
export function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]
}

/**
 * Types each query a character at a time and returns, for each keystroke, the milliseconds from
 * the input to the results shown for it.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<number[]>}
 */
async function timeKeystrokes(page) {
  await page.getByRole('searchbox', { name: 'Search' }).focus()
  return page.evaluate(async (queries) => {
    const box = /** @type {HTMLInputElement} */ (document.querySelector('input[type="search"]'))
    /** @type {number[]} */
    const times = []
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const typed = query.slice(0, length)
        const start = performance.now()
        box.value = typed
        box.dispatchEvent(new Event('input', { bubbles: true }))
        // Svelte applies the change in a microtask; a message (unlike a timer, never delayed by
        // the browser's clamping of nested timers) arrives once the results are on the page.
        await new Promise((resolve) => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => resolve(undefined)
          channel.port2.postMessage(null)
        })
        times.push(performance.now() - start)
      }
      if (!document.querySelector('.search-results')) {
        throw new Error(`No results were shown for "${query}".`)
      }
      box.value = ''
      box.dispatchEvent(new Event('input', { bubbles: true }))
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    return times
  }, typedQueries)
}

/**
 * Search latency over what `page`'s database holds: reloads it, then returns how long building
 * the index took and the time of each keystroke of two passes over the typed queries.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<{ buildMs: number, keystrokes: number[] }>}
 */
export async function measureSearch(page) {
  await page.reload()
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  // The index is built when the search box takes focus, ahead of the first keystroke.
  await page.getByRole('searchbox', { name: 'Search' }).focus()
  await page.waitForFunction(() => performance.getEntriesByName('search-index-built')[0])
  const buildMs = await page.evaluate(
    () => performance.getEntriesByName('search-index-built')[0].duration
  )
  // One unmeasured pass, as a delegate's second search would find the engine warmed up.
  await timeKeystrokes(page)
  const keystrokes = [...(await timeKeystrokes(page)), ...(await timeKeystrokes(page))]
  return { buildMs, keystrokes }
}

/**
 * Search latency with `notes` annotations stored.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {number} notes
 */
async function measure(browser, appUrl, notes) {
  const page = await openApp(browser, appUrl)
  if (notes > 0) await seedAnnotations(page, notes)
  const result = await measureSearch(page)
  await page.context().close()
  return result
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {number} notes
 */
export async function benchSearch(browser, appUrl, notes) {
  const documentOnly = await measure(browser, appUrl, 0)
  const withNotes = await measure(browser, appUrl, notes)
  return {
    keystrokeMs: {
      median: median(withNotes.keystrokes),
      p95: percentile(withNotes.keystrokes, 0.95),
      all: withNotes.keystrokes
    },
    keystrokeDocumentOnlyMs: {
      median: median(documentOnly.keystrokes),
      p95: percentile(documentOnly.keystrokes, 0.95)
    },
    indexBuildMs: withNotes.buildMs,
    indexBuildDocumentOnlyMs: documentOnly.buildMs
  }
}
