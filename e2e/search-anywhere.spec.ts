/**
 * Searching from anywhere: the results show under the search box wherever the page is scrolled,
 * over a dialog or beside the editor, at every window size; a result opened has its words marked
 * until the next action, and F3 and Enter go on to the next; the delegate's own notes show with
 * the best of the document; a typo is never marked or ranked like the word typed.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** The window sizes the results must show at. */
const windowSizes = [
  { width: 1024, height: 700 },
  { width: 1400, height: 900 }
]

/** The search box. */
function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search' })
}

/** The results panel. */
function resultsPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Search results' })
}

/**
 * Checks that the results panel is on screen: its box inside the window, and what is at its
 * centre part of it (not under a dialog, the toolbar or anything else).
 */
async function expectPanelOnScreen(page: Page): Promise<void> {
  const panel = resultsPanel(page)
  await expect(panel).toBeVisible()
  const placed = await panel.evaluate((element) => {
    const box = element.getBoundingClientRect()
    const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return {
      box: { top: box.top, left: box.left, bottom: box.bottom, right: box.right },
      window: { width: window.innerWidth, height: window.innerHeight },
      centreInside: atCentre !== null && element.contains(atCentre)
    }
  })
  expect(placed.box.top).toBeGreaterThanOrEqual(0)
  expect(placed.box.left).toBeGreaterThanOrEqual(0)
  expect(placed.box.bottom).toBeLessThanOrEqual(placed.window.height)
  expect(placed.box.right).toBeLessThanOrEqual(placed.window.width)
  expect(placed.centreInside).toBe(true)
  // It opens just under the search box.
  const search = await searchBox(page).boundingBox()
  expect(search).not.toBeNull()
  expect(placed.box.top - (search?.y ?? 0) - (search?.height ?? 0)).toBeLessThan(24)
}

/**
 * The text of each range the search marks in the page (as the words typed, or as `similar`
 * words a typo away), and the paragraph each is in.
 */
async function markedWords(
  page: Page,
  similar = false
): Promise<{ word: string; paragraph: string | null }[]> {
  return page.evaluate(
    (name) => {
      const highlight = CSS.highlights.get(name)
      return [...(highlight ?? [])].map((range) => ({
        word: range.toString(),
        paragraph:
          (range.startContainer.parentElement?.closest('.paragraph') as HTMLElement | null)?.id ??
          null
      }))
    },
    similar ? 'search-similar' : 'search-match'
  )
}

/** Scrolls the reference pane to paragraph 60, as Go to paragraph does, and checks it is far down. */
async function scrollToParagraph60(page: Page): Promise<void> {
  await page.keyboard.press('Control+G')
  await page.keyboard.type('60')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('group', { name: 'Paragraph 60', exact: true })).toBeFocused()
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
}

/** Waits until the notes are loaded, which search needs. */
async function notesLoaded(page: Page): Promise<void> {
  await expect(searchBox(page)).toHaveAttribute('placeholder', /Ctrl\+F/)
}

for (const size of windowSizes) {
  test(`the results show under the search box when scrolled and after Go to at ${size.width}×${size.height}`, async ({
    app
  }) => {
    const { page } = app
    await page.setViewportSize(size)
    // Scrolled to paragraph 60.
    await scrollToParagraph60(page)
    await notesLoaded(page)
    await page.keyboard.press('Control+F')
    await expect(searchBox(page)).toBeFocused()
    await page.keyboard.type('early warning')
    await expectPanelOnScreen(page)
    await expect(searchBox(page)).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(resultsPanel(page)).toBeHidden()

    // After Go to paragraph 53.
    await page.keyboard.press('Control+G')
    await page.keyboard.type('53')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('group', { name: 'Paragraph 53', exact: true })).toBeFocused()
    await page.keyboard.press('Control+F')
    await expect(searchBox(page)).toBeFocused()
    await expect(searchBox(page)).toHaveValue('early warning')
    await page.keyboard.type('early warning')
    await expectPanelOnScreen(page)
  })

  test(`the results show after a result is opened and over a dialog at ${size.width}×${size.height}`, async ({
    app
  }) => {
    const { page } = app
    await page.setViewportSize(size)
    await scrollToParagraph60(page)
    await notesLoaded(page)
    await page.keyboard.press('Control+F')
    await page.keyboard.type('early warning')
    await expectPanelOnScreen(page)

    // A result opened, and the box clicked again.
    await resultsPanel(page).locator('.search-result').first().click()
    await expect(resultsPanel(page)).toBeHidden()
    await searchBox(page).click()
    await expectPanelOnScreen(page)
    await expect(searchBox(page)).toBeFocused()

    // With the Go to dialog still open: Ctrl+F closes it and searches.
    await page.keyboard.press('Control+G')
    const goTo = page.getByRole('dialog', { name: 'Go to paragraph' })
    await expect(goTo).toBeVisible()
    await page.keyboard.type('53')
    await page.keyboard.press('Control+F')
    await expect(goTo).toBeHidden()
    await expect(searchBox(page)).toBeFocused()
    await expectPanelOnScreen(page)
  })

  test(`the results show beside the editor at ${size.width}×${size.height}`, async ({ app }) => {
    const { page } = app
    await page.setViewportSize(size)
    await scrollToParagraph60(page)
    await notesLoaded(page)
    // From the note being written.
    await page.getByRole('group', { name: 'Paragraph 61', exact: true }).hover()
    await page.getByRole('button', { name: 'Annotate paragraph 61', exact: true }).click()
    const note = page.getByRole('textbox', { name: 'Note' })
    await expect(note).toBeFocused()
    await page.keyboard.press('Control+F')
    await expect(searchBox(page)).toBeFocused()
    await page.keyboard.type('canada')
    await expectPanelOnScreen(page)
  })
}

test('a result opened has its words marked until the next action; F3 and Enter go on', async ({
  app
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 720 })
  await scrollToParagraph60(page)
  await notesLoaded(page)
  await page.keyboard.press('Control+F')
  await page.keyboard.type('bilateral')
  const results = resultsPanel(page)
  await expect(results.locator('.search-result')).toHaveCount(5)
  const listed = await results
    .locator('.search-result strong')
    .evaluateAll((citations) => citations.map((citation) => citation.textContent))

  // Enter in the box opens the first, keeps the focus in the box, and marks the word.
  await page.keyboard.press('Enter')
  await expect(results).toBeHidden()
  await expect(searchBox(page)).toBeFocused()
  const first = `para-${listed[0]?.replace('para. ', '')}`
  await expect.poll(() => markedWords(page)).toEqual([{ word: 'bilateral', paragraph: first }])
  await expect(page.locator(`#${first}`)).toBeInViewport()

  // Enter again goes to the second; Shift+Enter back to the first.
  await page.keyboard.press('Enter')
  const second = `para-${listed[1]?.replace('para. ', '')}`
  await expect.poll(() => markedWords(page)).toEqual([{ word: 'bilateral', paragraph: second }])
  await page.keyboard.press('Shift+Enter')
  await expect.poll(() => markedWords(page)).toEqual([{ word: 'bilateral', paragraph: first }])

  // F3 and Shift+F3, from the text, do the same.
  await page.locator(`#${first} .text`).click()
  await expect.poll(() => markedWords(page)).toEqual([])
  await page.keyboard.press('F3')
  await expect.poll(() => markedWords(page)).toEqual([{ word: 'bilateral', paragraph: second }])
  await expect(page.locator(`#${second}`)).toBeInViewport()
  await page.keyboard.press('Shift+F3')
  await expect.poll(() => markedWords(page)).toEqual([{ word: 'bilateral', paragraph: first }])

  // The next action takes the marks away.
  await page.keyboard.press('ArrowDown')
  await expect.poll(() => markedWords(page)).toEqual([])

  // The box, clicked again, shows the results with the one last opened as current.
  await searchBox(page).click()
  await expect(results.locator('.search-result[aria-current="true"]')).toContainText(
    listed[0] ?? ''
  )
  // The first Escape closes the results and keeps the query; a second clears it.
  await page.keyboard.press('Escape')
  await expect(results).toBeHidden()
  await expect(searchBox(page)).toHaveValue('bilateral')
  await page.keyboard.press('Escape')
  await expect(searchBox(page)).toHaveValue('')
  await expect(searchBox(page)).toBeFocused()
})

test('a word with a typo is listed last, said to be similar, and only it is marked', async ({
  app
}) => {
  const { page } = app
  await notesLoaded(page)
  await page.keyboard.press('/')
  await page.keyboard.type('bilateral')
  const results = resultsPanel(page)
  await results.getByRole('button', { name: 'Show 2 more in the document' }).click()
  const listed = results.locator('.search-result')
  await expect(listed).toHaveCount(7)
  // Paragraph 16 has "trilateral" only; the six with "bilateral" come first, unlabelled.
  await expect(listed.last()).toContainText('para. 16')
  await expect(listed.last()).toContainText('similar words')
  await expect(listed.last().locator('mark')).toHaveText(['trilateral'])
  await expect(results.locator('mark.similar')).toHaveText(['trilateral'])
  await expect(results.getByText('similar words')).toHaveCount(1)
  for (const mark of await listed.locator('mark').allTextContents()) {
    expect(mark.toLowerCase()).toMatch(/^(bilateral|trilateral)$/)
  }
  await expect(listed.filter({ hasNotText: 'similar words' }).locator('mark')).toHaveText(
    Array(6).fill(/^bilateral$/i)
  )
  // The focus moved to the first of those shown now.
  await expect(listed.nth(5)).toBeFocused()

  // Opened, it has the word marked as similar, not as the word typed.
  await listed.last().click()
  await expect
    .poll(() => markedWords(page, true))
    .toEqual([{ word: 'trilateral', paragraph: 'para-16' }])
  expect(await markedWords(page)).toEqual([])
})

test('the delegate’s notes show before the document, with how many more of each', async ({
  app
}) => {
  const { page } = app
  await notesLoaded(page)
  await page.getByRole('group', { name: 'Paragraph 61', exact: true }).hover()
  await page.getByRole('button', { name: 'Annotate paragraph 61', exact: true }).click()
  await page.getByRole('textbox', { name: 'Note' }).fill('Early warning: ask about the EWA.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('status').last()).toContainText('para. 61')

  await page.keyboard.press('/')
  await page.keyboard.type('early warning')
  const results = resultsPanel(page)
  await expect(results.getByRole('heading')).toHaveText([/^Your notes\s*1$/, /^Document\s*25$/])
  await expect(results.getByRole('list', { name: /Your notes/ })).toContainText(
    'Early warning: ask about the EWA.'
  )
  const documentList = results.getByRole('list', { name: /Document/ })
  await expect(documentList.getByRole('listitem')).toHaveCount(5)
  await results.getByRole('button', { name: 'Show 20 more in the document' }).click()
  await expect(documentList.getByRole('listitem')).toHaveCount(25)
  await expect(results.getByRole('button', { name: /more in the document/ })).toHaveCount(0)
})
