/**
 * AnnotationEditor: Save stores what was typed; Escape and Cancel keep it as a draft that the
 * next editor on the same paragraph restores; Discard draft puts back what was saved; a failed
 * save keeps the text and says why. Every control has an accessible name.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { fixtureNotebook, renderWithNotebook } from '@test-support/notebook-fixtures'
import type { EditorTarget } from '../lib/annotations/editor-target'
import type { Notebook } from '../lib/notebook/Notebook.svelte'
import { Notices } from '../lib/notices/Notices.svelte'
import { StorageWriteError } from '../lib/storage/storage-error'
import AnnotationEditor from './AnnotationEditor.svelte'
import { draftRecordKey } from '../lib/notes/drafts'

let notebook: Notebook
let notices: Notices
let close: () => Promise<void>

beforeEach(async () => {
  ;({ notebook, close } = await fixtureNotebook())
  notices = new Notices()
  localStorage.clear()
})

afterEach(async () => {
  await close()
})

/** A new note on the whole of paragraph 30, as "Annotate paragraph" opens it: without a colour. */
const newNote: EditorTarget = { kind: 'new', paragraph: 30, target: null, color: null }

/** Opens the editor on `subject`, with its callbacks as mocks. */
function openEditor(subject: EditorTarget = newNote) {
  const props = {
    subject,
    paragraphOpening: () => 'Representatives of Türkiye …',
    onclose: vi.fn<() => void>(),
    onsaved: vi.fn<(paragraph: number) => void>()
  }
  const rendered = renderWithNotebook(AnnotationEditor, props, { notebook, notices })
  return { ...props, ...rendered }
}

/** A yellow note, “Saved”, on the whole of paragraph 30, as stored. */
function savedNote() {
  return notebook.annotations.create({
    paragraph: 30,
    target: null,
    color: 'yellow',
    note: 'Saved'
  })
}

function noteBox(): HTMLTextAreaElement {
  return screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' })
}

describe('AnnotationEditor', () => {
  it('gives the note box the focus and every control an accessible name', () => {
    openEditor()
    expect(document.activeElement).toBe(noteBox())
    for (const role of ['button', 'textbox', 'combobox', 'checkbox'] as const) {
      const controls = screen.queryAllByRole(role)
      expect(screen.queryAllByRole(role, { name: /\S/u })).toHaveLength(controls.length)
    }
    expect(screen.getByRole('region', { name: 'Annotation editor' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'New note · para. 30' })).toBeTruthy()
  })

  it('saves the note typed, with its tags, and removes the draft', async () => {
    const user = userEvent.setup()
    const { onsaved } = openEditor()
    const create = vi.spyOn(notebook.annotations, 'create')
    await user.type(noteBox(), 'Türkiye: 23 countries, 60 seizures')
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'Precursors{Enter}')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledWith(30))
    expect(create).toHaveBeenCalledWith({
      paragraph: 30,
      target: null,
      color: null,
      note: 'Türkiye: 23 countries, 60 seizures',
      tags: ['Precursors'],
      followUp: null,
      position: null
    })
    expect(notebook.annotations.all.map((annotation) => annotation.note)).toEqual([
      'Türkiye: 23 countries, 60 seizures'
    ])
    expect(localStorage.length).toBe(0)
  })

  it('starts a note without a colour, and chooses, changes and removes one', async () => {
    const user = userEvent.setup()
    const { onsaved, unmount } = openEditor()
    expect(screen.getByRole('radio', { name: 'No colour' })).toHaveProperty('checked', true)
    await user.click(screen.getByRole('radio', { name: 'Blue' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledTimes(1))
    const [saved] = notebook.annotations.all
    expect(saved.color).toBe('blue')
    unmount()

    const edited = openEditor({ kind: 'edit', id: saved.id })
    expect(screen.getByRole('radio', { name: 'Blue' })).toHaveProperty('checked', true)
    await user.click(screen.getByRole('radio', { name: 'Green' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await vi.waitFor(() => expect(notebook.annotations.all[0].color).toBe('green'))
    await user.click(screen.getByRole('radio', { name: 'No colour' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await vi.waitFor(() => expect(notebook.annotations.all[0].color).toBeNull())
    expect(edited.onsaved).toHaveBeenCalledTimes(2)
  })

  it('saves with Ctrl+Enter', async () => {
    const user = userEvent.setup()
    const { onsaved } = openEditor()
    await user.type(noteBox(), 'Canada on early warning.')
    await user.keyboard('{Control>}{Enter}{/Control}')
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledWith(30))
    expect(notebook.annotations.all[0]?.note).toBe('Canada on early warning.')
  })

  it('keeps the text as a draft when Escape closes it, and restores it when opened again', async () => {
    const user = userEvent.setup()
    const first = openEditor()
    await user.type(noteBox(), 'Türkiye: 23 countries')
    await user.keyboard('{Escape}')
    expect(first.onclose).toHaveBeenCalledTimes(1)
    expect(notebook.annotations.all).toEqual([])
    first.unmount()

    openEditor()
    expect(noteBox().value).toBe('Türkiye: 23 countries')
    expect(screen.getByText('Your unsaved draft was restored.')).toBeTruthy()
  })

  it('keeps the tags in the same draft as the text', async () => {
    const user = userEvent.setup()
    const first = openEditor()
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'Precursors{Enter}')
    // Both the × in the header and the button at the foot are named Cancel.
    await user.click(screen.getAllByRole('button', { name: 'Cancel' })[0])
    expect(first.onclose).toHaveBeenCalledTimes(1)
    first.unmount()

    openEditor()
    expect(screen.getByRole('list', { name: 'Tags added' }).textContent).toContain('Precursors')
    expect(JSON.parse(localStorage.getItem(draftRecordKey('new:30')) ?? '')).toEqual({
      note: '',
      tags: ['Precursors'],
      followUp: null,
      position: null
    })
  })

  it('restores a draft an earlier version kept as the text and a …:details entry', () => {
    localStorage.setItem('cnd67:draft:new:30', 'Kept by the last version')
    localStorage.setItem(
      'cnd67:draft:new:30:details',
      '{"tags":["Precursors"],"followUp":null,"position":"concern"}'
    )
    openEditor()
    expect(noteBox().value).toBe('Kept by the last version')
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Position' }).value).toBe(
      'concern'
    )
    expect(screen.getByText('Your unsaved draft was restored.')).toBeTruthy()
  })

  it('discards a restored draft, putting back the saved note', async () => {
    const user = userEvent.setup()
    const saved = await savedNote()
    localStorage.setItem(
      `cnd67:editor-draft:annotation:${saved.id}`,
      JSON.stringify({ note: 'Draft', tags: [], followUp: null, position: null })
    )
    openEditor({ kind: 'edit', id: saved.id })
    expect(noteBox().value).toBe('Draft')
    await user.click(screen.getByRole('button', { name: 'Discard draft' }))
    expect(noteBox().value).toBe('Saved')
    expect(screen.queryByText('Your unsaved draft was restored.')).toBeNull()
    expect(localStorage.length).toBe(0)
  })

  it('still closes on Escape after Discard draft: the focus moves to the note', async () => {
    const user = userEvent.setup()
    const saved = await savedNote()
    localStorage.setItem(
      `cnd67:editor-draft:annotation:${saved.id}`,
      JSON.stringify({ note: 'Draft', tags: [], followUp: null, position: null })
    )
    const { onclose } = openEditor({ kind: 'edit', id: saved.id })
    await user.click(screen.getByRole('button', { name: 'Discard draft' }))
    expect(document.activeElement).toBe(noteBox())
    await user.keyboard('{Escape}')
    expect(onclose).toHaveBeenCalledOnce()
  })

  it('keeps the text on screen and as a draft when the save fails, and says why', async () => {
    const user = userEvent.setup()
    const { onsaved } = openEditor()
    vi.spyOn(notebook.annotations, 'create').mockRejectedValueOnce(
      new StorageWriteError('The disk is full.')
    )
    await user.type(noteBox(), 'Not lost')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe('The disk is full.')
    expect(onsaved).not.toHaveBeenCalled()
    expect(noteBox().value).toBe('Not lost')
    expect(notices.current.map((notice) => notice.message)).toEqual([
      'Your note was not saved. The disk is full. Your text is still in the editor.'
    ])
    expect(JSON.parse(localStorage.getItem(draftRecordKey('new:30')) ?? '').note).toBe('Not lost')
  })

  it('refuses to save over another window’s change, then keeps both texts when asked', async () => {
    const user = userEvent.setup()
    const saved = await savedNote()
    const { onsaved } = openEditor({ kind: 'edit', id: saved.id })
    await user.clear(noteBox())
    await user.type(noteBox(), 'Mine')
    // Another window saves the note meanwhile: its store shows the new version here too.
    await notebook.annotations.update(saved.id, { note: 'Theirs' })
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const notice = await screen.findByRole('alert')
    expect(notice.textContent).toContain('changed in another window')
    expect(onsaved).not.toHaveBeenCalled()
    expect(noteBox().value).toBe('Mine')
    await user.click(screen.getByRole('button', { name: 'Keep both' }))
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledWith(30))
    expect(notebook.annotations.find(saved.id)?.note).toBe('Theirs\n\nMine')
    expect(localStorage.getItem(draftRecordKey(`annotation:${saved.id}`))).toBeNull()
  })

  it('deletes with Undo in the notice, which brings the annotation back', async () => {
    const user = userEvent.setup()
    const saved = await savedNote()
    const { onclose } = openEditor({ kind: 'edit', id: saved.id })
    await user.click(screen.getByRole('button', { name: 'Delete annotation' }))
    await vi.waitFor(() => expect(onclose).toHaveBeenCalledOnce())
    expect(notebook.annotations.all).toEqual([])
    const [notice] = notices.current
    expect(notice.message).toBe('Deleted annotation on para. 30.')
    notice.action?.run()
    await vi.waitFor(() => expect(notebook.annotations.all).toEqual([saved]))
  })
})
