/**
 * The brief as a capital reads it: saved as a Word document and read back with mammoth (the
 * heading, the follow-ups table with its citation, the note's link, the page-number field and
 * the marking), and copied as formatted text (the clipboard's HTML has the headings and lists,
 * its plain text no Markdown marks).
 */
import type { Page } from '@playwright/test'
import { readWord } from '../src/renderer/test-support/word-reader'
import { expect, test } from './fixtures'

const paragraph = (page: Page, number: number) =>
  page.getByRole('group', { name: `Paragraph ${number}`, exact: true })

async function annotateParagraph(page: Page, number: number, note: string): Promise<void> {
  await paragraph(page, number).hover()
  await page.getByRole('button', { name: `Annotate paragraph ${number}`, exact: true }).click()
  await page.getByRole('textbox', { name: 'Note' }).fill(note)
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeHidden()
}

/** The note on para. 22: bold, a list and an https: link. */
const formattedNote =
  'The **Global Coalition** matters for our line.\n\n' +
  '- Ask how many countries joined\n' +
  '- Read [the coalition page](https://www.state.gov/global-coalition-to-address-synthetic-drug-threats/)'

test('the brief saved as Word and copied keeps its headings, table, lists and links', async ({
  app
}) => {
  const { page } = app
  await page.clock.setFixedTime(new Date('2024-03-10T08:00:00.000Z'))

  await annotateParagraph(page, 22, formattedNote)
  await save(page)
  await annotateParagraph(page, 65, 'Peru on precursor monitoring.')
  const editor = page.getByRole('region', { name: 'Annotation editor' })
  await editor.getByRole('checkbox', { name: 'Follow-up for CND67' }).check()
  await editor.getByRole('textbox', { name: 'Action' }).fill('Ask Peru about precursor monitoring')
  await save(page)

  await page.getByRole('button', { name: 'Export brief…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  await dialog.getByRole('combobox', { name: 'Word header marking' }).selectOption({
    label: 'For official use only'
  })

  const saved = await app.savedBytes(() =>
    dialog.getByRole('button', { name: 'Save Word' }).click()
  )
  expect(saved.name).toBe('CND67-brief-2024-03-10.docx')
  const word = await readWord(saved.bytes)
  expect(word.html).toMatch(/<h1>Brief for CND67: Summary of the open-ended expert group/u)
  expect(word.html).toContain('<h2>Follow-ups for CND67</h2>')
  expect(word.html).toMatch(
    /<tr><td><p>Ask Peru about precursor monitoring<\/p><\/td>.*?<td><p>\(para\. 65\)<\/p><\/td><\/tr>/u
  )
  expect(word.html).toContain(
    '<a href="https://www.state.gov/global-coalition-to-address-synthetic-drug-threats/">' +
      'the coalition page</a>'
  )
  expect(word.html).toContain('<strong>Global Coalition</strong>')
  expect(word.footers).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/u)
  expect(word.headers).toContain('>For official use only</w:t>')

  await dialog.getByRole('button', { name: 'Copy' }).click()
  await expect.poll(() => app.readClipboardHtml()).toContain('<h2>Follow-ups for CND67</h2>')
  const html = await app.readClipboardHtml()
  expect(html).toMatch(/<h1>Brief for CND67: /u)
  expect(html).toContain('<li>Ask how many countries joined</li>')
  expect(html).toContain('<strong>Global Coalition</strong>')
  const text = await app.readClipboard()
  expect(text).toMatch(/^Brief for CND67: /u)
  expect(text).toContain('Ask Peru about precursor monitoring')
  expect(text).not.toMatch(/^---$|\*\*/mu)
})
