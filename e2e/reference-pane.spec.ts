/**
 * The reference pane as a delegate uses it: the whole document rendered faithfully, the outline,
 * `#para-N` links, Go to paragraph, copyable permalinks, and reopening where they stopped reading.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Asserts that `target` sits at the top of the view, just below the toolbar. */
async function expectAtTop(page: Page, target: Locator): Promise<void> {
  const toolbarBottom = await page
    .locator('.toolbar')
    .evaluate((toolbar) => toolbar.getBoundingClientRect().bottom)
  await expect
    .poll(async () => (await target.boundingBox())?.y ?? Number.NaN)
    .toBeGreaterThanOrEqual(toolbarBottom - 1)
  const top = (await target.boundingBox())?.y ?? Number.NaN
  expect(top).toBeLessThan(toolbarBottom + 40)
}

const paragraph = (page: Page, number: number) =>
  page.getByRole('group', { name: `Paragraph ${number}`, exact: true })

test('renders the header, the title and all 87 paragraphs in order', async ({ app }) => {
  const { page } = app
  const pane = page.getByRole('main', { name: 'Meeting summary' })
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText(
    'Summary of the open-ended expert group meeting on enhancing and strengthening international and regional cooperation and domestic efforts to address the global synthetic drug problem'
  )
  await expect(pane.locator('.document-header')).toContainText('16 February 2024')
  await expect(pane.locator('.document-header')).toContainText('Original: English')
  await expect(pane.locator('.document-header')).toContainText('Sixty-seventh session')
  await expect(pane.locator('.document-header')).toContainText('Vienna, 14–22 March 2024')
  await expect(pane.getByRole('complementary', { name: 'Footnotes' })).toHaveText(
    '* E/CN.7/2024/1.'
  )

  const ids = await pane
    .locator('.paragraph')
    .evaluateAll((elements) => elements.map((element) => element.id))
  expect(ids).toEqual(Array.from({ length: 87 }, (_, index) => `para-${index + 1}`))
  await expect(paragraph(page, 59)).toContainText('Additionally, North Macedonia underscored')
  await expect(paragraph(page, 4).getByRole('listitem')).toHaveCount(4)
  await expect(paragraph(page, 4).getByRole('listitem').nth(3)).toHaveText(
    /^\(d\) Health responses:/
  )
  await expect(paragraph(page, 15).locator('strong')).toHaveText('Brazil')
  await expect(pane.getByRole('heading', { name: 'E. Health responses' })).toBeVisible()
  await expect(pane.getByRole('heading', { name: '2. Interventions' })).toHaveCount(4)
  expect(await pane.innerText()).not.toContain('**')
})

test('the outline lists every section with its range and jumps to it', async ({ app }) => {
  const { page } = app
  const outline = page.getByRole('navigation', { name: 'Outline' })
  await expect(outline.getByRole('link')).toHaveCount(19)
  const earlyWarning = outline.getByRole('link', { name: /D\. Early warning/ })
  await expect(earlyWarning).toContainText('paras. 45–66')
  await earlyWarning.click()
  await expectAtTop(page, page.getByRole('heading', { name: 'D. Early warning' }))
  await expect(outline.locator('[aria-current="location"]')).toContainText('D. Early warning')
  await outline.getByRole('link', { name: /IV\. Closing of the meeting/ }).click()
  await expect(outline.locator('[aria-current="location"]')).toContainText(
    'IV. Closing of the meeting'
  )
})

test('the outline the window opens with jumps at once, and the live one keeps the focus', async ({
  app
}) => {
  const { page } = app
  // Timers and frames stand still: the window stays as hydration left it, before the moment the
  // reference pane is marked interactive and the live outline takes the prerendered one's place.
  await page.clock.install({ time: new Date('2024-03-14T08:00:00Z') })
  await page.clock.pauseAt(new Date('2024-03-14T08:00:01Z'))
  await app.openAt('')
  const outline = page.getByRole('navigation', { name: 'Outline' })
  const current = outline.locator('[aria-current="location"]')
  await expect(outline.getByRole('link')).toHaveCount(19)
  await expect(current).toContainText('I. Introduction')
  expect(
    await page.evaluate(() => performance.getEntriesByName('reference-pane-interactive'))
  ).toEqual([])

  await outline.getByRole('link', { name: /D\. Early warning/ }).click()
  const heading = page.getByRole('heading', { name: 'D. Early warning' })
  await expectAtTop(page, heading)
  await expect(heading).toBeFocused()
  expect(new URL(page.url()).hash).toBe('')
  // The prerendered outline follows nothing: the current section is still the first.
  await expect(current).toContainText('I. Introduction')

  const closing = outline.getByRole('link', { name: /IV\. Closing of the meeting/ })
  await closing.focus()
  // Time runs again: the pane is marked interactive and the live outline put in place.
  await page.clock.resume()
  // The live outline follows the section read, and the entry focused before is focused now.
  await expect(current).toContainText('D. Early warning')
  await expect(closing).toBeFocused()
  await closing.press('Enter')
  await expectAtTop(page, page.getByRole('heading', { name: 'IV. Closing of the meeting' }))
  await expect(current).toContainText('IV. Closing of the meeting')
})

test('the app takes over the window the build rendered without changing anything in it', async ({
  app
}) => {
  const { page } = app
  // Every change to the page from the end of its parsing (when the app's script runs) to the
  // moment the pane is marked interactive. The document element is left out: the delegate's
  // display settings and the ready flag are set there.
  await page.addInitScript(() => {
    const changes: string[] = []
    const describe = (change: MutationRecord) => {
      const target = change.target instanceof Element ? change.target : change.target.parentElement
      const where = `${target?.tagName.toLowerCase()}${target?.id ? `#${target.id}` : ''}`
      const what = change.type === 'attributes' ? change.attributeName : change.type
      return `${where}: ${what}, +${change.addedNodes.length} -${change.removedNodes.length}`
    }
    // An attribute set again to the value it had changes nothing.
    const changed = (change: MutationRecord) =>
      change.target !== document.documentElement &&
      !(
        change.type === 'attributes' &&
        change.oldValue === (change.target as Element).getAttribute(change.attributeName ?? '')
      )
    const record = (list: MutationRecord[]) => changes.push(...list.filter(changed).map(describe))
    const observer = new MutationObserver(record)
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeOldValue: true,
      characterData: true
    })
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return
      // Parsed: what the parser added is the page as built.
      observer.takeRecords()
      changes.length = 0
    })
    const mark = performance.mark.bind(performance)
    performance.mark = (name, options) => {
      if (name === 'reference-pane-interactive') {
        record(observer.takeRecords())
        observer.disconnect()
        Object.assign(window, { startChanges: changes })
      }
      return mark(name, options)
    }
  })
  await app.openAt('')
  const changes = await page.waitForFunction(
    () => (window as { startChanges?: string[] }).startChanges
  )
  expect(await changes.jsonValue()).toEqual([])
})

test('an address ending in #para-59 opens on paragraph 59', async ({ app }) => {
  const { page } = app
  await app.openAt('#para-59')
  await expectAtTop(page, paragraph(page, 59))
  await expect(paragraph(page, 59)).toBeFocused()
  await expect(
    page.getByRole('navigation', { name: 'Outline' }).locator('[aria-current="location"]')
  ).toContainText('2. Interventions')
  await expect(page.getByText('Paragraph 59 of 87')).toBeVisible()
})

test('Go to paragraph jumps to a number and explains anything else', async ({ app }) => {
  const { page } = app
  await page.keyboard.press('Control+G')
  const box = page.getByRole('textbox', { name: 'Go to paragraph' })
  await expect(box).toBeFocused()
  await box.fill('Canada')
  await box.press('Enter')
  await expect(page.getByRole('alert')).toHaveText(
    '“Canada” is not a paragraph number. Enter a paragraph number from 1 to 87.'
  )
  await box.fill('88')
  await box.press('Enter')
  await expect(page.getByRole('alert')).toHaveText(
    'There is no paragraph 88. Enter a paragraph number from 1 to 87.'
  )
  await box.fill('para. 42')
  await box.press('Enter')
  await expect(box).toBeHidden()
  await expectAtTop(page, paragraph(page, 42))
  await expect(paragraph(page, 42)).toBeFocused()

  await page.getByRole('button', { name: /Go to paragraph/ }).click()
  await expect(box).toBeFocused()
  await expect(box).toHaveValue('')
  await box.press('Escape')
  await expect(box).toBeHidden()
})

test('clicking a paragraph number copies a link that opens on that paragraph', async ({ app }) => {
  const { page } = app
  await paragraph(page, 12).getByRole('link', { name: '12.' }).click()
  await expect(page.getByRole('status')).toContainText('Link to paragraph 12 copied.')
  const copied = await app.readClipboard()
  expect(copied).toMatch(/#para-12$/)
  await app.openAt(new URL(copied).hash)
  await expectAtTop(page, paragraph(page, 12))
})

test('the reading position survives a restart', async ({ app }) => {
  await app.page.keyboard.press('Control+G')
  await app.page.getByRole('textbox', { name: 'Go to paragraph' }).fill('66')
  await app.page.keyboard.press('Enter')
  await expectAtTop(app.page, paragraph(app.page, 66))
  await expect(app.page.getByText('Paragraph 66 of 87')).toBeVisible()
  const page = await app.restart()
  await expectAtTop(page, paragraph(page, 66))
  await expect(page.getByText('Paragraph 66 of 87')).toBeVisible()
})
