/**
 * QuotePicker: the delegate's highlights and annotations, found by what is typed, chosen with
 * the arrow keys and inserted with Enter as a cited quotation; Escape (closing) inserts nothing.
 */
import type { ComponentProps } from 'svelte'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { passageAnnotation } from '@test-support/annotations-fixtures'
import { noteOnDocument, notesEntry, reportEntry, reportId } from '@test-support/library-fixtures'
import { meetingDocument } from '../lib/document/meeting-text'
import { shippedEntry } from '../lib/library/library-document'
import { fixtureNotebook, renderWithNotebook } from '@test-support/notebook-fixtures'
import type { Notebook } from '../lib/notebook/Notebook.svelte'
import { Notices } from '../lib/notices/Notices.svelte'
import QuotePicker from './QuotePicker.svelte'

// jsdom has <dialog> but not its modal methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true
}
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false
  this.dispatchEvent(new Event('close'))
}
Element.prototype.scrollIntoView ??= function () {
  // Nor scrolling, which lays nothing out here: keeping the chosen option in view does nothing.
}

let notebook: Notebook
let close: () => Promise<void>

beforeEach(async () => {
  ;({ notebook, close } = await fixtureNotebook())
  for (const [paragraph, exact, note] of [
    [58, 'latest evidence and scientific knowledge', 'Raise with **Iran**'],
    [60, 'early warning systems', '']
  ] as const) {
    const { target } = passageAnnotation(paragraph, exact)
    await notebook.annotations.create({ paragraph, target, color: 'yellow', note })
  }
})

afterEach(async () => {
  await close()
})

function openPicker(props: Partial<ComponentProps<typeof QuotePicker>> = {}) {
  const onpick = vi.fn<(markdown: string | null) => void>()
  renderWithNotebook(QuotePicker, { onpick, ...props }, { notebook, notices: new Notices() })
  return onpick
}

const search = () => screen.getByRole('combobox', { name: 'Find a highlight or annotation' })

describe('QuotePicker', () => {
  it('opens with the search box focused, listing every highlight in document order', () => {
    openPicker()
    expect(document.activeElement).toBe(search())
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      expect.stringMatching(/^para\. 58 · Iran \(Islamic Republic of\)/u),
      expect.stringMatching(/^para\. 60 · Canada/u)
    ])
    expect(screen.getByRole('status').textContent?.trim()).toBe('2 matches')
  })

  it('narrows by what is typed and inserts the one chosen with the keys', async () => {
    const user = userEvent.setup()
    const onpick = openPicker()
    await user.type(search(), 'canada')
    expect(screen.getAllByRole('option')).toHaveLength(1)
    await user.clear(search())
    await user.keyboard('{ArrowDown}')
    expect(search().getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1].id)
    await user.keyboard('{Enter}')
    expect(onpick).toHaveBeenCalledWith('“early warning systems” (para. 60)')
  })

  it('inserts nothing when closed without a choice', async () => {
    const user = userEvent.setup()
    const onpick = openPicker()
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(onpick).toHaveBeenCalledWith(null)
  })
})

describe('QuotePicker over the library', () => {
  beforeEach(() => {
    // The store does not yet create annotations on other documents: one is put in as loaded.
    notebook.annotations.all = [
      ...notebook.annotations.all,
      noteOnDocument(reportId, 3, { id: 'report-3', note: 'Forensic data' })
    ]
  })

  const library = () => [shippedEntry(meetingDocument), reportEntry(), notesEntry()]
  const citations = () =>
    screen
      .getAllByRole('option')
      .map((option) => option.querySelector('.option-citation')?.textContent)

  it('offers no choice of documents with the shipped summary alone', () => {
    openPicker()
    expect(screen.queryByRole('radio')).toBeNull()
    expect(citations()).toEqual(['para. 58 · Iran (Islamic Republic of)', 'para. 60 · Canada'])
  })

  it('quotes from the open document, or from every document, citing a symbol', async () => {
    const user = userEvent.setup()
    const onpick = openPicker({ documents: library(), documentId: reportId })
    expect(screen.getByRole('radio', { name: 'The open document' })).toHaveProperty('checked', true)
    expect(citations()).toEqual(['E/CN.7/2024/99, para. 3'])
    await user.click(screen.getByRole('radio', { name: 'Every document' }))
    expect(citations()).toEqual([
      'para. 58 · Iran (Islamic Republic of)',
      'para. 60 · Canada',
      'E/CN.7/2024/99, para. 3'
    ])
    await user.click(search())
    await user.type(search(), 'forensic')
    await user.keyboard('{Enter}')
    expect(onpick).toHaveBeenCalledWith(
      '“The Commission may wish to encourage Member States to share forensic data promptly.” ' +
        '(E/CN.7/2024/99, para. 3)'
    )
  })
})
