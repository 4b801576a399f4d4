/**
 * Every write to session notes, each in one transaction. The session notes store calls these;
 * nothing else writes the table.
 */
import type { RepositoryClock } from '../annotations/annotation-repository'
import { systemClock } from '../annotations/annotation-repository'
import type { NotesDatabase } from '../storage/database'
import { writeTransaction } from '../storage/write-transaction'
import type { GuardedSave } from '../storage/edit-conflict'
import { notFoundError } from '../storage/storage-error'
import type { SessionNote } from './session-note'

/** What an edit may change: everything the delegate types or picks. */
export type SessionNoteFields = Pick<
  SessionNote,
  'title' | 'body' | 'agendaItemId' | 'sessionDay' | 'tags'
>

/** Every session note, in no particular order. */
export function loadSessionNotes(db: NotesDatabase): Promise<SessionNote[]> {
  return db.sessionNotes.toArray()
}

/** Stores a new session note and returns it as stored. */
export async function createSessionNote(
  db: NotesDatabase,
  fields: SessionNoteFields,
  clock: RepositoryClock = systemClock
): Promise<SessionNote> {
  const time = clock.now().toISOString()
  const note: SessionNote = {
    id: clock.newId(),
    ...fields,
    tags: [...fields.tags],
    createdAt: time,
    updatedAt: time
  }
  await writeTransaction(db, [db.sessionNotes], () => db.sessionNotes.add(note))
  return note
}

/**
 * Applies `changes` to a session note and returns it before and after, if each field it changes
 * still holds what `base` says the editor last saw. If another window has changed one of those
 * fields since, writes nothing and returns both versions instead. Fields the save does not touch
 * are not compared: autosave writes only what was typed, and a change to the others (a tag renamed
 * in this window, say) is kept rather than refused. Fails with a RecordGoneError if the note is
 * gone. Without `base` the change is applied whatever the note holds.
 */
export function updateSessionNote(
  db: NotesDatabase,
  id: string,
  changes: Partial<SessionNoteFields>,
  clock: RepositoryClock = systemClock,
  base?: Partial<SessionNoteFields>
): Promise<GuardedSave<SessionNote>> {
  return writeTransaction(db, [db.sessionNotes], async (): Promise<GuardedSave<SessionNote>> => {
    const before = await db.sessionNotes.get(id)
    if (!before) throw notFoundError('session note', id)
    const after: SessionNote = { ...before, ...changes, updatedAt: clock.now().toISOString() }
    if (base && changedSince(before, base, Object.keys(changes) as (keyof SessionNoteFields)[])) {
      return { saved: false, conflict: { stored: before, attempted: after } }
    }
    await db.sessionNotes.put(after)
    return { saved: true, before, after }
  })
}

/** Whether any of `fields` of `stored` differs from what `base` says it held. */
function changedSince(
  stored: SessionNote,
  base: Partial<SessionNoteFields>,
  fields: readonly (keyof SessionNoteFields)[]
): boolean {
  return fields.some((field) => field in base && !sameField(stored[field], base[field]))
}

/** Whether two values of a session note's field are the same (tags are compared in order). */
function sameField(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Deletes a session note and returns it (for undo), or undefined if it was not there. With
 * `expected` (a redo of a delete passes the note as it put it back), deletes it only if it is
 * still that version, and otherwise returns it as stored, kept: another window's text since is
 * never deleted unseen.
 */
export function deleteSessionNote(
  db: NotesDatabase,
  id: string,
  expected?: Pick<SessionNote, 'updatedAt'>
): Promise<SessionNote | undefined> {
  return writeTransaction(db, [db.sessionNotes], async () => {
    const existing = await db.sessionNotes.get(id)
    if (existing && expected && existing.updatedAt !== expected.updatedAt) return existing
    if (existing) await db.sessionNotes.delete(id)
    return existing
  })
}

/** Puts a session note back exactly as it was (undoing a delete or an edit). */
export async function restoreSessionNote(db: NotesDatabase, note: SessionNote): Promise<void> {
  await writeTransaction(db, [db.sessionNotes], () => db.sessionNotes.put(note))
}

/**
 * Puts one field of each given note back on the note as it is now, leaving everything else as
 * typed since: undoing a tag change or an agenda item's removal must not undo autosaved typing.
 * Runs inside the caller's transaction, which must include the session notes table. Returns the
 * notes as stored; notes deleted since are skipped.
 */
export async function restoreSessionNoteField(
  db: NotesDatabase,
  notes: readonly SessionNote[],
  field: 'tags' | 'agendaItemId'
): Promise<SessionNote[]> {
  const current = await db.sessionNotes.bulkGet(notes.map((note) => note.id))
  const restored: SessionNote[] = []
  notes.forEach((note, index) => {
    const now = current[index]
    if (!now) return
    // Untouched since: put it back exactly, update time included.
    const untouched = (Object.keys({ ...now, ...note }) as (keyof SessionNote)[]).every(
      (key) => key === field || key === 'updatedAt' || sameField(now[key], note[key])
    )
    restored.push(untouched ? note : { ...now, [field]: note[field] })
  })
  await db.sessionNotes.bulkPut(restored)
  return restored
}
