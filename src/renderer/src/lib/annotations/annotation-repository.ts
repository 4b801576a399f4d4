/**
 * Every write to annotations and colour labels, each in one transaction. Components and stores
 * call these; nothing else writes to the database.
 */
import type { FollowUp, Position } from '../follow-ups/follow-up'
import { commitOnceIssued, type NotesDatabase } from '../storage/database'
import { keepBothTexts, type GuardedSave } from '../storage/edit-conflict'
import { notFoundError } from '../storage/storage-error'
import { writeTransaction } from '../storage/write-transaction'
import { colorLabelsKey } from './color-labels'
import {
  defaultColorLabels,
  highlightColors,
  type Annotation,
  type HighlightColor,
  type PassageTarget
} from './annotation'

/** What the delegate supplies for a new annotation. */
export interface NewAnnotation {
  /** The document it is made on (library-document.ts); left out, it is not written. */
  documentId?: string
  paragraph: number
  target: PassageTarget | null
  /** The colour chosen, or null for none. */
  color: HighlightColor | null
  note: string
  tags?: string[]
  followUp?: FollowUp | null
  position?: Position | null
}

/** What an edit may change. */
export type AnnotationChanges = Partial<
  Pick<Annotation, 'note' | 'color' | 'tags' | 'followUp' | 'position'>
>

/** A change to many annotations at once, with every one before and after, for undo. */
export interface BulkChange {
  before: Annotation[]
  after: Annotation[]
}

/** Where new ids and times come from, so tests can fix them. */
export interface RepositoryClock {
  now(): Date
  newId(): string
}

/** The real clock: the system time and random UUIDs. */
export const systemClock: RepositoryClock = {
  now: () => new Date(),
  newId: () => crypto.randomUUID()
}

export { colorLabelsKey } from './color-labels'

/** Stores a new annotation and returns it as stored. */
export async function createAnnotation(
  db: NotesDatabase,
  draft: NewAnnotation,
  clock: RepositoryClock = systemClock
): Promise<Annotation> {
  const time = clock.now().toISOString()
  const annotation: Annotation = {
    id: clock.newId(),
    paragraph: draft.paragraph,
    target: draft.target,
    color: draft.color,
    note: draft.note,
    tags: draft.tags ? [...draft.tags] : [],
    createdAt: time,
    updatedAt: time
  }
  // Stored only when given, so an annotation without them looks as it did in version 1.
  if (draft.followUp !== undefined) annotation.followUp = draft.followUp
  if (draft.position !== undefined) annotation.position = draft.position
  if (draft.documentId !== undefined) annotation.documentId = draft.documentId
  await writeTransaction(db, [db.annotations], () =>
    commitOnceIssued(db.annotations.add(annotation))
  )
  return annotation
}

/**
 * Applies `changes` to the annotation `opened` names, if it is still as it was when the editor
 * opened it (the same `updatedAt`), and returns it before and after, so the change can be undone.
 * If another window has saved it since, writes nothing and returns both versions instead; if it
 * is gone, fails with a RecordGoneError. The check is one keyed read in the write's own
 * transaction: commit c69514f had dropped that read for speed (Save to confirmed 19.3 to 16.3 ms)
 * when the notebook was the only writer there could be, but a second window is another.
 */
export function updateAnnotation(
  db: NotesDatabase,
  opened: Pick<Annotation, 'id' | 'updatedAt'>,
  changes: AnnotationChanges,
  clock: RepositoryClock = systemClock
): Promise<GuardedSave<Annotation>> {
  return writeTransaction(db, [db.annotations], async (): Promise<GuardedSave<Annotation>> => {
    const stored = await db.annotations.get(opened.id)
    if (!stored) throw notFoundError('annotation', opened.id)
    const after: Annotation = { ...stored, ...changes, updatedAt: clock.now().toISOString() }
    if (stored.updatedAt !== opened.updatedAt) {
      return { saved: false, conflict: { stored, attempted: after } }
    }
    await commitOnceIssued(db.annotations.put(after))
    return { saved: true, before: stored, after }
  })
}

/**
 * Applies `change` to each of the annotations with `ids`, in one transaction: either all of them
 * change or none does. `change` returns the new version, or null to leave one as it is; those
 * left alone, and ids that no longer exist, are not in the result.
 */
export function updateAnnotations(
  db: NotesDatabase,
  ids: readonly string[],
  change: (annotation: Annotation) => AnnotationChanges | null,
  clock: RepositoryClock = systemClock
): Promise<BulkChange> {
  return writeTransaction(db, [db.annotations], async () => {
    const time = clock.now().toISOString()
    const before: Annotation[] = []
    const after: Annotation[] = []
    for (const annotation of await db.annotations.bulkGet([...ids])) {
      if (!annotation) continue
      const changes = change(annotation)
      if (!changes) continue
      before.push(annotation)
      after.push({ ...annotation, ...changes, updatedAt: time })
    }
    await db.annotations.bulkPut(after)
    return { before, after }
  })
}

/** One annotation an undo or redo puts back. */
export interface AnnotationRestore {
  id: string
  /** The annotation as this window's change left it; undefined where that change deleted it. */
  expected: Annotation | undefined
  /** What to put back; undefined to delete it. */
  restored: Annotation | undefined
}

/** What an undo or redo did with its annotations. */
export interface AnnotationRestoreOutcome {
  /** The annotations now stored that it put back or joined the texts of. */
  stored: Annotation[]
  /** The ids it deleted. */
  deleted: string[]
  /**
   * The annotations another window had changed since, as stored now: each kept as that window
   * left it, with the note put back here added after its own where the two differ
   * (`keepBothTexts`), so that neither text is lost.
   */
  changedElsewhere: Annotation[]
  /** The annotations another window had deleted since, left deleted, as this window had them. */
  deletedElsewhere: Annotation[]
}

/** The restores that put `restored` back over `expected`, as a change to many left them. */
export function restoresOf(
  expected: readonly Annotation[],
  restored: readonly Annotation[]
): AnnotationRestore[] {
  const left = new Map(expected.map((annotation) => [annotation.id, annotation]))
  return restored.map((annotation) => ({
    id: annotation.id,
    expected: left.get(annotation.id),
    restored: annotation
  }))
}

/**
 * Puts annotations back as an undo or redo does, in one transaction, but only those still as this
 * window's change left them: one another window has changed since keeps that window's version
 * (with the note put back here added after its own), so that an undo never writes over another
 * window's text unseen.
 */
export function restoreAnnotationsIfUnchanged(
  db: NotesDatabase,
  restores: readonly AnnotationRestore[],
  clock: RepositoryClock = systemClock
): Promise<AnnotationRestoreOutcome> {
  return writeTransaction(db, [db.annotations], async () => {
    const outcome: AnnotationRestoreOutcome = {
      stored: [],
      deleted: [],
      changedElsewhere: [],
      deletedElsewhere: []
    }
    const current = await db.annotations.bulkGet(restores.map(({ id }) => id))
    restores.forEach(({ id, expected, restored }, index) => {
      const now = current[index]
      if (now?.updatedAt === expected?.updatedAt) {
        if (restored) outcome.stored.push(restored)
        else if (now) outcome.deleted.push(id)
        return
      }
      if (!now) return void (expected && outcome.deletedElsewhere.push(expected))
      const note = restored ? keepBothTexts(now.note, restored.note) : now.note
      const kept = note === now.note ? now : { ...now, note, updatedAt: clock.now().toISOString() }
      if (kept !== now) outcome.stored.push(kept)
      outcome.changedElsewhere.push(kept)
    })
    await db.annotations.bulkPut(outcome.stored)
    await db.annotations.bulkDelete(outcome.deleted)
    return outcome
  })
}

/** Deletes an annotation and returns what was deleted (for undo), or undefined if it was not there. */
export function deleteAnnotation(db: NotesDatabase, id: string): Promise<Annotation | undefined> {
  return writeTransaction(db, [db.annotations], async () => {
    const existing = await db.annotations.get(id)
    if (existing) await db.annotations.delete(id)
    return existing
  })
}

/** The colour labels in a stored setting's value, with the defaults for any not renamed. */
export function colorLabelsFrom(stored: unknown): Record<HighlightColor, string> {
  const labels = { ...defaultColorLabels }
  if (typeof stored === 'object' && stored !== null) {
    for (const color of highlightColors) {
      const label: unknown = (stored as Record<string, unknown>)[color]
      if (typeof label === 'string' && label.trim() !== '') labels[color] = label
    }
  }
  return labels
}

/** The colour labels, with the defaults for any the delegate has not renamed. */
export async function loadColorLabels(db: NotesDatabase): Promise<Record<HighlightColor, string>> {
  return colorLabelsFrom((await db.settings.get(colorLabelsKey))?.value)
}

/** Renames one colour's label; a blank label is refused with a RangeError. Returns all labels. */
export async function renameColorLabel(
  db: NotesDatabase,
  color: HighlightColor,
  label: string
): Promise<Record<HighlightColor, string>> {
  const trimmed = label.trim()
  if (trimmed === '') throw new RangeError('A colour label cannot be empty.')
  return writeTransaction(db, [db.settings], async () => {
    const labels = { ...(await loadColorLabels(db)), [color]: trimmed }
    await db.settings.put({ key: colorLabelsKey, value: labels })
    return labels
  })
}
