/**
 * The delegate's annotations as the app shows them: every highlight and note with its follow-up,
 * where each sits in the document, the positions they record, and the labels of the colours.
 * Changed only through the repository, by the notebook's writer, with every change undoable.
 */
import { citation } from '../document/citation'
import { positionsByParagraph, statusLabels, type FollowUpStatus } from '../follow-ups/follow-up'
import { replaceAll } from '../notebook/list-changes'
import type { NotebookWriter } from '../notebook/NotebookWriter.svelte'
import type { UndoableChange } from '../notebook/undo-history'
import { ChangedElsewhereError, changedElsewhereRemark } from '../storage/edit-conflict'
import { notFoundError } from '../storage/storage-error'
import { countOf } from '../ui/wording'
import { describePassage, type ParagraphText } from './anchor-text'
import {
  defaultColorLabels,
  type Annotation,
  type HighlightColor,
  type PassageTarget
} from './annotation'
import { annotationsOfDocument, layOutAnnotations } from './annotation-layout'
import { shippedDocumentId } from '../library/library-document'
import {
  createAnnotation,
  deleteAnnotation,
  renameColorLabel,
  restoreAnnotationsIfUnchanged,
  restoresOf,
  updateAnnotation,
  updateAnnotations,
  type AnnotationChanges,
  type AnnotationRestore,
  type AnnotationRestoreOutcome,
  type NewAnnotation
} from './annotation-repository'

/** Every annotation, kept in step with the database. */
export class AnnotationsStore {
  /**
   * Every annotation, replaced whole on each change, with each unchanged annotation kept as the
   * same object in the same place: the layout lays out again only the paragraphs a save touched.
   */
  all = $state.raw<Annotation[]>([])
  /** The label of each colour. */
  colorLabels = $state.raw<Record<HighlightColor, string>>({ ...defaultColorLabels })
  #writer: NotebookWriter
  // State only so it has a value before the constructor runs, for `layout` below.
  #paragraphs = $state.raw<readonly ParagraphText[]>([])
  /** The document the reference pane shows, which new annotations are made on. */
  #documentId = $state(shippedDocumentId)
  /** The annotations made on the document the reference pane shows. */
  inDocument = $derived(annotationsOfDocument(this.all, this.#documentId))
  /** Where each annotation of the document shown sits in it now. */
  layout = $derived(layOutAnnotations(this.inDocument, this.#paragraphs))
  /** The delegate's government's position on each paragraph of the document shown that has one. */
  positions = $derived(positionsByParagraph(this.inDocument))

  constructor(writer: NotebookWriter, paragraphs: readonly ParagraphText[]) {
    this.#writer = writer
    this.#paragraphs = paragraphs
  }

  /** The id of the document the reference pane shows. */
  get documentId(): string {
    return this.#documentId
  }

  /**
   * Follows the reference pane to another document of the library: `layout`, `positions` and
   * `inDocument` then show its annotations, laid out in its `paragraphs`, and new ones are made on it.
   */
  showDocument(documentId: string, paragraphs: readonly ParagraphText[]): void {
    this.#documentId = documentId
    this.#paragraphs = paragraphs
  }

  /** The selectors of a passage of a paragraph of the document shown, for a new highlight or note on it. */
  passageAt(paragraph: number, start: number, end: number): PassageTarget {
    const text = this.#paragraphs.find((candidate) => candidate.number === paragraph)?.text
    if (text === undefined) throw new RangeError(`There is no paragraph ${paragraph}.`)
    return describePassage(text, start, end)
  }

  /** The annotation with this id, if it exists. */
  find(id: string): Annotation | undefined {
    return this.all.find((annotation) => annotation.id === id)
  }

  /**
   * Stores a new annotation, on the document shown unless the draft names one, and shows it.
   * Throws a StorageWriteError if it could not be stored.
   */
  async create(draft: NewAnnotation): Promise<Annotation> {
    // Components may hand over their reactive state; the database stores plain copies. One on the
    // shipped summary is stored as before the library (no `documentId`, read by `documentIdOf`),
    // since backups of format 1 and 2 carry no document and must give it back unchanged.
    const onDocument =
      this.#documentId === shippedDocumentId ? {} : { documentId: this.#documentId }
    const plain = $state.snapshot({ ...onDocument, ...draft }) as NewAnnotation
    const stored = await this.#writer.write((db, clock) => createAnnotation(db, plain, clock))
    this.all = replaceAll(this.all, [stored])
    this.#writer.record({
      description: `Added annotation on ${citation(stored.paragraph)}`,
      undo: () => this.#putBack([{ id: stored.id, expected: stored, restored: undefined }]),
      redo: () => this.#putBack([{ id: stored.id, expected: undefined, restored: stored }])
    })
    return stored
  }

  /**
   * Changes an annotation, if it is still as the editor opened it (its `updatedAt` then, by
   * default the one shown now). Throws a ChangedElsewhereError, and shows the stored version, if
   * another window changed it since; a StorageWriteError if the change could not be stored.
   */
  async update(id: string, changes: AnnotationChanges, openedAt?: string): Promise<Annotation> {
    const plain = $state.snapshot(changes) as AnnotationChanges
    const saved = await this.#writer.write(async (db, clock) => {
      const current = this.find(id)
      if (!current) throw notFoundError('annotation', id)
      const opened = { id, updatedAt: openedAt ?? current.updatedAt }
      return updateAnnotation(db, opened, plain, clock)
    })
    if (!saved.saved) {
      this.show([saved.conflict.stored])
      throw new ChangedElsewhereError(saved.conflict)
    }
    const { before, after } = saved
    this.all = replaceAll(this.all, [after])
    this.#writer.record(
      this.#swap(`Edited annotation on ${citation(after.paragraph)}`, [before], [after])
    )
    return after
  }

  /** Deletes an annotation; returns a description for the undo notice. */
  async remove(id: string): Promise<string | null> {
    const deleted = await this.#writer.write((db) => deleteAnnotation(db, id))
    if (!deleted) return null
    this.#drop(id)
    const change: UndoableChange = {
      description: `Deleted annotation on ${citation(deleted.paragraph)}`,
      undo: () => this.#putBack([{ id, expected: undefined, restored: deleted }]),
      redo: () => this.#putBack([{ id, expected: deleted, restored: undefined }])
    }
    this.#writer.record(change)
    return change.description
  }

  /** Sets the status of the follow-ups among the annotations with `ids`. */
  setFollowUpStatus(ids: readonly string[], status: FollowUpStatus): Promise<string> {
    return this.changeEach(
      ids,
      (annotation) =>
        annotation.followUp && annotation.followUp.status !== status
          ? { followUp: { ...annotation.followUp, status } }
          : null,
      (count) => `Marked ${countOf(count, 'follow-up')} ${statusLabels[status]}`
    )
  }

  /** Renames a colour's label. Throws a StorageWriteError (or RangeError for a blank label). */
  async renameColor(color: HighlightColor, label: string): Promise<void> {
    if (label.trim() === '') throw new RangeError('A colour label cannot be empty.')
    this.colorLabels = await this.#writer.write((db) => renameColorLabel(db, color, label))
  }

  /**
   * Changes each of the annotations with `ids` as `change` says (null: leave it), in one write
   * and one undo step, described by `describe` from how many changed; returns the description.
   * Records no undo step when nothing changed.
   */
  async changeEach(
    ids: readonly string[],
    change: (annotation: Annotation) => AnnotationChanges | null,
    describe: (count: number) => string
  ): Promise<string> {
    const { before, after } = await this.#writer.write((db, clock) =>
      updateAnnotations(db, ids, change, clock)
    )
    this.all = replaceAll(this.all, after)
    const description = describe(after.length)
    if (after.length > 0) this.#writer.record(this.#swap(description, before, after))
    return description
  }

  /** Shows annotations a write of another store changed (or put back) in their places. */
  show(changed: readonly Annotation[]): void {
    this.all = replaceAll(this.all, changed)
  }

  /**
   * Shows what an undo or redo put back (see `restoreAnnotationsIfUnchanged`), and returns what it
   * says about annotations another window had changed since, if any.
   */
  showRestored(outcome: AnnotationRestoreOutcome): string | undefined {
    this.show([...outcome.stored, ...outcome.changedElsewhere])
    const gone = [...outcome.deleted, ...outcome.deletedElsewhere.map(({ id }) => id)]
    if (gone.length > 0) this.all = this.all.filter((annotation) => !gone.includes(annotation.id))
    const elsewhere = [...outcome.changedElsewhere, ...outcome.deletedElsewhere]
    if (elsewhere.length === 0) return undefined
    const what =
      elsewhere.length === 1
        ? `the annotation on ${citation(elsewhere[0].paragraph)}`
        : countOf(elsewhere.length, 'annotation')
    return changedElsewhereRemark(what, elsewhere.length > 1)
  }

  /** Puts annotations back as an undo or redo does, and shows them; resolves to its remark. */
  #putBack(restores: readonly AnnotationRestore[]): Promise<string | undefined> {
    return this.#writer
      .write((db, clock) => restoreAnnotationsIfUnchanged(db, restores, clock))
      .then((outcome) => this.showRestored(outcome))
  }

  /** An undo step that puts `before` back, and a redo that puts `after` back again. */
  #swap(
    description: string,
    before: readonly Annotation[],
    after: readonly Annotation[]
  ): UndoableChange {
    return {
      description,
      undo: () => this.#putBack(restoresOf(after, before)),
      redo: () => this.#putBack(restoresOf(before, after))
    }
  }

  #drop(id: string): void {
    this.all = this.all.filter((annotation) => annotation.id !== id)
  }
}
