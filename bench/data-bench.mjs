// @ts-check
/**
 * The brief and backup figures of `npm run bench`: building the brief for 5,000 annotations
 * (against the same with none), and backing up then restoring 5,000 annotations through the
 * app's Your data dialog (against one annotation).
 */
import { createServer } from 'vite'
import { seedAnnotations } from './annotations-bench.mjs'
import { median } from './statistics.mjs'

/** How many annotations the brief and the backup hold. */
export const dataAnnotationCount = 5000

/**
 * @typedef {{ annotations: number, sessionNotes?: number, varied?: boolean }} BriefSize
 * @typedef {object} BenchEntry what bench/brief-bench-entry.ts exports
 * @property {(sizes: BriefSize[], runs: number) => number[][]} timeBriefBuilds
 * @property {(sizes: BriefSize[], runs: number) => Promise<number[][]>} timeWordBriefBuilds
 * @property {(count: number, varied?: boolean) => Record<string, unknown>[]} benchAnnotations
 * @property {(count: number, varied?: boolean) => Record<string, unknown>[]} benchSessionNotes
 */

/**
 * Loads the module at `path` (from the project's root) through Vite, with the app's modules and
 * meeting text as the renderer runs them, hands it to `use`, and closes Vite again.
 * @template T
 * @param {string} path
 * @param {(module: unknown) => Promise<T> | T} use
 * @returns {Promise<T>}
 */
export async function withViteModule(path, use) {
  const server = await createServer({
    configFile: 'vitest.config.ts',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error'
  })
  try {
    return await use(await server.ssrLoadModule(path))
  } finally {
    await server.close()
  }
}

/**
 * Loads bench/brief-bench-entry.ts through Vite (see `withViteModule`) and hands it to `use`.
 * @template T
 * @param {(entry: BenchEntry) => Promise<T> | T} use
 * @returns {Promise<T>}
 */
export function withBenchEntry(use) {
  return withViteModule('/bench/brief-bench-entry.ts', (module) =>
    use(/** @type {BenchEntry} */ (module))
  )
}

/**
 * Builds the brief in Node, in Markdown and as a Word document, and returns the times with
 * `dataAnnotationCount` annotations and with none. The Word brief, a second or so each, runs a
 * third as often.
 * @param {number} runs
 */
export async function benchBrief(runs) {
  const sizes = [{ annotations: 0 }, { annotations: dataAnnotationCount }]
  const [[none, all], [wordNone, wordAll]] = await withBenchEntry(async (entry) => [
    entry.timeBriefBuilds(sizes, runs),
    await entry.timeWordBriefBuilds(sizes, Math.ceil(runs / 3))
  ])
  return {
    briefMs: { median: median(all), all },
    briefNoneMs: { median: median(none), all: none },
    wordBriefMs: { median: median(wordAll), all: wordAll },
    wordBriefNoneMs: { median: median(wordNone), all: wordNone }
  }
}

/**
 * Backs up through the dialog and returns the milliseconds from the click on "Back up data" to
 * the file handed to the browser, and the backup's text.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<{ ms: number, content: string }>}
 */
export async function timeBackup(page) {
  await page.getByRole('button', { name: 'Your data…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Your data' })
  await page.evaluate(() => {
    const state = { clicked: 0, saved: 0 }
    Object.assign(window, { __backupTiming: state })
    document.addEventListener(
      'click',
      (event) => {
        const target = /** @type {Element} */ (event.target)
        if (target.closest?.('a[download]') && state.saved === 0) state.saved = performance.now()
      },
      { capture: true }
    )
  })
  const [download] = await Promise.all([
    // Twenty thousand annotations on a busy machine take longer than the default 30 s.
    page.waitForEvent('download', { timeout: 120_000 }),
    dialog.getByRole('button', { name: 'Back up data' }).evaluate((element) => {
      const button = /** @type {HTMLElement} */ (element)
      const state = /** @type {{ __backupTiming: { clicked: number } }} */ (
        /** @type {unknown} */ (window)
      ).__backupTiming
      state.clicked = performance.now()
      button.click()
    })
  ])
  const ms = await page.evaluate(() => {
    const state = /** @type {{ __backupTiming: { clicked: number, saved: number } }} */ (
      /** @type {unknown} */ (window)
    ).__backupTiming
    return state.saved - state.clicked
  })
  const stream = await download.createReadStream()
  /** @type {Buffer[]} */
  const chunks = []
  for await (const chunk of stream) chunks.push(/** @type {Buffer} */ (chunk))
  await dialog.getByRole('button', { name: 'Close' }).click()
  return { ms, content: Buffer.concat(chunks).toString('utf8') }
}

/**
 * Deletes everything through the dialog, as a delegate starting on a new computer has nothing.
 * @param {import('@playwright/test').Page} page
 */
async function deleteEverything(page) {
  await page.getByRole('button', { name: 'Your data…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Your data' })
  await dialog.getByRole('button', { name: 'Delete all my data…' }).click()
  await dialog.getByRole('button', { name: 'Delete everything' }).click()
  await dialog.waitFor({ state: 'hidden' })
}

/**
 * Restores `content` through the dialog into an emptied database, and returns the milliseconds of
 * reading and planning it (from the file chosen to the counts shown) plus those of writing it
 * (from the click on "Replace my data" to the app confirming and listing them).
 * @param {import('@playwright/test').Page} page
 * @param {string} content
 * @returns {Promise<number>}
 */
async function timeRestore(page, content) {
  await page.getByRole('button', { name: 'Your data…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Your data' })
  await page.evaluate(() => {
    const state = { chosen: 0, planned: 0 }
    Object.assign(window, { __restoreTiming: state })
    document.addEventListener(
      'change',
      (event) => {
        if (/** @type {HTMLInputElement} */ (event.target).type === 'file') {
          state.chosen = performance.now()
        }
      },
      { capture: true, once: true }
    )
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.restore-confirm')) return
      state.planned = performance.now()
      observer.disconnect()
    })
    observer.observe(document.body, { childList: true, subtree: true })
  })
  await dialog.getByLabel('Restore from backup…').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(content)
  })
  await dialog.getByRole('radio', { name: /Replace/ }).check()
  const confirm = dialog.getByRole('button', { name: 'Replace my data' })
  await confirm.waitFor()
  const planning = await page.evaluate(() => {
    const state = /** @type {{ __restoreTiming: { chosen: number, planned: number } }} */ (
      /** @type {unknown} */ (window)
    ).__restoreTiming
    return state.planned - state.chosen
  })
  const writing = await confirm.evaluate(
    (element) =>
      new Promise((resolve) => {
        const button = /** @type {HTMLElement} */ (element)
        const notices = document.querySelector('.notice-area')
        const observer = new MutationObserver(() => {
          if (!notices?.textContent?.includes('Restored from')) return
          observer.disconnect()
          resolve(performance.now() - start)
        })
        if (notices) observer.observe(notices, { childList: true, subtree: true })
        const start = performance.now()
        button.click()
      })
  )
  return planning + /** @type {number} */ (writing)
}

/**
 * Backup and restore with `dataAnnotationCount` annotations, and with one.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {number} runs
 */
export async function benchBackupRestore(browser, appUrl, runs) {
  /** @param {number} count */
  const measure = async (count) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
    const page = await context.newPage()
    await page.goto(appUrl)
    await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
    await seedAnnotations(page, count)
    await page.reload()
    await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
    /** @type {number[]} */
    const backups = []
    /** @type {number[]} */
    const restores = []
    for (let run = 0; run < runs; run++) {
      const backup = await timeBackup(page)
      const stored = JSON.parse(backup.content).counts.annotations
      if (stored !== count) throw new Error(`The backup holds ${stored} annotations, not ${count}.`)
      backups.push(backup.ms)
      await deleteEverything(page)
      restores.push(await timeRestore(page, backup.content))
    }
    await context.close()
    return { backups, restores }
  }
  const one = await measure(1)
  const all = await measure(dataAnnotationCount)
  return {
    backupMs: { median: median(all.backups), all: all.backups },
    backupOneMs: { median: median(one.backups), all: one.backups },
    restoreMs: { median: median(all.restores), all: all.restores },
    restoreOneMs: { median: median(one.restores), all: one.restores }
  }
}
