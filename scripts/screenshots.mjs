// @ts-check
/**
 * `npm run screenshots`: pictures of the app as it is now, taken from the built renderer in
 * Chromium at 1400×900 and 1024×700, with annotations brought in through the app's own W3C
 * import, as a delegate's would be.
 * - `readme`: the README's pictures, light theme: the reference pane with highlights and notes,
 *   the Follow-ups view and the brief's preview. Writes `docs/*.png`.
 * - `matrix`: the states the real-use e2e spec checks (e2e/real-use.spec.ts), light and dark:
 *   mid-document, the search results there, the editor open on para. 58, a filter on and a
 *   paragraph it hides gone to, the Export brief dialog, then a statement over its limit, Insert
 *   quote and the read-through. Writes `screenshots/*.png`, which git
 *   ignores: they are for looking at, not for keeping.
 * `node scripts/screenshots.mjs readme` or `… matrix` takes one set; without either, both. The
 * npm script builds first.
 */
import { mkdir } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './chromium.mjs'
import { serveStatic } from './serve-static.mjs'

/** The window sizes shot: the desktop app's usual size, and a small laptop's (`-1024` files). */
const sizes = [
  { width: 1400, height: 900, suffix: '' },
  { width: 1024, height: 700, suffix: '-1024' }
]

/**
 * The clock the pages see: the eve of CND67, so that the brief's date and the due days read as
 * they would to a delegate preparing, and the pictures only change when the app does.
 */
const shownDate = new Date('2024-03-13T17:00:00Z')

/**
 * @typedef {object} ShownAnnotation
 * @property {number} paragraph
 * @property {string | null} quote the highlighted words; null for a note on the whole paragraph
 * @property {'yellow' | 'green' | 'blue' | 'pink' | 'purple'} color
 * @property {string} note Markdown
 * @property {string[]} tags
 * @property {'support' | 'concern' | 'watch' | null} position
 * @property {{ action: string, status: string, priority: string, due: string | null, counterparts: string[] } | null} followUp
 */

/** @type {ShownAnnotation[]} */
const shownAnnotations = [
  {
    paragraph: 14,
    quote: 'regional collaboration with the United States and Mexico',
    color: 'yellow',
    note: 'North American model. **Ask** whether the trilateral dialogue covers precursors.',
    tags: ['Cooperation'],
    position: 'support',
    followUp: {
      action: 'Meet the Canadian delegation on the trilateral dialogue',
      status: 'open',
      priority: 'high',
      due: '2024-03-14',
      counterparts: ['Canada']
    }
  },
  {
    paragraph: 16,
    quote: 'detect and prevent the trafficking of synthetic drugs and their precursors',
    color: 'green',
    note: 'Same wording as our draft resolution, operative paragraph 3.',
    tags: ['Precursors'],
    position: null,
    followUp: null
  },
  {
    paragraph: 17,
    quote: null,
    color: 'blue',
    note: 'Ecuador: usage, manufacturing _and_ trafficking together. Quote in the statement.',
    tags: [],
    position: 'watch',
    followUp: null
  },
  {
    paragraph: 18,
    quote: 'cross-government task force',
    color: 'pink',
    note: 'Which ministries sit on it?',
    tags: ['Early warning'],
    position: null,
    followUp: {
      action: 'Ask the United Kingdom for the task force’s terms of reference',
      status: 'in-progress',
      priority: 'normal',
      due: '2024-03-18',
      counterparts: ['United Kingdom']
    }
  },
  {
    paragraph: 20,
    quote: 'interception of precursors involved in illicit manufacture',
    color: 'purple',
    note: 'France: forensic laboratories sharing data.',
    tags: ['Precursors'],
    position: 'concern',
    followUp: {
      action: 'Send France our precursor seizure figures',
      status: 'done',
      priority: 'low',
      due: null,
      counterparts: ['France']
    }
  }
]

/**
 * The annotations as a W3C Web Annotation collection, the format of the app's import.
 * @param {ShownAnnotation[]} annotations
 * @returns {string}
 */
function webAnnotations(annotations) {
  const items = annotations.map((annotation, index) => ({
    id: `urn:uuid:00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    type: 'Annotation',
    motivation: annotation.quote ? 'highlighting' : 'commenting',
    created: new Date(shownDate.getTime() - (annotations.length - index) * 3_600_000).toISOString(),
    body: [
      {
        type: 'TextualBody',
        value: annotation.note,
        format: 'text/markdown',
        purpose: 'commenting'
      },
      ...annotation.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' }))
    ],
    target: {
      source: 'urn:cnd67-notes:unodc-egm-synthetic-drugs',
      selector: {
        type: 'FragmentSelector',
        value: `para-${annotation.paragraph}`,
        ...(annotation.quote
          ? { refinedBy: { type: 'TextQuoteSelector', exact: annotation.quote } }
          : {})
      }
    },
    'cnd67:color': annotation.color,
    'cnd67:position': annotation.position,
    'cnd67:followUp': annotation.followUp && {
      ...annotation.followUp,
      agendaItemId: 'agenda-item-6'
    }
  }))
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    total: items.length,
    first: { type: 'AnnotationPage', items }
  })
}

/**
 * Waits until the page shows what it will keep showing: no animation running, painted twice.
 * Unless `keepFocus`, first moves the pointer away and blurs the focus, so that neither a hover
 * nor a focus ring shows where the last step left them; a state whose point is where the focus
 * is (an open editor, the search results) keeps it.
 * @param {import('@playwright/test').Page} page
 * @param {{ keepFocus?: boolean }} [options]
 */
async function settled(page, { keepFocus = false } = {}) {
  await page.mouse.move(0, 0)
  await page.evaluate(async (keepFocus) => {
    if (!keepFocus) /** @type {HTMLElement | null} */ (document.activeElement)?.blur()
    await Promise.all(document.getAnimations().map((animation) => animation.finished))
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  }, keepFocus)
}

/**
 * Waits until the page has started and listed the stored annotations.
 * @param {import('@playwright/test').Page} page
 */
async function notesShown(page) {
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown').length > 0)
}

/**
 * A page at `size` in `theme`, whose clock reads `shownDate`, holding `shownAnnotations`,
 * brought in through the Your data dialog; opened at `hash`, then reopened there.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {{ width: number, height: number }} size
 * @param {'light' | 'dark'} theme
 * @param {string} hash
 */
async function annotatedPage(browser, appUrl, size, theme, hash) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    colorScheme: theme,
    reducedMotion: 'reduce'
  })
  // Only the date is fixed: under Playwright's own clock, which also takes over `performance`,
  // the app's start-up marks never showed.
  await context.addInitScript((shownTime) => {
    globalThis.Date = new Proxy(Date, {
      construct: (RealDate, args) =>
        Reflect.construct(RealDate, args.length === 0 ? [shownTime] : args),
      get: (RealDate, key) => (key === 'now' ? () => shownTime : Reflect.get(RealDate, key))
    })
  }, shownDate.getTime())
  const page = await context.newPage()
  await page.goto(`${appUrl}${hash}`)
  await notesShown(page)

  // The theme as a delegate chooses it, rather than the system's.
  await page.getByRole('button', { name: 'Display…' }).click()
  const display = page.getByRole('dialog', { name: 'Display' })
  await display.getByRole('combobox', { name: 'Theme' }).selectOption(theme)
  await display.getByRole('button', { name: 'Done' }).click()
  await display.waitFor({ state: 'hidden' })

  await page.getByRole('button', { name: 'Your data…' }).click()
  const dataDialog = page.getByRole('dialog', { name: 'Your data' })
  await dataDialog.getByLabel('Import annotations…').setInputFiles({
    name: 'cnd67-annotations.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(webAnnotations(shownAnnotations))
  })
  const restore = dataDialog.getByRole('region', { name: 'Restore', exact: true })
  await restore.getByText(`${shownAnnotations.length} annotations`).first().waitFor()
  await restore.getByRole('button', { name: 'Merge into my data' }).click()
  await dataDialog.waitFor({ state: 'hidden' })
  const entries = page.getByRole('region', { name: 'Annotations' }).locator('.annotation-entry')
  await entries.nth(shownAnnotations.length - 1).waitFor()

  // Reopened where the delegate was reading, without the focus and flash of arriving by a link.
  await page.reload()
  await notesShown(page)
  return page
}

/**
 * Shoots the README's three pictures at one window size.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {(typeof sizes)[number]} size
 * @returns {Promise<string[]>} the files written
 */
async function shootReadme(browser, appUrl, size) {
  // The reference pane reopened at paragraph 14.
  const page = await annotatedPage(browser, appUrl, size, 'light', '#para-14')
  /** @type {string[]} */
  const written = []
  const file = (/** @type {string} */ name) => `docs/${name}${size.suffix}.png`

  await settled(page)
  await page.screenshot({ path: file('reference-pane') })
  written.push(file('reference-pane'))

  await page
    .getByRole('tablist', { name: 'Notes views' })
    .getByRole('tab', { name: 'Follow-ups' })
    .click()
  await page
    .getByRole('region', { name: 'Follow-ups' })
    .locator('.follow-up-entry')
    .first()
    .waitFor()
  await settled(page)
  await page.screenshot({ path: file('follow-ups') })
  written.push(file('follow-ups'))

  // From the keyboard: a click leaves the button's hover under the dialog's backdrop, or not.
  await page.getByRole('button', { name: 'Export brief…' }).press('Enter')
  const preview = page
    .getByRole('dialog', { name: 'Export brief' })
    .getByRole('document', { name: 'Brief preview' })
  // Past the title and the source, to the follow-ups and the annotations.
  await preview
    .getByRole('heading', { name: 'Follow-ups for CND67' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }))
  await settled(page)
  await page.screenshot({ path: file('brief-preview') })
  written.push(file('brief-preview'))

  await page.context().close()
  return written
}

/**
 * Shoots the real-use states at one window size in one theme, in the order the e2e spec goes
 * through them, starting mid-document (opened at para. 60), then the Statements view's.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {(typeof sizes)[number]} size
 * @param {'light' | 'dark'} theme
 * @returns {Promise<string[]>} the files written
 */
async function shootMatrix(browser, appUrl, size, theme) {
  const page = await annotatedPage(browser, appUrl, size, theme, '#para-60')
  /** @type {string[]} */
  const written = []
  /** @param {string} state @param {{ keepFocus?: boolean }} [options] */
  const shot = async (state, options) => {
    const path = `screenshots/${state}-${size.width}x${size.height}-${theme}.png`
    await settled(page, options)
    await page.screenshot({ path })
    written.push(path)
  }
  const goTo = async (/** @type {number} */ number) => {
    await page.keyboard.press('Control+G')
    await page.getByRole('textbox', { name: 'Go to paragraph' }).fill(String(number))
    await page.keyboard.press('Enter')
  }

  await shot('1-mid-document')

  const results = page.getByRole('region', { name: 'Search results' })
  await page.keyboard.press('Control+F')
  await page.keyboard.type('early warning')
  await results.waitFor()
  await shot('2-search-mid-document', { keepFocus: true })
  await page.keyboard.press('Escape')
  await results.waitFor({ state: 'hidden' })

  await goTo(58)
  await page.getByRole('group', { name: 'Paragraph 58', exact: true }).hover()
  await page.getByRole('button', { name: 'Annotate paragraph 58', exact: true }).click()
  const note = page.getByRole('textbox', { name: 'Note' })
  await note.fill('Ask which Member States feed the Early Warning Advisory.')
  await shot('3-editor-mid-document', { keepFocus: true })
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await note.waitFor({ state: 'hidden' })

  const filters = page.getByRole('group', { name: 'Filter paragraphs' })
  await filters.getByRole('combobox', { name: 'Speaker' }).selectOption('Canada')
  await filters.getByRole('status').waitFor()
  await shot('4-filter-on')
  await goTo(59)
  await page.getByRole('textbox', { name: 'Go to paragraph' }).waitFor({ state: 'hidden' })
  await shot('5-filter-go-to-hidden-paragraph', { keepFocus: true })
  await filters.getByRole('button', { name: 'Clear filter' }).click()

  await page.getByRole('button', { name: 'Export brief…' }).press('Enter')
  const briefDialog = page.getByRole('dialog', { name: 'Export brief' })
  await briefDialog.waitFor()
  await briefDialog.getByRole('checkbox', { name: 'Statements' }).check()
  await shot('6-export-brief', { keepFocus: true })
  await page.keyboard.press('Escape')
  await briefDialog.waitFor({ state: 'hidden' })

  // A statement drafted from the keyboard, over its limit, then a quote to insert and the
  // read-through.
  await page.keyboard.press('Control+K')
  await page.getByRole('combobox', { name: 'Command' }).fill('New statement')
  await page.keyboard.press('Enter')
  const statement = page.getByRole('region', { name: 'Statement editor' })
  await statement.getByRole('textbox', { name: 'Title' }).fill('Item 6: synthetic drugs')
  await statement.getByRole('textbox', { name: 'Speaking for' }).fill('Ruritania')
  const words = 'Madam Chair we support early warning on precursors and'.split(' ')
  await statement
    .getByRole('textbox', { name: 'Statement' })
    .fill(Array.from({ length: 450 }, (_, index) => words[index % words.length]).join(' '))
  await shot('7-statement-over-limit', { keepFocus: true })
  await statement.getByRole('button', { name: 'Insert quote…' }).click()
  const picker = page.getByRole('dialog', { name: 'Insert quote' })
  await picker.getByRole('combobox', { name: 'Find a highlight or annotation' }).fill('58')
  await shot('8-insert-quote', { keepFocus: true })
  await page.keyboard.press('Escape')
  await picker.waitFor({ state: 'hidden' })
  await statement.getByRole('button', { name: 'Read through', exact: true }).click()
  await page.getByRole('dialog', { name: 'Item 6: synthetic drugs' }).waitFor()
  await shot('9-read-through', { keepFocus: true })

  await page.context().close()
  return written
}

/** Which sets to take: those named on the command line, else both. */
const named = process.argv.slice(2)
for (const name of named) {
  if (name !== 'readme' && name !== 'matrix') {
    throw new Error(`Unknown set "${name}": name readme, matrix or neither (both).`)
  }
}
const wanted = (/** @type {string} */ name) => named.length === 0 || named.includes(name)

const server = await serveStatic('out/renderer')
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
try {
  for (const size of sizes) {
    if (wanted('readme')) {
      for (const written of await shootReadme(browser, server.url, size)) {
        console.log(`wrote ${written}`)
      }
    }
    if (wanted('matrix')) {
      await mkdir('screenshots', { recursive: true })
      for (const theme of /** @type {const} */ (['light', 'dark'])) {
        for (const written of await shootMatrix(browser, server.url, size, theme)) {
          console.log(`wrote ${written}`)
        }
      }
    }
  }
} finally {
  await browser.close()
  await server.close()
}
