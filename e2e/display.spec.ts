/** Reading comfort: the theme, text size and line width a delegate chooses, kept across restarts. */
import { expect, test } from './fixtures'

test('dark theme, large text and narrow lines are applied and remembered', async ({ app }) => {
  let { page } = app
  await page.getByRole('button', { name: 'Display…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Display' })
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('Dark')
  await dialog.getByRole('combobox', { name: 'Text size' }).selectOption('Large')
  await dialog.getByRole('combobox', { name: 'Line width' }).selectOption('Narrow')
  await dialog.getByRole('button', { name: 'Done' }).click()

  const look = () =>
    page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      fontSize: getComputedStyle(document.documentElement).fontSize,
      measure: getComputedStyle(document.querySelector('.document') as Element).maxWidth
    }))
  const chosen = await look()
  expect(chosen).toEqual({ background: 'rgb(22, 22, 21)', fontSize: '18px', measure: '612px' })

  page = await app.restart()
  expect(await look()).toEqual(chosen)
  await page.getByRole('button', { name: 'Display…' }).click()
  await expect(
    page.getByRole('dialog', { name: 'Display' }).getByRole('combobox', { name: 'Theme' })
  ).toHaveValue('dark')
})
