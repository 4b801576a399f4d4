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

/** Paragraph `number` of the reference pane. */
const paragraphGroup = (page: Page, number: number) =>
  page.getByRole('group', { name: `Paragraph ${number}`, exact: true })

/** Goes to paragraph `number` with Ctrl+G, which focuses it. */
async function goToParagraph(page: Page, number: number): Promise<void> {
  await page.keyboard.press('Control+G')
  await page.keyboard.type(String(number))
  await page.keyboard.press('Enter')
  await expect(paragraphGroup(page, number)).toBeFocused()
}

test('focus returns to where the editor was opened from after Escape, Save and Delete', async ({
  app
}) => {
  test.slow() // many keystrokes, each a round trip to the page
  const { page } = app
  await goToParagraph(page, 12)
  const annotate = page.getByRole('button', { name: 'Annotate paragraph 12', exact: true })
  const note = page.getByRole('textbox', { name: 'Note' })
  await tabTo(page, 'Annotate paragraph 12')

  await page.keyboard.press('Enter')
  await expect(note).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(note).toBeHidden()
  await expect(annotate).toBeFocused()

  await page.keyboard.press('Enter')
  await expect(note).toBeFocused()
  await page.keyboard.type('On the agenda.')
  await page.keyboard.press('Control+Enter')
  await expect(note).toBeHidden()
  await expect(annotate).toBeFocused()

  await page.keyboard.press('Enter')
  await expect(note).toHaveValue('On the agenda.')
  await tabTo(page, 'Delete annotation')
  await page.keyboard.press('Enter')
  await expect(note).toBeHidden()
  await expect(annotate).toBeFocused()

  // Opened from the annotations list, whose entry goes with the Delete: focus goes to the paragraph.
  await page.keyboard.press('Enter')
  await expect(note).toBeFocused()
  await page.keyboard.type('Second note.')
  await page.keyboard.press('Control+Enter')
  await expect(note).toBeHidden()
  const entry = page.getByRole('region', { name: 'Annotations' }).locator('.annotation-entry')
  await entry.getByRole('button', { name: 'Edit' }).focus()
  await page.keyboard.press('Enter')
  await expect(note).toHaveValue('Second note.')
  await tabTo(page, 'Delete annotation')
  await page.keyboard.press('Enter')
  await expect(note).toBeHidden()
  await expect(paragraphGroup(page, 12)).toBeFocused()
})

test('after Discard draft, Escape still closes the editor', async ({ app }) => {
  test.slow() // many keystrokes, each a round trip to the page
  const { page } = app
  await goToParagraph(page, 30)
  await command(page, 'annotate current')
  const note = page.getByRole('textbox', { name: 'Note' })
  await expect(note).toBeFocused()
  await page.keyboard.type('A draft')
  await page.keyboard.press('Escape')
  await expect(note).toBeHidden()
  await command(page, 'annotate current')
  await expect(note).toHaveValue('A draft')
  await page.getByRole('button', { name: 'Discard draft' }).click()
  await expect(note).toHaveValue('')
  await page.keyboard.press('Escape')
  await expect(note).toBeHidden()
})

test('Skip to the text is the first tab stop, and acronyms are not tab stops', async ({ app }) => {
  const { page } = app
  await page.waitForFunction(() => document.querySelector('abbr.acronym'))
  await expect(page.locator('abbr.acronym[tabindex]')).toHaveCount(0)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to the text' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(paragraphGroup(page, 1)).toBeFocused()

  // From a paragraph, Tab reaches its number and its button, never an acronym.
  await goToParagraph(page, 47)
  await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).toHaveText('47.')
  await page.keyboard.press('Tab')
  await expect(
    page.getByRole('button', { name: 'Annotate paragraph 47', exact: true })
  ).toBeFocused()

  // The glossary is one command away.
  await command(page, 'acronyms')
  await expect(page.getByRole('tab', { name: 'Glossary' })).toBeFocused()
  await expect(page.getByRole('region', { name: 'Glossary' })).toContainText(
    'Early Warning Advisory'
  )
})

test('a passage is selected and highlighted from the keyboard', async ({ app }) => {
  const { page } = app
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  await goToParagraph(page, 47)
  const text = (await page.locator('#para-47 > .text').textContent()) ?? ''
  const words = text.trim().split(/\s+/u)
  for (let step = 0; step < 3; step++) await page.keyboard.press('Shift+ArrowRight')
  const toolbar = page.getByRole('toolbar', { name: 'Selected passage' })
  await expect(toolbar).toBeVisible()
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(
    words.slice(0, 3).join(' ')
  )
  await page.keyboard.press('Control+Shift+ArrowRight')
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(
    words.slice(1, 3).join(' ')
  )
  await page.keyboard.press('3')
  await expect(paragraphGroup(page, 47).locator('mark.highlight-blue')).toHaveText(
    words.slice(1, 3).join(' ')
  )
  await expect(toolbar).toBeHidden()

  await page.keyboard.press('?')
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(shortcuts).toContainText('Shift+→')
  await expect(shortcuts).toContainText('Highlight the selected passage: Blue')
  await page.keyboard.press('Escape')
})

test('the palette reaches every view, filter and display choice', async ({ app }) => {
  test.slow() // many keystrokes, each a round trip to the page
  const { page } = app
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  for (const [typed, tab] of [
    ['member', 'Member States'],
    ['gloss', 'Glossary'],
    ['tags', 'Tags'],
    ['agenda', 'Agenda items']
  ]) {
    await command(page, typed)
    await expect(page.getByRole('tab', { name: tab })).toBeFocused()
  }
  for (const [typed, menu] of [
    ['by sess', 'Session'],
    ['by sect', 'Section'],
    ['by speak', 'Speaker'],
    ['by kind', 'Kind'],
    ['by your', 'Your annotations']
  ]) {
    await command(page, typed)
    await expect(page.getByRole('combobox', { name: menu, exact: true })).toBeFocused()
  }
  await page.getByRole('combobox', { name: 'Speaker', exact: true }).selectOption('Canada')
  await expect(paragraphGroup(page, 1)).toBeHidden()
  await command(page, 'clear')
  await expect(paragraphGroup(page, 1)).toBeVisible()
})

test('the palette reaches each display choice', async ({ app }) => {
  const { page } = app

  for (const [typed, choice] of [
    ['theme', 'Theme'],
    ['text s', 'Text size'],
    ['line w', 'Line width']
  ]) {
    await command(page, typed)
    const display = page.getByRole('dialog', { name: 'Display' })
    await expect(display.getByRole('combobox', { name: choice })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(display).toBeHidden()
  }
})
