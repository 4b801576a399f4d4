/**
 * The delegate's annotations as the app shows them: loaded from the database, laid out on the
 * document, changed only through the repository, with every change undoable. Components reach
 * it through typed context.
 */
import { getContext, setContext } from 'svelte'
import type { NotesDatabase } from '../storage/database'
import { describeStorageError, StorageWriteError } from '../storage/storage-error'
import {
  defaultColorLabels,
  type Annotation,
  type HighlightColor,
  type PassageTarget
} from './annotation'
import { layOutAnnotations } from './annotation-layout'
import { describePassage, type ParagraphText } from './anchor-text'
import {
  createAnnotation,
  deleteAnnotation,
  loadAnnotations,
  loadColorLabels,
  renameColorLabel,
  restoreAnnotation,
  updateAnnotation,
  type AnnotationChanges,
  type NewAnnotation,
  type RepositoryClock,
  systemClock
} from './annotation-repository'
import { UndoHistory, type UndoableChange } from './undo-history'

const annotationsKey = Symbol('annotations')

/** The citation of a paragraph as delegates write it. */
export function citation(paragraph: number): string {
  return `para. ${paragraph}`
}

/** The annotations and colour labels, kept in step with the database. */
export class Annotations {
  /** Every annotation, replaced whole on each change. */
  all = $state.raw<Annotation[]>([])
  /** The label of each colour. */
  colorLabels = $state.raw<Record<HighlightColor, string>>({ ...defaultColorLabels })
  /** Whether the stored annotations have been read. */
  loaded = $state(false)
  #db: NotesDatabase
  // State only so it has a value before the constructor runs, for `layout` below.
  #paragraphs = $state.raw<readonly ParagraphText[]>([])
  /** Where each annotation sits in the document now. */
  layout = $derived(layOutAnnotations(this.all, this.#paragraphs))
  #clock: RepositoryClock
  #history = new UndoHistory()

  constructor(
    db: NotesDatabase,
    paragraphs: readonly ParagraphText[],
    clock: RepositoryClock = systemClock
  ) {
    this.#db = db
    this.#paragraphs = paragraphs
    this.#clock = clock
  }

  /** Reads the stored annotations and colour labels. */
  async load(): Promise<void> {
    const [annotations, labels] = await Promise.all([
      loadAnnotations(this.#db),
      loadColorLabels(this.#db)
    ])
    this.all = annotations
    this.colorLabels = labels
    this.loaded = true
  }

  /** The selectors of a passage of a paragraph, for a new highlight or note on it. */
  passageAt(paragraph: number, start: number, end: number): PassageTarget {
    const text = this.#paragraphs.find((candidate) => candidate.number === paragraph)?.text
    if (text === undefined) throw new RangeError(`There is no paragraph ${paragraph}.`)
    return describePassage(text, start, end)
  }

  /** The annotation with this id, if it exists. */
  find(id: string): Annotation | undefined {
    return this.all.find((annotation) => annotation.id === id)
  }

  /** Stores a new annotation and shows it. Throws a StorageWriteError if it could not be stored. */
  async create(draft: NewAnnotation): Promise<Annotation> {
    const created = await this.#write(() => createAnnotation(this.#db, draft, this.#clock))
    this.#replace(created.id, created)
    this.#history.record({
      description: `Added annotation on ${citation(created.paragraph)}`,
      undo: () =>
        this.#write(async () => void (await deleteAnnotation(this.#db, created.id))).then(() =>
          this.#replace(created.id, null)
        ),
      redo: () =>
        this.#write(() => restoreAnnotation(this.#db, created)).then(() =>
          this.#replace(created.id, created)
        )
    })
    return created
  }

  /** Changes an annotation. Throws a StorageWriteError if the change could not be stored. */
  async update(id: string, changes: AnnotationChanges): Promise<Annotation> {
    const { before, after } = await this.#write(() =>
      updateAnnotation(this.#db, id, changes, this.#clock)
    )
    this.#replace(id, after)
    this.#history.record(
      this.#swap(`Edited annotation on ${citation(after.paragraph)}`, before, after)
    )
    return after
  }

  /** Deletes an annotation; returns a description for the undo notice. */
  async remove(id: string): Promise<string | null> {
    const deleted = await this.#write(() => deleteAnnotation(this.#db, id))
    if (!deleted) return null
    this.#replace(id, null)
    const change: UndoableChange = {
      description: `Deleted annotation on ${citation(deleted.paragraph)}`,
      undo: () =>
        this.#write(() => restoreAnnotation(this.#db, deleted)).then(() =>
          this.#replace(id, deleted)
        ),
      redo: () =>
        this.#write(() => deleteAnnotation(this.#db, id)).then(() => this.#replace(id, null))
    }
    this.#history.record(change)
    return change.description
  }

  /** Undoes the latest change; returns what was undone, or null if nothing was. */
  async undo(): Promise<string | null> {
    return (await this.#history.undo())?.description ?? null
  }

  /** Redoes the latest undone change; returns what was redone, or null. */
  async redo(): Promise<string | null> {
    return (await this.#history.redo())?.description ?? null
  }

  /** Renames a colour's label. Throws a StorageWriteError (or RangeError for a blank label). */
  async renameColor(color: HighlightColor, label: string): Promise<void> {
    if (label.trim() === '') throw new RangeError('A colour label cannot be empty.')
    this.colorLabels = await this.#write(() => renameColorLabel(this.#db, color, label))
  }

  #swap(description: string, before: Annotation, after: Annotation): UndoableChange {
    return {
      description,
      undo: () =>
        this.#write(() => restoreAnnotation(this.#db, before)).then(() =>
          this.#replace(before.id, before)
        ),
      redo: () =>
        this.#write(() => restoreAnnotation(this.#db, after)).then(() =>
          this.#replace(after.id, after)
        )
    }
  }

  /** Puts `annotation` in place of the one with `id` (adding it if new), or removes it when null. */
  #replace(id: string, annotation: Annotation | null): void {
    const others = this.all.filter((existing) => existing.id !== id)
    this.all = annotation ? [...others, annotation] : others
  }

  async #write<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation()
    } catch (error) {
      throw new StorageWriteError(describeStorageError(error), { cause: error })
    }
  }
}

/** Makes `annotations` available to every component below the caller. */
export function provideAnnotations(annotations: Annotations): Annotations {
  return setContext(annotationsKey, annotations)
}

/** The annotations provided by an ancestor component. */
export function useAnnotations(): Annotations {
  const annotations = getContext<Annotations | undefined>(annotationsKey)
  if (!annotations)
    throw new Error('useAnnotations() needs provideAnnotations() in an ancestor component.')
  return annotations
}
