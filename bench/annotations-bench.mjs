// @ts-check
/**
 * The annotation figures of `npm run bench`: start-up with 5,000 stored annotations against the
 * same with none, and the time from Save to a note being stored and listed.
 */

/** How many annotations the loaded database holds. */
export const storedAnnotationCount = 5000

/**
 * Fills the app's database in this page's origin with `count` annotations spread over every
 * paragraph: four in five highlight a run of words, one in five is a note on the whole paragraph.
 * Written straight into IndexedDB, as a year of use would have left it.
 * @param {import('@playwright/test').Page} page a page showing the app, which has created the database
 * @param {number} count
 */
export async function seedAnnotations(page, count) {
  await page.evaluate((total) => {
    const paragraphs = [...document.querySelectorAll('.paragraph > .text')].map(
      (text) => text.textContent ?? ''
    )
    const colors = ['yellow', 'green', 'blue', 'pink', 'purple']
    /** @type {Record<string, unknown>[]} */
    const records = []
    for (let index = 0; index < total; index++) {
      const paragraph = (index % paragraphs.length) + 1
      const text = paragraphs[paragraph - 1]
      const words = [...text.matchAll(/\S+/g)]
      const first = words[(index * 7) % words.length]
      const last = words[Math.min(words.length - 1, ((index * 7) % words.length) + 1 + (index % 5))]
      const start = first.index ?? 0
      const end = (last.index ?? 0) + last[0].length
      const time = new Date(Date.UTC(2024, 1, 20) + index * 60_000).toISOString()
      records.push({
        id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        paragraph,
        target:
          index % 5 === 4
            ? null
            : {
                quote: {
                  type: 'TextQuoteSelector',
                  exact: text.slice(start, end),
                  prefix: text.slice(Math.max(0, start - 32), start),
                  suffix: text.slice(end, end + 32)
                },
                position: { type: 'TextPositionSelector', start, end }
              },
        color: colors[index % colors.length],
        note:
          index % 3 === 0
            ? ''
            : `Point ${index} to raise under **item 6**; check with the delegation.`,
        tags: [],
        createdAt: time,
        updatedAt: time
      })
    }
    Object.assign(window, { benchRecords: { annotations: records, sessionNotes: [] } })
  }, count)
  await page.evaluate(putRecords, null)
}

/**
 * Opens the app in a fresh browser context, as a window of the desktop app's size, once its notes
 * have been read (which also creates the database in that context's origin).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @returns {Promise<import('@playwright/test').Page>}
 */
export async function openApp(browser, appUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  await page.goto(appUrl)
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  return page
}

/**
 * Runs in the page: writes `{ annotations, sessionNotes }` into the app's database in one
 * transaction, fetched from `url` or, without one, as a seeding function left them on the window.
 * @param {string | null} url
 */
async function putRecords(url) {
  /** @type {{ annotations: unknown[], sessionNotes: unknown[] }} */
  let records = Reflect.get(window, 'benchRecords')
  if (url) {
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${url}: ${response.status}`)
    records = await response.json()
  }
  await new Promise((resolve, reject) => {
    const request = indexedDB.open('cnd67-notes')
    request.onerror = () => reject(request.error)
    request.onsuccess = () => {
      const db = request.result
      // As the app's own writes do, drop the copy of the annotations it reads at start.
      const transaction = db.transaction(['annotations', 'sessionNotes', 'snapshots'], 'readwrite')
      transaction.objectStore('snapshots').delete('annotations')
      for (const record of records.annotations) transaction.objectStore('annotations').put(record)
      for (const note of records.sessionNotes) transaction.objectStore('sessionNotes').put(note)
      transaction.oncomplete = () => {
        db.close()
        resolve(undefined)
      }
      transaction.onerror = () => reject(transaction.error)
    }
  })
}

/**
 * Writes ready-made annotations and session notes straight into the app's database in this
 * page's origin. They are fetched from a file served beside the app: twenty thousand records
 * handed over through Playwright take minutes, a local download a moment.
 * @param {import('@playwright/test').Page} page a page showing the app, which has created the database
 * @param {string} recordsUrl a JSON file of `{ annotations: [], sessionNotes: [] }`, relative to the app
 */
export async function storeRecords(page, recordsUrl) {
  await page.evaluate(putRecords, recordsUrl)
}

/**
 * Throws unless the page lists `count` annotations (the panel says how many; it shows them a page
 * at a time) and paints every passage among them (all but the one in five on a whole paragraph).
 * @param {import('@playwright/test').Page} page
 * @param {number} count
 */
export async function expectAnnotationsShown(page, count) {
  const counted = Number(
    (await page.locator('.annotations-panel .count').textContent())?.replace(/,/g, '')
  )
  // A mark shows the latest highlight over its text and lists every one covering it.
  const painted = await page.evaluate(
    () =>
      new Set(
        [...document.querySelectorAll('mark[data-annotation-id]')].flatMap((mark) =>
          (
            mark.getAttribute('data-annotation-ids') ??
            mark.getAttribute('data-annotation-id') ??
            ''
          ).split(' ')
        )
      ).size
  )
  const passages = count - count / 5
  if (counted !== count || painted !== passages) {
    throw new Error(
      `${counted} annotations listed and ${painted} painted, not ${count} and ${passages}.`
    )
  }
}

/**
 * Reloads the page and returns the time from navigation to every stored annotation listed and painted.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<number>}
 */
export async function timeToAnnotationsShown(page) {
  await page.reload()
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('annotations-shown')[0]?.startTime
  )
  return /** @type {number} */ (await handle.jsonValue())
}

/**
 * Saves `runs` notes through the editor and returns, for each, the milliseconds from the click on
 * Save to the note being stored and the app saying so ("Saved your annotation on para. N.").
 * @param {import('@playwright/test').Page} page
 * @param {number} runs
 * @returns {Promise<number[]>}
 */
export async function timeSaves(page, runs) {
  /** @type {number[]} */
  const times = []
  for (let run = 0; run < runs; run++) {
    const paragraph = 1 + ((run * 13) % 87)
    await page.locator(`#para-${paragraph}`).hover()
    await page.getByRole('button', { name: `Annotate paragraph ${paragraph}`, exact: true }).click()
    const box = page.getByRole('textbox', { name: 'Note' })
    await box.waitFor({ timeout: 120_000 })
    await box.fill(`Saved note ${run} on para. ${paragraph}.`)
    await page.evaluate((expected) => {
      const panel = document.querySelector('.notice-area')
      const save = [...document.querySelectorAll('.annotation-editor button')].find(
        (button) => button.textContent?.trim() === 'Save'
      )
      if (!panel || !save) throw new Error('editor or panel missing')
      const state = /** @type {{ clicked: number, shown: number }} */ ({ clicked: 0, shown: 0 })
      Object.assign(window, { __saveTiming: state })
      save.addEventListener('click', () => (state.clicked = performance.now()), {
        capture: true,
        once: true
      })
      const observer = new MutationObserver((mutations) => {
        const added = mutations.some((mutation) =>
          [...mutation.addedNodes].some((node) => node.textContent?.includes(expected))
        )
        if (added) {
          state.shown = performance.now()
          observer.disconnect()
        }
      })
      observer.observe(panel, { childList: true, subtree: true, characterData: true })
    }, `Saved your annotation on para. ${paragraph}.`)
    await page.getByRole('button', { name: 'Save' }).click({ timeout: 120_000 })
    const handle = await page.waitForFunction(() => {
      const state = /** @type {{ __saveTiming?: { clicked: number, shown: number } }} */ (
        /** @type {unknown} */ (window)
      ).__saveTiming
      return state && state.shown > 0 ? state.shown - state.clicked : undefined
    })
    times.push(/** @type {number} */ (await handle.jsonValue()))
  }
  return times
}
