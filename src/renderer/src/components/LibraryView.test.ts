/**
 * LibraryView: the shipped summary first and built in, an imported document with its facts;
 * renaming in place (Enter saves, Escape cancels); removing says first what goes, then Undo
 * brings it back; Open document… reads a picked file into the list, or says why it cannot.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { fixtureNotebook, renderWithNotebook } from '@test-support/notebook-fixtures'
import { textBytes } from '@test-support/library-fixtures'
import type { Notebook } from '../lib/notebook/Notebook.svelte'
import { Notices } from '../lib/notices/Notices.svelte'
import LibraryView from './LibraryView.svelte'

// jsdom has <dialog> but not its modal methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true
}
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false
}
// Nor Blob.arrayBuffer(), which browsers have had since 2020: read through its FileReader.
Blob.prototype.arrayBuffer ??= function (this: Blob) {
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as ArrayBuffer)
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'))
    reader.readAsArrayBuffer(this)
  })
}

let notebook: Notebook
let notices: Notices
let close: () => Promise<void>

beforeEach(async () => {
  ;({ notebook, close } = await fixtureNotebook())
  notices = new Notices()
})

afterEach(async () => {
  await close()
})

/** A picked text file as the import reads it. */
function textFile(name: string, bytes: Uint8Array = textBytes()) {
  return { name, size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) }
}

const entryOf = (title: string) => screen.getByRole('listitem', { name: title })

describe('LibraryView', () => {
  it('lists the built-in summary first, then an imported document with its facts', async () => {
    await notebook.library.import(textFile('precursors.txt'))
    const { container } = renderWithNotebook(LibraryView, {}, { notebook, notices })
    const entries = screen.getAllByRole('listitem')
    expect(entries.map((entry) => entry.querySelector('.library-title')?.textContent)).toEqual([
      notebook.library.rows[0].title,
      'Report on precursors'
    ])
    expect(entries[0].querySelector('.library-facts')?.textContent).toMatch(
      /^Built in · .+ · 87 paragraphs · 0 annotations$/u
    )
    expect(within(entries[0]).queryByRole('button', { name: /^Rename/u })).toBeNull()
    expect(within(entries[0]).queryByRole('button', { name: /^Remove/u })).toBeNull()
    expect(entryOf('Report on precursors').querySelector('.library-facts')?.textContent).toBe(
      'E/CN.7/2024/99 · 16 February 2024 · 3 paragraphs · 0 annotations'
    )
    // jsdom draws nothing, so colours are checked end to end (e2e/library.spec.ts).
    const { violations } = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false } }
    })
    expect(violations.map((violation) => violation.id)).toEqual([])
  })

  it('renames in place: Enter saves, Escape cancels, a blank title is refused', async () => {
    const user = userEvent.setup()
    await notebook.library.import(textFile('precursors.txt'))
    renderWithNotebook(LibraryView, {}, { notebook, notices })
    await user.click(screen.getByRole('button', { name: 'Rename Report on precursors' }))
    const title = screen.getByRole('textbox', { name: 'New title for Report on precursors' })
    expect(document.activeElement).toBe(title)
    await user.keyboard('{Escape}')
    const renameButton = screen.getByRole('button', { name: 'Rename Report on precursors' })
    expect(document.activeElement).toBe(renameButton)

    await user.click(renameButton)
    await user.clear(screen.getByRole('textbox', { name: /^New title/u }))
    expect(
      screen.getByRole('textbox', { name: /^New title/u }).getAttribute('aria-describedby')
    ).toBe(screen.getByText('A document’s title cannot be blank.').id)
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true)
    await user.keyboard('Precursors (CND67){Enter}')
    expect(await screen.findByRole('button', { name: 'Rename Precursors (CND67)' })).toBe(
      document.activeElement
    )
    expect(notebook.library.documents[0].title).toBe('Precursors (CND67)')
    expect(notices.current.map((notice) => notice.message)).toEqual([
      'Renamed “Report on precursors” to “Precursors (CND67)”.'
    ])
  })

  it('says what a removal takes before it, then Undo brings the document back', async () => {
    const user = userEvent.setup()
    await notebook.library.import(textFile('precursors.txt'))
    renderWithNotebook(LibraryView, {}, { notebook, notices })
    await user.click(screen.getByRole('button', { name: 'Remove Report on precursors' }))
    const question = screen.getByRole('group')
    expect(question.querySelector('.question')?.textContent).toBe(
      'Removes “Report on precursors”. It has no annotations.'
    )
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Cancel' }))
    await user.click(within(question).getByRole('button', { name: 'Remove' }))
    await screen.findByText(/Only the built-in summary so far/u)
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
    const [notice] = notices.current
    expect(notice.message).toBe('Removed “Report on precursors”.')
    notice.action?.run()
    const restored = await screen.findByRole('listitem', { name: 'Report on precursors' })
    expect(within(restored).getByRole('button', { name: 'Remove Report on precursors' })).toBe(
      screen.getAllByRole('button', { name: /^Remove / })[0]
    )
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
  })

  it('opens a picked file into the list, and says plainly why another cannot be', async () => {
    const user = userEvent.setup()
    renderWithNotebook(LibraryView, {}, { notebook, notices })
    const picker = screen.getByLabelText('Document to open')
    await user.upload(picker, new File([new Uint8Array(textBytes())], 'precursors.txt'))
    const added = await screen.findByRole('listitem', { name: 'Report on precursors' })
    expect(added.textContent).toContain('E/CN.7/2024/99')
    expect(added.textContent).toContain('3 paragraphs')
    expect(notices.current.map((notice) => notice.message)).toEqual([
      'Added “Report on precursors” to your library: 3 paragraphs.'
    ])

    await user.upload(picker, new File([new Uint8Array([1, 2, 3, 4])], 'report.docx'))
    const problem = await screen.findByRole('alert')
    expect(problem.textContent).toMatch(/^This file is not a Word document/u)
    expect(notebook.library.documents).toHaveLength(1)
    const dialog = screen.getByRole('dialog', { name: 'Open document' })
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }))
  })
})
