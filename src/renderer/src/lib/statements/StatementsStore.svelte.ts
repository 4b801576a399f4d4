/**
 * The delegation's statements as the app shows them, newest first, changed only through the
 * repository by the notebook's writer. Deleting a statement can be undone; typing in one
 * (autosave) records no undo step, as with session notes. The delegation's name is remembered
 * on this computer for the next statement.
 */
import type { NotebookWriter } from '../notebook/NotebookWriter.svelte'
import { replaceAll } from '../notebook/list-changes'
import type { UndoableChange } from '../notebook/undo-history'
import { ChangedElsewhereError } from '../storage/edit-conflict'
import type { KeyValueStore } from '../storage/key-value-store'
import { readSpeakingFor, rememberSpeakingFor } from './speaking-for'
import { statementTitle, type Statement, type StatementFields } from './statement'
import {
  createStatement,
  deleteStatement,
  restoreStatement,
  updateStatement
} from './statement-repository'

/** The page's local storage, or null where there is none (Node, where unit tests run). */
function pageStorage(): KeyValueStore | null {
  return typeof localStorage === 'undefined' ? null : localStorage
}

/** Newest first: by creation time, then by id so that the order is the same every time. */
function newestFirst(statements: readonly Statement[]): Statement[] {
  return [...statements].sort((a, b) =>
    a.createdAt !== b.createdAt
      ? a.createdAt < b.createdAt
        ? 1
        : -1
      : a.id < b.id
        ? 1
        : a.id > b.id
          ? -1
          : 0
  )
}

/** Every statement, kept in step with the database. */
export class StatementsStore {
  #all = $state.raw<Statement[]>([])
  #speakingFor = $state('')
  #writer: NotebookWriter
  #local: () => KeyValueStore | null

  /**
   * @param writer the notebook's one writer
   * @param local where the delegation's name is remembered (local storage by default)
   */
  constructor(writer: NotebookWriter, local: () => KeyValueStore | null = pageStorage) {
    this.#writer = writer
    this.#local = local
    this.#speakingFor = readSpeakingFor(local())
  }

  /** Every statement, newest first; replaced whole on each change. */
  get all(): Statement[] {
    return this.#all
  }
  set all(statements: readonly Statement[]) {
    this.#all = newestFirst(statements)
  }

  /** The delegation's name as last given, which a new statement starts with ("" if none). */
  get speakingFor(): string {
    return this.#speakingFor
  }

  /** Remembers the delegation's name for the next statement (a blank one forgets it). */
  rememberSpeakingFor(name: string): void {
    this.#speakingFor = name.trim()
    rememberSpeakingFor(this.#local(), name)
  }

  /** The statement with this id, if it exists. */
  find(id: string): Statement | undefined {
    return this.#all.find((statement) => statement.id === id)
  }

  /**
   * Stores a new statement: the fields given, the remembered delegation's name if none is, and
   * the defaults (3 minutes, 120 words a minute) for the rest. A name given is remembered.
   * Rejects with a RangeError, storing nothing, if a field is not allowed.
   */
  async create(fields: Partial<StatementFields> = {}): Promise<Statement> {
    // Components may hand over their reactive state; the database stores plain copies.
    const plain = $state.snapshot(fields) as Partial<StatementFields>
    const given = { speakingFor: this.#speakingFor, ...plain }
    const statement = await this.#writer.write((db, clock) => createStatement(db, given, clock))
    if (plain.speakingFor !== undefined) this.rememberSpeakingFor(plain.speakingFor)
    this.#show([statement])
    return statement
  }

  /**
   * Changes a statement. Autosave calls this as the delegate types, so it records no undo step
   * of its own. With `openedVersion`, the fields as the editor last saw them, a save over a field
   * another window changed since is refused: it throws a ChangedElsewhereError holding both
   * versions (and shows the stored one), the same path as session notes. Rejects with a
   * RangeError if a field is not allowed. A changed delegation's name is remembered.
   */
  async update(
    id: string,
    changes: Partial<StatementFields>,
    openedVersion?: Partial<StatementFields>
  ): Promise<Statement> {
    const plain = $state.snapshot(changes) as Partial<StatementFields>
    const seen = openedVersion && ($state.snapshot(openedVersion) as Partial<StatementFields>)
    const saved = await this.#writer.write((db, clock) =>
      updateStatement(db, id, plain, clock, seen)
    )
    if (!saved.saved) {
      this.show([saved.conflict.stored])
      throw new ChangedElsewhereError(saved.conflict)
    }
    if (plain.speakingFor !== undefined) this.rememberSpeakingFor(plain.speakingFor)
    this.#show([saved.after])
    return saved.after
  }

  /** Deletes a statement; returns a description for the undo notice, or null if it was gone. */
  async remove(id: string): Promise<string | null> {
    const deleted = await this.#writer.write((db) => deleteStatement(db, id))
    if (!deleted) return null
    const drop = () => {
      this.#all = this.#all.filter((statement) => statement.id !== id)
    }
    drop()
    const change: UndoableChange = {
      description: `Deleted statement “${statementTitle(deleted)}”`,
      undo: () =>
        this.#writer.write((db) => restoreStatement(db, deleted)).then(() => this.show([deleted])),
      redo: () => this.#writer.write((db) => deleteStatement(db, id)).then(drop)
    }
    this.#writer.record(change)
    return change.description
  }

  /** Shows statements a write elsewhere changed (or put back) in their places. */
  show(changed: readonly Statement[]): void {
    this.#show(changed)
  }

  #show(changed: readonly Statement[]): void {
    this.#all = newestFirst(replaceAll(this.#all, changed))
  }
}
