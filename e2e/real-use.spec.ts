/**
 * Real use, at the window sizes delegates have, from the top of the document and from paragraph
 * 60, in the light and dark themes: search and open a result, then search again; annotate
 * paragraph 58 and save; go to a paragraph a filter hides; export the brief. At each step what the
 * delegate needs next must be in the window, not covered, and have the focus where it belongs.
 * One page per combination, the flows one after another in it; each flow's checks are soft, so a
 * run lists every point that fails rather than the first.
 */
import type { Page } from '@playwright/test'
import { paragraph } from './annotating'
import { expect, test } from './fixtures'
import { expectFocus, expectUsable, obstacleTo } from './visibility'

const sizes = [
  { width: 1400, height: 900 },
  { width: 1280, height: 720 },
  { width: 1024, height: 700 }
]
/** Where the delegate is reading when each flow begins. */
const starts = [
  { name: 'the top', paragraph: null },
  { name: 'para. 60', paragraph: 60 }
] as const
const themes = ['Light', 'Dark'] as const

type Start = (typeof starts)[number]

/** Chooses the theme in the Display dialog, as a delegate does once. */
async function chooseTheme(page: Page, theme: (typeof themes)[number]): Promise<void> {
  await page.getByRole('button', { name: 'Display…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Display' })
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption(theme)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
}

/** Scrolls back to where the delegate was reading when the run began. */
async function backTo(page: Page, start: Start): Promise<void> {
  await page.evaluate((number) => {
    if (number === null) window.scrollTo(0, 0)
    else document.getElementById(`para-${number}`)?.scrollIntoView({ block: 'start' })
  }, start.paragraph)
  await expect
    .poll(() =>
      page.evaluate((number) => {
        if (number === null) return window.scrollY === 0
        const top = document.getElementById(`para-${number}`)?.getBoundingClientRect().top ?? -1
        return top >= 0 && top < window.innerHeight / 2
      }, start.paragraph)
    )
    .toBe(true)
}

/** Opens Go to paragraph from the keyboard and jumps to `number`. */
async function goToParagraph(page: Page, number: number): Promise<void> {
  await page.keyboard.press('Control+G')
  const box = page.getByRole('textbox', { name: 'Go to paragraph' })
  await expect(box).toBeFocused()
  await page.keyboard.type(String(number))
  await page.keyboard.press('Enter')
  await expect(box).toBeHidden()
}

/** Ctrl+F, "early warning", Enter on the first result, then back to the search box. */
async function searchAndOpen(page: Page): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Search' })
  const results = page.getByRole('region', { name: 'Search results' })
  await page.keyboard.press('Control+F')
  await expect(search).toBeFocused()
  await page.keyboard.type('early warning')
  await expectUsable(results, { under: search, soft: true })
  await expectFocus(search, 'on', true)

  const first = results.getByRole('button').first()
  const citation = /para\. (\d+)/.exec((await first.textContent()) ?? '')
  expect(citation, 'the first result for “early warning” is a paragraph').not.toBeNull()
  const opened = paragraph(page, Number(citation?.[1]))
  await page.keyboard.press('Enter')
  await expect.soft(results, 'Enter opens the first result').toBeHidden()
  // Where Enter did not open it, a click does, so that the rest of the flow can be checked.
  if (await results.isVisible()) await first.click()
  // Enter in the box goes to the result and keeps the focus there, for Enter again to go on.
  await expectUsable(opened, { soft: true })
  await expectFocus(search, 'on', true)

  // Searching again: the box keeps the words, and the results show where the delegate now is.
  await search.click()
  await expectUsable(results, { under: search, soft: true })
  await expectFocus(search, 'on', true)
  await search.press('Escape')
  await expect(results).toBeHidden()
}

/** Go to paragraph 58, open its editor with ✎, write a note and save it. */
async function annotateParagraph58(page: Page): Promise<void> {
  await goToParagraph(page, 58)
  const para58 = paragraph(page, 58)
  await expectUsable(para58, { focus: 'on', soft: true })
  await expectUsable(para58.getByRole('link', { name: '58.', exact: true }), { soft: true })

  await para58.hover()
  const annotate = page.getByRole('button', { name: 'Annotate paragraph 58', exact: true })
  await expectUsable(annotate, { soft: true })
  await annotate.click()
  const editor = page.getByRole('region', { name: 'Annotation editor' })
  const note = editor.getByRole('textbox', { name: 'Note' })
  await expectUsable(note, { focus: 'on', soft: true })
  await note.fill('Ask which Member States feed the Early Warning Advisory.')
  const save = editor.getByRole('button', { name: 'Save', exact: true })
  const cancel = editor.getByRole('button', { name: 'Cancel', exact: true }).filter({
    hasText: 'Cancel'
  })
  await expectUsable(save, { soft: true })
  await expectUsable(cancel, { soft: true })
  await save.click()
  await expect(editor).toBeHidden()
  await expectUsable(page.getByText('Saved your annotation on para. 58.'), { soft: true })
  await expectFocus(para58, 'within', true)
}

/** Shows only Canada's interventions, then goes to paragraph 59, which the filter hides. */
async function goToUnderFilter(page: Page): Promise<void> {
  const filters = page.getByRole('group', { name: 'Filter paragraphs' })
  await filters.getByRole('combobox', { name: 'Speaker' }).selectOption('Canada')
  await expect(filters.getByRole('status')).toContainText('Canada')

  await goToParagraph(page, 59)
  const para59 = paragraph(page, 59)
  await expectUsable(para59, { focus: 'on', soft: true })
  // A notice says the filter hides it and that it is shown in addition.
  const revealed = page.getByRole('status').filter({ hasText: /hidden by the filter/ })
  await expectUsable(revealed.last(), { soft: true })

  await filters.getByRole('button', { name: 'Clear filter' }).click()
  await expect(filters.getByRole('status')).toHaveCount(0)
}

/** Opens Export brief from the toolbar: its title and its Save and Copy buttons. */
async function exportBrief(page: Page): Promise<void> {
  const open = page.getByRole('button', { name: 'Export brief…' })
  await expectUsable(open, { soft: true })
  await open.click()
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  await expect(dialog.getByRole('document', { name: 'Brief preview' })).toContainText(
    'Ask which Member States feed the Early Warning Advisory.'
  )
  await expectUsable(dialog.getByRole('heading', { name: 'Export brief' }), { soft: true })
  await expectUsable(dialog.getByRole('button', { name: 'Save Markdown' }), { soft: true })
  await expectUsable(dialog.getByRole('button', { name: 'Copy', exact: true }), { soft: true })
  await expectFocus(dialog, 'within', true)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
}

test('the check tells a usable element from one covered or outside the window', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 700 })
  const para58 = paragraph(page, 58)
  // Paragraph 58's first line under the toolbar, which stays at the top as the page scrolls.
  await para58.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 4))
  expect(await obstacleTo(para58.getByRole('link', { name: '58.', exact: true }))).toMatch(
    /^covered at its centre by </
  )
  expect(await obstacleTo(paragraph(page, 1))).toMatch(/^outside the window: /)
  expect(await obstacleTo(page.getByRole('button', { name: 'Display…' }))).toBe('usable')
  expect(await obstacleTo(page.getByRole('button', { name: 'No such button' }))).toBe(
    '0 elements match'
  )
})

for (const size of sizes) {
  for (const start of starts) {
    for (const theme of themes) {
      test(`real use at ${size.width}×${size.height} from ${start.name}, ${theme.toLowerCase()} theme`, async ({
        app
      }) => {
        // Each point that fails waits its 5 s before the run goes on to the next: with six of
        // them failing and seven test runs sharing two cores (load 25 to 35), a combination took
        // over 90 s, and stopped before the last flow.
        test.setTimeout(120_000)
        const { page } = app
        await page.setViewportSize(size)
        await chooseTheme(page, theme)
        // The delegate reopens the app where they read: at the top, or by a link to para. 60.
        await app.openAt(start.paragraph === null ? '' : `#para-${start.paragraph}`)
        await page.waitForFunction(() => performance.getEntriesByName('annotations-shown')[0])
        await backTo(page, start)

        await test.step('search, open a result, search again', () => searchAndOpen(page))
        await backTo(page, start)
        await test.step('annotate para. 58 and save', () => annotateParagraph58(page))
        await backTo(page, start)
        await test.step('go to a paragraph under a filter', () => goToUnderFilter(page))
        await backTo(page, start)
        await test.step('export the brief', () => exportBrief(page))
      })
    }
  }
}
