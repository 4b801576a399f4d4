/**
 * Small windows: at a laptop's 1024×700 and 1280×720 as at 1400×900, in light and dark, the text
 * keeps sixty characters a line, nothing is cut or covered, and the panels beside the text can be
 * hidden and shown, their choice kept across restarts.
 */
import type { Locator, Page } from '@playwright/test'
import { paragraph, writeParagraphNote } from './annotating'
import { expect, test } from './fixtures'

const sizes = [
  { width: 1024, height: 700 },
  { width: 1280, height: 720 },
  { width: 1400, height: 900 }
] as const

/** Chooses a theme in Display, as a delegate does. */
async function chooseTheme(page: Page, theme: 'Light' | 'Dark') {
  await page.getByRole('button', { name: 'Display…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Display' })
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption(theme)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
}

/**
 * The characters a line of paragraph `number` holds: its full lines (all but the last) counted
 * from where each character's box sits, and its width over the average character's width.
 */
function charactersPerLine(page: Page, number: number) {
  return page.evaluate((number) => {
    const text = document.querySelector<HTMLElement>(`#para-${number} > .text`)
    if (!text) throw new Error(`No paragraph ${number}.`)
    const lines = new Map<number, number>()
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let offset = 0; offset < (node.textContent ?? '').length; offset++) {
        range.setStart(node, offset)
        range.setEnd(node, offset + 1)
        const rect = [...range.getClientRects()].find((box) => box.width > 0)
        if (!rect) continue
        const line = Math.round(rect.top)
        lines.set(line, (lines.get(line) ?? 0) + 1)
      }
    }
    const full = [...lines.entries()]
      .sort(([a], [b]) => a - b)
      .slice(0, -1)
      .map(([, count]) => count)
    const canvas = document.createElement('canvas').getContext('2d')
    if (!canvas) throw new Error('No canvas to measure text with.')
    canvas.font = getComputedStyle(text).font
    const sample = (text.textContent ?? '').replace(/\s+/g, ' ')
    const average = canvas.measureText(sample).width / sample.length
    return {
      lines: full.length,
      perFullLine: full.reduce((sum, count) => sum + count, 0) / full.length,
      byWidth: text.getBoundingClientRect().width / average
    }
  }, number)
}

/** Whether `locator`'s box is inside the viewport and what is painted at its centre is it. */
async function inViewAndUncovered(locator: Locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect()
    const inside =
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= window.innerHeight &&
      box.right <= document.documentElement.clientWidth
    const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return inside && atCentre !== null && element.contains(atCentre)
  })
}

/** The alpha of an element's computed background colour. */
function backgroundAlpha(locator: Locator) {
  return locator.evaluate((element) => {
    const color = getComputedStyle(element).backgroundColor
    const parts = color.match(/[\d.]+/g) ?? []
    return parts.length === 4 ? Number(parts[3]) : parts.length === 3 ? 1 : 0
  })
}

/** The outline's range labels that are cut: wider than their box, or past the outline's edge. */
function clippedRanges(outline: Locator) {
  return outline.evaluate((nav) => {
    const edge = nav.getBoundingClientRect().left + nav.clientWidth
    const cut = [...nav.querySelectorAll<HTMLElement>('.entry-range')]
      .filter(
        (range) =>
          range.scrollWidth > range.clientWidth || range.getBoundingClientRect().right > edge
      )
      .map((range) => range.textContent?.trim())
    return nav.scrollWidth > nav.clientWidth ? ['(the outline scrolls sideways)', ...cut] : cut
  })
}

for (const size of sizes) {
  for (const theme of ['Light', 'Dark'] as const) {
    const where = `at ${size.width}×${size.height} in ${theme.toLowerCase()}`

    test(`${where}, the text keeps 60 characters a line under a whole toolbar and filter bar`, async ({
      app
    }) => {
      const { page } = app
      await page.setViewportSize(size)
      await chooseTheme(page, theme)
      await expect(page.getByRole('button', { name: 'Export brief…' })).toBeEnabled()

      // The toolbar: opaque, the title on one line, the search box whole.
      const toolbar = page.getByRole('banner')
      expect(await backgroundAlpha(toolbar)).toBe(1)
      const titleLines = await toolbar.evaluate((bar) =>
        [...bar.querySelectorAll('.app-name, .document-name')].map((part) => {
          const range = document.createRange()
          range.selectNodeContents(part)
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
        })
      )
      expect(titleLines).toEqual([1, 1])
      expect(await inViewAndUncovered(page.getByRole('searchbox', { name: 'Search' }))).toBe(true)

      // The filters: one row.
      const filterTops = await page
        .getByRole('group', { name: 'Filter paragraphs' })
        .getByRole('combobox')
        .evaluateAll((menus) => menus.map((menu) => Math.round(menu.getBoundingClientRect().top)))
      expect(filterTops).toHaveLength(5)
      expect(new Set(filterTops).size).toBe(1)

      // The text: sixty characters a line or more.
      await paragraph(page, 47).scrollIntoViewIfNeeded()
      const measured = await charactersPerLine(page, 47)
      expect(measured.lines).toBeGreaterThan(4)
      expect(measured.byWidth).toBeGreaterThanOrEqual(60)
      expect(measured.perFullLine).toBeGreaterThanOrEqual(60)

      // ✎ is whole and on top where it shows.
      await paragraph(page, 47).hover()
      const annotate = page.getByRole('button', { name: 'Annotate paragraph 47', exact: true })
      await expect(annotate).toHaveCSS('opacity', '1')
      expect(await inViewAndUncovered(annotate)).toBe(true)
    })

    test(`${where}, the editor's buttons, the outline's ranges and the brief dialog are whole`, async ({
      app
    }) => {
      const { page } = app
      test.slow() // a theme chosen, a note written, then the editor, the outline and the brief
      await page.setViewportSize(size)
      await chooseTheme(page, theme)
      await expect(page.getByRole('button', { name: 'Export brief…' })).toBeEnabled()
      // A note in a level-3 section of the outline, so that its range carries a count.
      await writeParagraphNote(page, 46, 'Early warning presenters.')

      // The editor on paragraph 58, reached by scrolling: Save and Cancel in view, not covered.
      await page.keyboard.press('Control+G')
      await page.keyboard.type('58')
      await page.keyboard.press('Enter')
      await paragraph(page, 58).hover()
      await page.getByRole('button', { name: 'Annotate paragraph 58', exact: true }).click()
      const editor = page.getByRole('region', { name: 'Annotation editor' })
      await expect(editor.getByRole('textbox', { name: 'Note' })).toBeFocused()
      // The follow-up's fields make the editor taller than the window.
      await editor.getByRole('checkbox', { name: 'Follow-up for CND67' }).check()
      const save = editor.getByRole('button', { name: 'Save', exact: true })
      const cancel = editor
        .getByRole('button', { name: 'Cancel', exact: true })
        .filter({ hasText: 'Cancel' })
      expect(await inViewAndUncovered(save)).toBe(true)
      expect(await inViewAndUncovered(cancel)).toBe(true)
      await cancel.click()
      await expect(editor).toBeHidden()

      // The outline's ranges, with their counts, whole: docked, or shown over the text.
      const outline = page.getByRole('navigation', { name: 'Outline' })
      if (!(await outline.isVisible())) {
        await page.getByRole('button', { name: 'Show outline' }).click()
        await expect(outline).toBeVisible()
        expect(await backgroundAlpha(outline)).toBe(1)
      }
      await expect(outline.locator('.entry-marker').first()).toBeVisible()
      expect(await clippedRanges(outline)).toEqual([])
      await page.keyboard.press('Escape')

      // The brief dialog: title and options inside the window, the dialog not scrolling.
      await page.getByRole('button', { name: 'Export brief…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Export brief' })
      await expect(dialog.getByRole('document', { name: 'Brief preview' })).toContainText(
        'Early warning presenters.'
      )
      for (const part of [
        dialog.getByRole('heading', { name: 'Export brief' }),
        dialog.getByRole('combobox', { name: 'Group annotations by' }),
        dialog.getByRole('checkbox', { name: 'Session notes' }),
        dialog.getByRole('button', { name: 'Save Markdown' })
      ]) {
        expect(await inViewAndUncovered(part)).toBe(true)
      }
      expect(await dialog.evaluate((element) => element.scrollHeight <= element.clientHeight)).toBe(
        true
      )
    })
  }
}

test('the outline and the notes panel hide and show, and stay as they were left', async ({
  app
}) => {
  let { page } = app
  await page.setViewportSize({ width: 1400, height: 900 })
  // Found again after the restart, which in the desktop app is a new window.
  const outlineIn = (page: Page) => page.getByRole('navigation', { name: 'Outline' })
  const notesIn = (page: Page) => page.getByRole('complementary', { name: 'Notes', exact: true })
  let outline = outlineIn(page)
  let notes = notesIn(page)
  await expect(outline).toBeVisible()

  await page.getByRole('button', { name: 'Hide outline' }).click()
  await expect(outline).toBeHidden()
  await expect(page.getByRole('button', { name: 'Show outline' })).toHaveAttribute(
    'aria-expanded',
    'false'
  )
  await page.locator('body').press('Control+Shift+E')
  await expect(notes).toBeHidden()
  await expect(page.getByRole('button', { name: 'Show notes panel' })).toHaveAttribute(
    'aria-expanded',
    'false'
  )
  // With both panels hidden, the text has the window.
  expect((await charactersPerLine(page, 47)).byWidth).toBeGreaterThan(68)

  page = await app.restart()
  outline = outlineIn(page)
  notes = notesIn(page)
  await page.setViewportSize({ width: 1400, height: 900 })
  await expect(page.getByRole('button', { name: 'Show outline' })).toBeVisible()
  await expect(outline).toBeHidden()
  await expect(notes).toBeHidden()

  // From the palette, by name.
  await page.keyboard.press('Control+K')
  // The palette loads when first asked for: typing waits until its box has the focus.
  await expect(page.getByRole('combobox', { name: 'Command' })).toBeFocused()
  await page.keyboard.type('show notes panel')
  await page.keyboard.press('Enter')
  await expect(notes).toBeVisible()
  await page.locator('body').press('Control+Shift+O')
  await expect(outline).toBeVisible()
  await expect(page.getByRole('button', { name: 'Hide outline' })).toHaveAttribute(
    'aria-expanded',
    'true'
  )
})

test('in a small window the outline opens over the text and closes with Escape or a jump', async ({
  app
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 700 })
  const outline = page.getByRole('navigation', { name: 'Outline' })
  const show = page.getByRole('button', { name: 'Show outline' })
  await expect(outline).toBeHidden()
  await expect(show).toHaveAttribute('aria-expanded', 'false')

  await show.click()
  await expect(outline).toBeVisible()
  await expect(outline.getByRole('link').first()).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(outline).toBeHidden()

  await page.locator('body').press('Control+Shift+O')
  await outline.getByRole('link', { name: /^D\. Early warning/ }).click()
  await expect(outline).toBeHidden()
  await expect(page.getByRole('heading', { name: /Early warning/ }).first()).toBeInViewport()

  // Not remembered: a narrow window starts with the text alone beside the notes.
  await app.restart()
  await app.page.setViewportSize({ width: 1024, height: 700 })
  await expect(app.page.getByRole('navigation', { name: 'Outline' })).toBeHidden()
  await expect(app.page.getByRole('complementary', { name: 'Notes', exact: true })).toBeVisible()
})
