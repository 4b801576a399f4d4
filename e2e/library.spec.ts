/**
 * The library as a delegate builds it: Open document… (Ctrl+O, the file picker) reads the Word
 * copy of the summary and a text file into the Library with their paragraphs; a rename survives a
 * restart; Remove says first what goes and Undo brings it back; a file that is not what its name
 * says is refused in plain words and the library stays as it was.
 */
import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const summaryWord = 'src/renderer/test-support/un-documents/cnd67-crp-summary.docx'

/** A short report as a delegate might save it as text. */
const reportText = [
  'E/CN.7/2024/99',
  '',
  'Report on precursors',
  '',
  'I. Introduction',
  '',
  '1. The Commission considered the control of precursors.',
  '',
  '2. Member States reported new designer precursors.'
].join('\n')

/** The serious and critical accessibility violations axe finds in `include`. */
async function seriousViolations(page: Page, include: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(include).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`)
    )
}

/** Runs a command from the palette by typing part of its name. */
async function command(page: Page, typed: string): Promise<void> {
  await page.keyboard.press('Control+K')
  await expect(page.getByRole('combobox', { name: 'Command' })).toBeFocused()
  await page.keyboard.type(typed)
  await page.keyboard.press('Enter')
}

/** Presses Ctrl+O and picks a file in the file chooser it opens, as a delegate does. */
async function openDocument(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  const chooser = page.waitForEvent('filechooser')
  await page.keyboard.press('Control+O')
  await (await chooser).setFiles({ ...file, mimeType: 'application/octet-stream' })
}

/** The Library tab, shown from the palette. */
async function showLibrary(page: Page) {
  await command(page, 'Library')
  await expect(page.getByRole('tab', { name: 'Library' })).toBeFocused()
  return page.getByRole('tabpanel', { name: 'Library' })
}

const entry = (page: Page, title: string) =>
  page.getByRole('listitem', { name: title, exact: true })

test('a Word file and a text file join the library; a rename survives a restart', async ({
  app
}) => {
  test.slow() // two imports and a restart
  let { page } = app
  await openDocument(page, { name: 'cnd67-crp-summary.docx', buffer: await readFile(summaryWord) })
  const added = page.locator('.notice').filter({ hasText: 'to your library: 87 paragraphs.' })
  // Reading a Word file of 87 paragraphs loads mammoth and the parser first.
  await expect(added).toBeVisible({ timeout: 30_000 })

  await openDocument(page, { name: 'precursors.txt', buffer: Buffer.from(reportText) })
  await expect(page.locator('.notice')).toContainText([
    'Added “Report on precursors” to your library: 2 paragraphs.'
  ])

  const library = await showLibrary(page)
  await expect(library.getByRole('listitem')).toHaveCount(3)
  // The Word copy of the summary, under the summary's own title, follows the built-in one.
  const [builtIn, wordCopy] = [0, 1].map((index) => library.getByRole('listitem').nth(index))
  await expect(builtIn).toContainText('Built in · ')
  await expect(wordCopy).not.toContainText('Built in')
  await expect(wordCopy).toContainText('87 paragraphs · 0 annotations')
  await expect(entry(page, 'Report on precursors')).toContainText('E/CN.7/2024/99 · Imported')
  expect(await seriousViolations(page, '.side-panel')).toEqual([])

  await entry(page, 'Report on precursors')
    .getByRole('button', { name: 'Rename Report on precursors' })
    .click()
  const title = page.getByRole('textbox', { name: 'New title for Report on precursors' })
  await expect(title).toBeFocused()
  await title.fill('Precursors, CND67')
  await title.press('Enter')
  await expect(entry(page, 'Precursors, CND67')).toBeVisible()

  page = await app.restart()
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  const reopened = await showLibrary(page)
  await expect(entry(page, 'Precursors, CND67')).toContainText('2 paragraphs')
  await expect(reopened.getByRole('listitem').nth(1)).toContainText('87 paragraphs')
})

test('Remove says first what goes, and Undo brings the document back', async ({ app }) => {
  const { page } = app
  await openDocument(page, { name: 'precursors.txt', buffer: Buffer.from(reportText) })
  await expect(page.locator('.notice')).toContainText(['Added “Report on precursors”'])
  await showLibrary(page)
  await entry(page, 'Report on precursors')
    .getByRole('button', { name: 'Remove Report on precursors' })
    .click()
  const question = page.getByRole('group').filter({ hasText: 'Removes' })
  await expect(question).toContainText('Removes “Report on precursors”. It has no annotations.')
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await question.getByRole('button', { name: 'Remove' }).click()
  await expect(entry(page, 'Report on precursors')).toHaveCount(0)
  const removed = page.locator('.notice').filter({ hasText: 'Removed “Report on precursors”.' })
  await removed.getByRole('button', { name: 'Undo' }).click()
  await expect(entry(page, 'Report on precursors')).toContainText('2 paragraphs')
})

test('a file that is not what its name says is refused plainly, and nothing is added', async ({
  app
}) => {
  const { page } = app
  const randomBytes = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 251))
  await openDocument(page, { name: 'report.docx', buffer: randomBytes })
  const dialog = page.getByRole('dialog', { name: 'Open document' })
  await expect(dialog.getByRole('alert')).toHaveText(
    /^This file is not a Word document, whatever its name says\./u
  )
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  expect(await seriousViolations(page, 'dialog[open]')).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // The same refusal for a PDF named as a Word file.
  await openDocument(page, { name: 'report.docx', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') })
  await expect(dialog.getByRole('alert')).toHaveText(/^This file is not a Word document/u)
  await dialog.getByRole('button', { name: 'Close' }).click()

  const library = await showLibrary(page)
  await expect(library.getByRole('listitem')).toHaveCount(1)
  await expect(library).toContainText('Only the built-in summary so far.')
})
