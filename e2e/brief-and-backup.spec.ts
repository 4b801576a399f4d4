/**
 * The brief a delegate takes into the room, and the backup that brings a year of notes back:
 * export the brief and read it as expected; back up, delete everything, restore, and find it
 * all again; a damaged backup is refused and changes nothing.
 */
import { readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** The brief this spec's notes must give, word for word. */
const expectedBrief = 'e2e/expected/brief.md'

const paragraph = (page: Page, number: number) =>
  page.getByRole('group', { name: `Paragraph ${number}`, exact: true })

async function annotateParagraph(page: Page, number: number, note: string): Promise<void> {
  await paragraph(page, number).hover()
  await page.getByRole('button', { name: `Annotate paragraph ${number}`, exact: true }).click()
  await page.getByRole('textbox', { name: 'Note' }).fill(note)
}

async function addToken(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByRole('textbox', { name: label, exact: true })
  await box.fill(value)
  await box.press('Enter')
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeHidden()
}

function openView(page: Page, name: string) {
  return page.getByRole('tablist', { name: 'Notes views' }).getByRole('tab', { name }).click()
}

/** What the notes side shows: annotations listed, follow-ups, session notes. */
async function expectNotes(page: Page, annotations: number, sessionNotes: number) {
  await openView(page, 'Annotations')
  await expect(
    page.getByRole('region', { name: 'Annotations' }).locator('.annotation-entry')
  ).toHaveCount(annotations)
  await openView(page, 'Session notes')
  const notes = page.getByRole('region', { name: 'Session notes' })
  if (sessionNotes > 0) await expect(notes).toContainText('Bilaterals on day 2')
  else await expect(notes).not.toContainText('Bilaterals on day 2')
}

test('the brief reads as expected, and a backup restores everything after a wipe', async ({
  app
}) => {
  test.slow() // two dialogs, a wipe, a restore and a restart
  const { page } = app
  // Every time the app writes (the brief's date, each note's times) is this one.
  await page.clock.setFixedTime(new Date('2024-03-10T08:00:00.000Z'))

  await annotateParagraph(page, 47, 'The **EWA** is where new substances are reported first.')
  await addToken(page, 'Tags', 'Early warning')
  await page
    .getByRole('region', { name: 'Annotation editor' })
    .getByRole('combobox', { name: 'Position' })
    .selectOption('Support')
  await save(page)

  await annotateParagraph(page, 60, 'Ask Canada how its Drug Analysis Service shares results.')
  const editor = page.getByRole('region', { name: 'Annotation editor' })
  await editor.getByRole('checkbox', { name: 'Follow-up for CND67' }).check()
  await editor.getByRole('textbox', { name: 'Action' }).fill('Meet Canada on forensic data sharing')
  await editor.getByRole('combobox', { name: 'Priority' }).selectOption('High')
  await editor
    .getByRole('combobox', { name: 'Due' })
    .selectOption({ label: 'Monday 18 March 2024 (day 3)' })
  await editor.getByRole('combobox', { name: 'Agenda item' }).selectOption({ index: 1 })
  await addToken(page, 'Counterparts', 'Canada')
  await save(page)

  await openView(page, 'Session notes')
  await page.getByRole('button', { name: 'New session note' }).click()
  const sessionEditor = page.getByRole('region', { name: 'Session note editor' })
  await sessionEditor.getByRole('textbox', { name: 'Title' }).fill('Bilaterals on day 2')
  await sessionEditor
    .getByRole('textbox', { name: 'Body' })
    .fill('- Canada: forensic data\n- Mexico: precursors')
  await sessionEditor.getByRole('combobox', { name: 'Session day' }).selectOption('2024-03-15')
  await expect(sessionEditor.getByRole('status')).toHaveText('Saved')
  await sessionEditor.getByRole('button', { name: 'Close', exact: true }).click()

  // The brief.
  await page.getByRole('button', { name: 'Export brief…' }).click()
  const briefDialog = page.getByRole('dialog', { name: 'Export brief' })
  // Whole-paragraph notes quote their paragraph in full unless the delegate chooses otherwise.
  await expect(briefDialog.getByRole('combobox', { name: 'Quotes' })).toHaveValue('full')
  await expect(briefDialog.getByRole('document', { name: 'Brief preview' })).toContainText(
    'Meet Canada on forensic data sharing'
  )
  const brief = await app.savedFile(() =>
    briefDialog.getByRole('button', { name: 'Save Markdown' }).click()
  )
  expect(brief.name).toBe('CND67-brief-2024-03-10.md')
  // UPDATE_EXPECTED=1 rewrites the expected brief from this run; read the diff before committing.
  if (process.env.UPDATE_EXPECTED) await writeFile(expectedBrief, brief.content)
  expect(brief.content).toBe(await readFile(expectedBrief, 'utf8'))
  // Print / PDF prints the brief alone: in a browser through its print dialog (which offers
  // Save as PDF), in the desktop app through printToPDF; either way the page shows only the brief.
  if (app.mode === 'browser') {
    await page.evaluate(() => {
      window.print = () => {
        const printing = document.documentElement.classList.contains('printing-brief')
        const text = document.querySelector('.print-brief')?.textContent ?? ''
        Object.assign(window, { __printed: printing ? text : null })
      }
    })
    await briefDialog.getByRole('button', { name: 'Print / PDF' }).click()
    await expect
      .poll(() => page.evaluate(() => (window as { __printed?: string | null }).__printed))
      .toContain('Meet Canada on forensic data sharing')
    await expect(page.locator('html')).not.toHaveClass(/printing-brief/)
  } else {
    const pdf = await app.savedFile(() =>
      briefDialog.getByRole('button', { name: 'Print / PDF' }).click()
    )
    expect(pdf.name).toBe('CND67-brief-2024-03-10.pdf')
    expect(pdf.content.startsWith('%PDF')).toBe(true)
  }
  await briefDialog.getByRole('button', { name: 'Close' }).click()

  // Back up, delete everything, restore.
  await page.getByRole('button', { name: 'Your data…' }).click()
  const dataDialog = page.getByRole('dialog', { name: 'Your data' })
  const backup = await app.savedFile(() =>
    dataDialog.getByRole('button', { name: 'Back up data' }).click()
  )
  expect(backup.name).toBe('CND67-notes-backup-2024-03-10.json')
  expect(JSON.parse(backup.content)).toMatchObject({
    format: 'cnd67-notes-backup',
    version: 3,
    counts: { annotations: 2, sessionNotes: 1, agendaItems: 1, statements: 0, documents: 0 }
  })

  await dataDialog.getByRole('button', { name: 'Delete all my data…' }).click()
  await expect(dataDialog).toContainText('Delete 2 annotations, 1 session note, 1 agenda item')
  await dataDialog.getByRole('button', { name: 'Delete everything' }).click()
  await expect(dataDialog).toBeHidden()
  await expectNotes(page, 0, 0)

  await page.getByRole('button', { name: 'Your data…' }).click()
  await dataDialog.getByLabel('Restore from backup…').setInputFiles({
    name: backup.name,
    mimeType: 'application/json',
    buffer: Buffer.from(backup.content)
  })
  const restore = dataDialog.getByRole('region', { name: 'Restore', exact: true })
  await expect(restore).toContainText('It holds 2 annotations, 1 session note, 1 agenda item.')
  await expect(restore).toContainText('Annotations: 2 added.')
  await restore.getByRole('button', { name: 'Merge into my data' }).click()
  await expect(dataDialog).toBeHidden()
  await expectNotes(page, 2, 1)

  // A damaged backup is refused, and nothing changes.
  await page.getByRole('button', { name: 'Your data…' }).click()
  await dataDialog.getByLabel('Restore from backup…').setInputFiles({
    name: 'damaged.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup.content.slice(0, backup.content.length / 2))
  })
  await expect(dataDialog.getByRole('alert')).toContainText(
    'The file ends too early: it may have been cut off while it was saved or copied.'
  )
  await expect(dataDialog.getByRole('alert')).toContainText('Nothing was changed.')
  await dataDialog.getByRole('button', { name: 'Close' }).click()

  const restarted = await app.restart()
  await expectNotes(restarted, 2, 1)
  await openView(restarted, 'Follow-ups')
  await expect(restarted.getByRole('region', { name: 'Follow-ups' })).toContainText(
    'Meet Canada on forensic data sharing'
  )
  await expect(paragraph(restarted, 47)).toHaveAttribute('data-position', 'support')
})

test('Replace asks once more, naming what it removes, and Undo restore brings it all back', async ({
  app
}) => {
  test.slow() // two restores through the dialog
  const { page } = app
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  await annotateParagraph(page, 12, 'In the backup')
  await save(page)
  await page.getByRole('button', { name: 'Your data…' }).click()
  const dataDialog = page.getByRole('dialog', { name: 'Your data' })
  const backup = await app.savedFile(() =>
    dataDialog.getByRole('button', { name: 'Back up data' }).click()
  )
  await dataDialog.getByRole('button', { name: 'Close' }).click()
  await annotateParagraph(page, 60, 'Only here')
  await save(page)

  await page.getByRole('button', { name: 'Your data…' }).click()
  await dataDialog.getByLabel('Restore from backup…').setInputFiles({
    name: backup.name,
    mimeType: 'application/json',
    buffer: Buffer.from(backup.content)
  })
  const restore = dataDialog.getByRole('region', { name: 'Restore', exact: true })
  await restore.getByRole('radio', { name: /^Replace/ }).check()
  await restore.getByRole('button', { name: 'Replace my data' }).click()
  await expect(restore.getByRole('alert')).toContainText(
    'This removes 1 annotation that is only on this computer.'
  )
  await restore.getByRole('button', { name: 'Yes, replace my data' }).click()
  await expect(dataDialog).toBeHidden()
  await expectNotes(page, 1, 0)

  await page.getByRole('status').getByRole('button', { name: 'Undo restore' }).click()
  await expect(page.getByRole('status')).toContainText(
    'Restore undone: your data is as it was before.'
  )
  await expectNotes(page, 2, 0)
  await openView(page, 'Annotations')
  await expect(page.getByRole('region', { name: 'Annotations' })).toContainText('Only here')
})
