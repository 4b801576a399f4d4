/**
 * The delegate's agenda items, in their order, changed only through the repository by the
 * notebook's writer. Removing one clears it from the follow-ups and session notes that name it,
 * so this store shows those changes in the annotations and session notes stores too.
 */
import type { Annotation } from '../annotations/annotation'
import { replaceAll } from '../notebook/list-changes'
import { StoreOverNotes } from '../notebook/store-over-notes'
import type { UndoableChange } from '../notebook/undo-history'
import type { SessionNote } from '../session-notes/session-note'
import type { AgendaItem } from './agenda-item'
import {
  addAgendaItem,
  removeAgendaItem,
  renameAgendaItem,
  sortAgendaItems,
  undoAgendaItemRemoval
} from './agenda-item-repository'

/** Every agenda item, kept in step with the database. */
export class AgendaItemsStore extends StoreOverNotes {
  /** The delegate's agenda items, in their order. */
  all = $state.raw<AgendaItem[]>([])

  /** The agenda item with this id, if the delegate still has it. */
  find(id: string | null | undefined): AgendaItem | undefined {
    return id ? this.all.find((item) => item.id === id) : undefined
  }

  /** Adds an agenda item to the end of the list. Throws a RangeError for a blank label. */
  async add(label: string, title: string): Promise<AgendaItem> {
    const item = await this.writer.write((db, clock) => addAgendaItem(db, label, title, clock))
    this.all = sortAgendaItems([...this.all, item])
    return item
  }

  /** Changes an agenda item's label and title. */
  async rename(id: string, label: string, title: string): Promise<AgendaItem> {
    const item = await this.writer.write((db) => renameAgendaItem(db, id, label, title))
    this.all = sortAgendaItems(replaceAll(this.all, [item]))
    return item
  }

  /** How many follow-ups and session notes name an agenda item: what removing it would touch. */
  uses(id: string): number {
    return (
      this.annotations.all.filter((annotation) => annotation.followUp?.agendaItemId === id).length +
      this.sessionNotes.all.filter((note) => note.agendaItemId === id).length
    )
  }

  /** Removes an agenda item and clears it where it was used; returns a description for undo. */
  async remove(id: string): Promise<string | null> {
    const removal = await this.writer.write((db, clock) => removeAgendaItem(db, id, clock))
    if (!removal) return null
    const apply = (annotations: Annotation[], notes: SessionNote[], items: AgendaItem[]) => {
      this.annotations.show(annotations)
      this.sessionNotes.show(notes)
      this.all = sortAgendaItems(items)
    }
    const without = () => this.all.filter((item) => item.id !== id)
    apply(removal.annotations.after, removal.sessionNotes.after, without())
    const change: UndoableChange = {
      description: `Removed agenda item “${removal.item.label}”`,
      undo: () =>
        this.writer
          .write((db, clock) => undoAgendaItemRemoval(db, removal, clock))
          .then((stored) => {
            apply([], stored.sessionNotes, [...without(), removal.item])
            return this.annotations.showRestored(stored.annotations)
          }),
      redo: () =>
        this.writer
          .write((db, clock) => removeAgendaItem(db, id, clock))
          .then((again) => {
            if (again) apply(again.annotations.after, again.sessionNotes.after, without())
          })
    }
    this.writer.record(change)
    return change.description
  }
}
