/**
 * Tag changes that reach every item carrying the tag: rename (which merges into a tag that
 * already exists) and delete, over annotations and session notes in one transaction, so a
 * change is made everywhere or nowhere.
 */
import type { Annotation } from '../annotations/annotation'
import {
  restoreAnnotationsIfUnchanged,
  systemClock,
  type AnnotationRestore,
  type AnnotationRestoreOutcome,
  type RepositoryClock
} from '../annotations/annotation-repository'
import type { SessionNote } from '../session-notes/session-note'
import { restoreSessionNoteField } from '../session-notes/session-note-repository'
import type { NotesDatabase } from '../storage/database'
import { writeTransaction } from '../storage/write-transaction'
import { deleteTagIn, renameTagIn, tagKey } from './tag-names'

/** Every item a tag change touched, before and after, for undo and for the stores. */
export interface TagChange {
  annotations: { before: Annotation[]; after: Annotation[] }
  sessionNotes: { before: SessionNote[]; after: SessionNote[] }
}

/** Applies `retag` to the tags of every item carrying `tag` (found through the tag indexes). */
function changeTagEverywhere(
  db: NotesDatabase,
  tag: string,
  retag: (tags: readonly string[]) => string[] | null,
  clock: RepositoryClock
): Promise<TagChange> {
  return writeTransaction(db, [db.annotations, db.sessionNotes], async () => {
    const time = clock.now().toISOString()
    // The tag indexes list every spelling in use; those matching the tag's key (any case, spacing
    // or composition) pick out the items to change, without reading the others.
    const key = tagKey(tag)
    const spellings = async (table: typeof db.annotations | typeof db.sessionNotes) =>
      ((await table.orderBy('tags').uniqueKeys()) as string[]).filter(
        (spelling) => tagKey(spelling) === key
      )
    const [annotationSpellings, noteSpellings] = await Promise.all([
      spellings(db.annotations),
      spellings(db.sessionNotes)
    ])
    const [annotations, sessionNotes] = await Promise.all([
      db.annotations.where('tags').anyOf(annotationSpellings).toArray(),
      db.sessionNotes.where('tags').anyOf(noteSpellings).toArray()
    ])
    const change: TagChange = {
      annotations: { before: [], after: [] },
      sessionNotes: { before: [], after: [] }
    }
    // An item carrying the tag twice, in two cases, is listed once per entry in the index.
    for (const annotation of new Map(annotations.map((item) => [item.id, item])).values()) {
      const tags = retag(annotation.tags)
      if (!tags) continue
      change.annotations.before.push(annotation)
      change.annotations.after.push({ ...annotation, tags, updatedAt: time })
    }
    for (const note of new Map(sessionNotes.map((item) => [item.id, item])).values()) {
      const tags = retag(note.tags)
      if (!tags) continue
      change.sessionNotes.before.push(note)
      change.sessionNotes.after.push({ ...note, tags, updatedAt: time })
    }
    await Promise.all([
      db.annotations.bulkPut(change.annotations.after),
      db.sessionNotes.bulkPut(change.sessionNotes.after)
    ])
    return change
  })
}

/**
 * Renames `from` to `to` on every item. If `to` is a tag already in use, the two merge: an item
 * that had both keeps one. Throws a RangeError for a blank new name.
 */
export function renameTag(
  db: NotesDatabase,
  from: string,
  to: string,
  clock: RepositoryClock = systemClock
): Promise<TagChange> {
  if (to.trim() === '') return Promise.reject(new RangeError('A tag cannot be empty.'))
  return changeTagEverywhere(db, from, (tags) => renameTagIn(tags, from, to), clock)
}

/** Removes `tag` from every item. */
export function deleteTag(
  db: NotesDatabase,
  tag: string,
  clock: RepositoryClock = systemClock
): Promise<TagChange> {
  return changeTagEverywhere(db, tag, (tags) => deleteTagIn(tags, tag), clock)
}

/**
 * Puts the tags of a tag change's items back as given, in one transaction: the `before` of a
 * change undoes it, its `after` redoes it. Annotations are put back whole (every later change to
 * them is undone first, in order), if still as this window's change left them (see
 * `restoreAnnotationsIfUnchanged`); session notes get back only their tags, since their
 * autosaved text records no undo step. Returns the annotations' outcome and the session notes as
 * stored.
 */
export function restoreTaggedItems(
  db: NotesDatabase,
  annotations: readonly AnnotationRestore[],
  sessionNotes: readonly SessionNote[],
  clock: RepositoryClock = systemClock
): Promise<{ annotations: AnnotationRestoreOutcome; sessionNotes: SessionNote[] }> {
  return writeTransaction(db, [db.annotations, db.sessionNotes], async () => ({
    annotations: await restoreAnnotationsIfUnchanged(db, annotations, clock),
    sessionNotes: await restoreSessionNoteField(db, sessionNotes, 'tags')
  }))
}
