/**
 * The annotations store: an annotation created, edited or deleted reaches the database, the
 * layout and the colour labels, and undo and redo reverse it exactly.
 */
import 'fake-indexeddb/auto'
import { describe, expect } from 'vitest'
import { ChangedElsewhereError } from '../storage/edit-conflict'
import { StorageWriteError } from '../storage/storage-error'
import { earlyWarningPassage } from '@test-support/annotations-fixtures'
import { followUp, noteOn, notebookTest as it } from '@test-support/notebook-store-fixtures'
import { fixtureParagraphs } from '@test-support/annotations-fixtures'

const passage = earlyWarningPassage()

describe('create', () => {
  it('creates, places and paints an annotation', async ({ db, notebook }) => {
    const created = await notebook.annotations.create({
      paragraph: 2,
      target: passage,
      color: 'blue',
      note: 'Ask Canada'
    })
    expect(await db.annotations.toArray()).toEqual([created])
    expect(notebook.annotations.layout.placed).toEqual([
      { annotation: created, paragraph: 2, range: { start: 38, end: 59 } }
    ])
    expect(notebook.annotations.layout.highlights.get(2)).toEqual([
      { annotationId: created.id, start: 38, end: 59, color: 'blue' }
    ])
    expect(notebook.annotations.layout.annotatedParagraphs).toEqual(new Set([2]))
  })

  it('reports a failed write in plain words and changes nothing on screen', async ({
    db,
    notebook
  }) => {
    db.close()
    await expect(
      notebook.annotations.create({
        paragraph: 1,
        target: null,
        color: 'yellow',
        note: 'typed text'
      })
    ).rejects.toThrow(StorageWriteError)
    await expect(
      notebook.annotations.create({
        paragraph: 1,
        target: null,
        color: 'yellow',
        note: 'typed text'
      })
    ).rejects.toThrow('The notes database is closed. Restart the app and try again.')
    expect(notebook.annotations.all).toEqual([])
  })
})

describe('update', () => {
  it('undoes an edit back to the exact previous record', async ({ db, notebook }) => {
    const created = await notebook.annotations.create({
      paragraph: 2,
      target: passage,
      color: 'blue',
      note: 'first'
    })
    const edited = await notebook.annotations.update(created.id, { note: 'second', color: 'pink' })
    expect(edited.note).toBe('second')
    await notebook.undo()
    expect(await db.annotations.get(created.id)).toEqual(created)
    await notebook.redo()
    expect(await db.annotations.get(created.id)).toEqual(edited)
  })

  it('reports an edit of an annotation that is gone, storing nothing', async ({ db, notebook }) => {
    const update = notebook.annotations.update('missing', { note: 'x' })
    await expect(update).rejects.toThrow(StorageWriteError)
    await expect(update).rejects.toThrow(/annotation no longer exists/)
    expect(await db.annotations.count()).toBe(0)
    expect(await notebook.undo()).toBeNull()
  })

  it('refuses an edit of an annotation the other window saved since, showing its text', async ({
    db,
    notebook,
    secondWindow: { other, caughtUp }
  }) => {
    const created = await notebook.annotations.create(noteOn(1, { note: 'A' }))
    await caughtUp()
    const theirs = await other.annotations.update(created.id, { note: 'Their text' })
    const edit = notebook.annotations.update(created.id, { note: 'My text' }, created.updatedAt)
    await expect(edit).rejects.toThrow(ChangedElsewhereError)
    await expect(edit).rejects.toMatchObject({
      conflict: { stored: theirs, attempted: { note: 'My text' } }
    })
    expect(notebook.annotations.find(created.id)).toEqual(theirs)
    expect(await db.annotations.get(created.id)).toEqual(theirs)
  })
})

describe('remove', () => {
  it('undoes and redoes a delete, in the database and on screen', async ({ db, notebook }) => {
    const created = await notebook.annotations.create({
      paragraph: 1,
      target: null,
      color: 'yellow',
      note: 'UNODC host'
    })
    expect(await notebook.annotations.remove(created.id)).toBe('Deleted annotation on para. 1')
    expect(notebook.annotations.all).toEqual([])
    expect(await notebook.undo()).toBe('Deleted annotation on para. 1')
    expect(notebook.annotations.all).toEqual([created])
    expect(await db.annotations.get(created.id)).toEqual(created)
    expect(await notebook.redo()).toBe('Deleted annotation on para. 1')
    expect(await db.annotations.count()).toBe(0)
  })
})

describe('undo and redo after another window’s change', () => {
  it('keeps the other window’s text on undoing an edit, with the earlier text after it', async ({
    db,
    notebook,
    secondWindow: { other, caughtUp }
  }) => {
    const created = await notebook.annotations.create(noteOn(1, { note: 'Earlier' }))
    await notebook.annotations.update(created.id, { note: 'Mine' })
    await caughtUp()
    await other.annotations.update(created.id, { note: 'Theirs' })
    expect(await notebook.undo()).toBe(
      'Edited annotation on para. 1; the annotation on para. 1 had been changed in another ' +
        'window since, so that change is kept, with the text put back here added after its own'
    )
    const stored = await db.annotations.get(created.id)
    expect(stored?.note).toBe('Theirs\n\nEarlier')
    expect(notebook.annotations.find(created.id)).toEqual(stored)
  })

  it('does not delete, on undoing its creation, an annotation the other window edited', async ({
    db,
    notebook,
    secondWindow: { other, caughtUp }
  }) => {
    const created = await notebook.annotations.create(noteOn(2, { note: 'Mine' }))
    await caughtUp()
    const theirs = await other.annotations.update(created.id, { note: 'Mine, and theirs' })
    expect(await notebook.undo()).toMatch(/^Added annotation on para\. 2; the annotation on /u)
    expect(await db.annotations.get(created.id)).toEqual(theirs)
    expect(notebook.annotations.all).toEqual([theirs])
  })

  it('undoes a change to many as before where no other window changed them', async ({
    db,
    notebook
  }) => {
    const first = await notebook.annotations.create(noteOn(1, { followUp: followUp() }))
    const second = await notebook.annotations.create(noteOn(2, { followUp: followUp() }))
    await notebook.annotations.setFollowUpStatus([first.id, second.id], 'done')
    expect(await notebook.undo()).toBe('Marked 2 follow-ups Done')
    expect(await db.annotations.orderBy('paragraph').toArray()).toEqual([first, second])
  })
})

describe('layout', () => {
  it('lists an annotation whose passage is gone as orphaned, keeping it', async ({ notebook }) => {
    const stale = {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'cryptocurrency tracing tools',
        prefix: '',
        suffix: ''
      },
      position: { type: 'TextPositionSelector', start: 0, end: 28 }
    } as const
    const created = await notebook.annotations.create({
      paragraph: 2,
      target: stale,
      color: 'green',
      note: 'keep me'
    })
    expect(notebook.annotations.layout.placed).toEqual([])
    expect(notebook.annotations.layout.orphans).toEqual([created])
  })
})

describe('renameColor', () => {
  it('renames a colour label and refuses a blank one', async ({ notebook }) => {
    await notebook.annotations.renameColor('blue', 'Ask UNODC')
    expect(notebook.annotations.colorLabels.blue).toBe('Ask UNODC')
    await expect(notebook.annotations.renameColor('blue', ' ')).rejects.toThrow(
      'A colour label cannot be empty.'
    )
    expect(notebook.annotations.colorLabels.blue).toBe('Ask UNODC')
  })
})

describe('setFollowUpStatus', () => {
  it('changes only the follow-ups, and only those not already in that status', async ({
    notebook,
    expectStoredAsShown
  }) => {
    const open = await notebook.annotations.create(noteOn(1, { followUp: followUp() }))
    const done = await notebook.annotations.create(
      noteOn(1, { followUp: followUp({ status: 'done' }) })
    )
    const highlight = await notebook.annotations.create(noteOn(2))
    const cleared = await notebook.annotations.create(noteOn(2, { followUp: null }))
    const ids = [open.id, done.id, highlight.id, cleared.id]
    expect(await notebook.annotations.setFollowUpStatus(ids, 'done')).toBe(
      'Marked 1 follow-up Done'
    )
    expect(notebook.annotations.all).toEqual([
      { ...open, followUp: followUp({ status: 'done' }), updatedAt: '2024-03-14T09:04:00.000Z' },
      done,
      highlight,
      cleared
    ])
    await expectStoredAsShown()

    expect(await notebook.undo()).toBe('Marked 1 follow-up Done')
    expect(notebook.annotations.all).toEqual([open, done, highlight, cleared])
    await expectStoredAsShown()
    expect(await notebook.redo()).toBe('Marked 1 follow-up Done')
    expect(notebook.annotations.find(open.id)?.followUp?.status).toBe('done')
    await expectStoredAsShown()
  })
})

describe('showDocument', () => {
  it('makes new annotations on the document shown and lays out only its own', async ({
    db,
    notebook
  }) => {
    const onSummary = await notebook.annotations.create(noteOn(1))
    expect(onSummary.documentId).toBeUndefined()
    const report = [{ number: 1, text: 'The present report sets out the work of the year.' }]
    notebook.annotations.showDocument('report', report)
    expect(notebook.annotations.documentId).toBe('report')
    expect(notebook.annotations.layout.placed).toEqual([])
    expect(notebook.annotations.layout.orphans).toEqual([])

    const target = notebook.annotations.passageAt(1, 4, 18)
    expect(target.quote.exact).toBe('present report')
    const onReport = await notebook.annotations.create({
      paragraph: 1,
      target,
      color: 'green',
      note: 'Ask the Secretariat'
    })
    expect(onReport.documentId).toBe('report')
    expect((await db.annotations.get(onReport.id))?.documentId).toBe('report')
    expect(notebook.annotations.inDocument).toEqual([onReport])
    expect(notebook.annotations.layout.highlights.get(1)).toEqual([
      { annotationId: onReport.id, start: 4, end: 18, color: 'green' }
    ])
    expect(notebook.annotations.all).toEqual([onSummary, onReport])

    notebook.annotations.showDocument('summary', fixtureParagraphs())
    expect(notebook.annotations.inDocument).toEqual([onSummary])
    expect(notebook.annotations.layout.placed.map((entry) => entry.annotation)).toEqual([onSummary])
  })

  it('refuses a passage of a paragraph the document shown does not have', ({ notebook }) => {
    notebook.annotations.showDocument('report', [{ number: 1, text: 'One paragraph only.' }])
    expect(() => notebook.annotations.passageAt(2, 0, 3)).toThrow('There is no paragraph 2.')
  })
})
