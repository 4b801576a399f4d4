/**
 * The delegate's notebook as the app shows it: annotations (with their follow-ups and positions),
 * session notes, agenda items, tags and colour labels, loaded from the database, changed only
 * through the repositories, with every change undoable. Components reach it through typed context.
 */
import { getContext, setContext } from 'svelte'
import {
  defaultColorLabels,
  type Annotation,
  type HighlightColor,
  type PassageTarget
} from '../annotations/annotation'
import { layOutAnnotations } from '../annotations/annotation-layout'
import {
  colorLabelsFrom,
  colorLabelsKey,
  createAnnotation,
  deleteAnnotation,
  loadColorLabels,
  renameColorLabel,
  restoreAnnotation,
  restoreAnnotations,
  systemClock,
  updateAnnotation,
  updateAnnotations,
  type AnnotationChanges,
  type NewAnnotation,
  type RepositoryClock
} from '../annotations/annotation-repository'
import { describePassage, type ParagraphText } from '../annotations/anchor-text'
import { UndoHistory, type UndoableChange } from '../annotations/undo-history'
import type { AgendaItem } from '../follow-ups/agenda-item'
import {
  addAgendaItem,
  loadAgendaItems,
  removeAgendaItem,
  renameAgendaItem,
  sortAgendaItems,
  undoAgendaItemRemoval
} from '../follow-ups/agenda-item-repository'
import { positionsByParagraph, statusLabels, type FollowUpStatus } from '../follow-ups/follow-up'
import type { SessionNote } from '../session-notes/session-note'
import {
  createSessionNote,
  deleteSessionNote,
  loadSessionNotes,
  restoreSessionNote,
  updateSessionNote,
  type SessionNoteFields
} from '../session-notes/session-note-repository'
import type { BackupData } from '../backup/backup-format'
import { clearAllData, readAllForBackup, restoreBackup } from '../backup/backup-repository'
import { planRestore, type RestoreMode, type RestorePlan } from '../backup/restore-plan'
import type { NotesDatabase } from '../storage/database'
import {
  readAnnotations,
  SnapshotWriter,
  type SnapshotScheduler
} from '../storage/annotation-snapshot'
import type { ShownTable } from '../storage/change-feed'
import { ChangedElsewhereError } from '../storage/edit-conflict'
import { describeStorageError, notFoundError, StorageWriteError } from '../storage/storage-error'
import { addTags, cleanTag, hasTag, removeTag, tagProblem, tagUsage } from '../tags/tag-names'
import { deleteTag, renameTag, restoreTaggedItems, type TagChange } from '../tags/tag-repository'

const notebookKey = Symbol('notebook')

/** The citation of a paragraph as delegates write it. */
export function citation(paragraph: number): string {
  return `para. ${paragraph}`
}

/** "1 item", "3 items". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`
}

/** Keeps `list` in step with a change: each of `changed` replaces the entry with its id or is added. */
function replaceAll<T extends { id: string }>(list: readonly T[], changed: readonly T[]): T[] {
  if (changed.length === 0) return [...list]
  if (changed.length === 1) {
    // One saved note, the usual change, among thousands: no lookup table for it.
    const [item] = changed
    const at = list.findIndex((candidate) => candidate.id === item.id)
    return at === -1 ? [...list, item] : list.with(at, item)
  }
  // A lookup used once and dropped, not state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const byId = new Map(changed.map((item) => [item.id, item]))
  const result = list.map((item) => {
    const replacement = byId.get(item.id)
    if (replacement) byId.delete(item.id)
    return replacement ?? item
  })
  return [...result, ...byId.values()]
}

/** Everything the delegate has written, kept in step with the database. */
export class Notebook {
  /** Every annotation, replaced whole on each change. */
  all = $state.raw<Annotation[]>([])
  /** Every session note, replaced whole on each change. */
  sessionNotes = $state.raw<SessionNote[]>([])
  /** The delegate's agenda items, in their order. */
  agendaItems = $state.raw<AgendaItem[]>([])
  /** The label of each colour. */
  colorLabels = $state.raw<Record<HighlightColor, string>>({ ...defaultColorLabels })
  /** Whether the stored notes have been read. */
  loaded = $state(false)
  #db: NotesDatabase
  // State only so it has a value before the constructor runs, for `layout` below.
  #paragraphs = $state.raw<readonly ParagraphText[]>([])
  /** Where each annotation sits in the document now. */
  layout = $derived(layOutAnnotations(this.all, this.#paragraphs))
  /** The delegate's government's position on each paragraph that has one. */
  positions = $derived(positionsByParagraph(this.all))
  /** Every tag in use, with how many annotations and session notes carry it. */
  tags = $derived(tagUsage([...this.all, ...this.sessionNotes]))
  /**
   * Counts the changes written since the app started, so that automatic backups are taken only
   * when something changed.
   */
  changes = $state(0)
  #clock: RepositoryClock
  #history = new UndoHistory()
  /** Keeps the copy of the annotations that the next start reads. */
  #snapshot: SnapshotWriter

  constructor(
    db: NotesDatabase,
    paragraphs: readonly ParagraphText[],
    clock: RepositoryClock = systemClock,
    snapshotScheduler?: SnapshotScheduler
  ) {
    this.#db = db
    this.#paragraphs = paragraphs
    this.#clock = clock
    this.#snapshot = new SnapshotWriter(db, snapshotScheduler)
  }

  /** Reads everything stored. */
  async load(): Promise<void> {
    const [{ annotations }, sessionNotes, agendaItems, labels] = await Promise.all([
      readAnnotations(this.#db),
      loadSessionNotes(this.#db),
      loadAgendaItems(this.#db),
      loadColorLabels(this.#db)
    ])
    this.all = annotations
    this.sessionNotes = sessionNotes
    this.agendaItems = agendaItems
    this.colorLabels = labels
    this.loaded = true
  }

  /**
   * Reads again the tables another window changed, so that what it saved shows here too. If this
   * window writes while they are being read, they are read again: an older read must never
   * replace what this window has just saved.
   */
  async reload(tables: ReadonlySet<ShownTable>): Promise<void> {
    for (;;) {
      const writes = this.changes
      const [annotations, sessionNotes, agendaItems, labels] = await Promise.all([
        tables.has('annotations') ? readAnnotations(this.#db) : null,
        tables.has('sessionNotes') ? loadSessionNotes(this.#db) : null,
        tables.has('agendaItems') ? loadAgendaItems(this.#db) : null,
        tables.has('settings') ? loadColorLabels(this.#db) : null
      ])
      if (this.changes !== writes) continue
      if (annotations) this.all = annotations.annotations
      if (sessionNotes) this.sessionNotes = sessionNotes
      if (agendaItems) this.agendaItems = agendaItems
      if (labels) this.colorLabels = labels
      return
    }
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

  /** The session note with this id, if it exists. */
  findSessionNote(id: string): SessionNote | undefined {
    return this.sessionNotes.find((note) => note.id === id)
  }

  /** The agenda item with this id, if the delegate still has it. */
  findAgendaItem(id: string | null | undefined): AgendaItem | undefined {
    return id ? this.agendaItems.find((item) => item.id === id) : undefined
  }

  /**
   * Tags as they will be stored: each in the spelling already in use for it, no two alike.
   * Throws a RangeError naming the first tag that cannot be stored.
   */
  tagsFor(current: readonly string[], typed: readonly string[]): string[] {
    for (const tag of typed) {
      const problem = tagProblem(tag)
      if (problem) throw new RangeError(problem)
    }
    return addTags(
      current,
      typed.map(cleanTag),
      this.tags.map((usage) => usage.tag)
    )
  }

  /** Stores a new annotation and shows it. Throws a StorageWriteError if it could not be stored. */
  async create(draft: NewAnnotation): Promise<Annotation> {
    // Components may hand over their reactive state; the database stores plain copies.
    const plain = $state.snapshot(draft) as NewAnnotation
    const stored = await this.#write(() => createAnnotation(this.#db, plain, this.#clock))
    this.all = replaceAll(this.all, [stored])
    this.#history.record({
      description: `Added annotation on ${citation(stored.paragraph)}`,
      undo: () =>
        this.#write(async () => void (await deleteAnnotation(this.#db, stored.id))).then(() =>
          this.#removeAnnotation(stored.id)
        ),
      redo: () =>
        this.#write(() => restoreAnnotation(this.#db, stored)).then(() =>
          this.#showAnnotations([stored])
        )
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
    const saved = await this.#write(async () => {
      const current = this.find(id)
      if (!current) throw notFoundError('annotation', id)
      const opened = { id, updatedAt: openedAt ?? current.updatedAt }
      return updateAnnotation(this.#db, opened, plain, this.#clock)
    })
    if (!saved.saved) {
      this.#showAnnotations([saved.conflict.stored])
      throw new ChangedElsewhereError(saved.conflict)
    }
    const { before, after } = saved
    this.all = replaceAll(this.all, [after])
    this.#history.record(
      this.#swapAnnotations(`Edited annotation on ${citation(after.paragraph)}`, [before], [after])
    )
    return after
  }

  /** Deletes an annotation; returns a description for the undo notice. */
  async remove(id: string): Promise<string | null> {
    const deleted = await this.#write(() => deleteAnnotation(this.#db, id))
    if (!deleted) return null
    this.#removeAnnotation(id)
    const change: UndoableChange = {
      description: `Deleted annotation on ${citation(deleted.paragraph)}`,
      undo: () =>
        this.#write(() => restoreAnnotation(this.#db, deleted)).then(() =>
          this.#showAnnotations([deleted])
        ),
      redo: () =>
        this.#write(() => deleteAnnotation(this.#db, id)).then(() => this.#removeAnnotation(id))
    }
    this.#history.record(change)
    return change.description
  }

  /** Adds a tag to each of the annotations with `ids`; returns a description of what changed. */
  applyTag(ids: readonly string[], typed: string): Promise<string> {
    const problem = tagProblem(typed)
    if (problem) return Promise.reject(new RangeError(problem))
    const [tag] = this.tagsFor([], [typed])
    return this.#changeMany(
      ids,
      (annotation) =>
        hasTag(annotation.tags, tag) ? null : { tags: this.tagsFor(annotation.tags, [tag]) },
      (count) => `Tagged ${countOf(count, 'annotation')} “${tag}”`
    )
  }

  /** Removes a tag from each of the annotations with `ids`. */
  removeTagFrom(ids: readonly string[], tag: string): Promise<string> {
    return this.#changeMany(
      ids,
      (annotation) =>
        hasTag(annotation.tags, tag) ? { tags: removeTag(annotation.tags, tag) } : null,
      (count) => `Removed “${tag}” from ${countOf(count, 'annotation')}`
    )
  }

  /** Sets the status of the follow-ups among the annotations with `ids`. */
  setFollowUpStatus(ids: readonly string[], status: FollowUpStatus): Promise<string> {
    return this.#changeMany(
      ids,
      (annotation) =>
        annotation.followUp && annotation.followUp.status !== status
          ? { followUp: { ...annotation.followUp, status } }
          : null,
      (count) => `Marked ${countOf(count, 'follow-up')} ${statusLabels[status]}`
    )
  }

  /** Renames a tag everywhere, merging it into `to` if that tag exists. */
  async renameTag(from: string, to: string): Promise<string> {
    const problem = tagProblem(to)
    if (problem) throw new RangeError(problem)
    const [spelling] = addTags(
      [],
      [cleanTag(to)],
      this.tags.filter((usage) => !hasTag([usage.tag], from)).map((usage) => usage.tag)
    )
    const change = await this.#write(() => renameTag(this.#db, from, spelling, this.#clock))
    return this.#recordTagChange(
      change,
      `Renamed “${from}” to “${spelling}” on ${countOf(this.#itemsIn(change), 'item')}`
    )
  }

  /** Removes a tag from every item. */
  async deleteTag(tag: string): Promise<string> {
    const change = await this.#write(() => deleteTag(this.#db, tag, this.#clock))
    return this.#recordTagChange(
      change,
      `Deleted the tag “${tag}” from ${countOf(this.#itemsIn(change), 'item')}`
    )
  }

  /** Stores a new session note. */
  async createSessionNote(fields: SessionNoteFields): Promise<SessionNote> {
    const plain = $state.snapshot(fields) as SessionNoteFields
    const note = await this.#write(() => createSessionNote(this.#db, plain, this.#clock))
    this.sessionNotes = replaceAll(this.sessionNotes, [note])
    return note
  }

  /**
   * Changes a session note. Autosave calls this as the delegate types, so it records no undo
   * step of its own; deleting the note is what can be undone. With `base`, the fields as the
   * editor last saw them, throws a ChangedElsewhereError (and shows the stored note) if another
   * window changed one of the fields being saved.
   */
  async updateSessionNote(
    id: string,
    changes: Partial<SessionNoteFields>,
    base?: Partial<SessionNoteFields>
  ): Promise<SessionNote> {
    const plain = $state.snapshot(changes) as Partial<SessionNoteFields>
    const saved = await this.#write(() =>
      updateSessionNote(this.#db, id, plain, this.#clock, base && $state.snapshot(base))
    )
    if (!saved.saved) {
      this.#showSessionNotes([saved.conflict.stored])
      throw new ChangedElsewhereError(saved.conflict)
    }
    this.sessionNotes = replaceAll(this.sessionNotes, [saved.after])
    return saved.after
  }

  /** Deletes a session note; returns a description for the undo notice. */
  async removeSessionNote(id: string): Promise<string | null> {
    const deleted = await this.#write(() => deleteSessionNote(this.#db, id))
    if (!deleted) return null
    const drop = () => {
      this.sessionNotes = this.sessionNotes.filter((note) => note.id !== id)
    }
    drop()
    const title = deleted.title.trim() || 'Untitled'
    const change: UndoableChange = {
      description: `Deleted session note “${title}”`,
      undo: () =>
        this.#write(() => restoreSessionNote(this.#db, deleted)).then(() =>
          this.#showSessionNotes([deleted])
        ),
      redo: () => this.#write(() => deleteSessionNote(this.#db, id)).then(drop)
    }
    this.#history.record(change)
    return change.description
  }

  /** Adds an agenda item to the end of the list. Throws a RangeError for a blank label. */
  async addAgendaItem(label: string, title: string): Promise<AgendaItem> {
    const item = await this.#write(() => addAgendaItem(this.#db, label, title, this.#clock))
    this.agendaItems = sortAgendaItems([...this.agendaItems, item])
    return item
  }

  /** Changes an agenda item's label and title. */
  async renameAgendaItem(id: string, label: string, title: string): Promise<AgendaItem> {
    const item = await this.#write(() => renameAgendaItem(this.#db, id, label, title))
    this.agendaItems = sortAgendaItems(replaceAll(this.agendaItems, [item]))
    return item
  }

  /** How many follow-ups and session notes name an agenda item: what removing it would touch. */
  agendaItemUse(id: string): number {
    return (
      this.all.filter((annotation) => annotation.followUp?.agendaItemId === id).length +
      this.sessionNotes.filter((note) => note.agendaItemId === id).length
    )
  }

  /** Removes an agenda item and clears it where it was used; returns a description for undo. */
  async removeAgendaItem(id: string): Promise<string | null> {
    const removal = await this.#write(() => removeAgendaItem(this.#db, id, this.#clock))
    if (!removal) return null
    const apply = (annotations: Annotation[], notes: SessionNote[], items: AgendaItem[]) => {
      this.all = replaceAll(this.all, annotations)
      this.sessionNotes = replaceAll(this.sessionNotes, notes)
      this.agendaItems = sortAgendaItems(items)
    }
    const without = () => this.agendaItems.filter((item) => item.id !== id)
    apply(removal.annotations.after, removal.sessionNotes.after, without())
    const change: UndoableChange = {
      description: `Removed agenda item “${removal.item.label}”`,
      undo: () =>
        this.#write(() => undoAgendaItemRemoval(this.#db, removal)).then((notes) =>
          apply(removal.annotations.before, notes, [...without(), removal.item])
        ),
      redo: () =>
        this.#write(() => removeAgendaItem(this.#db, id, this.#clock)).then((again) => {
          if (again) apply(again.annotations.after, again.sessionNotes.after, without())
        })
    }
    this.#history.record(change)
    return change.description
  }

  /** Everything stored, read in one transaction, for a backup or an export. */
  async readAll(): Promise<BackupData> {
    try {
      return await readAllForBackup(this.#db)
    } catch (error) {
      throw new StorageWriteError(describeStorageError(error), { cause: error })
    }
  }

  /** What restoring `data` in `mode` would do to what is stored now; nothing is written. */
  async planRestore(data: BackupData, mode: RestoreMode): Promise<RestorePlan> {
    return planRestore(await this.readAll(), data, mode)
  }

  /**
   * Carries out a restore in one transaction (all of it or nothing), then shows what is stored.
   * Earlier changes can no longer be undone one by one: restoring the backup taken before is
   * how a restore is reversed.
   */
  async restore(plan: RestorePlan): Promise<void> {
    await this.#write(() => restoreBackup(this.#db, plan))
    this.#history = new UndoHistory()
    // What is stored now follows from the plan: the backup's records in place of everything, or
    // added to and updated among what was here. No need to read thousands of records back.
    const { tables } = plan
    const merged = <T extends { id: string }>(current: readonly T[], records: readonly T[]) =>
      plan.mode === 'replace' ? [...records] : replaceAll(current, records)
    this.all = merged(this.all, tables.annotations.records)
    this.sessionNotes = merged(this.sessionNotes, tables.sessionNotes.records)
    this.agendaItems = sortAgendaItems(merged(this.agendaItems, tables.agendaItems.records))
    const labels = tables.settings.records.find((setting) => setting.key === colorLabelsKey)
    if (labels) this.colorLabels = colorLabelsFrom(labels.value)
    else if (plan.mode === 'replace') this.colorLabels = { ...defaultColorLabels }
  }

  /**
   * Deletes everything the delegate made, in one transaction, leaving the database as a new
   * install has it. Not undoable: a backup taken before is how it is reversed.
   */
  async clearAll(): Promise<void> {
    await this.#write(() => clearAllData(this.#db))
    this.#history = new UndoHistory()
    await this.load()
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

  async #changeMany(
    ids: readonly string[],
    change: (annotation: Annotation) => AnnotationChanges | null,
    describe: (count: number) => string
  ): Promise<string> {
    const { before, after } = await this.#write(() =>
      updateAnnotations(this.#db, ids, change, this.#clock)
    )
    this.all = replaceAll(this.all, after)
    const description = describe(after.length)
    if (after.length > 0) this.#history.record(this.#swapAnnotations(description, before, after))
    return description
  }

  #swapAnnotations(
    description: string,
    before: readonly Annotation[],
    after: readonly Annotation[]
  ): UndoableChange {
    return {
      description,
      undo: () =>
        this.#write(() => restoreAnnotations(this.#db, before)).then(() =>
          this.#showAnnotations(before)
        ),
      redo: () =>
        this.#write(() => restoreAnnotations(this.#db, after)).then(() =>
          this.#showAnnotations(after)
        )
    }
  }

  #itemsIn(change: TagChange): number {
    return change.annotations.after.length + change.sessionNotes.after.length
  }

  #recordTagChange(change: TagChange, description: string): string {
    const show = (annotations: readonly Annotation[], notes: readonly SessionNote[]) => {
      this.#showAnnotations(annotations)
      this.#showSessionNotes(notes)
    }
    show(change.annotations.after, change.sessionNotes.after)
    if (this.#itemsIn(change) === 0) return description
    const restore = (annotations: Annotation[], notes: SessionNote[]) =>
      this.#write(() => restoreTaggedItems(this.#db, annotations, notes)).then((stored) =>
        show(annotations, stored)
      )
    this.#history.record({
      description,
      undo: () => restore(change.annotations.before, change.sessionNotes.before),
      redo: () => restore(change.annotations.after, change.sessionNotes.after)
    })
    return description
  }

  #showAnnotations(changed: readonly Annotation[]): void {
    this.all = replaceAll(this.all, changed)
  }

  #showSessionNotes(changed: readonly SessionNote[]): void {
    this.sessionNotes = replaceAll(this.sessionNotes, changed)
  }

  #removeAnnotation(id: string): void {
    this.all = this.all.filter((annotation) => annotation.id !== id)
  }

  async #write<T>(operation: () => Promise<T>): Promise<T> {
    try {
      const result = await operation()
      this.changes++
      this.#snapshot.changed()
      return result
    } catch (error) {
      if (error instanceof RangeError) throw error
      throw new StorageWriteError(describeStorageError(error), { cause: error })
    }
  }
}

/** Makes `notebook` available to every component below the caller. */
export function provideNotebook(notebook: Notebook): Notebook {
  return setContext(notebookKey, notebook)
}

/** The notebook provided by an ancestor component. */
export function useNotebook(): Notebook {
  const notebook = getContext<Notebook | undefined>(notebookKey)
  if (!notebook) throw new Error('useNotebook() needs provideNotebook() in an ancestor component.')
  return notebook
}
