/**
 * Every write to annotations and colour labels, each in one transaction. Components and stores
 * call these; nothing else writes to the database.
 */
import type { NotesDatabase } from '../storage/database'
import {
  defaultColorLabels,
  highlightColors,
  type Annotation,
  type HighlightColor,
  type PassageTarget
} from './annotation'

/** What the delegate supplies for a new annotation. */
export interface NewAnnotation {
  paragraph: number
  target: PassageTarget | null
  color: HighlightColor
  note: string
}

/** What an edit may change. */
export type AnnotationChanges = Partial<Pick<Annotation, 'note' | 'color' | 'tags'>>

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

const colorLabelsKey = 'colorLabels'

/** Every annotation, in no particular order. */
export function loadAnnotations(db: NotesDatabase): Promise<Annotation[]> {
  return db.annotations.toArray()
}

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
    tags: [],
    createdAt: time,
    updatedAt: time
  }
  await db.transaction('rw', db.annotations, () => db.annotations.add(annotation))
  return annotation
}

/**
 * Applies `changes` to an annotation and returns `{ before, after }`, so the change can be undone.
 * Fails with a NotFoundError if the annotation is gone.
 */
export async function updateAnnotation(
  db: NotesDatabase,
  id: string,
  changes: AnnotationChanges,
  clock: RepositoryClock = systemClock
): Promise<{ before: Annotation; after: Annotation }> {
  return db.transaction('rw', db.annotations, async () => {
    const before = await db.annotations.get(id)
    if (!before) throw Object.assign(new Error(`No annotation ${id}`), { name: 'NotFoundError' })
    const after: Annotation = { ...before, ...changes, updatedAt: clock.now().toISOString() }
    await db.annotations.put(after)
    return { before, after }
  })
}

/** Deletes an annotation and returns what was deleted (for undo), or undefined if it was not there. */
export function deleteAnnotation(db: NotesDatabase, id: string): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const existing = await db.annotations.get(id)
    if (existing) await db.annotations.delete(id)
    return existing
  })
}

/** Puts an annotation back exactly as it was (undoing a delete or an edit). */
export async function restoreAnnotation(db: NotesDatabase, annotation: Annotation): Promise<void> {
  await db.transaction('rw', db.annotations, () => db.annotations.put(annotation))
}

/** The colour labels, with the defaults for any the delegate has not renamed. */
export async function loadColorLabels(db: NotesDatabase): Promise<Record<HighlightColor, string>> {
  const stored = (await db.settings.get(colorLabelsKey))?.value
  const labels = { ...defaultColorLabels }
  if (typeof stored === 'object' && stored !== null) {
    for (const color of highlightColors) {
      const label: unknown = (stored as Record<string, unknown>)[color]
      if (typeof label === 'string' && label.trim() !== '') labels[color] = label
    }
  }
  return labels
}

/** Renames one colour's label; a blank label is refused with a RangeError. Returns all labels. */
export async function renameColorLabel(
  db: NotesDatabase,
  color: HighlightColor,
  label: string
): Promise<Record<HighlightColor, string>> {
  const trimmed = label.trim()
  if (trimmed === '') throw new RangeError('A colour label cannot be empty.')
  return db.transaction('rw', db.settings, async () => {
    const labels = { ...(await loadColorLabels(db)), [color]: trimmed }
    await db.settings.put({ key: colorLabelsKey, value: labels })
    return labels
  })
}
