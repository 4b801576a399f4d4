/** Annotating the text as a delegate does, for the specs that need a note to work with. */
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** Paragraph `number` of the reference pane. */
export const paragraph = (page: Page, number: number) =>
  page.getByRole('group', { name: `Paragraph ${number}`, exact: true })

/** Writes `note` on the whole of paragraph `number` and saves it. */
export async function writeParagraphNote(page: Page, number: number, note: string): Promise<void> {
  await paragraph(page, number).hover()
  await page.getByRole('button', { name: `Annotate paragraph ${number}`, exact: true }).click()
  const box = page.getByRole('textbox', { name: 'Note' })
  await box.fill(note)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(box).toBeHidden()
}
