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

/** Selects `passage` in paragraph `number`, as a reader dragging over it would. */
export async function selectPassage(page: Page, number: number, passage: string): Promise<void> {
  await paragraph(page, number).scrollIntoViewIfNeeded()
  await page.evaluate(
    ({ number, passage }) => {
      const text = document.querySelector(`#para-${number} > .text`)
      const node = text?.querySelector('p')?.firstChild
      const start = node?.textContent?.indexOf(passage) ?? -1
      if (!node || start < 0) throw new Error(`"${passage}" is not in paragraph ${number}`)
      const range = document.createRange()
      range.setStart(node, start)
      range.setEnd(node, start + passage.length)
      window.getSelection()?.removeAllRanges()
      window.getSelection()?.addRange(range)
    },
    { number, passage }
  )
}
