/**
 * Undo and redo of the delegate's changes to the notebook (annotations, session notes, tags,
 * agenda items). Each change is recorded as a pair of operations; undoing one moves it to the
 * redo list, and any new change clears that list.
 */

/** A change that can be reversed and made again. */
export interface UndoableChange {
  /** What the change was, for notices: "Deleted annotation on para. 47". */
  description: string
  /**
   * Reverses the change. Resolves to a remark where it had to leave something as another window
   * left it ("the annotation on para. 3 had been changed in another window since; …").
   */
  undo(): Promise<string | void>
  /** Makes the change again; resolves to a remark as `undo` does. */
  redo(): Promise<string | void>
}

/** A change just undone or redone: what it was, and the remark its undo or redo made, if any. */
export interface ReversedChange {
  description: string
  remark: string | null
}

/** The most changes kept; older ones can no longer be undone. */
export const undoLimit = 100

/** The history of changes that can be undone and redone. */
export class UndoHistory {
  #done: UndoableChange[] = []
  #undone: UndoableChange[] = []

  /** Records a change that has just been made. */
  record(change: UndoableChange): void {
    this.#done.push(change)
    if (this.#done.length > undoLimit) this.#done.shift()
    this.#undone = []
  }

  get canUndo(): boolean {
    return this.#done.length > 0
  }

  get canRedo(): boolean {
    return this.#undone.length > 0
  }

  /**
   * Undoes the latest change and returns it, or null if there is none. If undoing fails the
   * change stays where it was, so it can be tried again.
   */
  async undo(): Promise<ReversedChange | null> {
    const change = this.#done.at(-1)
    if (!change) return null
    const remark = await change.undo()
    this.#done.pop()
    this.#undone.push(change)
    return { description: change.description, remark: remark || null }
  }

  /** Makes the latest undone change again and returns it, or null if there is none. */
  async redo(): Promise<ReversedChange | null> {
    const change = this.#undone.at(-1)
    if (!change) return null
    const remark = await change.redo()
    this.#undone.pop()
    this.#done.push(change)
    return { description: change.description, remark: remark || null }
  }
}
