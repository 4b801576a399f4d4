/**
 * The statement autosave over a real notebook (fake-indexeddb), driven by a timer that fires only
 * when a test says so: a change is a draft at once and a save after a pause, the spoken length and
 * cited paragraphs follow the text, a refused save keeps both versions, and nothing typed is lost.
 */
import 'fake-indexeddb/auto'
import { describe, expect } from 'vitest'
import { notebookTest as it } from '@test-support/notebook-store-fixtures'
import { fullStore, memoryStore } from '@test-support/storage-fixtures'
import { statementFields } from '@test-support/statements-fixtures'
import { manualTimer } from '@test-support/timer-fixtures'
import { StatementAutosave } from './StatementAutosave.svelte'
import { parseStatementDraft, statementDraftKey } from './statement-draft'
import { draftRecordKey } from '../notes/drafts'

/** Where this window keeps a statement's draft. */
const draftRecord = (id: string) => draftRecordKey(statementDraftKey(id))

/** `count` words of plain prose. */
function words(count: number): string {
  return Array.from({ length: count }, (_, index) => `word${index}`).join(' ')
}

describe('StatementAutosave', () => {
  it('opens on the statement as stored, with its length as spoken', async ({ notebook }) => {
    const statement = await notebook.statements.create(statementFields())
    const autosave = new StatementAutosave(statement.id, notebook, memoryStore(), manualTimer())
    expect(autosave.title).toBe('Statement under Item 6')
    expect(autosave.agendaItemId).toBe('agenda-item-6')
    expect(autosave.speakingFor).toBe('Canada')
    expect(autosave.limitSeconds).toBe(180)
    expect(autosave.wordsPerMinute).toBe(120)
    expect(autosave.summary.label).toBe('12 words · 0:06 at 120 words a minute')
    expect(autosave.restored).toBe(false)
  })

  it('names the statement in what the editor says of it', async ({ notebook }) => {
    const statement = await notebook.statements.create(statementFields())
    const autosave = new StatementAutosave(statement.id, notebook, memoryStore(), manualTimer())
    expect(autosave.deletedMessage).toBe(
      'This statement has been deleted. Copy any text you need before closing.'
    )
    expect(autosave.keptOpenHelp).toBe(
      'Close again to leave the statement unsaved; nothing you typed is removed.'
    )
  })

  it('keeps a draft at once and saves after the pause, with no undo step', async ({
    notebook,
    expectStoredAsShown
  }) => {
    const statement = await notebook.statements.create(statementFields())
    const drafts = memoryStore()
    const timer = manualTimer()
    const autosave = new StatementAutosave(statement.id, notebook, drafts, timer)
    autosave.edit({ text: `${words(450)} (para. 58)` })
    expect(autosave.statusText).toBe('Saving…')
    expect(
      parseStatementDraft(JSON.parse(drafts.values.get(draftRecord(statement.id)) ?? ''))
    ).toMatchObject({
      text: `${words(450)} (para. 58)`
    })
    expect(autosave.summary).toMatchObject({
      words: 452,
      label: '452 words · 3:46 at 120 words a minute',
      over: { seconds: 46, label: 'Over the 3:00 limit by 0:46' }
    })
    expect(timer.pending).toHaveLength(1)
    timer.fire()
    await autosave.flush()
    expect(autosave.statusText).toBe('Saved')
    expect(notebook.statements.find(statement.id)?.text).toBe(`${words(450)} (para. 58)`)
    expect(drafts.values.has(draftRecord(statement.id))).toBe(false)
    await expectStoredAsShown()
    expect(await notebook.undo()).toBeNull()
  })

  it('says why a limit out of range was not saved, keeping it as typed', async ({ notebook }) => {
    const statement = await notebook.statements.create(statementFields())
    const drafts = memoryStore()
    const autosave = new StatementAutosave(statement.id, notebook, drafts, manualTimer())
    autosave.edit({ limitSeconds: 12 })
    await autosave.flush()
    expect(autosave.statusText).toBe(
      'Not saved: The time limit must be a whole number of seconds from 30 to 3,600. Your text is kept here and as a draft.'
    )
    expect(autosave.limitSeconds).toBe(12)
    expect(notebook.statements.find(statement.id)?.limitSeconds).toBe(180)
    autosave.edit({ limitSeconds: 120 })
    await autosave.flush()
    expect(autosave.statusText).toBe('Saved')
    expect(notebook.statements.find(statement.id)?.limitSeconds).toBe(120)
  })

  it('restores a draft left unsaved in the next editor', async ({ notebook }) => {
    const statement = await notebook.statements.create(statementFields())
    const drafts = memoryStore()
    const first = new StatementAutosave(statement.id, notebook, drafts, manualTimer())
    first.edit({ title: 'Typed before the power cut' })
    const next = new StatementAutosave(statement.id, notebook, drafts, manualTimer())
    expect(next.restored).toBe(true)
    expect(next.title).toBe('Typed before the power cut')
    next.announceRestoredDraft()
    expect(next.statusText).toBe('Your unsaved changes were restored.')
    next.discardRestoredDraft()
    expect(next.title).toBe('Statement under Item 6')
    expect(drafts.values.has(draftRecord(statement.id))).toBe(false)
  })

  it('keeps both texts after a save refused over another window’s', async ({
    notebook,
    secondWindow: { other, caughtUp }
  }) => {
    const statement = await notebook.statements.create(statementFields({ text: 'Opening.' }))
    await caughtUp()
    const autosave = new StatementAutosave(statement.id, notebook, memoryStore(), manualTimer())
    await other.statements.update(
      statement.id,
      { text: 'Theirs.' },
      statementFields({ text: 'Opening.' })
    )
    autosave.edit({ text: 'Mine.' })
    await autosave.flush()
    expect(autosave.changedElsewhere).toBe(true)
    expect(autosave.statusText).toMatch(/^Not saved: This note was changed in another window/)
    autosave.keepBoth()
    await autosave.flush()
    expect(autosave.text).toBe('Theirs.\n\nMine.')
    expect(notebook.statements.find(statement.id)?.text).toBe('Theirs.\n\nMine.')
  })

  it('saves an agenda item removed from the list as none', async ({ notebook }) => {
    const statement = await notebook.statements.create(statementFields({ agendaItemId: null }))
    const autosave = new StatementAutosave(statement.id, notebook, memoryStore(), manualTimer())
    autosave.edit({ agendaItemId: 'agenda-item-gone', text: 'Changed.' })
    expect(autosave.agendaItemId).toBeNull()
    await autosave.flush()
    expect(notebook.statements.find(statement.id)).toMatchObject({
      agendaItemId: null,
      text: 'Changed.'
    })
  })

  it('deletes the statement, saved first, and Undo brings it back as last typed', async ({
    notebook
  }) => {
    const statement = await notebook.statements.create(statementFields())
    const autosave = new StatementAutosave(statement.id, notebook, memoryStore(), manualTimer())
    autosave.edit({ text: 'Last words.' })
    expect(await autosave.remove()).toEqual({
      ok: true,
      description: 'Deleted statement “Statement under Item 6”'
    })
    expect(autosave.removed).toBe(true)
    expect(notebook.statements.all).toEqual([])
    await notebook.undo()
    expect(notebook.statements.find(statement.id)?.text).toBe('Last words.')
  })

  it('tells the notices when leaving could not save, naming the statement', async ({
    notebook
  }) => {
    const statement = await notebook.statements.create(statementFields({ title: '' }))
    const autosave = new StatementAutosave(statement.id, notebook, fullStore(), manualTimer())
    await notebook.statements.remove(statement.id)
    autosave.edit({ text: 'Unsaved' })
    expect(await autosave.leave()).toBe(
      'Statement “Untitled statement” was not saved: This statement has been deleted.'
    )
  })
})
