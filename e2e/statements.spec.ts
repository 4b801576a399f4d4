/**
 * Statements as a delegate drafts one: a statement for Item 6 timed at its pace against its
 * limit, a quote from an annotation inserted and its paragraph reached by the link, saved as
 * Word "check against delivery", still there after a restart, and back after Delete and Undo.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import mammoth from 'mammoth'
import { paragraph, writeParagraphNote } from './annotating'
import { expect, test } from './fixtures'

/** 450 words, nothing but words: 3:45 at 120 words a minute. */
const statementOf450Words = Array.from(
  { length: 450 },
  (_, index) =>
    ['Madam', 'Chair', 'we', 'support', 'early', 'warning', 'on', 'precursors', 'and'][index % 9]
).join(' ')

/** The serious and critical accessibility violations axe finds in `include`. */
async function seriousViolations(page: Page, include: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(include).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`)
    )
}

const editorOf = (page: Page) => page.getByRole('region', { name: 'Statement editor' })

/** Starts a statement from the palette, as a keyboard user does, and gives it a title. */
async function newStatement(page: Page, title: string) {
  await page.keyboard.press('Control+K')
  const palette = page.getByRole('combobox', { name: 'Command' })
  await expect(palette).toBeFocused()
  await palette.fill('New statement')
  await palette.press('Enter')
  const editor = editorOf(page)
  const titleBox = editor.getByRole('textbox', { name: 'Title' })
  await expect(titleBox).toBeFocused()
  await titleBox.fill(title)
  return editor
}

test('a statement for Item 6 is timed, quotes para. 58, saves as Word and survives a restart', async ({
  app
}) => {
  test.slow() // an annotation, a statement, a Word file and a restart
  let { page } = app
  await writeParagraphNote(page, 58, 'Raise early warning with **Iran**.')

  const editor = await newStatement(page, 'Item 6 statement')
  await editor.getByRole('combobox', { name: 'Agenda item' }).selectOption('agenda-item-6')
  await editor.getByRole('textbox', { name: 'Speaking for' }).fill('Ruritania')
  await expect(editor.getByRole('combobox', { name: 'Time limit' })).toHaveValue('180')
  await expect(editor.getByRole('spinbutton', { name: 'Words a minute' })).toHaveValue('120')

  const text = editor.getByRole('textbox', { name: 'Statement' })
  await text.fill(statementOf450Words)
  await expect(editor.locator('.count-line')).toHaveText('450 words · 3:45 at 120 words a minute')
  await expect(editor.locator('.over-line')).toHaveText('Over the 3:00 limit by 0:45')

  // Insert quote, at the end of the text, found by its paragraph number.
  await text.press('End')
  await text.press('Enter')
  await editor.getByRole('button', { name: 'Insert quote…' }).click()
  const picker = page.getByRole('dialog', { name: 'Insert quote' })
  const search = picker.getByRole('combobox', { name: 'Find a highlight or annotation' })
  await expect(search).toBeFocused()
  await search.fill('58')
  await expect(picker.getByRole('option')).toHaveText([/^para\. 58 · Iran/u])
  await search.press('Enter')
  await expect(text).toBeFocused()
  await expect(text).toHaveValue(/\(para\. 58\)$/u)

  // The cited paragraph is a link back to the text.
  await editor.getByRole('link', { name: 'para. 58', exact: true }).click()
  await expect(paragraph(page, 58)).toBeFocused()
  await expect(editor.getByRole('status').filter({ hasText: /^Saved$/u })).toBeVisible()

  const word = await app.savedBytes(() =>
    editor.getByRole('button', { name: 'Save Word', exact: true }).click()
  )
  expect(word.name).toMatch(/^CND67-statement-.*\.docx$/u)
  const { value: wordText } = await mammoth.extractRawText({ buffer: Buffer.from(word.bytes) })
  expect(wordText).toContain('Check against delivery')
  expect(wordText).toContain('Item 6 statement')
  expect(wordText).toContain('Ruritania')
  expect(wordText).toContain('(para. 58)')
  expect(wordText).not.toContain('Raise early warning')

  // After a restart, search finds the statement by its delegation and opens it.
  page = await app.restart()
  await page.getByRole('searchbox', { name: 'Search' }).fill('Ruritania')
  await page
    .getByRole('region', { name: 'Search results' })
    .locator('.search-result')
    .filter({ hasText: 'Statement: Item 6 statement' })
    .click()
  const reopened = editorOf(page)
  await expect(reopened.getByRole('textbox', { name: 'Statement' })).toHaveValue(
    /^Madam Chair we support.*\(para\. 58\)$/su
  )
  await expect(reopened.getByRole('textbox', { name: 'Speaking for' })).toHaveValue('Ruritania')
})

test('read-through times the statement from the keyboard; Escape returns to the editor; no serious accessibility violations', async ({
  app
}) => {
  // axe runs over the document three times; it takes a minute or more on a shared machine.
  test.setTimeout(180_000)
  const { page } = app
  const editor = await newStatement(page, 'Rehearsal')
  await editor.getByRole('textbox', { name: 'Statement' }).fill('Madam Chair, thank you.')
  expect(await seriousViolations(page, '.side-panel'), 'statement editor').toEqual([])
  await editor.getByRole('button', { name: 'Insert quote…' }).click()
  await expect(page.getByRole('dialog', { name: 'Insert quote' })).toBeVisible()
  expect(await seriousViolations(page, 'dialog[open]'), 'Insert quote').toEqual([])
  await page.keyboard.press('Escape')
  await expect(editor.getByRole('button', { name: 'Insert quote…' })).toBeFocused()

  const readButton = editor.getByRole('button', { name: 'Read through', exact: true })
  await readButton.click()
  const readThrough = page.getByRole('dialog', { name: 'Rehearsal' })
  await expect(readThrough).toContainText('Madam Chair, thank you.')
  expect(await seriousViolations(page, 'dialog[open]'), 'read-through').toEqual([])
  await expect(readThrough.locator('.elapsed')).toHaveText('0:00')
  await page.keyboard.press('r')
  await readThrough.locator('.read-through-text').focus()
  await page.keyboard.press(' ')
  await expect(readThrough.getByRole('button', { name: 'Pause' })).toBeVisible()
  await expect(readThrough.locator('.elapsed')).toHaveText('0:01')
  await page.keyboard.press(' ')
  await expect(readThrough.getByRole('button', { name: 'Resume' })).toBeVisible()
  await page.keyboard.press('r')
  await expect(readThrough.locator('.elapsed')).toHaveText('0:00')
  await page.keyboard.press('Escape')
  await expect(readThrough).toBeHidden()
  await expect(readButton).toBeFocused()
})

test('Print / PDF prints the statement alone', async ({ app }) => {
  const { page } = app
  const editor = await newStatement(page, 'For print')
  await editor.getByRole('textbox', { name: 'Statement' }).fill('Madam Chair, **thank you**.')
  const print = editor.getByRole('button', { name: 'Print / PDF' })
  if (app.mode === 'browser') {
    // Laid out for print, the statement is the only thing on the page.
    await page.emulateMedia({ media: 'print' })
    await page.evaluate(() => {
      window.print = () => {
        const shown = [...document.querySelectorAll('#app > *')]
          .filter((element) => getComputedStyle(element).display !== 'none')
          .map((element) => element.textContent?.trim())
        Object.assign(window, { __printed: shown })
      }
    })
    await print.click()
    await expect
      .poll(() => page.evaluate(() => (window as { __printed?: string[] }).__printed))
      .toEqual([expect.stringMatching(/For print[\s\S]*Madam Chair, thank you\./u)])
    await expect(page.locator('html')).not.toHaveClass(/printing-statement/)
    await expect(page.locator('.print-statement')).toHaveCount(0)
  } else {
    const pdf = await app.savedFile(() => print.click())
    expect(pdf.name).toMatch(/^CND67-statement-.*\.pdf$/u)
    expect(pdf.content.startsWith('%PDF')).toBe(true)
  }
})

test('Undo brings back a deleted statement', async ({ app }) => {
  const { page } = app
  const editor = await newStatement(page, 'To be deleted')
  await editor.getByRole('textbox', { name: 'Statement' }).fill('Our delegation thanks the Chair.')
  await editor.getByRole('button', { name: 'Delete statement' }).click()
  const statements = page.getByRole('region', { name: 'Statements' })
  await expect(statements.getByRole('button', { name: 'To be deleted' })).toBeHidden()
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await statements.getByRole('button', { name: 'To be deleted' }).click()
  await expect(editorOf(page).getByRole('textbox', { name: 'Statement' })).toHaveValue(
    'Our delegation thanks the Chair.'
  )
})

test('a statement goes into the brief when the delegate ticks Statements', async ({ app }) => {
  const { page } = app
  const editor = await newStatement(page, 'Opening statement')
  await editor.getByRole('textbox', { name: 'Statement' }).fill('Thank you, **Chair**.')
  await expect(editor.getByRole('status').filter({ hasText: /^Saved$/u })).toBeVisible()

  await page.getByRole('button', { name: 'Export brief…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  const preview = dialog.getByRole('document', { name: 'Brief preview' })
  await expect(preview.getByRole('heading', { name: 'Session notes' })).toBeVisible()
  await expect(preview.getByRole('heading', { name: 'Statements' })).toHaveCount(0)

  const include = dialog.getByRole('checkbox', { name: 'Statements' })
  await include.check()
  await expect(preview.getByRole('heading', { name: 'Opening statement' })).toBeVisible()
  await expect(preview.locator('strong', { hasText: 'Chair' })).toBeVisible()
  await expect(preview).toContainText('3 words · 0:02 at 120 words a minute')
})
