/**
 * Every write to the delegate's list of agenda items, each in one transaction. Removing an item
 * also clears it from the follow-ups and session notes that named it, in the same transaction.
 */
import type { Annotation } from '../annotations/annotation'
import {
  restoreAnnotationsIfUnchanged,
  restoresOf,
  systemClock,
  type AnnotationRestoreOutcome,
  type RepositoryClock
} from '../annotations/annotation-repository'
import type { SessionNote } from '../session-notes/session-note'
import { restoreSessionNoteField } from '../session-notes/session-note-repository'
import type { NotesDatabase } from '../storage/database'
import { writeTransaction } from '../storage/write-transaction'
import { notFoundError } from '../storage/storage-error'
import type { AgendaItem } from './agenda-item'

/** The agenda items in the delegate's order. */
export async function loadAgendaItems(db: NotesDatabase): Promise<AgendaItem[]> {
  return sortAgendaItems(await db.agendaItems.toArray())
}

/** Agenda items in the delegate's order, then by label. */
export function sortAgendaItems(items: readonly AgendaItem[]): AgendaItem[] {
  return [...items].sort(
    (a, b) => a.order - b.order || a.label.localeCompare(b.label, 'en', { numeric: true })
  )
}

/** Why a label or title cannot be stored, or null when it can. */
export function agendaItemProblem(label: string, title: string): string | null {
  if (label.trim() === '') return 'An agenda item needs a label, such as "Item 5".'
  if (label.length > 80) return 'An agenda item’s label cannot be longer than 80 characters.'
  if (title.length > 1000) return 'An agenda item’s title cannot be longer than 1,000 characters.'
  return null
}

/** Adds an agenda item at the end of the list. Throws a RangeError for a blank label. */
export async function addAgendaItem(
  db: NotesDatabase,
  label: string,
  title: string,
  clock: RepositoryClock = systemClock
): Promise<AgendaItem> {
  const problem = agendaItemProblem(label, title)
  if (problem) throw new RangeError(problem)
  return writeTransaction(db, [db.agendaItems], async () => {
    const last = Math.max(0, ...(await db.agendaItems.toArray()).map((item) => item.order))
    const item: AgendaItem = {
      id: clock.newId(),
      label: label.trim(),
      title: title.trim(),
      order: last + 1
    }
    await db.agendaItems.add(item)
    return item
  })
}

/** Changes an agenda item's label and title. Throws a RangeError for a blank label. */
export function renameAgendaItem(
  db: NotesDatabase,
  id: string,
  label: string,
  title: string
): Promise<AgendaItem> {
  const problem = agendaItemProblem(label, title)
  if (problem) return Promise.reject(new RangeError(problem))
  return writeTransaction(db, [db.agendaItems], async () => {
    const before = await db.agendaItems.get(id)
    if (!before) throw notFoundError('agenda item', id)
    const after = { ...before, label: label.trim(), title: title.trim() }
    await db.agendaItems.put(after)
    return after
  })
}

/** What removing an agenda item changed: the item and every follow-up and session note naming it. */
export interface AgendaItemRemoval {
  item: AgendaItem
  annotations: { before: Annotation[]; after: Annotation[] }
  sessionNotes: { before: SessionNote[]; after: SessionNote[] }
}

/** Removes an agenda item, and clears it from the follow-ups and session notes that named it. */
export function removeAgendaItem(
  db: NotesDatabase,
  id: string,
  clock: RepositoryClock = systemClock
): Promise<AgendaItemRemoval | null> {
  return writeTransaction(db, [db.agendaItems, db.annotations, db.sessionNotes], async () => {
    const item = await db.agendaItems.get(id)
    if (!item) return null
    const time = clock.now().toISOString()
    // Rare, and no index names agenda items: a scan is simpler than keeping one up to date.
    const annotations = await db.annotations
      .filter((annotation) => annotation.followUp?.agendaItemId === id)
      .toArray()
    const sessionNotes = await db.sessionNotes.filter((note) => note.agendaItemId === id).toArray()
    const removal: AgendaItemRemoval = {
      item,
      annotations: {
        before: annotations,
        after: annotations.map((annotation) => ({
          ...annotation,
          followUp: annotation.followUp ? { ...annotation.followUp, agendaItemId: null } : null,
          updatedAt: time
        }))
      },
      sessionNotes: {
        before: sessionNotes,
        after: sessionNotes.map((note) => ({ ...note, agendaItemId: null, updatedAt: time }))
      }
    }
    await db.agendaItems.delete(id)
    await db.annotations.bulkPut(removal.annotations.after)
    await db.sessionNotes.bulkPut(removal.sessionNotes.after)
    return removal
  })
}

/**
 * Puts a removed agenda item back, with every follow-up as it was (where another window has not
 * changed it since: see `restoreAnnotationsIfUnchanged`) and the item named again on the session
 * notes that had it (keeping what was typed in them since). Returns the annotations' outcome and
 * those notes as stored.
 */
export function undoAgendaItemRemoval(
  db: NotesDatabase,
  removal: AgendaItemRemoval,
  clock: RepositoryClock = systemClock
): Promise<{ annotations: AnnotationRestoreOutcome; sessionNotes: SessionNote[] }> {
  return writeTransaction(db, [db.agendaItems, db.annotations, db.sessionNotes], async () => {
    await db.agendaItems.put(removal.item)
    const { before, after } = removal.annotations
    return {
      annotations: await restoreAnnotationsIfUnchanged(db, restoresOf(after, before), clock),
      sessionNotes: await restoreSessionNoteField(db, removal.sessionNotes.before, 'agendaItemId')
    }
  })
}
