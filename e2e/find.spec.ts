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
})
