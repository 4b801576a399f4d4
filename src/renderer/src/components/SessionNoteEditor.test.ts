/**
 * SessionNoteEditor: what is typed is saved on closing (Escape or Close) and meanwhile kept as a
 * draft; a restored draft is announced and can be discarded; a failed save keeps the editor open
 * once; the cited paragraphs are offered; deleting offers Undo. Every control has a name.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { reportEntry } from '@test-support/library-fixtures'
import { meetingDocument } from '../lib/document/meeting-text'
import { shippedEntry, type LibraryEntry } from '../lib/library/library-document'
import { screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { fixtureNotebook, renderWithNotebook } from '@test-support/notebook-fixtures'
import { briefingFields } from '@test-support/session-notes-fixtures'
import type { Notebook } from '../lib/notebook/Notebook.svelte'
import { Notices } from '../lib/notices/Notices.svelte'
import { StorageWriteError } from '../lib/storage/storage-error'
import SessionNoteEditor from './SessionNoteEditor.svelte'
import { draftRecordKey } from '../lib/notes/drafts'

let notebook: Notebook
let notices: Notices
let close: () => Promise<void>
let noteId: string

beforeEach(async () => {
  ;({ notebook, close } = await fixtureNotebook())
  notices = new Notices()
  localStorage.clear()
  noteId = (await notebook.sessionNotes.create(briefingFields({ agendaItemId: null }))).id
})

afterEach(async () => {
  await close()
})

/** Opens the editor on the briefing, with its callbacks as mocks. */
function openEditor(documents?: LibraryEntry[]) {
  const props = {
    noteId,
    onclose: vi.fn<() => void>(),
    onshowparagraph: vi.fn<(paragraph: number) => void>(),
    ...(documents ? { documents } : {})
  }
  const rendered = renderWithNotebook(SessionNoteEditor, props, { notebook, notices })
  return { ...props, ...rendered }
}

function field(name: string): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('textbox', { name })
}

function status(): string {
  return screen.getByRole('status').textContent?.trim() ?? ''
}

describe('SessionNoteEditor', () => {
  it('opens on the note with the title focused, and every control named', () => {
    openEditor()
    expect(document.activeElement).toBe(field('Title'))
    expect(field('Title').value).toBe('Briefing from the capital')
    expect(field('Body').value).toBe('Support para. 47; raise precursors with Mexico.')
    for (const role of ['button', 'textbox', 'combobox'] as const) {
      const controls = screen.queryAllByRole(role)
      expect(screen.queryAllByRole(role, { name: /\S/u })).toHaveLength(controls.length)
    }
    expect(screen.getByRole('region', { name: 'Session note editor' })).toBeTruthy()
  })

  it('says it is saving as soon as the delegate types, and keeps a draft at once', async () => {
    const user = userEvent.setup()
    openEditor()
    await user.type(field('Body'), ' Call home.')
    expect(status()).toBe('Saving…')
    expect(
      JSON.parse(localStorage.getItem(draftRecordKey(`session-note:${noteId}`)) ?? '').body
    ).toBe('Support para. 47; raise precursors with Mexico. Call home.')
  })

  it('saves and closes on Escape', async () => {
    const user = userEvent.setup()
    const { onclose } = openEditor()
    await user.clear(field('Title'))
    await user.type(field('Title'), 'Briefing, day 2{Escape}')
    await vi.waitFor(() => expect(onclose).toHaveBeenCalledTimes(1))
    expect(notebook.sessionNotes.find(noteId)?.title).toBe('Briefing, day 2')
    expect(localStorage.length).toBe(0)
  })

  it('announces a restored draft, and puts the note back when it is discarded', async () => {
    const user = userEvent.setup()
    localStorage.setItem(
      `cnd67:editor-draft:session-note:${noteId}`,
      JSON.stringify(briefingFields({ agendaItemId: null, title: 'Unsaved title' }))
    )
    openEditor()
    expect(field('Title').value).toBe('Unsaved title')
    expect(status()).toBe('Your unsaved changes were restored.')
    await user.click(screen.getByRole('button', { name: 'Discard the restored changes' }))
    expect(field('Title').value).toBe('Briefing from the capital')
    expect(document.activeElement).toBe(field('Title'))
    expect(status()).toBe('')
    expect(localStorage.length).toBe(0)
  })

  it('stays open once when closing cannot save, and closes the second time', async () => {
    const user = userEvent.setup()
    vi.spyOn(notebook.sessionNotes, 'update').mockRejectedValue(
      new StorageWriteError('The disk is full.')
    )
    const { onclose } = openEditor()
    await user.type(field('Title'), '!')
    await user.click(screen.getByRole('button', { name: 'Close' }))
    await screen.findByText('Close again to leave the note unsaved; nothing you typed is removed.')
    expect(status()).toBe('Not saved: The disk is full. Your text is kept here and as a draft.')
    expect(onclose).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Close' }))
    await vi.waitFor(() => expect(onclose).toHaveBeenCalledTimes(1))
  })

  it('offers the paragraphs the body cites', async () => {
    const user = userEvent.setup()
    const { onshowparagraph } = openEditor()
    await user.click(await screen.findByRole('button', { name: 'para. 47' }))
    expect(onshowparagraph).toHaveBeenCalledWith(47)
  })

  it('links a cited paragraph of another document by its address', async () => {
    await notebook.sessionNotes.update(noteId, {
      body: 'E/CN.7/2024/99, para. 3 backs para. 47.'
    })
    openEditor([shippedEntry(meetingDocument), reportEntry()])
    const link = await screen.findByRole('link', { name: 'E/CN.7/2024/99, para. 3' })
    expect(link.getAttribute('href')).toBe('#doc/report-99/para-3')
    expect(screen.getAllByRole('button', { name: 'para. 47' })).toHaveLength(1)
  })

  it('deletes the note and offers to undo it', async () => {
    const user = userEvent.setup()
    const { onclose } = openEditor()
    await user.click(screen.getByRole('button', { name: 'Delete session note' }))
    await vi.waitFor(() => expect(onclose).toHaveBeenCalledTimes(1))
    expect(notebook.sessionNotes.all).toEqual([])
    expect(notices.current.map(({ message, action }) => [message, action?.label])).toEqual([
      ['Deleted session note “Briefing from the capital”.', 'Undo']
    ])
  })
})
