/**
 * Every write to statements, each in one transaction. The statements store calls these; nothing
 * else writes the table. Fields are checked before anything is written (statement.ts).
 */
import type { RepositoryClock } from '../annotations/annotation-repository'
import { systemClock } from '../annotations/annotation-repository'
import type { NotesDatabase } from '../storage/database'
import type { GuardedSave } from '../storage/edit-conflict'
import { notFoundError } from '../storage/storage-error'
import { writeTransaction } from '../storage/write-transaction'
import {
  newStatement,
  statementFieldNames,
  statementFieldsProblem,
  wellFormedFields,
  type Statement,
  type StatementFields
} from './statement'

/** Every statement, in no particular order. */
export function loadStatements(db: NotesDatabase): Promise<Statement[]> {
  return db.statements.toArray()
}

/**
 * Stores a new statement (the defaults for any field not given) and returns it as stored.
 * Rejects with a RangeError, writing nothing, if a field is not allowed.
 */
export async function createStatement(
  db: NotesDatabase,
  fields: Partial<StatementFields>,
  clock: RepositoryClock = systemClock
): Promise<Statement> {
  const statement = newStatement(fields, clock.now(), clock.newId())
  await writeTransaction(db, [db.statements], () => db.statements.add(statement))
  return statement
}

/**
 * Applies `changes` to a statement and returns it before and after, if each field it changes
 * still holds what `base` (the fields as the editor last saw them) says. If another window has
 * changed one of those fields since, writes nothing and returns both versions instead; fields the
 * save does not touch are not compared. Without `base` the change is applied whatever the
 * statement holds. Rejects with a RangeError if a changed field is not allowed, and with a
 * RecordGoneError if the statement is gone.
 */
export function updateStatement(
  db: NotesDatabase,
  id: string,
  changes: Partial<StatementFields>,
  clock: RepositoryClock = systemClock,
  base?: Partial<StatementFields>
): Promise<GuardedSave<Statement>> {
  const checked = wellFormedFields(onlyFields(changes))
  const problem = statementFieldsProblem(checked)
  if (problem) return Promise.reject(new RangeError(problem))
  return writeTransaction(db, [db.statements], async (): Promise<GuardedSave<Statement>> => {
    const before = await db.statements.get(id)
    if (!before) throw notFoundError('statement', id)
    const after: Statement = { ...before, ...checked, updatedAt: clock.now().toISOString() }
    const compared = Object.keys(checked) as (keyof StatementFields)[]
    if (base && compared.some((field) => field in base && before[field] !== base[field])) {
      return { saved: false, conflict: { stored: before, attempted: after } }
    }
    await db.statements.put(after)
    return { saved: true, before, after }
  })
}

/** Only the editable fields of `changes`: an id or a time passed along is not written. */
function onlyFields(changes: Partial<StatementFields>): Partial<StatementFields> {
  const fields: Partial<StatementFields> = {}
  for (const field of statementFieldNames) {
    if (changes[field] !== undefined) Object.assign(fields, { [field]: changes[field] })
  }
  return fields
}

/** Deletes a statement and returns it (for undo), or undefined if it was not there. */
export function deleteStatement(db: NotesDatabase, id: string): Promise<Statement | undefined> {
  return writeTransaction(db, [db.statements], async () => {
    const existing = await db.statements.get(id)
    if (existing) await db.statements.delete(id)
    return existing
  })
}

/** Puts a statement back exactly as it was (undoing a delete). */
export async function restoreStatement(db: NotesDatabase, statement: Statement): Promise<void> {
  await writeTransaction(db, [db.statements], () => db.statements.put(statement))
}
