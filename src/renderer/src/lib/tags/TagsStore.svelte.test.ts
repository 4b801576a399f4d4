/**
 * The tags store: tagging and untagging chosen annotations, and renaming or deleting a tag on
 * every annotation and session note, reach the database and the tag list, and undo and redo
 * reverse them exactly, leaving the database holding what the stores show.
 */
import 'fake-indexeddb/auto'
import { describe, expect } from 'vitest'
import {
  noteOn,
  sessionNoteFields,
  notebookTest as it
} from '@test-support/notebook-store-fixtures'

describe('apply', () => {
  it('tags many annotations in the spelling already in use, and undoes and redoes it', async ({
    notebook,
    expectStoredAsShown,
    tagCounts
  }) => {
    const tagged = await notebook.annotations.create(noteOn(1, { tags: ['Precursors'] }))
    const first = await notebook.annotations.create(noteOn(1))
    const second = await notebook.annotations.create(noteOn(2, { tags: ['Mexico'] }))
    const third = await notebook.annotations.create(noteOn(2))
    const ids = [tagged.id, first.id, second.id, third.id]
    expect(await notebook.tags.apply(ids, ' precursors ')).toBe('Tagged 3 annotations “Precursors”')
    expect(notebook.annotations.all.map((annotation) => annotation.tags)).toEqual([
      ['Precursors'],
      ['Precursors'],
      ['Mexico', 'Precursors'],
      ['Precursors']
    ])
    expect(notebook.annotations.find(tagged.id)).toBe(tagged)
    expect(tagCounts()).toEqual(['Mexico ×1', 'Precursors ×4'])
    await expectStoredAsShown()
    const after = notebook.annotations.all

    expect(await notebook.undo()).toBe('Tagged 3 annotations “Precursors”')
    expect(notebook.annotations.all).toEqual([tagged, first, second, third])
    expect(tagCounts()).toEqual(['Mexico ×1', 'Precursors ×1'])
    await expectStoredAsShown()

    expect(await notebook.redo()).toBe('Tagged 3 annotations “Precursors”')
    expect(notebook.annotations.all).toEqual(after)
    await expectStoredAsShown()
  })

  it('refuses a tag that cannot be stored, changing nothing', async ({ notebook }) => {
    const created = await notebook.annotations.create(noteOn(1))
    await expect(notebook.tags.apply([created.id], 'a, b')).rejects.toThrow(
      new RangeError('A tag cannot contain a comma.')
    )
    expect(notebook.annotations.all).toEqual([created])
    expect(await notebook.undo()).toBe('Added annotation on para. 1')
  })
})

describe('removeFrom', () => {
  it('removes a tag, in any spelling, from the annotations carrying it', async ({
    notebook,
    expectStoredAsShown,
    tagCounts
  }) => {
    const mexico = await notebook.annotations.create(noteOn(1, { tags: ['Precursors', 'Mexico'] }))
    const france = await notebook.annotations.create(noteOn(2, { tags: ['France', 'precursors'] }))
    const untagged = await notebook.annotations.create(noteOn(2))
    expect(await notebook.tags.removeFrom([mexico.id, france.id, untagged.id], 'PRECURSORS')).toBe(
      'Removed “PRECURSORS” from 2 annotations'
    )
    expect(notebook.annotations.all.map((annotation) => annotation.tags)).toEqual([
      ['Mexico'],
      ['France'],
      []
    ])
    expect(notebook.annotations.find(untagged.id)).toBe(untagged)
    await expectStoredAsShown()

    await notebook.undo()
    expect(notebook.annotations.all).toEqual([mexico, france, untagged])
    await expectStoredAsShown()
    await notebook.redo()
    expect(tagCounts()).toEqual(['France ×1', 'Mexico ×1'])
    await expectStoredAsShown()
  })

  it('records no undo step when no annotation carried the tag', async ({ notebook }) => {
    const created = await notebook.annotations.create(noteOn(1))
    expect(await notebook.tags.removeFrom([created.id], 'Precursors')).toBe(
      'Removed “Precursors” from 0 annotations'
    )
    expect(await notebook.undo()).toBe('Added annotation on para. 1')
  })
})

describe('rename', () => {
  it('renames a tag on annotations and session notes, merging into the spelling in use', async ({
    notebook,
    expectStoredAsShown,
    tagCounts
  }) => {
    const mexico = await notebook.annotations.create(
      noteOn(1, { tags: ['Chemicals', 'Precursors'] })
    )
    const france = await notebook.annotations.create(noteOn(2, { tags: ['chemicals'] }))
    const canada = await notebook.annotations.create(noteOn(2, { tags: ['Early warning'] }))
    const briefing = await notebook.sessionNotes.create(sessionNoteFields({ tags: ['Chemicals'] }))
    const plenary = await notebook.sessionNotes.create(sessionNoteFields({ title: 'Plenary' }))
    expect(tagCounts()).toEqual(['Chemicals ×3', 'Early warning ×1', 'Precursors ×1'])

    expect(await notebook.tags.rename('Chemicals', 'precursors')).toBe(
      'Renamed “Chemicals” to “Precursors” on 3 items'
    )
    expect(notebook.annotations.all.map((annotation) => annotation.tags)).toEqual([
      ['Precursors'],
      ['Precursors'],
      ['Early warning']
    ])
    expect(notebook.sessionNotes.all.map((note) => note.tags)).toEqual([['Precursors'], []])
    expect(tagCounts()).toEqual(['Early warning ×1', 'Precursors ×3'])
    expect(notebook.annotations.find(canada.id)).toBe(canada)
    await expectStoredAsShown()
    const annotationsAfter = notebook.annotations.all
    const sessionNotesAfter = notebook.sessionNotes.all

    expect(await notebook.undo()).toBe('Renamed “Chemicals” to “Precursors” on 3 items')
    expect(notebook.annotations.all).toEqual([mexico, france, canada])
    expect(notebook.sessionNotes.all).toEqual([briefing, plenary])
    expect(tagCounts()).toEqual(['Chemicals ×3', 'Early warning ×1', 'Precursors ×1'])
    await expectStoredAsShown()

    await notebook.redo()
    expect(notebook.annotations.all).toEqual(annotationsAfter)
    expect(notebook.sessionNotes.all).toEqual(sessionNotesAfter)
    await expectStoredAsShown()
  })

  it('keeps what was typed in a session note since, when the rename is undone', async ({
    notebook,
    expectStoredAsShown
  }) => {
    const note = await notebook.sessionNotes.create(sessionNoteFields({ tags: ['Chemicals'] }))
    await notebook.tags.rename('Chemicals', 'Precursors')
    // Autosave: no undo step of its own, so the rename is still the change undo reverses.
    await notebook.sessionNotes.update(note.id, { body: 'Typed after the rename' })
    await notebook.undo()
    expect(notebook.sessionNotes.find(note.id)).toMatchObject({
      body: 'Typed after the rename',
      tags: ['Chemicals']
    })
    await expectStoredAsShown()
  })

  it('refuses a blank name with a RangeError, changing nothing', async ({
    notebook,
    expectStoredAsShown
  }) => {
    const created = await notebook.annotations.create(noteOn(1, { tags: ['Precursors'] }))
    await expect(notebook.tags.rename('Precursors', '  ')).rejects.toThrow(
      new RangeError('A tag cannot be blank.')
    )
    expect(notebook.annotations.all).toEqual([created])
    await expectStoredAsShown()
  })
})

describe('delete', () => {
  it('removes a tag from every annotation and session note, and undoes and redoes it', async ({
    notebook,
    expectStoredAsShown,
    tagCounts
  }) => {
    const mexico = await notebook.annotations.create(noteOn(1, { tags: ['Precursors', 'Mexico'] }))
    const canada = await notebook.annotations.create(noteOn(2))
    const briefing = await notebook.sessionNotes.create(sessionNoteFields({ tags: ['precursors'] }))
    expect(await notebook.tags.delete('Precursors')).toBe(
      'Deleted the tag “Precursors” from 2 items'
    )
    expect(notebook.annotations.all.map((annotation) => annotation.tags)).toEqual([['Mexico'], []])
    expect(notebook.sessionNotes.all.map((note) => note.tags)).toEqual([[]])
    expect(tagCounts()).toEqual(['Mexico ×1'])
    await expectStoredAsShown()

    await notebook.undo()
    expect(notebook.annotations.all).toEqual([mexico, canada])
    expect(notebook.sessionNotes.all).toEqual([briefing])
    expect(tagCounts()).toEqual(['Mexico ×1', 'Precursors ×2'])
    await expectStoredAsShown()

    await notebook.redo()
    expect(tagCounts()).toEqual(['Mexico ×1'])
    await expectStoredAsShown()
  })
})
