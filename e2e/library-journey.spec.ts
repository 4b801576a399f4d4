/**
 * The library end to end, as a delegate uses it in the app itself: Ctrl+O picks a UN report as
 * a PDF, which pdf.js reads in its worker under the app's CSP and Trusted Types with nothing
 * refused; the report opens from the notice with its paragraphs and outline; a passage of it and
 * a paragraph of the summary get notes; search finds the report's note by its symbol and the
 * "Search in" filter keeps to the report; the brief cites the report by its symbol and the
 * summary by paragraph; and all of it survives a reload. Then the same import at 1024×700, where
 * the notice, the Open document dialog and the Library's rows must be in the window, uncovered.
 */
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { paragraph, selectPassage, writeParagraphNote } from './annotating'
import { expect, pageSettled, test, type RunningApp } from './fixtures'
import { expectUsable } from './visibility'

const reportPdf = 'src/renderer/test-support/un-documents/fictitious-report.pdf'
const symbol = 'E/CN.7/2024/99'
const title = 'Report on the imaginary laboratory network of Utopia and Erewhon'
/** A word in no document, written in both notes, so that a search finds exactly the two notes. */
const noteWord = 'Quokkaville'

/** The reference pane's article, which names the document it shows. */
const article = (page: Page) => page.locator('article.document')

/** Tells the page's console of each CSP violation, Trusted Types included, as the page is told. */
function reportViolations() {
  document.addEventListener('securitypolicyviolation', (event) =>
    console.error(`Refused by the CSP: ${event.violatedDirective} ${event.blockedURI}`)
  )
}

/**
 * What the app was refused (CSP and Trusted Types violations, in the page and its workers), and
 * the paths of the workers it started; `watch` again after a restart, which may bring a new window.
 */
class Refusals {
  readonly refused: string[] = []
  readonly workers: string[] = []
  readonly #pages = new WeakSet<Page>()

  async watch(page: Page): Promise<void> {
    if (this.#pages.has(page)) return
    this.#pages.add(page)
    const refusal = /Content Security Policy|Refused|Trusted ?Type|TrustedHTML|TrustedScript/iu
    page.on('console', (message) => {
      if (refusal.test(message.text())) this.refused.push(message.text())
    })
    page.on('pageerror', (error) => this.refused.push(`error: ${error.message}`))
    page.on('worker', (worker) => {
      this.workers.push(new URL(worker.url()).pathname)
      worker.on('console', (message) => {
        if (refusal.test(message.text())) this.refused.push(`worker: ${message.text()}`)
      })
    })
    // In the page loaded already, and in every page loaded from now on (a reload).
    await page.addInitScript(reportViolations)
    await page.evaluate(reportViolations)
  }
}

/**
 * Records what the Open document dialog says while it reads (it may last only a moment for a
 * two-page PDF): each text of its status line, and whether a progress bar was shown.
 */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { texts: string[]; progress: boolean } = { texts: [], progress: false }
    Object.assign(window, { __importProgress: seen })
    new MutationObserver(() => {
      const dialog = document.querySelector('dialog.open-document-dialog')
      const text = dialog?.querySelector('.reading')?.textContent
      if (text && seen.texts.at(-1) !== text) seen.texts.push(text)
      if (dialog?.querySelector('progress')) seen.progress = true
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
}

/** Presses Ctrl+O and picks the file `name` holding `bytes` in the chooser it opens, as a delegate does. */
async function openDocument(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  const chooser = page.waitForEvent('filechooser')
  await page.keyboard.press('Control+O')
  await (await chooser).setFiles({ name, buffer: bytes, mimeType: 'application/pdf' })
}

/** Imports the report through Ctrl+O; resolves with the notice that says it was added. */
async function importReport(page: Page) {
  await openDocument(page, 'fictitious-report.pdf', await readFile(reportPdf))
  const added = page
    .locator('.notice')
    .filter({ hasText: `Added “${title}” to your library: 6 paragraphs.` })
  // Loading pdf.js and its worker comes first.
  await expect(added).toBeVisible({ timeout: 30_000 })
  return added
}

/** The Library tab of the notes side. */
async function showLibrary(page: Page) {
  await page
    .getByRole('tablist', { name: 'Notes views' })
    .getByRole('tab', { name: 'Library' })
    .click()
  return page.getByRole('tabpanel', { name: 'Library' })
}

/** Imports the report and opens it from the notice; resolves with its id in the library. */
async function importAndOpen(app: RunningApp): Promise<string> {
  const { page } = app
  const added = await importReport(page)
  await added.getByRole('button', { name: 'Open' }).click()
  await expect(article(page)).not.toHaveAttribute('data-document', 'summary')
  const id = (await article(page).getAttribute('data-document')) ?? ''
  expect(id).not.toBe('')
  expect(await page.evaluate(() => location.hash)).toBe(`#doc/${id}`)
  return id
}

test('a PDF report opened with Ctrl+O is read, annotated, searched, briefed and kept', async ({
  app
}) => {
  test.slow() // an import, two notes, a search, a brief and a reload
  let { page } = app
  // The app's page requires Trusted Types, so that a refusal is what any stray markup would meet.
  expect(
    await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  ).toMatch(/require-trusted-types-for 'script'/u)
  const refusals = new Refusals()
  await refusals.watch(page)
  await recordProgress(page)

  // 1. Ctrl+O, the PDF, the progress while it is read, and the notice that offers Open.
  const id = await importAndOpen(app)
  const progress = await page.evaluate(
    () => (window as { __importProgress?: { texts: string[]; progress: boolean } }).__importProgress
  )
  expect(progress?.texts[0]).toBe('Reading “fictitious-report.pdf”…')
  expect(progress?.texts.some((text) => /^Reading page \d of 2…$/u.test(text))).toBe(true)
  expect(progress?.progress).toBe(true)
  // pdf.js read it in its own worker, one of the app's files.
  expect(refusals.workers).toEqual([expect.stringMatching(/^\/assets\/pdf\.worker.*\.m?js$/u)])
  await expect(page.locator('.reference-pane .paragraph')).toHaveCount(6)
  await expect(paragraph(page, 5)).toContainText(
    'The two fictitious countries agreed to continue the network for another imaginary year.'
  )
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
  await expect(page.locator('.document-name')).toHaveText(`${symbol} · ${title}`)
  const outline = page.getByRole('navigation', { name: 'Outline' })
  await expect(outline.getByRole('link')).toHaveText([
    /I\. Introduction/u,
    /II\. Activities/u,
    /A\. Analysis/u,
    /B\. Cooperation/u,
    /III\. Recommendation/u
  ])

  // 2. A note with a follow-up on a passage of the report, and a note on the summary.
  await selectPassage(page, 5, 'another imaginary year')
  await page
    .getByRole('toolbar', { name: 'Selected passage' })
    .getByRole('button', { name: 'Add note' })
    .click()
  await page.getByRole('textbox', { name: 'Note' }).fill(`Ask Utopia about ${noteWord} funding.`)
  const editor = page.getByRole('region', { name: 'Annotation editor' })
  await editor.getByRole('checkbox', { name: 'Follow-up for CND67' }).check()
  await editor.getByRole('textbox', { name: 'Action' }).fill('Meet Utopia on the network')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeHidden()
  await expect(paragraph(page, 5).locator('mark')).toHaveText('another imaginary year')

  await page.evaluate(() => (location.hash = '#para-22'))
  await expect(article(page)).toHaveAttribute('data-document', 'summary')
  await writeParagraphNote(page, 22, `${noteWord} for the summary, too.`)

  // Search: both notes, the report's cited by its symbol; the filter keeps to the report.
  await page.keyboard.press('Control+F')
  const search = page.getByRole('searchbox', { name: 'Search' })
  await expect(search).toBeFocused()
  await search.fill(noteWord)
  const results = page.getByRole('region', { name: 'Search results' })
  const citations = results.locator('.search-result strong')
  // Both notes, in whichever order they rank.
  await expect
    .poll(async () => (await citations.allTextContents()).sort())
    .toEqual([`${symbol}, para. 5`, 'para. 22'])
  await results.getByRole('combobox', { name: 'Search in' }).selectOption(id)
  await expect(citations).toHaveText([`${symbol}, para. 5`])
  await expect(results).not.toContainText('for the summary, too')
  await results.locator('.search-result').first().click()
  await expect(results).toBeHidden()
  await expect(article(page)).toHaveAttribute('data-document', id)
  await expect(paragraph(page, 5)).toBeFocused()

  // 3. The brief: a heading for the report with its symbol; each note cited as it should be.
  await page.getByRole('button', { name: 'Export brief…' }).click()
  const briefDialog = page.getByRole('dialog', { name: 'Export brief' })
  await expect(briefDialog.getByRole('document', { name: 'Brief preview' })).toContainText(
    'Meet Utopia on the network'
  )
  const brief = await app.savedFile(() =>
    briefDialog.getByRole('button', { name: 'Save Markdown' }).click()
  )
  const lines = brief.content.split('\n')
  expect(lines.filter((line) => /^#+ /u.test(line) && line.includes(symbol))).toEqual([
    expect.stringContaining(`${title} (${symbol})`)
  ])
  // The report's note and its follow-up by symbol; the summary's note by its paragraph alone.
  expect(lines).toContain(`- **${symbol}, para. 5** · Follow-up: Open`)
  expect(lines).toContain(`- [ ] Meet Utopia on the network — Normal priority (${symbol}, para. 5)`)
  expect(lines).toContain('- **para. 22** · United States of America')
  await briefDialog.getByRole('button', { name: 'Close', exact: true }).click()
  await expect(briefDialog).toBeHidden()

  // A reload keeps the report (the address names it), its note and the library.
  expect(await page.evaluate(() => location.hash)).toBe(`#doc/${id}`)
  page = await app.restart()
  await refusals.watch(page)
  await expect(article(page)).toHaveAttribute('data-document', id)
  await expect(paragraph(page, 5).locator('mark')).toHaveText('another imaginary year')
  const notes = page.getByRole('region', { name: 'Annotations' })
  await expect(notes.locator('.annotation-entry')).toHaveCount(1)
  await expect(notes).toContainText(`Ask Utopia about ${noteWord} funding.`)
  const library = await showLibrary(page)
  await expect(library.getByRole('listitem')).toHaveCount(2)
  await expect(page.getByRole('listitem', { name: title, exact: true })).toContainText(symbol)

  await pageSettled(page)
  expect(refusals.refused).toEqual([])
  // The watch does catch a refusal: markup written without a policy is one.
  await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>stray</b>'
    } catch {
      // Refused, as it should be; the violation is reported all the same.
    }
  })
  await expect.poll(() => refusals.refused).not.toEqual([])
})

test('at 1024×700 the import notice, the Open document dialog and the Library fit', async ({
  app
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 700 })
  const refusals = new Refusals()
  await refusals.watch(page)
  const added = await importReport(page)
  await expectUsable(added.getByRole('button', { name: 'Open' }))

  const library = await showLibrary(page)
  const rows = library.getByRole('listitem')
  await expect(rows).toHaveCount(2)
  for (const row of await rows.all()) await expectUsable(row)
  await expectUsable(page.getByRole('button', { name: `Open ${title}` }))
  await page.getByRole('button', { name: `Open ${title}` }).click()
  await expect(article(page)).not.toHaveAttribute('data-document', 'summary')
  await expect(page.locator('.reference-pane .paragraph')).toHaveCount(6)

  // A file that is not a PDF keeps the dialog open, with its refusal, on screen.
  await openDocument(page, 'report.pdf', Buffer.from('1. Not a PDF.'))
  const dialog = page.getByRole('dialog', { name: 'Open document' })
  await expect(dialog.getByRole('alert')).toHaveText(/^This file is not a PDF document/u)
  await expectUsable(dialog)
  await expectUsable(dialog.getByRole('button', { name: 'Close' }), { focus: 'on' })
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  expect(refusals.refused).toEqual([])
})
