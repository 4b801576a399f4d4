/**
 * Two windows of the app on one profile, as a delegate with the app open in two browser tabs:
 * a note saved in one shows in the other without a reload, and the same note edited in both
 * never loses either text.
 */
import type { Page } from '@playwright/test'
import { paragraph, writeParagraphNote } from './annotating'
import { appMode } from './app-mode'
import { expect, test, waitUntilReady, type RunningApp } from './fixtures'

test.skip(
  appMode() === 'electron',
  'The desktop app holds a single-instance lock and opens one window (src/main/index.ts), so ' +
    'there is no second window to drive; the second writer these specs need is a second tab ' +
    'of the browser build, which shares the same renderer code.'
)

/** A second tab of the same browser profile, showing the app. */
async function secondWindow(app: RunningApp): Promise<Page> {
  const page = await app.page.context().newPage()
  await page.goto(app.page.url())
  await waitUntilReady(page)
  return page
}

const annotationsPanel = (page: Page) => page.getByRole('region', { name: 'Annotations' })

/** Writes `note` on paragraph `number` in `page`, switching to that window first. */
async function writeIn(page: Page, number: number, note: string): Promise<void> {
  await page.bringToFront()
  await writeParagraphNote(page, number, note)
}

/** Saves the note open in `page`'s editor, switching to that window first as a delegate would. */
async function saveIn(page: Page): Promise<void> {
  await page.bringToFront()
  await page.getByRole('button', { name: 'Save' }).click()
}

/** Opens the editor on the one annotation listed and types `note` over its text. */
async function editTheNote(page: Page, note: string): Promise<void> {
  await page.bringToFront()
  await annotationsPanel(page).getByRole('button', { name: 'Edit' }).click()
  await page.getByRole('textbox', { name: 'Note' }).fill(note)
}

/**
 * Opens a second window, writes `note` on paragraph `number` in the first, and waits until the
 * second lists it; resolves with both windows.
 */
async function oneNoteInTwoWindows(
  app: RunningApp,
  number: number,
  note: string
): Promise<[Page, Page]> {
  const second = await secondWindow(app)
  await writeIn(app.page, number, note)
  await expect(annotationsPanel(second).locator('.annotation-entry')).toHaveCount(1)
  return [app.page, second]
}

test('a note saved in one window shows in the other within a second, without a reload', async ({
  app
}) => {
  const other = await secondWindow(app)
  await writeIn(app.page, 60, 'Ask **Canada** about its Drug Analysis Service.')
  const entry = annotationsPanel(other).locator('.annotation-entry')
  await expect(entry).toHaveCount(1, { timeout: 1_000 })
  await expect(entry).toContainText('para. 60')
  await expect(entry.locator('strong')).toHaveText('Canada')
  await expect(paragraph(other, 60)).toHaveAttribute('data-annotated', 'true')
})

test('the same note edited in both windows keeps both texts', async ({ app }) => {
  const [first, second] = await oneNoteInTwoWindows(app, 60, 'Canada: early warning')

  await editTheNote(first, 'First window: ask about forensic data')
  await editTheNote(second, 'Second window: raise precursors with Mexico')
  await saveIn(first)
  await expect(first.getByRole('textbox', { name: 'Note' })).toBeHidden()

  // The second window's save would overwrite the first's: it is refused, and says why.
  await saveIn(second)
  const notice = second.getByRole('alert').filter({ hasText: 'changed in another window' })
  await expect(notice).toBeVisible()
  await expect(second.getByRole('textbox', { name: 'Note' })).toHaveValue(
    'Second window: raise precursors with Mexico'
  )
  await notice.getByRole('button', { name: 'Keep both' }).click()
  await expect(second.getByRole('textbox', { name: 'Note' })).toBeHidden()

  for (const page of [first, second]) {
    const note = annotationsPanel(page).locator('.entry-note')
    await expect(note).toContainText('First window: ask about forensic data')
    await expect(note).toContainText('Second window: raise precursors with Mexico')
  }
  const restarted = annotationsPanel(await app.restart()).locator('.entry-note')
  await expect(restarted).toContainText('First window: ask about forensic data')
  await expect(restarted).toContainText('Second window: raise precursors with Mexico')
})

test('Reload shows the other window’s text and drops only what this one typed', async ({ app }) => {
  const [first, second] = await oneNoteInTwoWindows(app, 30, 'Türkiye: 60 seizures')
  await editTheNote(first, 'Türkiye: 60 seizures in 23 countries')
  await editTheNote(second, 'Draft to drop')
  await saveIn(first)
  await expect(first.getByRole('textbox', { name: 'Note' })).toBeHidden()
  await saveIn(second)
  const notice = second.getByRole('alert').filter({ hasText: 'changed in another window' })
  await notice.getByRole('button', { name: 'Reload' }).click()
  await expect(second.getByRole('textbox', { name: 'Note' })).toHaveValue(
    'Türkiye: 60 seizures in 23 countries'
  )
  await expect(notice).toHaveCount(0)
})

test('two windows typing in the same note keep both drafts, both restored after they close', async ({
  app
}) => {
  const [first, second] = await oneNoteInTwoWindows(app, 16, 'Mexico: precursors')

  // Neither window saves: each text is kept only as that window's draft.
  await editTheNote(first, 'First window draft: ask about pre-precursors')
  await editTheNote(second, 'Second window draft: controlled deliveries')
  const context = first.context()
  await second.close()
  await first.close()

  const reopened = await context.newPage()
  await reopened.goto(app.page.url())
  await waitUntilReady(reopened)
  await annotationsPanel(reopened).getByRole('button', { name: 'Edit' }).click()
  await expect(reopened.getByText('Your unsaved draft was restored.')).toBeVisible()
  const note = reopened.getByRole('textbox', { name: 'Note' })
  await expect(note).toHaveValue(/First window draft: ask about pre-precursors/u)
  await expect(note).toHaveValue(/Second window draft: controlled deliveries/u)
})
