/**
 * Finding what was said: filtering the reference pane to one delegation's interventions, and
 * back to the whole text in one click.
 */
import { expect, test } from './fixtures'

test('filtering by Canada shows exactly Canada’s interventions', async ({ app }) => {
  const { page } = app
  const filters = page.getByRole('group', { name: 'Filter paragraphs' })
  await filters.getByRole('combobox', { name: 'Speaker' }).selectOption('Canada')
  const shown = page.locator('.reference-pane .paragraph:not([hidden])')
  await expect(shown).toHaveCount(4)
  expect(await shown.evaluateAll((paragraphs) => paragraphs.map((p) => p.id))).toEqual([
    'para-14',
    'para-37',
    'para-60',
    'para-74'
  ])
  await expect(filters.getByRole('status')).toContainText('Canada: 83 paragraphs hidden.')

  await filters.getByRole('combobox', { name: 'Kind' }).selectOption('Presentations')
  await expect(shown).toHaveCount(0)
  await filters.getByRole('button', { name: 'Clear filter' }).click()
  await expect(shown).toHaveCount(87)
  await expect(filters.getByRole('status')).toHaveCount(0)

  // A section includes its subsections: session D, "Early warning", is paragraphs 45 to 66.
  await filters.getByRole('combobox', { name: 'Section' }).selectOption('III.D')
  await expect(shown).toHaveCount(22)
  await expect(shown.first()).toHaveId('para-45')
  await expect(shown.last()).toHaveId('para-66')
})

test('the Member States and glossary views say who spoke and what each acronym stands for', async ({
  app
}) => {
  const { page } = app
  const tabs = page.getByRole('tablist', { name: 'Notes views' })
  await tabs.getByRole('tab', { name: 'Member States' }).click()
  const states = page.getByRole('region', { name: 'Member States' })
  await expect(states).toContainText('Attendance: 44 States, 21 of them spoke')
  const canada = states.locator('li', { hasText: 'Canada' }).first()
  await expect(canada).toContainText('4 interventions')
  expect(await canada.getByRole('button').allTextContents()).toEqual([
    '14',
    '37',
    '60',
    '74',
    'Show only'
  ])
  await canada.getByRole('button', { name: 'Show only Canada' }).click()
  await expect(page.locator('.reference-pane .paragraph:not([hidden])')).toHaveCount(4)
  await canada.getByRole('button', { name: '60', exact: true }).click()
  await expect(page.getByRole('group', { name: 'Paragraph 60', exact: true })).toBeFocused()

  await tabs.getByRole('tab', { name: 'Glossary' }).click()
  const glossary = page.getByRole('region', { name: 'Glossary' })
  await expect(glossary).toContainText('EWA')
  await expect(glossary).toContainText('Early Warning Advisory — defined in para. 47')
  await expect(glossary).toContainText('Used without being defined')

  // In the text, a later use shows what it stands for on hover; it is not a tab stop of its own
  // (the Glossary view is the keyboard's way to the expansions).
  await page
    .getByRole('group', { name: 'Filter paragraphs' })
    .getByRole('button', { name: 'Clear filter' })
    .click()
  const lss = page.locator('#para-48 abbr.acronym').first()
  await expect(lss).toHaveText('LSS')
  await expect(lss).toHaveAttribute('title', 'Laboratory and Scientific Services')
  await expect(lss).not.toHaveAttribute('tabindex')
})

test('searching finds session D first for “early warning”, and notes as they are saved', async ({
  app
}) => {
  const { page } = app
  await page.keyboard.press('Control+F')
  const search = page.getByRole('searchbox', { name: 'Search' })
  await expect(search).toBeFocused()
  await search.fill('early warning')
  const results = page.getByRole('region', { name: 'Search results' })
  const firstCitations = await results
    .locator('.search-result strong')
    .evaluateAll((citations) => citations.slice(0, 5).map((citation) => citation.textContent))
  // Session D ("Early warning") is paragraphs 45 to 66.
  for (const citation of firstCitations) {
    const number = Number(citation?.replace('para. ', ''))
    expect(number).toBeGreaterThanOrEqual(45)
    expect(number).toBeLessThanOrEqual(66)
  }
  await expect(results.locator('mark.search-match').first()).toHaveText(/early|warning/i)

  // Diacritics and case do not matter; arrow keys and Enter open a result.
  await search.fill('turkiye')
  await expect(results).toContainText('Türkiye')
  await search.press('ArrowDown')
  await expect(results.locator('.search-result').first()).toBeFocused()
  const citation = await results.locator('.search-result strong').first().textContent()
  await page.keyboard.press('Enter')
  await expect(results).toBeHidden()
  await expect(
    page.getByRole('group', { name: `Paragraph ${citation?.replace('para. ', '')}`, exact: true })
  ).toBeFocused()

  // A note saved now is found at once.
  await page.getByRole('group', { name: 'Paragraph 61', exact: true }).hover()
  await page.getByRole('button', { name: 'Annotate paragraph 61', exact: true }).click()
  await page.getByRole('textbox', { name: 'Note' }).fill('Ask Mexico about precursor chemicals.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  // Until the save is stored the focus stays in the note (AnnotationEditor.svelte), where a key
  // is typing; the notice says it is stored and the editor closed.
  await expect(page.getByRole('status').last()).toContainText('para. 61')
  await page.keyboard.press('/')
  await expect(search).toBeFocused()
  await search.fill('precurs mexico')
  await expect(results.getByRole('heading', { name: /Your notes/ })).toBeVisible()
  await expect(results).toContainText('Ask Mexico about precursor chemicals.')
  // The first Escape closes the results, the second clears the query.
  await search.press('Escape')
  await expect(results).toBeHidden()
  await expect(search).toHaveValue('precurs mexico')
  await search.press('Escape')
  await expect(search).toHaveValue('')
})

test('the index built while the delegate reads finds notes saved before and after it', async ({
  app
}) => {
  const { page } = app
  const writeNote = async (paragraph: number, note: string) => {
    await page.getByRole('group', { name: `Paragraph ${paragraph}`, exact: true }).hover()
    await page.getByRole('button', { name: `Annotate paragraph ${paragraph}`, exact: true }).click()
    await page.getByRole('textbox', { name: 'Note' }).fill(note)
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByRole('status').last()).toContainText(`para. ${paragraph}`)
  }
  await writeNote(16, 'Zanzibar transit routes, before the index.')
  // Reading, without a click or a key, until the index has been built meanwhile (2 s of quiet,
  // then the idle moments it takes).
  await page.waitForFunction(
    () => performance.getEntriesByName('search-index-built-while-idle').length > 0,
    null,
    { timeout: 10_000 }
  )
  await writeNote(30, 'Zanzibar seizure figures, after the index.')
  // With the results closed, the index takes the note in as a background task queued by the save
  // (before its notice showed); a background task queued now runs after it.
  await page.evaluate(() => {
    const { scheduler } = globalThis as unknown as {
      scheduler: { postTask(task: () => void, options: { priority: string }): Promise<void> }
    }
    return scheduler.postTask(() => {}, { priority: 'background' })
  })
  await page.keyboard.press('/')
  const search = page.getByRole('searchbox', { name: 'Search' })
  await search.fill('zanzibar')
  const results = page.getByRole('region', { name: 'Search results' })
  await expect(results).toContainText('Zanzibar transit routes, before the index.')
  await expect(results).toContainText('Zanzibar seizure figures, after the index.')
  // The first search did not wait for the index to be built.
  const waited = await page.evaluate(
    () => performance.getEntriesByName('search-index-built')[0]?.duration
  )
  expect(waited).toBeLessThan(10)
})
