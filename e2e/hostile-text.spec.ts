/**
 * Hostile text in every place a delegate's text appears: XSS payloads (e2e/corpus) typed into
 * the notes, tags, follow-ups, agenda items, session notes, colour labels and search box, and the
 * whole corpus brought in by a restored backup and a W3C import, then every view, panel and
 * dialog opened. Nothing may run, load, open or navigate, and the text must still read as typed.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { expect, pageSettled, test } from './fixtures'
import {
  fitPayload,
  payloadTag,
  typedPayloads,
  xssPayloads,
  type XssPayload
} from '../src/renderer/test-support/xss-payloads'

const paragraph = (page: Page, number: number) =>
  page.getByRole('group', { name: `Paragraph ${number}`, exact: true })

function openView(page: Page, name: string) {
  return page.getByRole('tablist', { name: 'Notes views' }).getByRole('tab', { name }).click()
}

/** `text` on one line, as a single-line field keeps it. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/** The payload called `name`. */
function payloadNamed(name: string): XssPayload {
  const payload = xssPayloads.find((candidate) => candidate.name === name)
  if (!payload) throw new Error(`No payload named "${name}".`)
  return payload
}

/**
 * Records whatever hostile text could make the app do: a dialog (dismissed), a navigation of
 * the window away from the app, a frame, a popup, a request for anything but the app's own files,
 * and a refusal by the content security policy (which only shows that markup got through).
 */
class Tripwires {
  readonly caught: string[] = []
  readonly #app: URL
  readonly #pages = new WeakSet<Page>()
  readonly #contexts = new WeakSet<BrowserContext>()

  constructor(page: Page) {
    this.#app = new URL(page.url())
    this.watch(page)
  }

  /** Whether `address` is the app's page, one of its bundled files, or the icon a browser asks for. */
  isAppFile(address: string): boolean {
    const url = new URL(address)
    return (
      url.protocol === this.#app.protocol &&
      url.host === this.#app.host &&
      (url.pathname === this.#app.pathname ||
        url.pathname === '/index.html' ||
        url.pathname === '/favicon.ico' ||
        url.pathname.startsWith('/assets/'))
    )
  }

  /** Watches `page` and its context; again after a restart, which may bring a new window. */
  watch(page: Page): void {
    const context = page.context()
    if (!this.#contexts.has(context)) {
      this.#contexts.add(context)
      context.on('request', (request) => {
        if (!this.isAppFile(request.url())) this.caught.push(`request: ${request.url()}`)
      })
      context.on('page', (opened) => this.caught.push(`new window: ${opened.url()}`))
    }
    if (this.#pages.has(page)) return
    this.#pages.add(page)
    page.on('dialog', (dialog) => {
      this.caught.push(`dialog: ${dialog.type()} ${dialog.message()}`)
      void dialog.dismiss()
    })
    page.on('popup', (popup) => this.caught.push(`popup: ${popup.url()}`))
    page.on('frameattached', (frame) => this.caught.push(`frame attached: ${frame.name()}`))
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) this.caught.push(`frame navigated: ${frame.url()}`)
      else if (!this.isAppFile(frame.url())) this.caught.push(`navigated: ${frame.url()}`)
    })
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/iu.test(message.text())) {
        this.caught.push(`refused: ${message.text()}`)
      }
    })
  }

  /**
   * Asserts that, after `step`, nothing has run, loaded or been caught, and that the page holds no
   * markup that hostile text could have put there: no element that runs, embeds, loads or
   * restyles, no `on*` attribute, no address but the app's own and https, no style that loads
   * or covers.
   */
  async expectClean(page: Page, step: string): Promise<void> {
    // Whatever the step's markup set off (an image's error, a frame's load, a refresh) has been
    // dispatched once the page has painted and gone idle; markup that could still do something
    // later is itself listed below.
    await pageSettled(page)
    const state = await page.evaluate(() => {
      const markup: string[] = []
      const forbidden =
        'script, style, link, meta, base, iframe, frame, frameset, object, embed, portal, img, ' +
        'image, video, audio, source, svg, math, template, noscript, marquee, isindex'
      for (const element of document.body.querySelectorAll(forbidden)) {
        markup.push(`<${element.localName}>`)
      }
      for (const element of document.body.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase()
          const value = attribute.value.trim()
          if (name.startsWith('on')) markup.push(`${name} on <${element.localName}>`)
          if (name === 'style' && /url\(|expression|position|inset|@import/iu.test(value)) {
            markup.push(`style="${value}" on <${element.localName}>`)
          }
          const isAddress = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data']
          if (isAddress.includes(name) && !/^(?:#|https:\/\/)/iu.test(value)) {
            markup.push(`${name}="${value}" on <${element.localName}>`)
          }
        }
      }
      return {
        xss: (window as { __xss?: unknown }).__xss,
        resources: performance.getEntriesByType('resource').map((entry) => entry.name),
        markup
      }
    })
    expect({
      step,
      xss: state.xss,
      caught: this.caught,
      foreignResources: state.resources.filter((address) => !this.isAppFile(address)),
      markup: state.markup
    }).toEqual({ step, xss: undefined, caught: [], foreignResources: [], markup: [] })
  }
}

/** Adds `value` to a chip textbox ("Tags", "Counterparts") by typing it and pressing Enter. */
async function addToken(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByRole('textbox', { name: label, exact: true })
  await box.fill(value)
  await box.press('Enter')
  await expect(box).toHaveValue('')
}

/** Searches for `query` and checks the results, then clears the search box. */
async function search(page: Page, tripwires: Tripwires, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search' })
  await box.fill(query)
  await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible()
  await tripwires.expectClean(page, `searching for ${query.slice(0, 60)}`)
  // The first Escape closes the results, the second clears the box.
  await box.press('Escape')
  await box.press('Escape')
  await expect(box).toHaveValue('')
}

/** Opens the brief's dialog, checks its preview (also grouped by colour with `regroup`), closes it. */
async function checkBriefPreview(
  page: Page,
  tripwires: Tripwires,
  expected: string,
  regroup = true
) {
  await page.getByRole('button', { name: 'Export brief…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  await expect(dialog.getByRole('document', { name: 'Brief preview' })).toContainText(expected)
  await tripwires.expectClean(page, 'the brief grouped by section')
  if (regroup) {
    await dialog.getByRole('combobox', { name: 'Group annotations by' }).selectOption('Colour')
    await tripwires.expectClean(page, 'the brief grouped by colour')
  }
  await dialog.getByRole('button', { name: 'Close' }).click()
}

/**
 * Opens every side panel view that shows the delegate's text, the Follow-ups view grouped by
 * counterpart and agenda item, and with `referenceViews` the Member States and glossary views.
 */
async function checkEveryView(page: Page, tripwires: Tripwires, referenceViews = false) {
  for (const view of ['Annotations', 'Session notes', 'Tags', 'Agenda items']) {
    await openView(page, view)
    await tripwires.expectClean(page, `the ${view} view`)
  }
  await openView(page, 'Follow-ups')
  const followUps = page.getByRole('region', { name: 'Follow-ups' })
  for (const grouping of ['Counterpart', 'Agenda item']) {
    await followUps.getByRole('combobox', { name: 'Group by' }).selectOption(grouping)
    await tripwires.expectClean(page, `the Follow-ups view grouped by ${grouping}`)
  }
  if (!referenceViews) return
  for (const view of ['Member States', 'Glossary']) {
    await openView(page, view)
    await tripwires.expectClean(page, `the ${view} view`)
  }
}

/** Opens the annotation editor on the whole of paragraph `number`, and returns it. */
async function openEditor(page: Page, number: number) {
  await paragraph(page, number).hover()
  await page.getByRole('button', { name: `Annotate paragraph ${number}`, exact: true }).click()
  return page.getByRole('region', { name: 'Annotation editor' })
}

/** What a note of `payload` shows: raw HTML as typed, a refused link as its text alone. */
function shownText(payload: XssPayload): string {
  return payload.name === 'markdown javascript link' ? 'x' : payload.text
}

/** The typed subset as one note, a paragraph each. */
const typedNote = typedPayloads.map((payload) => payload.text).join('\n\n')
/** The typed subset as one line, for a follow-up's action. */
const typedAction = typedPayloads.map((payload) => payload.text).join(' ')
/** The typed subset as tags, typed in one go with commas between them. */
const typedTags = typedPayloads.map((payload) => payloadTag(payload.text))
/** Three of the typed subset as counterparts. */
const typedCounterparts = typedPayloads
  .slice(0, 3)
  .map((payload) => fitPayload(oneLine(payload.text), 200))

/** The highlight colours, in the order the colour labels are listed. */
const colours = ['yellow', 'green', 'blue', 'pink', 'purple'] as const

test('payloads typed into a note, tags and a follow-up stay text, also after a restart', async ({
  app
}) => {
  test.slow()
  let { page } = app
  const tripwires = new Tripwires(page)
  await tripwires.expectClean(page, 'the app opened')

  const editor = await openEditor(page, 11)
  await editor.getByRole('textbox', { name: 'Note' }).fill(typedNote)
  await addToken(page, 'Tags', typedTags.join(', '))
  await editor.getByRole('checkbox', { name: 'Follow-up for CND67' }).check()
  await editor.getByRole('textbox', { name: 'Action' }).fill(typedAction)
  await editor.getByRole('combobox', { name: 'Agenda item' }).selectOption({ index: 1 })
  for (const counterpart of typedCounterparts) await addToken(page, 'Counterparts', counterpart)
  await tripwires.expectClean(page, 'the annotation editor and its preview')
  await expect(editor.locator('.note-preview')).toContainText(typedPayloads[0].text)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(editor).toBeHidden()
  await tripwires.expectClean(page, 'the note saved')

  await checkEveryView(page, tripwires, true)
  await search(page, tripwires, 'onerror xss')
  for (const payload of typedPayloads.slice(0, 2)) await search(page, tripwires, payload.text)
  await checkBriefPreview(page, tripwires, typedAction)

  page = await app.restart()
  tripwires.watch(page)
  await tripwires.expectClean(page, 'the app restarted')
  await openView(page, 'Annotations')
  const entry = page.getByRole('region', { name: 'Annotations' }).locator('.annotation-entry')
  await expect(entry).toHaveCount(1)
  for (const payload of typedPayloads) {
    await expect(entry.locator('.entry-note')).toContainText(shownText(payload))
  }
  await expect(entry.locator('.tag-chip')).toHaveText(typedTags)
  await entry.getByRole('button', { name: 'Edit' }).click()
  await expect(editor.getByRole('textbox', { name: 'Note' })).toHaveValue(typedNote)
  await expect(editor.getByRole('textbox', { name: 'Action' })).toHaveValue(typedAction)
  await expect(
    editor.getByRole('list', { name: 'Counterparts added' }).getByRole('listitem')
  ).toContainText(typedCounterparts)
  await tripwires.expectClean(page, 'the note reopened after the restart')
})

test('payloads typed as agenda items, a session note and colour labels stay text', async ({
  app
}) => {
  test.slow()
  let { page } = app
  const tripwires = new Tripwires(page)
  const agendaPayloads = typedPayloads.slice(0, 5)
  const agendaLabels = agendaPayloads.map((payload) => fitPayload(oneLine(payload.text), 80))

  // Agenda items: payloads as labels and titles; the first renamed to another payload.
  await openView(page, 'Agenda items')
  const agenda = page.getByRole('region', { name: 'Agenda items' })
  const addForm = agenda.getByRole('form', { name: 'New agenda item' })
  for (const [index, payload] of agendaPayloads.entries()) {
    await addForm.getByRole('textbox', { name: 'Label' }).fill(agendaLabels[index])
    // Enter in the title adds the item, as a delegate adding several in a row does.
    await addForm.getByRole('textbox', { name: 'Title' }).fill(payload.text)
    await addForm.getByRole('textbox', { name: 'Title' }).press('Enter')
    await expect(addForm.getByRole('textbox', { name: 'Label' })).toHaveValue('')
  }
  await tripwires.expectClean(page, 'agenda items added')
  const renamed = fitPayload(oneLine(typedPayloads[6].text), 80)
  await agenda.getByRole('button', { name: `Edit ${agendaLabels[0]}`, exact: true }).click()
  const editForm = agenda.getByRole('form', { name: `Edit ${agendaLabels[0]}` })
  await editForm.getByRole('textbox', { name: 'Label' }).fill(renamed)
  await editForm.getByRole('textbox', { name: 'Title' }).press('Enter')
  await expect(editForm).toBeHidden()
  await tripwires.expectClean(page, 'an agenda item renamed')

  // A session note: a payload as title, the typed subset as body, payloads as tags.
  await openView(page, 'Session notes')
  await page.getByRole('button', { name: 'New session note' }).click()
  const sessionEditor = page.getByRole('region', { name: 'Session note editor' })
  const title = fitPayload(oneLine(typedPayloads[1].text), 300)
  await sessionEditor.getByRole('textbox', { name: 'Title' }).fill(title)
  await sessionEditor.getByRole('textbox', { name: 'Body' }).fill(typedNote)
  await sessionEditor.getByRole('combobox', { name: 'Agenda item' }).selectOption({ index: 2 })
  await addToken(page, 'Tags', typedTags.slice(0, 3).join(', '))
  await expect(sessionEditor.getByRole('status')).toHaveText('Saved')
  await expect(sessionEditor.locator('.note-preview')).toContainText(typedPayloads[0].text)
  await tripwires.expectClean(page, 'the session note editor and its preview')
  await sessionEditor.getByRole('button', { name: 'Close', exact: true }).click()

  // Colour labels, renamed to payloads as long as the label's box allows, and a highlight in each.
  await openView(page, 'Annotations')
  const annotations = page.getByRole('region', { name: 'Annotations' })
  await annotations.getByText('Colour labels', { exact: true }).click()
  const labels = typedPayloads.slice(0, 5).map((payload) => fitPayload(oneLine(payload.text), 40))
  for (const [index, label] of labels.entries()) {
    const box = annotations.getByRole('textbox', { name: `Label for ${colours[index]}` })
    await box.fill(label)
    await box.blur()
  }
  const editor = await openEditor(page, 47)
  await editor.getByRole('textbox', { name: 'Note' }).fill('EWA')
  // A note has no colour until one is chosen: the first colour, after "No colour".
  await editor.getByRole('group', { name: 'Colour' }).getByRole('radio').nth(1).check()
  await editor.getByRole('checkbox', { name: 'Follow-up for CND67' }).check()
  await editor.getByRole('combobox', { name: 'Agenda item' }).selectOption({ index: 1 })
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(annotations.locator('.entry-color')).toHaveText(labels[0])
  await tripwires.expectClean(page, 'the colour labels renamed')

  await checkEveryView(page, tripwires)
  await search(page, tripwires, 'window xss')
  await checkBriefPreview(page, tripwires, title)

  page = await app.restart()
  tripwires.watch(page)
  await openView(page, 'Agenda items')
  const restoredLabels = page.getByRole('region', { name: 'Agenda items' }).locator('.agenda-label')
  await expect(restoredLabels).toHaveText(['Item 6', renamed, ...agendaLabels.slice(1)])
  await openView(page, 'Annotations')
  const restored = page.getByRole('region', { name: 'Annotations' })
  await restored.getByText('Colour labels', { exact: true }).click()
  for (const [index, label] of labels.entries()) {
    const box = restored.getByRole('textbox', { name: `Label for ${colours[index]}` })
    await expect(box).toHaveValue(label)
  }
  await openView(page, 'Session notes')
  await expect(page.getByRole('region', { name: 'Session notes' })).toContainText(title)
  await tripwires.expectClean(page, 'the app restarted')
})

/** Every payload with where its records go: paragraphs 1 to 87 in turn, an id of its own. */
const corpus = xssPayloads.map((payload, index) => ({
  payload,
  index,
  paragraph: 1 + (index % 87),
  id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
  agendaItemId: `agenda-item-hostile-${index + 1}`
}))

/** A passage that is in no paragraph: the payload as the quote, so the annotation is an orphan. */
function payloadPassage(text: string) {
  const exact = fitPayload(text, 500)
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length }
  }
}

/**
 * `backup`, a backup the app wrote, with the whole corpus in every text field it holds: each
 * payload as an annotation (note, tags, follow-up action and counterpart, every other one on a
 * passage quoting it), a session note (title, body, tag), an agenda item (label, title) and a
 * statement (title, delegation, text), and five of them as colour labels. Fields with limits get as much of the payload as fits.
 */
function hostileBackup(backup: string): string {
  const file = JSON.parse(backup) as {
    counts: Record<string, number>
    data: Record<string, Record<string, unknown>[]>
  }
  const stamp = '2024-03-14T09:00:00.000Z'
  const annotations = corpus.map(({ payload, index, paragraph, id, agendaItemId }) => ({
    id,
    // The app's backups name each annotation's document; these are all on the shipped summary.
    documentId: 'summary',
    paragraph,
    target: index % 2 === 1 ? payloadPassage(payload.text) : null,
    color: colours[index % colours.length],
    note: payload.text,
    tags: [payloadTag(payload.text)],
    followUp: {
      action: fitPayload(payload.text, 10_000),
      status: 'open',
      priority: 'high',
      due: null,
      agendaItemId,
      counterparts: [fitPayload(oneLine(payload.text), 200)]
    },
    position: 'concern',
    createdAt: stamp,
    updatedAt: stamp
  }))
  const sessionNotes = corpus.map(({ payload, id, agendaItemId }) => ({
    id,
    title: fitPayload(oneLine(payload.text), 300),
    body: payload.text,
    agendaItemId,
    sessionDay: '2024-03-15',
    tags: [payloadTag(payload.text)],
    createdAt: stamp,
    updatedAt: stamp
  }))
  const agendaItems = corpus.map(({ payload, index, agendaItemId }) => ({
    id: agendaItemId,
    label: fitPayload(oneLine(payload.text), 80),
    title: fitPayload(payload.text, 1000),
    order: index + 2
  }))
  const statements = corpus.map(({ payload, id, agendaItemId }) => ({
    id,
    title: fitPayload(oneLine(payload.text), 300),
    agendaItemId,
    speakingFor: fitPayload(oneLine(payload.text), 200),
    limitSeconds: 180,
    wordsPerMinute: 120,
    text: payload.text,
    createdAt: stamp,
    updatedAt: stamp
  }))
  const colorLabels = Object.fromEntries(
    colours.map((colour, index) => [colour, fitPayload(oneLine(typedPayloads[index].text), 100)])
  )
  const settings = [
    ...file.data.settings.filter((setting) => setting.key !== 'colorLabels'),
    { key: 'colorLabels', value: colorLabels }
  ]
  file.data = {
    annotations,
    sessionNotes,
    agendaItems: [...file.data.agendaItems, ...agendaItems],
    statements,
    settings,
    documents: file.data.documents
  }
  file.counts = Object.fromEntries(
    Object.entries(file.data).map(([table, records]) => [table, records.length])
  )
  return JSON.stringify(file, null, 2)
}

/** The corpus as a W3C AnnotationCollection: Markdown, HTML and plain-text bodies, and tags. */
function hostileWebAnnotations(): string {
  const items = corpus.map(({ payload, index, paragraph, id }) => {
    const passage = payloadPassage(payload.text)
    return {
      id: `urn:uuid:${id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: '2024-03-14T09:00:00Z',
      body: [
        {
          type: 'TextualBody',
          value: payload.text,
          format: 'text/markdown',
          purpose: 'commenting'
        },
        { type: 'TextualBody', value: payload.text, format: 'text/html', purpose: 'commenting' },
        { type: 'TextualBody', value: payload.text, format: 'text/plain' },
        { type: 'TextualBody', value: payloadTag(payload.text), purpose: 'tagging' }
      ],
      target: {
        source: 'urn:cnd67:hostile',
        selector: {
          type: 'FragmentSelector',
          value: `para-${paragraph}`,
          ...(index % 2 === 1 ? { refinedBy: [passage.quote, passage.position] } : {})
        }
      },
      'cnd67:color': colours[index % colours.length],
      'cnd67:followUp': {
        action: fitPayload(payload.text, 10_000),
        status: 'in-progress',
        priority: 'normal',
        due: '2024-03-18',
        agendaItemId: null,
        counterparts: [fitPayload(oneLine(payload.text), 200)]
      }
    }
  })
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    total: items.length,
    first: { type: 'AnnotationPage', items }
  })
}

/** Opens "Your data", gives the file chooser labelled `chooser` the file, and merges it in. */
async function mergeFile(page: Page, chooser: string, name: string, content: string) {
  await page.getByRole('button', { name: 'Your data…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Your data' })
  await dialog.getByLabel(chooser).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content)
  })
  const restore = dialog.getByRole('region', { name: 'Restore', exact: true })
  await expect(restore).toContainText(`${xssPayloads.length} annotations`)
  await restore.getByRole('button', { name: 'Merge into my data' }).click()
  await expect(dialog).toBeHidden()
}

/** Checks every view with the whole corpus in it, the longer annotation list, search and brief. */
async function checkCorpusEverywhere(page: Page, tripwires: Tripwires): Promise<void> {
  await tripwires.expectClean(page, 'the corpus brought in')
  await checkEveryView(page, tripwires)
  await openView(page, 'Annotations')
  const panel = page.getByRole('region', { name: 'Annotations' })
  // Half are orphans (their passage quotes the payload), listed after the others.
  await expect(panel.locator('.annotation-entry')).toHaveCount(xssPayloads.length)
  await search(page, tripwires, 'xss onerror javascript')
  await checkBriefPreview(page, tripwires, payloadNamed('angular constructor').text, false)
}

test('the whole corpus in every field of a restored backup stays text', async ({ app }) => {
  // 150 annotations, session notes and agenda items through every view: 1.8 to 1.9 min measured
  // alone with seven test runs sharing two cores (load 20 to 25).
  test.setTimeout(150_000)
  const { page } = app
  const tripwires = new Tripwires(page)
  await page.getByRole('button', { name: 'Your data…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Your data' })
  const backup = await app.savedFile(() =>
    dialog.getByRole('button', { name: 'Back up data' }).click()
  )
  await dialog.getByRole('button', { name: 'Close' }).click()

  await mergeFile(
    page,
    'Restore from backup…',
    'hostile-backup.json',
    hostileBackup(backup.content)
  )
  await checkCorpusEverywhere(page, tripwires)

  // A session note opened in its editor, its preview rendering a payload.
  await openView(page, 'Session notes')
  const svg = payloadNamed('svg foreignObject')
  await page
    .getByRole('region', { name: 'Session notes' })
    .getByRole('button', { name: fitPayload(oneLine(svg.text), 300), exact: true })
    .click()
  const sessionEditor = page.getByRole('region', { name: 'Session note editor' })
  await expect(sessionEditor.getByRole('textbox', { name: 'Body' })).toHaveValue(svg.text)
  await expect(sessionEditor.locator('.note-preview')).toHaveText(svg.text)
  await tripwires.expectClean(page, 'a session note opened')

  // Readable as typed: a note, a tag, an agenda item and a colour label.
  const image = payloadNamed('img onerror')
  await openView(page, 'Annotations')
  const notes = page.getByRole('region', { name: 'Annotations' }).locator('.entry-note')
  await expect(notes.getByText(image.text, { exact: true })).toHaveCount(1)
  await openView(page, 'Tags')
  await expect(page.getByRole('region', { name: 'Tags' })).toContainText(payloadTag(image.text))
  await openView(page, 'Agenda items')
  await expect(page.getByRole('region', { name: 'Agenda items' })).toContainText(image.text)
})

test('the whole corpus in the bodies of a W3C import stays text', async ({ app }) => {
  // 150 annotations, session notes and agenda items through every view: 1.8 to 1.9 min measured
  // alone with seven test runs sharing two cores (load 20 to 25).
  test.setTimeout(150_000)
  const { page } = app
  const tripwires = new Tripwires(page)
  await mergeFile(page, 'Import annotations…', 'hostile.jsonld', hostileWebAnnotations())
  await checkCorpusEverywhere(page, tripwires)
  const image = payloadNamed('img onerror')
  await openView(page, 'Annotations')
  // The Markdown and plain-text bodies show the payload as typed (the HTML body, as its text).
  const notes = page.getByRole('region', { name: 'Annotations' }).locator('.entry-note')
  await expect(notes.getByText(image.text, { exact: true })).toHaveCount(2)
})
