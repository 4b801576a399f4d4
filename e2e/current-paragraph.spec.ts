/**
 * The current paragraph and the filter: the status line, the outline and the palette name the
 * paragraph the delegate works on and follow the paragraphs a filter shows; Go to paragraph and
 * every link to a paragraph reveal one the filter hides, and say so. At a large and a small window.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const windowSizes = [
  { width: 1400, height: 900 },
  { width: 1024, height: 700 }
]

const paragraph = (page: Page, number: number) =>
  page.getByRole('group', { name: `Paragraph ${number}`, exact: true })

/** Scrolls the window as a reader does, so that paragraph `number` is at the top of the view. */
async function scrollTo(page: Page, number: number): Promise<void> {
  await page.locator(`#para-${number}`).evaluate((element) => {
    const toolbar = document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0
    window.scrollBy(0, element.getBoundingClientRect().top - toolbar - 4)
  })
}

/** Asserts that `target` is inside the window and is what a reader sees at its middle. */
async function expectInWindow(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox()
  const size = page.viewportSize()
  if (!box || !size) throw new Error('The paragraph has no box on screen.')
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.y).toBeLessThan(size.height)
  const x = box.x + Math.min(box.width / 2, 200)
  const y = box.y + Math.min(box.height / 2, 20)
  expect(
    await target.evaluate((element, [x, y]) => element.contains(document.elementFromPoint(x, y)), [
      x,
      y
    ] as const)
  ).toBe(true)
}

const statusLine = (page: Page) => page.locator('footer.status-line')
const outlineMark = (page: Page) =>
  page.getByRole('navigation', { name: 'Outline' }).locator('[aria-current="location"]')

/**
 * Opens the outline where the window is too narrow for it to sit beside the text, as a reader
 * does from its toolbar button. Returns whether it had to (it is then over the text).
 */
async function openOutline(page: Page): Promise<boolean> {
  const show = page.getByRole('button', { name: 'Show outline' })
  if (!(await show.isVisible())) return false
  await show.click()
  return true
}

/** Asserts the section the outline marks as current, opening and closing it where it must. */
async function expectOutlineMark(page: Page, ...texts: string[]): Promise<void> {
  const opened = await openOutline(page)
  for (const text of texts) await expect(outlineMark(page)).toContainText(text)
  if (opened) await page.getByRole('button', { name: 'Hide outline' }).click()
}

for (const size of windowSizes) {
  test(`at ${size.width}×${size.height}, the current paragraph is the one worked on`, async ({
    app
  }) => {
    const { page } = app
    await page.setViewportSize(size)
    await expect(page.getByRole('group', { name: 'Filter paragraphs' })).toBeVisible()
    await scrollTo(page, 45)
    await expect(statusLine(page)).toContainText('Paragraph 45 of 87')

    // Clicking into paragraph 47 below makes it the one worked on, not 45 at the top.
    await paragraph(page, 47)
      .locator('.text')
      .click({ position: { x: 5, y: 5 } })
    await expect(paragraph(page, 47)).toBeFocused()
    await expect(statusLine(page)).toContainText('Paragraph 47 of 87')
    await page.keyboard.press('Control+K')
    await expect(
      page.getByRole('option', { name: 'Annotate the current paragraph (47)' })
    ).toBeVisible()
    await page.keyboard.press('Escape')

    // The editor's paragraph counts while the delegate writes, wherever focus is.
    await paragraph(page, 48).getByRole('button', { name: 'Annotate paragraph 48' }).click()
    await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused()
    await expect(statusLine(page)).toContainText('Paragraph 48 of 87')
  })

  test(`at ${size.width}×${size.height}, a filter's paragraphs lead the status line, the outline and Go to`, async ({
    app
  }) => {
    const { page } = app
    await page.setViewportSize(size)
    const filters = page.getByRole('group', { name: 'Filter paragraphs' })
    await scrollTo(page, 45)
    await expect(statusLine(page)).toContainText('Paragraph 45 of 87')
    await filters.getByRole('combobox', { name: 'Speaker' }).selectOption('Canada')
    await expect(page.locator('.reference-pane .paragraph:not([hidden])')).toHaveCount(4)

    // Headings with no paragraph shown under them are left out.
    const pane = page.getByRole('main', { name: 'Meeting summary' })
    expect(
      await pane
        .locator('.heading:visible')
        .evaluateAll((headings) => headings.map((heading) => heading.textContent))
    ).toEqual([
      'III. Summary of the proceedings',
      'B. Multilateralism',
      '2. Interventions',
      'C. Counternarcotics interventions',
      '2. Interventions',
      'D. Early warning',
      '2. Interventions',
      'E. Health responses',
      '2. Interventions'
    ])
    await expect(pane.getByRole('heading', { name: 'IV. Closing of the meeting' })).toBeHidden()

    // Reading paragraph 14, the status line and the outline say 14 and its section.
    await scrollTo(page, 14)
    await expect(statusLine(page)).toContainText('Paragraph 14 of 87 · 4 paragraphs shown')
    await expectOutlineMark(page, '2. Interventions', 'paras. 13–30')
    await scrollTo(page, 60)
    await expect(statusLine(page)).toContainText('Paragraph 60 of 87 · 4 paragraphs shown')
    await expectOutlineMark(page, 'paras. 51–66')
  })

  test(`at ${size.width}×${size.height}, Go to and links show a paragraph the filter hides`, async ({
    app
  }) => {
    const { page } = app
    await page.setViewportSize(size)
    const filters = page.getByRole('group', { name: 'Filter paragraphs' })
    await scrollTo(page, 45)
    await filters.getByRole('combobox', { name: 'Speaker' }).selectOption('Canada')
    await expect(page.locator('.reference-pane .paragraph:not([hidden])')).toHaveCount(4)

    // Go to a paragraph the filter hides shows it, in the window, with focus, and says so.
    await page.getByRole('button', { name: /Go to paragraph/ }).click()
    const box = page.getByRole('textbox', { name: 'Go to paragraph' })
    await box.fill('53')
    await box.press('Enter')
    await expect(page.locator('.notice-area')).toContainText(
      'Paragraph 53 is hidden by the filter (Canada); showing it in addition.'
    )
    await expect(paragraph(page, 53)).toBeVisible()
    await expect(paragraph(page, 53)).toBeFocused()
    await expectInWindow(page, paragraph(page, 53))
    await expect(statusLine(page)).toContainText('Paragraph 53 of 87 · 5 paragraphs shown')
    await expectOutlineMark(page, 'paras. 51–66')
    await expect(filters.getByRole('status')).toContainText(
      'Canada: 82 paragraphs hidden. Also shown: para. 53.'
    )

    // A hidden paragraph reached from Member States: its section's heading comes back with it.
    const tabs = page.getByRole('tablist', { name: 'Notes views' })
    await tabs.getByRole('tab', { name: 'Member States' }).click()
    const states = page.getByRole('region', { name: 'Member States' })
    await states
      .locator('li', { hasText: 'North Macedonia' })
      .first()
      .getByRole('button', { name: '59', exact: true })
      .click()
    await expect(page.locator('.notice-area')).toContainText(
      'Paragraph 59 is hidden by the filter (Canada); showing it in addition.'
    )
    await expect(paragraph(page, 59)).toBeFocused()
    await expectInWindow(page, paragraph(page, 59))
    await expect(statusLine(page)).toContainText('Paragraph 59 of 87 · 6 paragraphs shown')
  })

  test(`at ${size.width}×${size.height}, a section the filter empties, picked in the outline, shows its first paragraph`, async ({
    app
  }) => {
    const { page } = app
    await page.setViewportSize(size)
    const filters = page.getByRole('group', { name: 'Filter paragraphs' })
    const pane = page.getByRole('main', { name: 'Meeting summary' })
    await filters.getByRole('combobox', { name: 'Speaker' }).selectOption('Canada')
    await expect(page.locator('.reference-pane .paragraph:not([hidden])')).toHaveCount(4)
    // A section the filter leaves empty, picked in the outline: its first paragraph is shown.
    await openOutline(page)
    const closing = page
      .getByRole('navigation', { name: 'Outline' })
      .getByRole('link', { name: /IV\. Closing of the meeting/ })
    await expect(closing).toHaveAttribute('title', 'No paragraph here is shown by the filter')
    await closing.click()
    await expect(page.locator('.notice-area')).toContainText(
      'Paragraph 84 is hidden by the filter (Canada); showing it in addition.'
    )
    await expect(pane.getByRole('heading', { name: 'IV. Closing of the meeting' })).toBeVisible()
    await expect(paragraph(page, 84)).toBeFocused()
    await expectInWindow(page, paragraph(page, 84))
    const reopened = await openOutline(page)
    await expect(outlineMark(page)).toContainText('IV. Closing of the meeting')
    await expect(closing).not.toHaveAttribute('title')
    if (reopened) await page.getByRole('button', { name: 'Hide outline' }).click()

    // Clearing the filter shows every paragraph and heading again.
    await filters.getByRole('button', { name: 'Clear filter' }).click()
    await expect(page.locator('.reference-pane .paragraph:not([hidden])')).toHaveCount(87)
    await expect(pane.getByRole('heading', { name: 'IV. Closing of the meeting' })).toBeAttached()
    await expect(pane.locator('section[hidden]')).toHaveCount(0)
  })
}
