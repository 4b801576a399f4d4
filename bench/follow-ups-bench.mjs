// @ts-check
/**
 * The follow-up figures of `npm run bench`: opening the Follow-ups view with 2,000 follow-ups
 * (against the same with one, measured in the same run), and renaming a tag carried by 2,000
 * annotations (against a tag carried by one).
 */
import { median } from './statistics.mjs'

/** How many follow-ups, and how many items carry the renamed tag. */
export const followUpCount = 2000

/**
 * Fills the database with `count` follow-ups spread over every paragraph, all tagged `tag`, with
 * statuses, priorities, due days, the document's agenda item and counterparts varied as a year of
 * use would leave them. Written straight into IndexedDB.
 * @param {import('@playwright/test').Page} page a page showing the app, which has created the database
 * @param {number} count
 * @param {string} tag
 */
export async function seedFollowUps(page, count, tag) {
  await page.evaluate(
    async ({ total, tag }) => {
      const statuses = ['open', 'in-progress', 'done', 'dropped']
      const priorities = ['high', 'normal', 'low']
      const counterparts = ['France', 'Canada', 'Mexico', 'Iran (Islamic Republic of)', 'Peru']
      /** @type {Record<string, unknown>[]} */
      const records = []
      for (let index = 0; index < total; index++) {
        const time = new Date(Date.UTC(2024, 1, 20) + index * 60_000).toISOString()
        records.push({
          id: `10000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
          paragraph: (index % 87) + 1,
          target: null,
          color: 'yellow',
          note: `Follow-up ${index}: raise under **item 6**.`,
          tags: index === 0 ? [tag, 'single'] : [tag],
          followUp: {
            action: `Raise point ${index} with the delegation before the plenary`,
            status: statuses[index % statuses.length],
            priority: priorities[index % priorities.length],
            due: index % 5 === 0 ? null : `2024-03-${String(14 + (index % 9)).padStart(2, '0')}`,
            agendaItemId: index % 2 === 0 ? 'agenda-item-6' : null,
            counterparts: [counterparts[index % counterparts.length]]
          },
          position: null,
          createdAt: time,
          updatedAt: time
        })
      }
      await new Promise((resolve, reject) => {
        const request = indexedDB.open('cnd67-notes')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          // As the app's own writes do, drop the copy of the annotations it reads at start.
          const transaction = db.transaction(['annotations', 'snapshots'], 'readwrite')
          transaction.objectStore('snapshots').delete('annotations')
          const store = transaction.objectStore('annotations')
          store.clear()
          for (const record of records) store.put(record)
          transaction.oncomplete = () => {
            db.close()
            resolve(undefined)
          }
          transaction.onerror = () => reject(transaction.error)
        }
      })
    },
    { total: count, tag }
  )
  await page.reload()
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
}

/**
 * Clicks the side panel's tab `name` and returns the milliseconds from the click to the first
 * frame painted after `ready` (a CSS selector) is in the page.
 * @param {import('@playwright/test').Page} page
 * @param {string} name
 * @param {string} ready
 * @returns {Promise<number>}
 */
async function timeTab(page, name, ready) {
  return page.evaluate(
    ({ name, ready }) =>
      new Promise((resolve, reject) => {
        const tab = [...document.querySelectorAll('[role="tab"]')].find(
          (candidate) => candidate.textContent?.trim() === name
        )
        if (!(tab instanceof HTMLElement)) return reject(new Error(`no tab ${name}`))
        const start = performance.now()
        const finish = () =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)))
        tab.click()
        if (document.querySelector(ready)) return finish()
        const observer = new MutationObserver(() => {
          if (!document.querySelector(ready)) return
          observer.disconnect()
          finish()
        })
        observer.observe(document.body, { childList: true, subtree: true })
      }),
    { name, ready }
  )
}

/**
 * Opens the Follow-ups view `runs` times (from the Annotations view each time) and returns how
 * long each took until the view's groups were painted.
 * @param {import('@playwright/test').Page} page
 * @param {number} runs
 * @returns {Promise<number[]>}
 */
export async function timeFollowUpsView(page, runs) {
  /** @type {number[]} */
  const times = []
  for (let run = 0; run < runs; run++) {
    await timeTab(page, 'Annotations', '[aria-label="Annotations"] .annotation-list')
    times.push(await timeTab(page, 'Follow-ups', '.follow-ups-view .follow-up-entry'))
  }
  return times
}

/**
 * Renames `tag` to another name and back, `runs` times each way, through the Tags view, and
 * returns the milliseconds from the click on Rename to the app saying it is done.
 * @param {import('@playwright/test').Page} page
 * @param {string} tag
 * @param {number} runs
 * @returns {Promise<number[]>}
 */
export async function timeTagRenames(page, tag, runs) {
  await page.getByRole('tab', { name: 'Tags' }).click()
  const tags = page.getByRole('region', { name: 'Tags' })
  /** @type {number[]} */
  const times = []
  let current = tag
  for (let run = 0; run < runs * 2; run++) {
    const next = run % 2 === 0 ? `${tag} renamed` : tag
    await tags.getByRole('button', { name: `Rename tag ${current}`, exact: true }).click()
    await tags.getByRole('textbox', { name: `New name for ${current}` }).fill(next)
    const rename = tags.getByRole('button', { name: 'Rename', exact: true })
    await rename.waitFor()
    const time = await page.evaluate(
      (expected) =>
        new Promise((resolve, reject) => {
          const button = [...document.querySelectorAll('[aria-label="Tags"] button')].find(
            (candidate) => candidate.textContent?.trim() === 'Rename'
          )
          const notices = document.querySelector('.notice-area')
          if (!(button instanceof HTMLElement) || !notices) return reject(new Error('no form'))
          const observer = new MutationObserver(() => {
            if (!notices.textContent?.includes(expected)) return
            observer.disconnect()
            resolve(performance.now() - start)
          })
          observer.observe(notices, { childList: true, subtree: true, characterData: true })
          const start = performance.now()
          button.click()
        }),
      `to “${next}”`
    )
    times.push(/** @type {number} */ (time))
    current = next
  }
  return times
}

/**
 * The follow-up figures: the view with `followUpCount` follow-ups against one, and a tag rename
 * touching `followUpCount` items against one touching a single item.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {number} runs
 */
export async function benchFollowUps(browser, appUrl, runs) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  await page.goto(appUrl)
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  await seedFollowUps(page, 1, 'precursors')
  const viewOne = await timeFollowUpsView(page, runs)
  const renameOne = await timeTagRenames(page, 'precursors', Math.ceil(runs / 2))
  await seedFollowUps(page, followUpCount, 'precursors')
  const listed = await page.evaluate(async () => {
    const tab = [...document.querySelectorAll('[role="tab"]')].find(
      (candidate) => candidate.textContent?.trim() === 'Follow-ups'
    )
    if (tab instanceof HTMLElement) tab.click()
    await new Promise((resolve) => setTimeout(resolve, 100))
    return Number(document.querySelector('.follow-ups-view .panel-title .count')?.textContent)
  })
  if (listed !== followUpCount)
    throw new Error(`${listed} follow-ups listed, not ${followUpCount}.`)
  const viewAll = await timeFollowUpsView(page, runs)
  const renameAll = await timeTagRenames(page, 'precursors', Math.ceil(runs / 2))
  await context.close()
  return {
    viewMs: { median: median(viewAll), all: viewAll },
    viewOneMs: { median: median(viewOne), all: viewOne },
    renameMs: { median: median(renameAll), all: renameAll },
    renameOneMs: { median: median(renameOne), all: renameOne }
  }
}
