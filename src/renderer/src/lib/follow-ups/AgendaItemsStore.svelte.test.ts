/**
 * The agenda items store: removing an item clears it from the follow-ups and session notes that
 * name it, and undo puts everything back, keeping what was typed since.
 */
import 'fake-indexeddb/auto'
import { describe, expect } from 'vitest'
import {
  followUp,
  noteOn,
  sessionNoteFields,
  notebookTest as it
} from '@test-support/notebook-store-fixtures'

describe('remove', () => {
  it('clears the item where it was used, and puts everything back on undo', async ({
    notebook,
    expectStoredAsShown
  }) => {
    const [itemSix] = notebook.agendaItems.all
    const five = await notebook.agendaItems.add('Item 5', 'Implementation of the treaties')
    expect(notebook.agendaItems.all).toEqual([itemSix, five])
    expect(itemSix.label).toBe('Item 6')
    const named = await notebook.annotations.create(
      noteOn(1, { followUp: followUp({ agendaItemId: five.id }) })
    )
    const other = await notebook.annotations.create(noteOn(2, { followUp: followUp() }))
    const note = await notebook.sessionNotes.create(sessionNoteFields({ agendaItemId: five.id }))
    expect(notebook.agendaItems.uses(five.id)).toBe(2)

    expect(await notebook.agendaItems.remove(five.id)).toBe('Removed agenda item “Item 5”')
    expect(notebook.agendaItems.all.map((item) => item.label)).toEqual(['Item 6'])
    expect(notebook.agendaItems.find(five.id)).toBeUndefined()
    expect(notebook.annotations.find(named.id)?.followUp?.agendaItemId).toBeNull()
    expect(notebook.annotations.find(other.id)).toBe(other)
    expect(notebook.sessionNotes.find(note.id)?.agendaItemId).toBeNull()
    expect(notebook.agendaItems.uses(five.id)).toBe(0)
    await expectStoredAsShown()

    expect(await notebook.undo()).toBe('Removed agenda item “Item 5”')
    expect(notebook.agendaItems.all).toEqual([itemSix, five])
    expect(notebook.annotations.all).toEqual([named, other])
    expect(notebook.sessionNotes.all).toEqual([note])
    await expectStoredAsShown()

    expect(await notebook.redo()).toBe('Removed agenda item “Item 5”')
    expect(notebook.agendaItems.uses(five.id)).toBe(0)
    expect(notebook.agendaItems.find(five.id)).toBeUndefined()
    await expectStoredAsShown()
  })

  it('keeps what was typed in a session note since, when the removal is undone', async ({
    notebook,
    expectStoredAsShown
  }) => {
    const five = await notebook.agendaItems.add('Item 5', 'Implementation of the treaties')
    const note = await notebook.sessionNotes.create(sessionNoteFields({ agendaItemId: five.id }))
    await notebook.agendaItems.remove(five.id)
    // Autosave: no undo step of its own, so the removal is still the change undo reverses.
    await notebook.sessionNotes.update(note.id, { body: 'Typed after the removal' })
    await notebook.undo()
    expect(notebook.sessionNotes.find(note.id)).toMatchObject({
      body: 'Typed after the removal',
      agendaItemId: five.id
    })
    await expectStoredAsShown()
  })

  it('returns null, recording nothing, for an item that is gone', async ({ notebook }) => {
    expect(await notebook.agendaItems.remove('agenda-item-99')).toBeNull()
    expect(await notebook.undo()).toBeNull()
  })
})
