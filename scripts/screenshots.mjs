// @ts-check
/**
 * `npm run screenshots`: the README's pictures of the app as it is now, taken from the built
 * renderer in Chromium, light theme, at 1400×900 and 1024×700: the reference pane with highlights
 * and notes, the Follow-ups view and the brief's preview. The annotations come in through the
 * app's own W3C import, as a delegate's would. Writes `docs/*.png`; the npm script builds first.
 */
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
 * Waits until the page shows what it will keep showing, without the pointer's hover or a focus
 * ring where the last step left them: no animation running, painted twice.
 * @param {import('@playwright/test').Page} page
 */
async function settled(page) {
  await page.mouse.move(0, 0)
  await page.evaluate(async () => {
    ;/** @type {HTMLElement | null} */ (document.activeElement)?.blur()
    await Promise.all(document.getAnimations().map((animation) => animation.finished))
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
}

/**
 * Waits until the page has started and listed the stored annotations.
 * @param {import('@playwright/test').Page} page
 */
async function notesShown(page) {
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown').length > 0)
}

/**
 * Shoots the three pictures at one window size.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appUrl
 * @param {(typeof sizes)[number]} size
 * @returns {Promise<string[]>} the files written
 */
async function shoot(browser, appUrl, size) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    colorScheme: 'light',
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
  await page.goto(`${appUrl}#para-14`)
  await notesShown(page)

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

  const written = []
  const file = (/** @type {string} */ name) => `docs/${name}${size.suffix}.png`

  // The reference pane opened afresh at paragraph 14.
  await page.reload()
  await notesShown(page)
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

  await context.close()
  return written
}

const server = await serveStatic('out/renderer')
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
try {
  for (const size of sizes) {
    for (const written of await shoot(browser, server.url, size)) console.log(`wrote ${written}`)
  }
} finally {
  await browser.close()
  await server.close()
}
