/**
 * Follow-ups for CND67, tags and session notes as a delegate uses them: turning paragraphs into
 * follow-ups, completing one from the Follow-ups view, renaming a tag everywhere, and finding it
 * all again after a restart.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const paragraph = (page: Page, number: number) =>
  page.getByRole('group', { name: `Paragraph ${number}`, exact: true })

/** Opens the editor for a note on the whole of paragraph `number`. */
async function annotateParagraph(page: Page, number: number): Promise<void> {
  await paragraph(page, number).hover()
  await page.getByRole('button', { name: `Annotate paragraph ${number}`, exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused()
}

/** Adds a value to a chip textbox ("Tags", "Counterparts") by typing it and pressing Enter. */
async function addToken(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByRole('textbox', { name: label, exact: true })
  await box.fill(value)
  await box.press('Enter')
  await expect(box).toHaveValue('')
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeHidden()
}

function openView(page: Page, name: string) {
  return page.getByRole('tablist', { name: 'Notes views' }).getByRole('tab', { name }).click()
}

test('two follow-ups, one completed from the Follow-ups view, keep their status after a restart', async ({
  app
}) => {
  let { page } = app
  const editor = page.getByRole('region', { name: 'Annotation editor' })

  await annotateParagraph(page, 58)
  await page.getByRole('textbox', { name: 'Note' }).fill('Iran wants UNODC to lead on evidence.')
  await editor.getByRole('combobox', { name: 'Position' }).selectOption('Concern')
  await editor.getByRole('checkbox', { name: 'Follow-up for CND67' }).check()
  await editor
    .getByRole('textbox', { name: 'Action' })
    .fill('Meet the Iranian delegation on evidence sharing')
  await editor.getByRole('combobox', { name: 'Priority' }).selectOption('High')
  await editor
    .getByRole('combobox', { name: 'Due' })
    .selectOption({ label: 'Monday 18 March 2024 (day 3)' })
  await editor.getByRole('combobox', { name: 'Agenda item' }).selectOption({ index: 1 })
  await addToken(page, 'Counterparts', 'the Islamic Republic of Iran')
  await expect(editor.getByRole('list', { name: 'Counterparts added' })).toHaveText(
    /Iran \(Islamic Republic of\)/
  )
  await save(page)

  await annotateParagraph(page, 63)
  await editor.getByRole('checkbox', { name: 'Follow-up for CND67' }).check()
  await editor.getByRole('textbox', { name: 'Action' }).fill('Ask France about cross-sector work')
  await addToken(page, 'Counterparts', 'france')
  await save(page)

  await openView(page, 'Follow-ups')
  const view = page.getByRole('region', { name: 'Follow-ups' })
  await expect(view.getByRole('region', { name: 'Open: 2' })).toBeVisible()
  const entries = view.locator('.follow-up-entry')
  // High priority first.
  await expect(entries.nth(0)).toContainText('Meet the Iranian delegation')
  await expect(entries.nth(0)).toContainText('High priority')
  await expect(entries.nth(0)).toContainText('Due Monday 18 March 2024')
  await expect(entries.nth(0)).toContainText('Item 6')
  await expect(entries.nth(0)).toContainText('With Iran (Islamic Republic of)')
  await expect(entries.nth(1)).toContainText('Normal priority')
  await expect(entries.nth(1)).toContainText('With France')

  await view.getByRole('checkbox', { name: /^Done: para\. 58/ }).check()
  await expect(view.getByRole('region', { name: 'Done: 1' })).toContainText('para. 58')
  await expect(view.getByRole('region', { name: 'Open: 1' })).toContainText('para. 63')

  page = await app.restart()
  await expect(paragraph(page, 58)).toHaveAttribute('data-position', 'concern')
  await expect(paragraph(page, 63)).not.toHaveAttribute('data-position')
  await openView(page, 'Follow-ups')
  const restored = page.getByRole('region', { name: 'Follow-ups' })
  await expect(restored.getByRole('region', { name: 'Done: 1' })).toContainText(
    'Meet the Iranian delegation'
  )
  await expect(restored.getByRole('region', { name: 'Open: 1' })).toContainText(
    'Ask France about cross-sector work'
  )
  await expect(restored.getByRole('checkbox', { name: /^Done: para\. 58/ })).toBeChecked()
  await expect(restored.getByRole('checkbox', { name: /^Done: para\. 63/ })).not.toBeChecked()

  // Grouped by counterpart, each delegation has its own group; the link goes to the paragraph.
  await restored.getByRole('combobox', { name: 'Group by' }).selectOption('Counterpart')
  await expect(restored.getByRole('region', { name: 'France: 1' })).toBeVisible()
  await restored
    .getByRole('region', { name: 'Iran (Islamic Republic of): 1' })
    .getByRole('button', { name: 'para. 58', exact: true })
    .click()
  await expect(paragraph(page, 58)).toBeFocused()
})

test('renaming a tag used by two annotations and a session note changes all three', async ({
  app
}) => {
  let { page } = app
  for (const number of [47, 60]) {
    await annotateParagraph(page, number)
    await addToken(page, 'Tags', number === 47 ? 'precursors' : 'Precursors ')
    await save(page)
  }

  await openView(page, 'Session notes')
  await page.getByRole('button', { name: 'New session note' }).click()
  const sessionEditor = page.getByRole('region', { name: 'Session note editor' })
  await sessionEditor.getByRole('textbox', { name: 'Title' }).fill('Bilaterals on day 2')
  await sessionEditor
    .getByRole('textbox', { name: 'Body' })
    .fill('See **Mexico** and Canada about precursor controls.')
  await addToken(page, 'Tags', 'PRECURSORS')
  await expect(sessionEditor.getByRole('status')).toHaveText('Saved')
  await sessionEditor.getByRole('button', { name: 'Close', exact: true }).click()

  await openView(page, 'Tags')
  const tags = page.getByRole('region', { name: 'Tags' })
  // One tag, in the spelling first used, on three items.
  await expect(tags.locator('.tag-entry')).toHaveCount(1)
  await expect(tags.locator('.tag-entry')).toContainText('precursors')
  await expect(tags.locator('.tag-entry')).toContainText('3 items')
  await tags.getByRole('button', { name: 'Rename tag precursors' }).click()
  await tags.getByRole('textbox', { name: 'New name for precursors' }).fill('Precursor chemicals')
  await expect(tags).toContainText('Renames “precursors” to “Precursor chemicals” on 3 items.')
  await tags.getByRole('button', { name: 'Rename', exact: true }).click()
  // The tag's own name changes once the rename is stored (the form's preview names the new
  // spelling before that, and a restart then would interrupt the rename).
  await expect(tags.locator('.tag-name')).toHaveText('Precursor chemicals')

  page = await app.restart()
  await openView(page, 'Annotations')
  const annotations = page.getByRole('region', { name: 'Annotations' }).locator('.annotation-entry')
  await expect(annotations).toHaveCount(2)
  for (const index of [0, 1]) {
    await expect(annotations.nth(index).locator('.tag-chip')).toHaveText('Precursor chemicals')
  }
  await openView(page, 'Session notes')
  const notes = page.getByRole('region', { name: 'Session notes' })
  await expect(notes).toContainText('Bilaterals on day 2')
  await expect(notes).toContainText('Precursor chemicals')
})
