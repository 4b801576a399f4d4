/**
 * The tags the delegate uses on annotations and session notes: which are in use and how often,
 * the spelling a new tag is stored in, and changes to tags across many items (tag or untag the
 * chosen annotations, rename or delete a tag everywhere), each one undoable step.
 */
import type { Annotation } from '../annotations/annotation'
import { restoresOf, type AnnotationRestore } from '../annotations/annotation-repository'
import { StoreOverNotes } from '../notebook/store-over-notes'
import type { SessionNote } from '../session-notes/session-note'
import { countOf } from '../ui/wording'
import { addTags, cleanTag, hasTag, removeTag, tagProblem, tagUsage } from './tag-names'
import { deleteTag, renameTag, restoreTaggedItems, type TagChange } from './tag-repository'

/** How many annotations and session notes a tag change touched. */
function itemsIn(change: TagChange): number {
  return change.annotations.after.length + change.sessionNotes.after.length
}

/** The tags on the notebook's annotations and session notes. */
export class TagsStore extends StoreOverNotes {
  /** Every tag in use, with how many annotations and session notes carry it. */
  // Derived lazily, so read after StoreOverNotes's constructor has set the stores it reads.
  all = $derived.by(() => tagUsage([...this.annotations.all, ...this.sessionNotes.all]))

  /**
   * Tags as they will be stored: each in the spelling already in use for it, no two alike.
   * Throws a RangeError naming the first tag that cannot be stored.
   */
  asStored(current: readonly string[], typed: readonly string[]): string[] {
    for (const tag of typed) {
      const problem = tagProblem(tag)
      if (problem) throw new RangeError(problem)
    }
    return addTags(
      current,
      typed.map(cleanTag),
      this.all.map((usage) => usage.tag)
    )
  }

  /** Adds a tag to each of the annotations with `ids`; returns a description of what changed. */
  apply(ids: readonly string[], typed: string): Promise<string> {
    const problem = tagProblem(typed)
    if (problem) return Promise.reject(new RangeError(problem))
    const [tag] = this.asStored([], [typed])
    return this.annotations.changeEach(
      ids,
      (annotation) =>
        hasTag(annotation.tags, tag) ? null : { tags: this.asStored(annotation.tags, [tag]) },
      (count) => `Tagged ${countOf(count, 'annotation')} “${tag}”`
    )
  }

  /** Removes a tag from each of the annotations with `ids`. */
  removeFrom(ids: readonly string[], tag: string): Promise<string> {
    return this.annotations.changeEach(
      ids,
      (annotation) =>
        hasTag(annotation.tags, tag) ? { tags: removeTag(annotation.tags, tag) } : null,
      (count) => `Removed “${tag}” from ${countOf(count, 'annotation')}`
    )
  }

  /** Renames a tag everywhere, merging it into `to` if that tag exists. */
  async rename(from: string, to: string): Promise<string> {
    const problem = tagProblem(to)
    if (problem) throw new RangeError(problem)
    const [spelling] = addTags(
      [],
      [cleanTag(to)],
      this.all.filter((usage) => !hasTag([usage.tag], from)).map((usage) => usage.tag)
    )
    const change = await this.writer.write((db, clock) => renameTag(db, from, spelling, clock))
    return this.#record(
      change,
      `Renamed “${from}” to “${spelling}” on ${countOf(itemsIn(change), 'item')}`
    )
  }

  /** Removes a tag from every item. */
  async delete(tag: string): Promise<string> {
    const change = await this.writer.write((db, clock) => deleteTag(db, tag, clock))
    return this.#record(change, `Deleted the tag “${tag}” from ${countOf(itemsIn(change), 'item')}`)
  }

  /** Shows a tag change and records its undo step (none if it touched nothing). */
  #record(change: TagChange, description: string): string {
    const show = (annotations: readonly Annotation[], notes: readonly SessionNote[]) => {
      this.annotations.show(annotations)
      this.sessionNotes.show(notes)
    }
    show(change.annotations.after, change.sessionNotes.after)
    if (itemsIn(change) === 0) return description
    const restore = (annotations: AnnotationRestore[], notes: SessionNote[]) =>
      this.writer
        .write((db, clock) => restoreTaggedItems(db, annotations, notes, clock))
        .then((stored) => {
          this.sessionNotes.show(stored.sessionNotes)
          return this.annotations.showRestored(stored.annotations)
        })
    const { before, after } = change.annotations
    this.writer.record({
      description,
      undo: () => restore(restoresOf(after, before), change.sessionNotes.before),
      redo: () => restore(restoresOf(before, after), change.sessionNotes.after)
    })
    return description
  }
}
