/** Undo and redo order, limits and failures. */
import { describe, expect, it } from 'vitest'
import { UndoHistory, undoLimit, type UndoableChange } from './undo-history'

/** A change that logs what is done to it. */
function loggedChange(name: string, log: string[], failUndo = false): UndoableChange {
  return {
    description: name,
    undo: async () => {
      if (failUndo) throw new Error('quota')
      log.push(`undo ${name}`)
    },
    redo: async () => void log.push(`redo ${name}`)
  }
}

describe('UndoHistory', () => {
  it('undoes the latest change first and redoes in reverse', async () => {
    const log: string[] = []
    const history = new UndoHistory()
    history.record(loggedChange('a', log))
    history.record(loggedChange('b', log))
    expect((await history.undo())?.description).toBe('b')
    expect((await history.undo())?.description).toBe('a')
    expect(await history.undo()).toBeNull()
    expect((await history.redo())?.description).toBe('a')
    expect((await history.redo())?.description).toBe('b')
    expect(await history.redo()).toBeNull()
    expect(log).toEqual(['undo b', 'undo a', 'redo a', 'redo b'])
  })

  it('passes on the remark an undo or redo makes, and none where it makes none', async () => {
    const history = new UndoHistory()
    history.record({
      description: 'Edited annotation on para. 3',
      undo: async () => 'the annotation on para. 3 had been changed in another window since',
      redo: async () => {}
    })
    expect(await history.undo()).toEqual({
      description: 'Edited annotation on para. 3',
      remark: 'the annotation on para. 3 had been changed in another window since'
    })
    expect(await history.redo()).toEqual({
      description: 'Edited annotation on para. 3',
      remark: null
    })
  })

  it('forgets what could be redone once a new change is made', async () => {
    const log: string[] = []
    const history = new UndoHistory()
    history.record(loggedChange('a', log))
    await history.undo()
    expect(history.canRedo).toBe(true)
    history.record(loggedChange('b', log))
    expect(history.canRedo).toBe(false)
  })

  it(`keeps the last ${undoLimit} changes`, async () => {
    const log: string[] = []
    const history = new UndoHistory()
    for (let index = 0; index <= undoLimit; index++)
      history.record(loggedChange(String(index), log))
    let undone = 0
    while (await history.undo()) undone++
    expect(undone).toBe(undoLimit)
    expect(log.at(-1)).toBe('undo 1')
  })

  it('keeps a change that failed to undo, so it can be tried again', async () => {
    const history = new UndoHistory()
    history.record(loggedChange('a', [], true))
    await expect(history.undo()).rejects.toThrow('quota')
    expect(history.canUndo).toBe(true)
    expect(history.canRedo).toBe(false)
  })
})
