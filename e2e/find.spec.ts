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

  // In the text, a later use shows what it stands for on hover and on keyboard focus.
  await page
    .getByRole('group', { name: 'Filter paragraphs' })
    .getByRole('button', { name: 'Clear filter' })
    .click()
  const lss = page.locator('#para-48 abbr.acronym').first()
  await expect(lss).toHaveText('LSS')
  await expect(lss).toHaveAttribute('title', 'Laboratory and Scientific Services')
  await lss.focus()
  await expect(lss).toBeFocused()
})
