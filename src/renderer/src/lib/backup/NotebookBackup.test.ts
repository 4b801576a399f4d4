/**
 * Backup and restore of the whole notebook: the stores show exactly what a restore stored, and
 * neither a restore nor clearing everything leaves an undo step behind.
 */
import 'fake-indexeddb/auto'
import { describe, expect } from 'vitest'
import { Notebook } from '../notebook/Notebook.svelte'
import type { NotesDatabase } from '../storage/database'
import { fixtureParagraphs, steppingClock } from '@test-support/annotations-fixtures'
import { databaseDigest } from '@test-support/database-digest'
import {
  byId,
  noteOn,
  sessionNoteFields,
  notebookTest as it
} from '@test-support/notebook-store-fixtures'
import { statementFields } from '@test-support/statements-fixtures'

describe('restore', () => {
  async function storedNow(db: NotesDatabase) {
    const fresh = new Notebook(db, fixtureParagraphs(), steppingClock())
    await fresh.load()
    return {
      all: byId(fresh.annotations.all),
      sessionNotes: byId(fresh.sessionNotes.all),
      agendaItems: fresh.agendaItems.all,
      statements: fresh.statements.all,
      colorLabels: fresh.annotations.colorLabels
    }
  }

  it('shows exactly what a replace stored, and nothing before it can be undone', async ({
    db,
    notebook,
    expectStoredAsShown
  }) => {
    await notebook.annotations.create(noteOn(1, { tags: ['Precursors'] }))
    await notebook.annotations.renameColor('blue', 'Ask UNODC')
    const kept = await notebook.statements.create(statementFields())
    const backup = await notebook.backup.readAll()
    await notebook.annotations.create(noteOn(2))
    await notebook.sessionNotes.create(sessionNoteFields())
    await notebook.statements.update(kept.id, { text: 'Changed after the backup.' })
    await notebook.statements.create(statementFields({ title: 'Only here' }))
    await notebook.backup.restore(await notebook.backup.planRestore(backup, 'replace'))
    await expectStoredAsShown()
    expect(notebook.statements.all).toEqual([kept])
    expect({
      all: byId(notebook.annotations.all),
      sessionNotes: byId(notebook.sessionNotes.all),
      agendaItems: notebook.agendaItems.all,
      statements: notebook.statements.all,
      colorLabels: notebook.annotations.colorLabels
    }).toStrictEqual(await storedNow(db))
    expect(notebook.annotations.colorLabels.blue).toBe('Ask UNODC')
    expect(await notebook.undo()).toBeNull()
  })

  it('shows exactly what a merge stored', async ({ notebook, expectStoredAsShown }) => {
    await notebook.annotations.create(noteOn(1))
    const older = await notebook.statements.create(statementFields({ title: 'From the backup' }))
    const backup = await notebook.backup.readAll()
    await notebook.backup.clearAll()
    await notebook.annotations.create(noteOn(2))
    const newer = await notebook.statements.create(statementFields({ title: 'Typed since' }))
    await notebook.backup.restore(await notebook.backup.planRestore(backup, 'merge'))
    expect(notebook.annotations.all).toHaveLength(2)
    expect(notebook.statements.all).toEqual([newer, older])
    await expectStoredAsShown()
  })
})

describe('undoRestore', () => {
  it('puts back exactly what a replace removed and overwrote', async ({
    db,
    notebook,
    expectStoredAsShown
  }) => {
    await notebook.annotations.create(noteOn(1, { tags: ['Precursors'] }))
    const backup = await notebook.backup.readAll()
    await notebook.annotations.create(noteOn(2))
    await notebook.annotations.renameColor('blue', 'Ask UNODC')
    await notebook.sessionNotes.create(sessionNoteFields())
    const statement = await notebook.statements.create(statementFields())
    const digestBefore = await databaseDigest(db)
    const before = await notebook.backup.restore(
      await notebook.backup.planRestore(backup, 'replace')
    )
    expect(await databaseDigest(db)).not.toBe(digestBefore)
    expect(notebook.statements.all).toEqual([])
    await notebook.backup.undoRestore(before)
    expect(await databaseDigest(db)).toBe(digestBefore)
    expect(notebook.statements.all).toEqual([statement])
    expect(notebook.annotations.colorLabels.blue).toBe('Ask UNODC')
    await expectStoredAsShown()
  })

  it('takes away what a merge added', async ({ db, notebook }) => {
    await notebook.annotations.create(noteOn(1))
    const backup = await notebook.backup.readAll()
    await notebook.backup.clearAll()
    await notebook.annotations.create(noteOn(2))
    const digestBefore = await databaseDigest(db)
    const before = await notebook.backup.restore(await notebook.backup.planRestore(backup, 'merge'))
    await notebook.backup.undoRestore(before)
    expect(await databaseDigest(db)).toBe(digestBefore)
    expect(notebook.annotations.all.map((annotation) => annotation.paragraph)).toEqual([2])
  })
})

describe('clearAll', () => {
  it('leaves what a new install has, and cannot be undone', async ({
    notebook,
    expectStoredAsShown
  }) => {
    await notebook.annotations.create(noteOn(1))
    await notebook.sessionNotes.create(sessionNoteFields())
    await notebook.statements.create(statementFields())
    await notebook.backup.clearAll()
    expect(notebook.annotations.all).toEqual([])
    expect(notebook.sessionNotes.all).toEqual([])
    expect(notebook.statements.all).toEqual([])
    expect(notebook.agendaItems.all.map((item) => item.label)).toEqual(['Item 6'])
    await expectStoredAsShown()
    expect(await notebook.undo()).toBeNull()
  })
})

describe('changes', () => {
  it('counts the writes of every store since start, for automatic backups', async ({
    notebook
  }) => {
    expect(notebook.backup.changes).toBe(0)
    const annotation = await notebook.annotations.create(noteOn(1))
    await notebook.sessionNotes.create(sessionNoteFields())
    await notebook.agendaItems.add('Item 5', 'Implementation of the treaties')
    await notebook.tags.apply([annotation.id], 'Precursors')
    expect(notebook.backup.changes).toBe(4)
    await notebook.undo()
    expect(notebook.backup.changes).toBe(5)
    await expect(notebook.tags.rename('Precursors', ' ')).rejects.toThrow(RangeError)
    await notebook.backup.readAll()
    expect(notebook.backup.changes).toBe(5)
  })
})
