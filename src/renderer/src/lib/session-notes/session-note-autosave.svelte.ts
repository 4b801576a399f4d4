/**
 * The session note editor's autosave: the autosave every record editor shares
 * (notes/record-autosave.svelte.ts), with a session note's fields. The agenda item on screen is
 * none once it has been removed from the list, and is saved as none; picked again (the removal
 * undone), it shows again.
 */
import {
  autosaveDelayMs,
  RecordAutosave,
  windowTimer,
  type AutosaveKind,
  type AutosaveTimer,
  type RemoveOutcome,
  type SaveState
} from '../notes/record-autosave.svelte'
import { listedAgendaItemId, type AgendaItemList } from '../notes/listed-agenda-item'
import type { KeyValueStore } from '../storage/key-value-store'
import {
  keepBothSessionNotes,
  sessionNoteChanges,
  sessionNoteFieldsOf
} from './session-note-changes'
import { sessionNoteDraft, sessionNoteDraftKey } from './session-note-draft'
import type { SessionNoteFields } from './session-note-repository'

export { autosaveDelayMs, windowTimer }
export type { AutosaveTimer, RemoveOutcome, SaveState }

/** What the autosave needs of the notebook (the Notebook provides it). */
export interface SessionNoteStore {
  sessionNotes: {
    /** The session note as stored now, or undefined once it has been deleted. */
    find(id: string): SessionNoteFields | undefined
    /**
     * Writes `changes`; with `base`, the fields as this editor last saw them, rejects with a
     * ChangedElsewhereError if another window changed one of the fields being written since.
     */
    update(
      id: string,
      changes: Partial<SessionNoteFields>,
      base?: Partial<SessionNoteFields>
    ): Promise<unknown>
    /** Deletes the note; resolves with a description for the undo notice. */
    remove(id: string): Promise<string | null>
  }
  agendaItems: AgendaItemList
}

/** One session note being edited, from opening the editor to leaving it. */
export class SessionNoteAutosave extends RecordAutosave<SessionNoteFields> {
  #notes: SessionNoteStore

  /**
   * @param noteId the session note edited, for the autosave's whole life
   * @param notes the notebook, which reads and writes session notes
   * @param drafts local storage, where the draft is kept
   */
  constructor(
    noteId: string,
    notes: SessionNoteStore,
    drafts: KeyValueStore,
    timer: AutosaveTimer = windowTimer,
    delayMs = autosaveDelayMs
  ) {
    const kind: AutosaveKind<SessionNoteFields> = {
      noun: 'session note',
      shortNoun: 'note',
      draft: sessionNoteDraft,
      draftKey: sessionNoteDraftKey,
      fieldsOf: sessionNoteFieldsOf,
      changes: sessionNoteChanges,
      // The agenda item, day and tags as picked here.
      keepBoth: keepBothSessionNotes,
      name: (fields) => fields.title.trim() || 'Untitled',
      saved: (fields) => ({
        ...fields,
        agendaItemId: listedAgendaItemId(fields.agendaItemId, notes.agendaItems)
      })
    }
    super(noteId, notes.sessionNotes, kind, drafts, timer, delayMs)
    this.#notes = notes
  }

  get title(): string {
    return this.fields.title
  }
  get body(): string {
    return this.fields.body
  }
  get sessionDay(): string | null {
    return this.fields.sessionDay
  }
  get tags(): readonly string[] {
    return this.fields.tags
  }
  /** The agenda item on screen: null (None) when it is unset or has been removed from the list. */
  get agendaItemId(): string | null {
    return listedAgendaItemId(this.fields.agendaItemId, this.#notes.agendaItems)
  }
}
