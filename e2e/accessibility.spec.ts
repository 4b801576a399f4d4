/**
 * Accessibility: axe-core finds no serious or critical violation on the reference pane, each
 * view of the side panel and each dialog.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** The serious and critical violations axe finds in the page, as "rule: target" lines. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page })
  if (include) builder = builder.include(include)
  const { violations } = await builder.analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`)
    )
}

test('the pane, every side panel view and every dialog have no serious violations', async ({
  app
}) => {
  // axe runs over the whole document several times: 3.0 min measured alone with seven test runs
  // sharing two cores (load 14), where the 90 s of a slow test timed out in every run.
  test.setTimeout(240_000)
  const { page } = app
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  expect(await seriousViolations(page)).toEqual([])

  for (const view of [
    'Follow-ups',
    'Session notes',
    'Tags',
    'Agenda items',
    'Member States',
    'Glossary'
  ]) {
    await page
      .getByRole('tablist', { name: 'Notes views' })
      .getByRole('tab', { name: view })
      .click()
    expect(await seriousViolations(page, '.side-panel'), view).toEqual([])
  }

  await page.getByRole('group', { name: 'Paragraph 47', exact: true }).hover()
  await page.getByRole('button', { name: 'Annotate paragraph 47', exact: true }).click()
  await page.getByRole('checkbox', { name: 'Follow-up for CND67' }).check()
  expect(await seriousViolations(page, '.side-panel'), 'annotation editor').toEqual([])
  await page.keyboard.press('Escape')

  for (const [button, dialog] of [
    ['Export brief…', 'Export brief'],
    ['Your data…', 'Your data'],
    ['Display…', 'Display']
  ]) {
    await page.getByRole('button', { name: button }).click()
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible()
    expect(await seriousViolations(page, 'dialog[open]'), dialog).toEqual([])
    await page.keyboard.press('Escape')
  }
  await page.keyboard.press('Control+K')
  expect(await seriousViolations(page, 'dialog[open]'), 'commands').toEqual([])
  await page.keyboard.press('Escape')

  await page.getByRole('searchbox', { name: 'Search' }).fill('early warning')
  expect(await seriousViolations(page, '.search-results'), 'search results').toEqual([])
})
