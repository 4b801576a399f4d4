/**
 * The delegate's session notes as the app shows them, changed only through the repository by the
 * notebook's writer. Deleting a note can be undone; typing in one (autosave) records no undo step.
 */
import { replaceAll } from '../notebook/list-changes'
import type { NotebookWriter } from '../notebook/NotebookWriter.svelte'
import type { UndoableChange } from '../notebook/undo-history'
import { ChangedElsewhereError } from '../storage/edit-conflict'
import type { SessionNote } from './session-note'
import {
  createSessionNote,
  deleteSessionNote,
  restoreSessionNote,
  updateSessionNote,
  type SessionNoteFields
} from './session-note-repository'

/** Every session note, kept in step with the database. */
export class SessionNotesStore {
  /** Every session note, replaced whole on each change. */
  all = $state.raw<SessionNote[]>([])
  #writer: NotebookWriter

  constructor(writer: NotebookWriter) {
    this.#writer = writer
  }

  /** The session note with this id, if it exists. */
  find(id: string): SessionNote | undefined {
    return this.all.find((note) => note.id === id)
  }

  /** Stores a new session note. */
  async create(fields: SessionNoteFields): Promise<SessionNote> {
    // Components may hand over their reactive state; the database stores plain copies.
    const plain = $state.snapshot(fields) as SessionNoteFields
    const note = await this.#writer.write((db, clock) => createSessionNote(db, plain, clock))
    this.all = replaceAll(this.all, [note])
    return note
  }

  /**
   * Changes a session note. Autosave calls this as the delegate types, so it records no undo
   * step of its own; deleting the note is what can be undone. With `base`, the fields as the
   * editor last saw them, throws a ChangedElsewhereError (and shows the stored note) if another
   * window changed one of the fields being saved.
   */
  async update(
    id: string,
    changes: Partial<SessionNoteFields>,
    base?: Partial<SessionNoteFields>
  ): Promise<SessionNote> {
    const plain = $state.snapshot(changes) as Partial<SessionNoteFields>
    const seen = base && ($state.snapshot(base) as Partial<SessionNoteFields>)
    const saved = await this.#writer.write((db, clock) =>
      updateSessionNote(db, id, plain, clock, seen)
    )
    if (!saved.saved) {
      this.show([saved.conflict.stored])
      throw new ChangedElsewhereError(saved.conflict)
    }
    this.all = replaceAll(this.all, [saved.after])
    return saved.after
  }

  /** Deletes a session note; returns a description for the undo notice. */
  async remove(id: string): Promise<string | null> {
    const deleted = await this.#writer.write((db) => deleteSessionNote(db, id))
    if (!deleted) return null
    const drop = () => {
      this.all = this.all.filter((note) => note.id !== id)
    }
    drop()
    const title = deleted.title.trim() || 'Untitled'
    const change: UndoableChange = {
      description: `Deleted session note “${title}”`,
      undo: () =>
        this.#writer
          .write((db) => restoreSessionNote(db, deleted))
          .then(() => this.show([deleted])),
      redo: () =>
        this.#writer
          .write((db) => deleteSessionNote(db, id, deleted))
          .then((stored) => {
            if (!stored || stored.updatedAt === deleted.updatedAt) return drop()
            this.show([stored])
            return `the session note “${title}” had been changed in another window since, so it is kept`
          })
    }
    this.#writer.record(change)
    return change.description
  }

  /** Shows session notes a write of another store changed (or put back) in their places. */
  show(changed: readonly SessionNote[]): void {
    this.all = replaceAll(this.all, changed)
  }
}
