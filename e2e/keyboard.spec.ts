/**
 * Everything without a mouse: a delegate jumps to a paragraph, annotates it, tags it, makes it a
 * follow-up and exports the brief from the keyboard alone, finding actions in the command palette.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Presses Tab until the focused element is the one `name`d, as a keyboard user moves on. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let step = 0; step < 40; step++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement
      if (!element) return ''
      const labelled = element.getAttribute('aria-label')
      const label = element.id
        ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent
        : null
      const wrapping = element.closest('label')?.textContent
      return (labelled ?? label ?? wrapping ?? element.textContent ?? '').trim()
    })
    if (focused.startsWith(name)) return
  }
  throw new Error(`Tab never reached "${name}".`)
}

/** Runs a command from the palette by typing part of its name. */
async function command(page: Page, typed: string): Promise<void> {
  await page.keyboard.press('Control+K')
  await expect(page.getByRole('combobox', { name: 'Command' })).toBeFocused()
  await page.keyboard.type(typed)
  await page.keyboard.press('Enter')
}

test('annotate, tag, follow up and export the brief without a mouse', async ({ app }) => {
  const { page } = app
  await page.keyboard.press('Control+G')
  await page.keyboard.type('60')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('group', { name: 'Paragraph 60', exact: true })).toBeFocused()

  await command(page, 'annotate current')
  const note = page.getByRole('textbox', { name: 'Note' })
  await expect(note).toBeFocused()
  await expect(page.getByRole('region', { name: 'Annotation editor' })).toContainText('para. 60')
  await page.keyboard.type('Canada on early warning.')
  await tabTo(page, 'Tags')
  await page.keyboard.type('Early warning')
  await page.keyboard.press('Enter')
  await tabTo(page, 'Follow-up for CND67')
  await page.keyboard.press('Space')
  await tabTo(page, 'Action')
  await page.keyboard.type('Ask Canada about its Drug Analysis Service')
  await page.keyboard.press('Control+Enter')
  await expect(note).toBeHidden()

  await command(page, 'follow-ups')
  const followUps = page.getByRole('region', { name: 'Follow-ups' })
  await expect(followUps).toContainText('Ask Canada about its Drug Analysis Service')
  await expect(page.getByRole('tab', { name: 'Follow-ups' })).toBeFocused()

  await command(page, 'brief')
  const brief = page.getByRole('dialog', { name: 'Export brief' })
  await expect(brief.getByRole('document', { name: 'Brief preview' })).toContainText(
    'Ask Canada about its Drug Analysis Service'
  )
  const saved = await app.savedFile(async () => {
    await tabTo(page, 'Save Markdown')
    await page.keyboard.press('Enter')
  })
  expect(saved.content).toContain('- [ ] Ask Canada about its Drug Analysis Service')
  expect(saved.content).toContain('Tags: Early warning')
  await page.keyboard.press('Escape')
  await expect(brief).toBeHidden()

  await page.keyboard.press('?')
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(shortcuts).toContainText('Go to paragraph…')
  await expect(shortcuts).toContainText('Ctrl+G')
  await page.keyboard.press('Escape')
  await expect(shortcuts).toBeHidden()
})
