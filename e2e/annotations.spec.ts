/**
 * Annotating the text as a delegate does: highlighting a passage, writing notes on paragraphs,
 * finding them again after a restart, notes in any script and of any size, and hostile text
 * that must stay text.
 */
import type { Page } from '@playwright/test'
import { paragraph, writeParagraphNote } from './annotating'
import { expect, pageSettled, test } from './fixtures'

/** Selects the first occurrence of `passage` in paragraph `number`, as a reader dragging over it would. */
async function selectPassage(page: Page, number: number, passage: string): Promise<void> {
  await paragraph(page, number).scrollIntoViewIfNeeded()
  await page.evaluate(
    ({ number, passage }) => {
      const text = document.querySelector(`#para-${number} > .text`)
      if (!text) throw new Error(`no paragraph ${number}`)
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT)
      const content = text.textContent ?? ''
      const start = content.indexOf(passage)
      if (start < 0) throw new Error(`"${passage}" is not in paragraph ${number}`)
      const end = start + passage.length
      const range = document.createRange()
      let offset = 0
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = (node as Text).data.length
        if (offset <= start && start <= offset + length) range.setStart(node, start - offset)
        if (offset <= end && end <= offset + length) {
          range.setEnd(node, end - offset)
          break
        }
        offset += length
      }
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
    },
    { number, passage }
  )
}

test('a highlight in paragraph 47 and a note on paragraph 60 survive a restart', async ({
  app
}) => {
  let { page } = app
  const passage = 'Early Warning Advisory (EWA)'
  await selectPassage(page, 47, passage)
  await page
    .getByRole('toolbar', { name: 'Selected passage' })
    .getByRole('button', { name: 'Highlight: Blue' })
    .click()
  await expect(paragraph(page, 47).locator('mark.highlight-blue')).toHaveText(passage)

  await writeParagraphNote(page, 60, 'Ask **Canada** about its Drug Analysis Service.')
  const panel = page.getByRole('region', { name: 'Annotations' })
  await expect(panel.locator('.annotation-entry')).toHaveCount(2)

  page = await app.restart()
  await expect(paragraph(page, 47).locator('mark.highlight-blue')).toHaveText(passage)
  const restoredPanel = page.getByRole('region', { name: 'Annotations' })
  const entries = restoredPanel.locator('.annotation-entry')
  await expect(entries).toHaveCount(2)
  await expect(entries.nth(0)).toContainText('para. 47')
  await expect(entries.nth(0)).toContainText(passage)
  await expect(entries.nth(0)).toContainText('Blue')
  await expect(entries.nth(1)).toContainText('para. 60')
  // A note made with "Annotate paragraph" has no colour unless one is chosen.
  await expect(entries.nth(1).locator('.entry-color')).toHaveCount(0)
  await expect(entries.nth(1).locator('strong')).toHaveText('Canada')
  await expect(paragraph(page, 60)).toHaveAttribute('data-annotated', 'true')
  const range = await page.evaluate(() => {
    const text = document.querySelector('#para-47 > .text')
    const mark = text?.querySelector('mark')
    if (!text || !mark) return null
    const before = document.createRange()
    before.setStart(text, 0)
    before.setEndBefore(mark)
    return { start: before.toString().length, length: mark.textContent?.length }
  })
  // "The International Coordinator on Technical Cooperation for LSS presented on the UNODC " precedes it.
  expect(range).toEqual({ start: 86, length: passage.length })
})

test('notes in Arabic, with emoji, and of 1 MB save and render', async ({ app }) => {
  test.slow() // a megabyte goes through the editor, the database and a restart
  const { page } = app
  const arabic = 'ملاحظة: ينبغي متابعة مسألة نظم الإنذار المبكر مع الأمانة.'
  const emoji = 'Follow up 🇨🇦 🤝 📌 before the session 🗓️'
  const large = `# Long brief\n\n${'Synthetic drug markets change quickly. '.repeat(27_000)}`
  expect(large.length).toBeGreaterThan(1_000_000)
  await writeParagraphNote(page, 1, arabic)
  await writeParagraphNote(page, 2, emoji)
  await writeParagraphNote(page, 3, large)
  const panel = page.getByRole('region', { name: 'Annotations' })
  await expect(panel.locator('.entry-note').nth(0)).toHaveText(arabic)
  await expect(panel.locator('.entry-note').nth(1)).toHaveText(emoji)
  await expect(
    panel.locator('.entry-note').nth(2).getByRole('heading', { name: 'Long brief' })
  ).toBeVisible()
  await expect(panel).toContainText('Showing the first 4,000 of 1,053,014 characters.')
  const page2 = await app.restart()
  await page2
    .getByRole('region', { name: 'Annotations' })
    .getByRole('button', { name: 'Edit' })
    .nth(2)
    .click()
  await expect(page2.getByRole('textbox', { name: 'Note' })).toHaveValue(large)
  await expect(
    page2.locator('.note-preview').getByRole('heading', { name: 'Long brief' })
  ).toBeVisible()
})

test('HTML in a note is shown as text and runs nothing', async ({ app }) => {
  const { page } = app
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs++
    void dialog.dismiss()
  })
  const hostile = '<img src=x onerror=alert(1)>'
  await writeParagraphNote(page, 12, hostile)
  const note = page.getByRole('region', { name: 'Annotations' }).locator('.entry-note')
  await expect(note).toHaveText(hostile)
  await expect(note.locator('img')).toHaveCount(0)
  // Proving that no dialog opens: the page painted the note and went idle, and none had opened.
  await pageSettled(page)
  expect(dialogs).toBe(0)
})

test('deleting an annotation can be undone, and redone', async ({ app }) => {
  const { page } = app
  await writeParagraphNote(page, 20, 'France: precursors')
  await page
    .getByRole('region', { name: 'Annotations' })
    .getByRole('button', { name: 'Edit' })
    .click()
  await page.getByRole('button', { name: 'Delete annotation' }).click()
  const entries = page.getByRole('region', { name: 'Annotations' }).locator('.annotation-entry')
  await expect(entries).toHaveCount(0)
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(entries).toHaveCount(1)
  await expect(entries).toContainText('France: precursors')
  await page.locator('body').press('Control+Shift+Z')
  await expect(entries).toHaveCount(0)
  await page.locator('body').press('Control+Z')
  await expect(entries).toHaveCount(1)
})

test('a draft survives cancelling and reopening the editor', async ({ app }) => {
  const { page } = app
  await paragraph(page, 30).hover()
  await page.getByRole('button', { name: 'Annotate paragraph 30' }).click()
  await page.getByRole('textbox', { name: 'Note' }).fill('Türkiye: 23 countries, 60 seizures')
  await page.getByRole('textbox', { name: 'Note' }).press('Escape')
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeHidden()
  await paragraph(page, 30).hover()
  await page.getByRole('button', { name: 'Annotate paragraph 30' }).click()
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue(
    'Türkiye: 23 countries, 60 seizures'
  )
  await expect(page.getByText('Your unsaved draft was restored.')).toBeVisible()
})

test('a link in a note opens outside the app and never replaces it', async ({ app }) => {
  const { page } = app
  const before = page.url()
  await writeParagraphNote(
    page,
    86,
    'See [the UNODC site](https://www.unodc.org/) and [this](javascript:alert(1)).'
  )
  const note = page.getByRole('region', { name: 'Annotations' }).locator('.entry-note')
  await expect(note.getByRole('link')).toHaveCount(1)
  await expect(note.getByRole('link')).toHaveAttribute('href', 'https://www.unodc.org/')
  await expect(note).toContainText('and this.')
  // The app cancels the click's navigation; a listener on the window, which the click reaches
  // after the app's own, records that, so the test need not wait to see whether one starts.
  await page.evaluate(() =>
    window.addEventListener(
      'click',
      (event) => Object.assign(window, { linkClickCancelled: event.defaultPrevented }),
      { once: true }
    )
  )
  await note.getByRole('link', { name: 'the UNODC site' }).click()
  await expect.poll(() => page.evaluate(() => Reflect.get(window, 'linkClickCancelled'))).toBe(true)
  expect(page.url()).toBe(before)
  await expect(page.getByRole('main', { name: 'Meeting summary' })).toBeVisible()
})

test('the highlight toolbar sits next to the selection, inside the window, its colours labelled', async ({
  app
}) => {
  const { page } = app
  await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
  const toolbar = page.getByRole('toolbar', { name: 'Selected passage' })
  /** The selection's first and last line, and the toolbar, on screen. */
  const boxes = () =>
    page.evaluate(() => {
      const lines = [...(window.getSelection()?.getRangeAt(0).getClientRects() ?? [])].filter(
        (box) => box.width > 0
      )
      const bar = document.querySelector('.selection-toolbar')?.getBoundingClientRect()
      const first = lines[0]
      const last = lines[lines.length - 1]
      return {
        first: { top: first.top, bottom: first.bottom },
        last: { top: last.top, bottom: last.bottom },
        bar: bar && { top: bar.top, bottom: bar.bottom, left: bar.left, right: bar.right },
        viewport: { width: innerWidth, height: innerHeight }
      }
    })

  await selectPassage(page, 47, 'Early Warning Advisory (EWA)')
  await expect(toolbar).toBeVisible()
  for (const label of ['Yellow', 'Green', 'Blue', 'Pink', 'Purple']) {
    await expect(toolbar.getByRole('button', { name: `Highlight: ${label}` })).toHaveText(label)
  }
  let placed = await boxes()
  if (!placed.bar) throw new Error('no toolbar')
  // Above the first line, close to it: not over the line above the paragraph.
  expect(placed.bar.bottom).toBeLessThanOrEqual(placed.first.top)
  expect(placed.first.top - placed.bar.bottom).toBeLessThan(16)
  expect(placed.bar.left).toBeGreaterThanOrEqual(0)
  expect(placed.bar.right).toBeLessThanOrEqual(placed.viewport.width)

  // With the passage at the top of the window, under the app's toolbar: below its last line.
  await page.evaluate(() => {
    const range = window.getSelection()?.getRangeAt(0)
    const header = document.querySelector('header.toolbar')?.getBoundingClientRect().bottom ?? 0
    const top = range?.getBoundingClientRect().top ?? 0
    document.scrollingElement?.scrollBy(0, top - header - 4)
  })
  // Until the toolbar has followed the scroll: at its old place it may be below the last line too,
  // but far from it.
  await expect
    .poll(async () => {
      const now = await boxes()
      const gap = now.bar ? now.bar.top - now.last.bottom : Number.NaN
      return gap >= 0 && gap < 16
    })
    .toBe(true)
  placed = await boxes()
  if (!placed.bar) throw new Error('no toolbar')
  expect(placed.bar.top - placed.last.bottom).toBeLessThan(16)
  expect(placed.bar.bottom).toBeLessThanOrEqual(placed.viewport.height)
})
