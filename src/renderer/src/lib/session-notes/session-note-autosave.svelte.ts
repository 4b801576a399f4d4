/**
 * The session note editor's autosave: every change is kept as a draft at once and written to the
 * database after a pause in typing, one write at a time, and again on closing; a failed save keeps
 * the text on screen and as a draft, and says so. A save is refused, not applied, over a field
 * another window changed since this one last saw it; the delegate then keeps both texts or reloads.
 * The editor renders this state and calls it.
 */
import type { AgendaItem } from '../follow-ups/agenda-item'
import { EditorDraft } from '../notes/drafts'
import type { KeyValueStore } from '../storage/key-value-store'
import { ChangedElsewhereError } from '../storage/edit-conflict'
import { StorageWriteError } from '../storage/storage-error'
import {
  keepBothSessionNotes,
  sessionNoteChanges,
  sessionNoteFieldsOf
} from './session-note-changes'
import { sessionNoteDraft, sessionNoteDraftKey } from './session-note-draft'
import type { SessionNoteFields } from './session-note-repository'

/** How long typing must pause before the note is written to the database. */
export const autosaveDelayMs = 600

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
  agendaItems: {
    /** The agenda item with this id, if the delegate still has it. */
    find(id: string | null): AgendaItem | undefined
  }
}

/** How the autosave waits for a pause in typing: runs `run` after `ms`, unless cancelled. */
export interface AutosaveTimer {
  later(run: () => void, ms: number): () => void
}

/** The window's own timer. */
export const windowTimer: AutosaveTimer = {
  later(run, ms) {
    const timer = setTimeout(run, ms)
    return () => clearTimeout(timer)
  }
}

/** Where the note's last save stands, as the status line tells it. */
export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string }

/** How deleting the note went: the undo notice's description, or a message saying why not. */
export type RemoveOutcome =
  { ok: true; description: string | null } | { ok: false; message: string }

/** A cause as a sentence fragment, to be followed by more of the message. */
function reasonOf(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause)
  return message.replace(/[.\s]+$/u, '')
}

/** One session note being edited, from opening the editor to leaving it. */
export class SessionNoteAutosave {
  #title = $state('')
  #body = $state('')
  #agendaItemId = $state<string | null>(null)
  #sessionDay = $state<string | null>(null)
  #tags = $state.raw<string[]>([])
  #saveState = $state<SaveState>({ kind: 'idle' })
  #draftRefused = $state(false)
  #showingRestoredDraft = $state(false)
  #keptOpenAfterFailure = $state(false)
  #removed = $state(false)
  #changedElsewhere = $state(false)

  /** The note as it was when the editor opened. */
  readonly opened: SessionNoteFields
  /** Whether the editor opened on a draft left unsaved, rather than on the note as stored. */
  readonly restored: boolean

  #noteId: string
  #notes: SessionNoteStore
  #draft: EditorDraft<SessionNoteFields>
  #timer: AutosaveTimer
  #delayMs: number
  /** What the database holds, as far as this editor knows: only fields that differ are written. */
  #savedFields: SessionNoteFields
  // Counters rather than state: they decide what to save, and the screen never shows them.
  #edits: number
  #savedEdits = 0
  #cancelPause: (() => void) | null = null
  #saving: Promise<void> | null = null

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
    this.#noteId = noteId
    this.#notes = notes
    this.#timer = timer
    this.#delayMs = delayMs
    this.#draft = new EditorDraft(drafts, sessionNoteDraft, sessionNoteDraftKey(noteId))
    this.opened = sessionNoteFieldsOf(notes.sessionNotes.find(noteId))
    this.#savedFields = this.opened
    const { fields, restored } = this.#draft.open(this.opened)
    this.restored = restored
    this.#edits = restored ? 1 : 0
    this.#show(fields)
  }

  get title(): string {
    return this.#title
  }
  get body(): string {
    return this.#body
  }
  get sessionDay(): string | null {
    return this.#sessionDay
  }
  get tags(): readonly string[] {
    return this.#tags
  }
  /** The agenda item on screen: null (None) when it is unset or has been removed from the list. */
  get agendaItemId(): string | null {
    return this.#notes.agendaItems.find(this.#agendaItemId) ? this.#agendaItemId : null
  }

  get saveState(): SaveState {
    return this.#saveState
  }
  /** Whether the last draft could not be kept (storage full or disabled). */
  get draftRefused(): boolean {
    return this.#draftRefused
  }
  /** Whether the restored draft is still what is on screen, so it can be discarded. */
  get showingRestoredDraft(): boolean {
    return this.#showingRestoredDraft
  }
  /** Set when closing found the note unsaved: the editor stayed open once to say so. */
  get keptOpenAfterFailure(): boolean {
    return this.#keptOpenAfterFailure
  }
  /** Whether the delegate deleted the note from this editor. */
  get removed(): boolean {
    return this.#removed
  }
  /**
   * Whether the last save was refused because another window changed a field it wrote since this
   * editor last saw it: the text stays here and as a draft until the delegate keeps both or reloads.
   */
  get changedElsewhere(): boolean {
    return this.#changedElsewhere
  }

  /** The status line: saving, saved, why a save failed, or that a draft was restored. */
  readonly statusText = $derived.by(() => {
    switch (this.#saveState.kind) {
      case 'saving':
        return 'Saving…'
      case 'saved':
        return 'Saved'
      case 'failed':
        return this.#draftRefused
          ? `Not saved: ${this.#saveState.reason}. This computer refused to keep a draft, so your text is only here: copy it before closing.`
          : `Not saved: ${this.#saveState.reason}. Your text is kept here and as a draft.`
      default:
        return this.#showingRestoredDraft ? 'Your unsaved changes were restored.' : ''
    }
  })

  /**
   * Says that a draft was restored, if one was. The editor calls this once mounted, so that its
   * status region already exists and announces it.
   */
  announceRestoredDraft(): void {
    this.#showingRestoredDraft = this.restored
  }

  /** Applies the delegate's change, keeps it as a draft at once, and saves once typing pauses. */
  edit(changes: Partial<SessionNoteFields>): void {
    this.#show({
      title: this.#title,
      body: this.#body,
      // The agenda item as chosen, even if removed since: it shows again if the removal is undone.
      agendaItemId: this.#agendaItemId,
      sessionDay: this.#sessionDay,
      tags: this.#tags,
      ...changes
    })
    this.#edits += 1
    this.#showingRestoredDraft = false
    this.#keptOpenAfterFailure = false
    this.#draftRefused = !this.#draft.keep(this.#fields())
    this.#saveState = { kind: 'saving' }
    this.#cancelPause?.()
    this.#cancelPause = this.#timer.later(() => void this.flush(), this.#delayMs)
  }

  /**
   * Writes what is on screen if anything has changed since the last save; resolves when done.
   * Never rejects: a failure is shown in the status line, and the draft keeps the text.
   */
  flush(): Promise<void> {
    this.#cancelPause?.()
    this.#cancelPause = null
    // One write at a time, so an older save can never land after a newer one.
    if (this.#saving) return this.#saving.then(() => this.flush())
    if (this.#removed || this.#edits === this.#savedEdits) return Promise.resolve()
    const upTo = this.#edits
    const fields = this.#fields()
    this.#saveState = { kind: 'saving' }
    this.#saving = this.#write(fields)
      .then(
        () => {
          this.#savedFields = fields
          this.#savedEdits = upTo
          // Typing during the save has its own draft and its own save to come.
          if (this.#edits === upTo) {
            this.#draft.clear()
            this.#saveState = { kind: 'saved' }
          }
        },
        (cause: unknown) => {
          this.#changedElsewhere = cause instanceof ChangedElsewhereError
          this.#saveState = { kind: 'failed', reason: reasonOf(cause) }
        }
      )
      .finally(() => {
        this.#saving = null
      })
    return this.#saving
  }

  /**
   * Saves before the editor closes. Resolves false when the save failed and the editor should
   * stay open, once, to say so; closing again leaves the note unsaved (its draft is kept).
   */
  async close(): Promise<boolean> {
    await this.flush()
    if (this.#saveState.kind === 'failed' && !this.#keptOpenAfterFailure) {
      this.#keptOpenAfterFailure = true
      return false
    }
    return true
  }

  /** Puts back what the note held before the draft was restored. */
  discardRestoredDraft(): void {
    this.#showUnchanged(this.opened)
  }

  /**
   * After a refused save: saves the other window's title and body followed by these (the agenda
   * item, day and tags as picked here), over the other window's version.
   */
  keepBoth(): void {
    const theirs = this.#stored()
    this.#savedFields = theirs
    this.#changedElsewhere = false
    this.edit(keepBothSessionNotes(theirs, this.#fields()))
  }

  /** After a refused save: shows the other window's version, dropping the changes typed here. */
  reload(): void {
    const theirs = this.#stored()
    this.#savedFields = theirs
    this.#showUnchanged(theirs)
  }

  /** Deletes the note, saved first so that Undo brings it back as it was last typed. */
  async remove(): Promise<RemoveOutcome> {
    await this.flush()
    try {
      const description = await this.#notes.sessionNotes.remove(this.#noteId)
      this.#removed = true
      this.#cancelPause?.()
      this.#cancelPause = null
      this.#draft.clear()
      return { ok: true, description }
    } catch (cause) {
      return { ok: false, message: `The session note was not deleted: ${reasonOf(cause)}.` }
    }
  }

  /**
   * Saves as the editor goes away; resolves with a message for the notices if the note could
   * not be saved (the editor is no longer there to say so), else null.
   */
  async leave(): Promise<string | null> {
    await this.flush()
    const state = this.#saveState
    if (state.kind !== 'failed' || this.#removed) return null
    const name = this.#title.trim() || 'Untitled'
    return this.#draftRefused
      ? `Session note “${name}” was not saved: ${state.reason}.`
      : `Session note “${name}” was not saved: ${state.reason}. Your text is kept as a draft and comes back when you open the note.`
  }

  #fields(): SessionNoteFields {
    return {
      title: this.#title,
      body: this.#body,
      agendaItemId: this.agendaItemId,
      sessionDay: this.#sessionDay,
      tags: [...this.#tags]
    }
  }

  /** The note as the notebook holds it now. */
  #stored(): SessionNoteFields {
    return sessionNoteFieldsOf(this.#notes.sessionNotes.find(this.#noteId))
  }

  /** Shows `fields` as what is saved, dropping the changes typed since and their draft. */
  #showUnchanged(fields: SessionNoteFields): void {
    this.#cancelPause?.()
    this.#cancelPause = null
    this.#show(fields)
    this.#savedEdits = this.#edits
    this.#draft.clear()
    this.#showingRestoredDraft = false
    this.#changedElsewhere = false
    this.#saveState = { kind: 'idle' }
  }

  #show(fields: SessionNoteFields): void {
    this.#title = fields.title
    this.#body = fields.body
    this.#agendaItemId = fields.agendaItemId
    this.#sessionDay = fields.sessionDay
    this.#tags = [...fields.tags]
  }

  async #write(fields: SessionNoteFields): Promise<void> {
    if (!this.#notes.sessionNotes.find(this.#noteId)) {
      throw new StorageWriteError('This session note has been deleted')
    }
    const changes = sessionNoteChanges(fields, this.#savedFields)
    if (Object.keys(changes).length > 0)
      await this.#notes.sessionNotes.update(this.#noteId, changes, this.#savedFields)
  }
}
