/**
 * The reference pane shows any document of the library: an imported document opens at its
 * address with its own text, outline and annotations, which stay on it after a restart and never
 * show on the summary; the summary comes back as it was; hostile text in the document stays
 * text; and the document reads well in a small window in the dark theme.
 */
import type { Locator, Page } from '@playwright/test'
import { paragraph, selectPassage, writeParagraphNote } from './annotating'
import { expect, pageSettled, test } from './fixtures'
import { hostileReport, storeImportedDocument } from './library-documents'

const report = hostileReport

/** The reference pane's article, which names the document it shows. */
const article = (page: Page) => page.locator('article.document')

/** Chooses a theme in Display, as a delegate does. */
async function chooseTheme(page: Page, theme: 'Light' | 'Dark') {
  await page.getByRole('button', { name: 'Display…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Display' })
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption(theme)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
}

/**
 * The contrast ratio (WCAG) of an element's text on the background painted behind it, and
 * whether its box fits the window's width.
 */
function readability(locator: Locator) {
  return locator.evaluate((element) => {
    const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number)
    let behind: Element | null = element
    let background = [255, 255, 255]
    while (behind) {
      const [r, g, b, alpha = 1] = channels(getComputedStyle(behind).backgroundColor)
      if (alpha > 0) {
        background = [r, g, b]
        break
      }
      behind = behind.parentElement
    }
    const luminance = ([r, g, b]: number[]) => {
      const linear = (value: number) => {
        const c = value / 255
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }
    const text = luminance(channels(getComputedStyle(element).color))
    const ground = luminance(background)
    const box = element.getBoundingClientRect()
    return {
      contrast:
        Math.round(((Math.max(text, ground) + 0.05) / (Math.min(text, ground) + 0.05)) * 10) / 10,
      fits: box.left >= 0 && box.right <= document.documentElement.clientWidth
    }
  })
}

test('an imported document opens at its address and keeps its own annotations', async ({ app }) => {
  let { page } = app
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await storeImportedDocument(page, report)
  await app.openAt(`#doc/${report.id}/para-2`)

  await expect(article(page)).toHaveAttribute('data-document', report.id)
  await expect(paragraph(page, 2)).toContainText('It covers <script>window.hostile = 1</script>')
  await expect(paragraph(page, 2)).toBeFocused()
  await expect(page.locator('.reference-pane .paragraph')).toHaveCount(3)
  await expect(page.getByRole('heading', { name: 'Report on precursor control' })).toBeVisible()
  await expect(paragraph(page, 1).getByRole('complementary', { name: 'Footnotes' })).toHaveText(
    '1 See resolution 66/1.'
  )
  const outline = page.getByRole('navigation', { name: 'Outline' })
  await expect(outline.getByRole('link')).toHaveText([/I\. Introduction/u, /II\. Findings/u])
  await expect(page.locator('.document-name')).toHaveText(
    'E/CN.7/2024/99 · Report on precursor control'
  )
  // Filters that the document has nothing for (sessions, speakers, kinds) are left out.
  await expect(page.getByRole('combobox', { name: /speaker/iu })).toHaveCount(0)

  await selectPassage(page, 1, 'precursor control')
  await page
    .getByRole('toolbar', { name: 'Selected passage' })
    .getByRole('button', { name: 'Highlight: Green' })
    .click()
  await expect(paragraph(page, 1).locator('mark.highlight-green')).toHaveText('precursor control')
  await writeParagraphNote(page, 2, 'Ask the Secretariat about precursors.')
  const panel = page.getByRole('region', { name: 'Annotations' })
  await expect(panel.locator('.annotation-entry')).toHaveCount(2)

  page = await app.restart()
  await app.openAt(`#doc/${report.id}/para-2`)
  await expect(article(page)).toHaveAttribute('data-document', report.id)
  await expect(paragraph(page, 1).locator('mark.highlight-green')).toHaveText('precursor control')
  await expect(paragraph(page, 2)).toHaveAttribute('data-annotated', 'true')
  await expect(
    page.getByRole('region', { name: 'Annotations' }).locator('.annotation-entry')
  ).toHaveCount(2)

  // Back to the summary by its own address: its text, with none of the document's notes.
  await page.evaluate(() => (location.hash = '#para-2'))
  await expect(article(page)).toHaveAttribute('data-document', 'summary')
  await expect(page.locator('.reference-pane .paragraph')).toHaveCount(87)
  await expect(paragraph(page, 2)).toBeFocused()
  await expect(paragraph(page, 2)).not.toContainText('It covers')
  await expect(paragraph(page, 2)).not.toHaveAttribute('data-annotated', 'true')
  await expect(page.locator('.reference-pane mark')).toHaveCount(0)
  await expect(
    page.getByRole('region', { name: 'Annotations' }).locator('.annotation-entry')
  ).toHaveCount(0)
  await expect(outline.getByRole('link', { name: /Summary of the proceedings/u })).toBeVisible()
  await expect(outline.getByRole('link', { name: /Findings/u })).toHaveCount(0)
  await expect(page.locator('.document-name')).toHaveText(
    'Expert group meeting on synthetic drugs · summary'
  )

  // Hostile text in the document never ran, in either visit.
  await pageSettled(page)
  expect(await page.evaluate(() => 'hostile' in window)).toBe(false)
  expect(dialogs).toEqual([])
})

test('the hostile text of an imported paragraph is shown as text', async ({ app }) => {
  const { page } = app
  await storeImportedDocument(page, report)
  await app.openAt(`#doc/${report.id}/para-2`)
  await expect(article(page)).toHaveAttribute('data-document', report.id)
  const text = paragraph(page, 2).locator('.text')
  await expect(text).toHaveText(report.document.paragraphs[1].text)
  await expect(page.locator('.reference-pane script, .reference-pane img')).toHaveCount(0)
  await pageSettled(page)
  expect(await page.evaluate(() => 'hostile' in window)).toBe(false)
})

test('an address naming a document not in the library says so and keeps the summary', async ({
  app
}) => {
  const { page } = app
  await app.openAt('#doc/not-here/para-2')
  await expect(page.getByText('That document is not in your library.')).toBeVisible()
  await expect(article(page)).toHaveAttribute('data-document', 'summary')
  await expect(page.locator('.reference-pane .paragraph')).toHaveCount(87)
})

test('an imported document reads well at 1024×700 in the dark theme', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 700 })
  await chooseTheme(page, 'Dark')
  await storeImportedDocument(page, report)
  // Opened at its start, so that no paragraph is flashing as one jumped to does.
  await app.openAt(`#doc/${report.id}`)
  await expect(article(page)).toHaveAttribute('data-document', report.id)
  for (const part of [
    paragraph(page, 1).locator('.text p'),
    paragraph(page, 1).locator('.footnotes p'),
    page.getByRole('heading', { name: 'Report on precursor control' }),
    page.locator('.document-symbol'),
    paragraph(page, 3).locator('.items li').first()
  ]) {
    const { contrast, fits } = await readability(part)
    const what = (await part.textContent()) ?? ''
    expect(contrast, what).toBeGreaterThanOrEqual(4.5)
    expect(fits, what).toBe(true)
  }
})

test('in an imported document, Go to paragraph counts its paragraphs and a copied link names it', async ({
  app
}) => {
  const { page } = app
  await storeImportedDocument(page, report)
  await app.openAt(`#doc/${report.id}`)
  await expect(article(page)).toHaveAttribute('data-document', report.id)
  await expect(page.getByText('Paragraph 1 of 3')).toBeVisible()
  // The address stays on the document, so that a reload opens it again.
  expect(await page.evaluate(() => location.hash)).toBe(`#doc/${report.id}`)

  await page.keyboard.press('Control+G')
  const box = page.getByRole('textbox', { name: 'Go to paragraph' })
  await box.fill('4')
  await box.press('Enter')
  await expect(page.getByRole('alert')).toHaveText(
    'There is no paragraph 4. Enter a paragraph number from 1 to 3.'
  )
  await box.fill('3')
  await box.press('Enter')
  await expect(paragraph(page, 3)).toBeFocused()

  await paragraph(page, 2).getByRole('link', { name: '2.' }).click()
  await expect(page.getByRole('status')).toContainText('Link to paragraph 2 copied.')
  const copied = await app.readClipboard()
  expect(new URL(copied).hash).toBe(`#doc/${report.id}/para-2`)
})
