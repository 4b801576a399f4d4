/**
 * The session note autosave, driven by a timer that fires only when a test says so: every change
 * is a draft at once and a save after a pause, saves never overlap, and nothing typed is lost when
 * a save fails or the editor goes away.
 */
import { describe, expect, it, vi, type Mock } from 'vitest'
import type { AgendaItem } from '../follow-ups/agenda-item'
import { fixtureAgendaItem } from '@test-support/backup-fixtures'
import { briefingFields } from '@test-support/session-notes-fixtures'
import { fullStore, memoryStore } from '@test-support/storage-fixtures'
import { manualTimer } from '@test-support/timer-fixtures'
import { ChangedElsewhereError } from '../storage/edit-conflict'
import { StorageWriteError } from '../storage/storage-error'
import {
  autosaveDelayMs,
  SessionNoteAutosave,
  type SessionNoteStore
} from './session-note-autosave.svelte'
import type { SessionNoteFields } from './session-note-repository'
import { draftRecordKey } from '../notes/drafts'

const noteId = 'note-1'
const recordKey = draftRecordKey('session-note:note-1')

/** A notebook holding one session note (the briefing) and the agenda item it is filed under. */
function fixtureNotes(
  stored: SessionNoteFields | undefined = briefingFields()
): SessionNoteStore & {
  notes: Map<string, SessionNoteFields>
  agendaItemList: AgendaItem[]
  updateSessionNote: Mock<SessionNoteStore['sessionNotes']['update']>
  removeSessionNote: Mock<SessionNoteStore['sessionNotes']['remove']>
} {
  const notes = new Map<string, SessionNoteFields>(stored ? [[noteId, stored]] : [])
  const agendaItemList = [fixtureAgendaItem({ id: 'agenda-item-6' })]
  const updateSessionNote = vi.fn(async (id: string, changes: Partial<SessionNoteFields>) => {
    const before = notes.get(id)
    if (!before) throw new StorageWriteError('The session note is gone')
    notes.set(id, { ...before, ...changes })
  })
  const removeSessionNote = vi.fn(async (id: string): Promise<string | null> => {
    notes.delete(id)
    return 'Deleted session note “Briefing from the capital”'
  })
  return {
    notes,
    agendaItemList,
    updateSessionNote,
    removeSessionNote,
    sessionNotes: {
      find: (id: string) => notes.get(id),
      update: updateSessionNote,
      remove: removeSessionNote
    },
    agendaItems: { find: (id: string | null) => agendaItemList.find((item) => item.id === id) }
  }
}

/** An autosave on the briefing, with its notebook, local storage and timer. */
function open(
  notes = fixtureNotes(),
  drafts = memoryStore(),
  timer = manualTimer()
): {
  autosave: SessionNoteAutosave
  notes: ReturnType<typeof fixtureNotes>
  drafts: ReturnType<typeof memoryStore>
  timer: ReturnType<typeof manualTimer>
} {
  return { autosave: new SessionNoteAutosave(noteId, notes, drafts, timer), notes, drafts, timer }
}

/**
 * Another window saves `theirs` over the briefing, and the next save here is refused as the
 * notebook refuses it: the stored note shown, a ChangedElsewhereError thrown.
 */
function savedElsewhere(
  notes: ReturnType<typeof fixtureNotes>,
  theirs: Partial<SessionNoteFields>
): SessionNoteFields {
  const stored = { ...briefingFields(), ...theirs }
  notes.notes.set(noteId, stored)
  notes.updateSessionNote.mockImplementationOnce(async (_id, changes) => {
    throw new ChangedElsewhereError({ stored, attempted: { ...stored, ...changes } })
  })
  return stored
}

/** A promise the test settles itself, standing for a save still in flight. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve = () => {}
  let reject: (e: Error) => void = () => {}
  const promise = new Promise<void>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

describe('SessionNoteAutosave constructor', () => {
  it('opens on the note as stored, with nothing restored and nothing to say', () => {
    const { autosave } = open()
    expect(autosave.title).toBe('Briefing from the capital')
    expect(autosave.body).toBe('Support para. 47; raise precursors with Mexico.')
    expect(autosave.agendaItemId).toBe('agenda-item-6')
    expect(autosave.sessionDay).toBe('2024-03-18')
    expect(autosave.tags).toEqual(['Briefing', 'Precursors'])
    expect(autosave.restored).toBe(false)
    expect(autosave.statusText).toBe('')
  })

  it('names the note in what the editor says of it: in full, then short', () => {
    const { autosave } = open()
    expect(autosave.deletedMessage).toBe(
      'This session note has been deleted. Copy any text you need before closing.'
    )
    expect(autosave.keptOpenHelp).toBe(
      'Close again to leave the note unsaved; nothing you typed is removed.'
    )
  })

  it('restores a draft left unsaved, and says so once announced', async () => {
    const drafts = memoryStore({
      [recordKey]: JSON.stringify(briefingFields({ body: 'Typed before the power cut' }))
    })
    const { autosave, notes } = open(fixtureNotes(), drafts)
    expect(autosave.restored).toBe(true)
    expect(autosave.body).toBe('Typed before the power cut')
    expect(autosave.statusText).toBe('')
    autosave.announceRestoredDraft()
    expect(autosave.statusText).toBe('Your unsaved changes were restored.')
    await autosave.flush()
    expect(notes.updateSessionNote).toHaveBeenCalledWith(
      noteId,
      { body: 'Typed before the power cut' },
      briefingFields()
    )
    expect(drafts.values.has(recordKey)).toBe(false)
  })

  it('restores a draft kept by an earlier version, under its old key', () => {
    const drafts = memoryStore({
      'cnd67:draft:session-note:note-1': JSON.stringify(briefingFields({ title: 'Older draft' }))
    })
    const { autosave } = open(fixtureNotes(), drafts)
    expect(autosave.restored).toBe(true)
    expect(autosave.title).toBe('Older draft')
  })

  it('removes a draft that says what the note already says', () => {
    const drafts = memoryStore({ [recordKey]: JSON.stringify(briefingFields()) })
    const { autosave } = open(fixtureNotes(), drafts)
    expect(autosave.restored).toBe(false)
    expect(drafts.values.size).toBe(0)
  })

  it('ignores a damaged draft', () => {
    const drafts = memoryStore({ [recordKey]: '{"title": 7' })
    const { autosave } = open(fixtureNotes(), drafts)
    expect(autosave.restored).toBe(false)
    expect(autosave.title).toBe('Briefing from the capital')
  })
})

describe('SessionNoteAutosave.agendaItemId', () => {
  it('shows None for an agenda item removed from the list, and saves it as none', async () => {
    const { autosave, notes, timer } = open()
    notes.agendaItemList.length = 0
    expect(autosave.agendaItemId).toBeNull()
    autosave.edit({ title: 'Briefing' })
    timer.fire()
    await autosave.flush()
    expect(notes.updateSessionNote).toHaveBeenCalledWith(
      noteId,
      { title: 'Briefing', agendaItemId: null },
      briefingFields()
    )
  })
})

describe('SessionNoteAutosave.edit', () => {
  it('keeps a draft at once and saves once typing pauses', async () => {
    const { autosave, notes, drafts, timer } = open()
    autosave.edit({ title: 'Briefing, day 1' })
    expect(autosave.title).toBe('Briefing, day 1')
    expect(JSON.parse(drafts.values.get(recordKey) ?? '')).toEqual(
      briefingFields({ title: 'Briefing, day 1' })
    )
    expect(autosave.statusText).toBe('Saving…')
    expect(timer.pending.map((wait) => wait.ms)).toEqual([autosaveDelayMs])
    expect(notes.updateSessionNote).not.toHaveBeenCalled()
    timer.fire()
    await autosave.flush()
    expect(notes.updateSessionNote).toHaveBeenCalledTimes(1)
    expect(notes.updateSessionNote).toHaveBeenCalledWith(
      noteId,
      { title: 'Briefing, day 1' },
      briefingFields()
    )
    expect(autosave.statusText).toBe('Saved')
    expect(drafts.values.size).toBe(0)
  })

  it('waits for the last of several changes, and writes only the fields changed', async () => {
    const { autosave, notes, timer } = open()
    autosave.edit({ body: 'A' })
    autosave.edit({ body: 'AB' })
    autosave.edit({ tags: ['Briefing'] })
    expect(timer.pending).toHaveLength(1)
    timer.fire()
    await autosave.flush()
    expect(notes.updateSessionNote).toHaveBeenCalledTimes(1)
    expect(notes.updateSessionNote).toHaveBeenCalledWith(
      noteId,
      { body: 'AB', tags: ['Briefing'] },
      briefingFields()
    )
  })

  it('saves typing done during a save after that save, keeping its draft meanwhile', async () => {
    const { autosave, notes, drafts, timer } = open()
    const firstSave = deferred()
    notes.updateSessionNote.mockImplementationOnce(() => firstSave.promise)
    autosave.edit({ title: 'One' })
    const first = autosave.flush()
    autosave.edit({ title: 'One two' })
    firstSave.resolve()
    await first
    // The first save finished, but the second change is still only a draft.
    expect(autosave.statusText).toBe('Saving…')
    expect(JSON.parse(drafts.values.get(recordKey) ?? '').title).toBe('One two')
    timer.fire()
    await autosave.flush()
    expect(notes.updateSessionNote.mock.calls).toEqual([
      [noteId, { title: 'One' }, briefingFields()],
      [noteId, { title: 'One two' }, briefingFields({ title: 'One' })]
    ])
    expect(autosave.statusText).toBe('Saved')
    expect(drafts.values.size).toBe(0)
  })
})

describe('SessionNoteAutosave.flush', () => {
  it('does nothing when nothing changed', async () => {
    const { autosave, notes } = open()
    await autosave.flush()
    expect(notes.updateSessionNote).not.toHaveBeenCalled()
    expect(autosave.statusText).toBe('')
  })

  it('waits for a save in flight before writing the rest, one write at a time', async () => {
    const { autosave, notes } = open()
    const firstSave = deferred()
    let writing = 0
    let mostAtOnce = 0
    notes.updateSessionNote.mockImplementation(async () => {
      writing += 1
      mostAtOnce = Math.max(mostAtOnce, writing)
      if (notes.updateSessionNote.mock.calls.length === 1) await firstSave.promise
      writing -= 1
    })
    autosave.edit({ body: 'First' })
    const first = autosave.flush()
    autosave.edit({ body: 'Second' })
    const second = autosave.flush()
    firstSave.resolve()
    await Promise.all([first, second])
    expect(notes.updateSessionNote.mock.calls).toEqual([
      [noteId, { body: 'First' }, briefingFields()],
      [noteId, { body: 'Second' }, briefingFields({ body: 'First' })]
    ])
    expect(mostAtOnce).toBe(1)
  })

  it('keeps the text and the draft when a save fails, and says why', async () => {
    const { autosave, notes, drafts } = open()
    notes.updateSessionNote.mockRejectedValueOnce(new StorageWriteError('The disk is full.'))
    autosave.edit({ body: 'Keep me' })
    await autosave.flush()
    expect(autosave.body).toBe('Keep me')
    expect(autosave.saveState).toEqual({ kind: 'failed', reason: 'The disk is full' })
    expect(autosave.statusText).toBe(
      'Not saved: The disk is full. Your text is kept here and as a draft.'
    )
    expect(JSON.parse(drafts.values.get(recordKey) ?? '').body).toBe('Keep me')
  })

  it('says the text is only on screen when the draft was refused too', async () => {
    const { autosave, notes } = open(fixtureNotes(), fullStore())
    notes.updateSessionNote.mockRejectedValueOnce(new StorageWriteError('The disk is full'))
    autosave.edit({ body: 'Only here' })
    expect(autosave.draftRefused).toBe(true)
    await autosave.flush()
    expect(autosave.statusText).toBe(
      'Not saved: The disk is full. This computer refused to keep a draft, so your text is only here: copy it before closing.'
    )
  })

  it('keeps the text and the draft when another window changed the note, and says so', async () => {
    const { autosave, notes, drafts } = open()
    savedElsewhere(notes, { body: 'Their text' })
    autosave.edit({ body: 'My text' })
    expect(autosave.changedElsewhere).toBe(false)
    await autosave.flush()
    expect(notes.updateSessionNote).toHaveBeenCalledWith(
      noteId,
      { body: 'My text' },
      briefingFields()
    )
    expect(autosave.body).toBe('My text')
    expect(autosave.changedElsewhere).toBe(true)
    expect(autosave.statusText).toBe(
      'Not saved: This note was changed in another window since you opened it, so your text was not saved over it. Your text is kept here and as a draft.'
    )
    expect(JSON.parse(drafts.values.get(recordKey) ?? '').body).toBe('My text')
  })

  it('refuses to save a note deleted elsewhere', async () => {
    const { autosave, notes } = open()
    notes.notes.delete(noteId)
    autosave.edit({ body: 'Late words' })
    await autosave.flush()
    expect(notes.updateSessionNote).not.toHaveBeenCalled()
    expect(autosave.statusText).toBe(
      'Not saved: This session note has been deleted. Your text is kept here and as a draft.'
    )
  })
})

describe('SessionNoteAutosave.close', () => {
  it('saves and lets the editor close', async () => {
    const { autosave, notes } = open()
    autosave.edit({ title: 'Closing' })
    expect(await autosave.close()).toBe(true)
    expect(notes.updateSessionNote).toHaveBeenCalledWith(
      noteId,
      { title: 'Closing' },
      briefingFields()
    )
  })

  it('keeps the editor open once when the save fails, and lets it close the second time', async () => {
    const { autosave, notes } = open()
    notes.updateSessionNote.mockRejectedValue(new StorageWriteError('The disk is full'))
    autosave.edit({ title: 'Closing' })
    expect(await autosave.close()).toBe(false)
    expect(autosave.keptOpenAfterFailure).toBe(true)
    expect(await autosave.close()).toBe(true)
  })

  it('keeps the editor open again after more typing fails to save', async () => {
    const { autosave, notes } = open()
    notes.updateSessionNote.mockRejectedValue(new StorageWriteError('The disk is full'))
    autosave.edit({ title: 'Closing' })
    expect(await autosave.close()).toBe(false)
    autosave.edit({ title: 'Closing now' })
    expect(autosave.keptOpenAfterFailure).toBe(false)
    expect(await autosave.close()).toBe(false)
  })
})

describe('SessionNoteAutosave.discardRestoredDraft', () => {
  it('puts back the note as stored, removes the draft and saves nothing', async () => {
    const drafts = memoryStore({
      [recordKey]: JSON.stringify(briefingFields({ body: 'Unwanted', sessionDay: null }))
    })
    const { autosave, notes } = open(fixtureNotes(), drafts)
    autosave.announceRestoredDraft()
    autosave.discardRestoredDraft()
    expect(autosave.body).toBe('Support para. 47; raise precursors with Mexico.')
    expect(autosave.sessionDay).toBe('2024-03-18')
    expect(autosave.showingRestoredDraft).toBe(false)
    expect(autosave.statusText).toBe('')
    expect(drafts.values.size).toBe(0)
    await autosave.flush()
    expect(notes.updateSessionNote).not.toHaveBeenCalled()
  })
})

describe('SessionNoteAutosave.keepBoth', () => {
  it('saves both texts, the other window’s first, over the other window’s version', async () => {
    const { autosave, notes, drafts, timer } = open()
    const theirs = savedElsewhere(notes, { title: 'Briefing', body: 'Their text' })
    autosave.edit({ title: 'Capital', body: 'My text', tags: ['Precursors'] })
    await autosave.flush()
    autosave.keepBoth()
    expect(autosave.changedElsewhere).toBe(false)
    expect(autosave.title).toBe('Briefing / Capital')
    expect(autosave.body).toBe('Their text\n\nMy text')
    expect(autosave.tags).toEqual(['Precursors'])
    expect(JSON.parse(drafts.values.get(recordKey) ?? '').body).toBe('Their text\n\nMy text')
    timer.fire()
    await autosave.flush()
    expect(notes.updateSessionNote).toHaveBeenLastCalledWith(
      noteId,
      { title: 'Briefing / Capital', body: 'Their text\n\nMy text', tags: ['Precursors'] },
      theirs
    )
    expect(autosave.statusText).toBe('Saved')
    expect(drafts.values.size).toBe(0)
  })
})

describe('SessionNoteAutosave.reload', () => {
  it('shows the other window’s version, drops the draft and saves nothing', async () => {
    const { autosave, notes, drafts, timer } = open()
    savedElsewhere(notes, { body: 'Their text' })
    autosave.edit({ body: 'My text' })
    await autosave.flush()
    autosave.reload()
    expect(autosave.body).toBe('Their text')
    expect(autosave.changedElsewhere).toBe(false)
    expect(autosave.statusText).toBe('')
    expect(drafts.values.size).toBe(0)
    expect(timer.pending).toEqual([])
    await autosave.flush()
    expect(notes.updateSessionNote).toHaveBeenCalledTimes(1)
    autosave.edit({ title: 'Later' })
    await autosave.flush()
    expect(notes.updateSessionNote).toHaveBeenLastCalledWith(
      noteId,
      { title: 'Later' },
      briefingFields({ body: 'Their text' })
    )
  })
})

describe('SessionNoteAutosave.remove', () => {
  it('saves what was typed first, then deletes the note and its draft', async () => {
    const { autosave, notes, drafts, timer } = open()
    autosave.edit({ body: 'Last words' })
    expect(await autosave.remove()).toEqual({
      ok: true,
      description: 'Deleted session note “Briefing from the capital”'
    })
    expect(notes.updateSessionNote).toHaveBeenCalledWith(
      noteId,
      { body: 'Last words' },
      briefingFields()
    )
    expect(notes.removeSessionNote).toHaveBeenCalledWith(noteId)
    expect(autosave.removed).toBe(true)
    expect(drafts.values.size).toBe(0)
    expect(timer.pending).toEqual([])
  })

  it('says why the note was not deleted', async () => {
    const { autosave, notes } = open()
    notes.removeSessionNote.mockRejectedValueOnce(new StorageWriteError('The disk is full.'))
    expect(await autosave.remove()).toEqual({
      ok: false,
      message: 'The session note was not deleted: The disk is full.'
    })
    expect(autosave.removed).toBe(false)
  })
})

describe('SessionNoteAutosave.leave', () => {
  it('saves as the editor goes away, with nothing to say', async () => {
    const { autosave, notes, drafts } = open()
    autosave.edit({ body: 'Leaving' })
    expect(await autosave.leave()).toBeNull()
    expect(notes.updateSessionNote).toHaveBeenCalledWith(
      noteId,
      { body: 'Leaving' },
      briefingFields()
    )
    expect(drafts.values.size).toBe(0)
  })

  it('keeps a draft when the save fails, and the next editor restores it', async () => {
    const { autosave, notes, drafts } = open()
    notes.updateSessionNote.mockRejectedValueOnce(new StorageWriteError('The disk is full'))
    autosave.edit({ title: '', body: 'Unsaved' })
    expect(await autosave.leave()).toBe(
      'Session note “Untitled” was not saved: The disk is full. Your text is kept as a draft and comes back when you open the note.'
    )
    const reopened = new SessionNoteAutosave(noteId, notes, drafts, manualTimer())
    expect(reopened.restored).toBe(true)
    expect(reopened.body).toBe('Unsaved')
  })

  it('says the text is lost only when no draft could be kept', async () => {
    const { autosave, notes } = open(fixtureNotes(), fullStore())
    notes.updateSessionNote.mockRejectedValueOnce(new StorageWriteError('The disk is full'))
    autosave.edit({ body: 'Gone' })
    expect(await autosave.leave()).toBe(
      'Session note “Briefing from the capital” was not saved: The disk is full.'
    )
  })
})
