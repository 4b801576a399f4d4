/**
 * The autosave of an editor of one record (a session note, a statement): every change is kept as
 * a draft at once and written to the database after a pause in typing, one write at a time, and
 * again on closing; a failed save keeps the text on screen and as a draft, and says so. A save is
 * refused, not applied, over a field another window changed since this one last saw it; the
 * delegate then keeps both texts or reloads. Each kind of record says what its fields are, how
 * they are compared, joined and named (`AutosaveKind`); the editor renders this state and calls it.
 */
import type { KeyValueStore } from '../storage/key-value-store'
import { ChangedElsewhereError } from '../storage/edit-conflict'
import { StorageWriteError } from '../storage/storage-error'
import { EditorDraft, type DraftKind } from './drafts'

/** How long typing must pause before the record is written to the database. */
export const autosaveDelayMs = 600

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

/** Where the record's last save stands, as the status line tells it. */
export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string }

/** How deleting the record went: the undo notice's description, or a message saying why not. */
export type RemoveOutcome =
  { ok: true; description: string | null } | { ok: false; message: string }

/** What the autosave needs of the store that holds the records (the notebook provides it). */
export interface AutosavedRecords<Fields> {
  /** The record as stored now, or undefined once it has been deleted. */
  find(id: string): Fields | undefined
  /**
   * Writes `changes`; with `base`, the fields as this editor last saw them, rejects with a
   * ChangedElsewhereError if another window changed one of the fields being written since.
   */
  update(id: string, changes: Partial<Fields>, base?: Partial<Fields>): Promise<unknown>
  /** Deletes the record; resolves with a description for the undo notice. */
  remove(id: string): Promise<string | null>
}

/** What the autosave needs to know of one kind of record. */
export interface AutosaveKind<Fields> {
  /** How messages name the record, in lower case: "session note", "statement". */
  noun: string
  /** How the record is named once the message has named it in full: "note", "statement". */
  shortNoun: string
  /** How its drafts are read back, and under which key. */
  draft: DraftKind<Fields>
  draftKey(id: string): string
  /** The fields an editor shows of a stored record; the empty ones for a record not there. */
  fieldsOf(record: Fields | undefined): Fields
  /** The fields of `edited` that differ from `saved`. */
  changes(edited: Fields, saved: Fields): Partial<Fields>
  /** The record another window saved and the one typed here, in one ("Keep both"). */
  keepBoth(theirs: Fields, mine: Fields): Fields
  /** The record's name in a message: its title, or what an untitled one is called. */
  name(fields: Fields): string
  /**
   * The fields as they are saved and kept as a draft, from those on screen: a session note's
   * agenda item removed from the list is saved as none. By default, as they are.
   */
  saved?(fields: Fields): Fields
}

/** A cause as a sentence fragment, to be followed by more of the message. */
export function reasonOf(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause)
  return message.replace(/[.\s]+$/u, '')
}

/** "Session note" from "session note". */
function capitalized(noun: string): string {
  return noun.charAt(0).toUpperCase() + noun.slice(1)
}

/** One record being edited, from opening the editor to leaving it. */
export class RecordAutosave<Fields extends object> {
  #fields = $state.raw<Fields>() as Fields
  #saveState = $state<SaveState>({ kind: 'idle' })
  #draftRefused = $state(false)
  #showingRestoredDraft = $state(false)
  #keptOpenAfterFailure = $state(false)
  #removed = $state(false)
  #changedElsewhere = $state(false)

  /** The record as it was when the editor opened. */
  readonly opened: Fields
  /** Whether the editor opened on a draft left unsaved, rather than on the record as stored. */
  readonly restored: boolean

  #id: string
  #records: AutosavedRecords<Fields>
  #kind: AutosaveKind<Fields>
  #draft: EditorDraft<Fields>
  #timer: AutosaveTimer
  #delayMs: number
  /** What the database holds, as far as this editor knows: only fields that differ are written. */
  #savedFields: Fields
  // Counters rather than state: they decide what to save, and the screen never shows them.
  #edits: number
  #savedEdits = 0
  #cancelPause: (() => void) | null = null
  #saving: Promise<void> | null = null

  /**
   * @param id the record edited, for the autosave's whole life
   * @param records the store that reads and writes records of this kind
   * @param kind what the autosave needs to know of this kind of record
   * @param drafts local storage, where the draft is kept
   */
  constructor(
    id: string,
    records: AutosavedRecords<Fields>,
    kind: AutosaveKind<Fields>,
    drafts: KeyValueStore,
    timer: AutosaveTimer = windowTimer,
    delayMs = autosaveDelayMs
  ) {
    this.#id = id
    this.#records = records
    this.#kind = kind
    this.#timer = timer
    this.#delayMs = delayMs
    this.#draft = new EditorDraft(drafts, kind.draft, kind.draftKey(id))
    this.opened = kind.fieldsOf(records.find(id))
    this.#savedFields = this.opened
    const { fields, restored } = this.#draft.open(this.opened)
    this.restored = restored
    this.#edits = restored ? 1 : 0
    this.#fields = kind.fieldsOf(fields)
  }

  /** The fields on screen, as typed or picked (see `AutosaveKind.saved` for what is saved). */
  get fields(): Fields {
    return this.#fields
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
  /** Set when closing found the record unsaved: the editor stayed open once to say so. */
  get keptOpenAfterFailure(): boolean {
    return this.#keptOpenAfterFailure
  }
  /** Whether the delegate deleted the record from this editor. */
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

  /** Said when the record was deleted elsewhere while its editor is open. */
  get deletedMessage(): string {
    return `This ${this.#kind.noun} has been deleted. Copy any text you need before closing.`
  }

  /** Said under the status line once closing found the record unsaved (`keptOpenAfterFailure`). */
  get keptOpenHelp(): string {
    return `Close again to leave the ${this.#kind.shortNoun} unsaved; nothing you typed is removed.`
  }

  /**
   * Says that a draft was restored, if one was. The editor calls this once mounted, so that its
   * status region already exists and announces it.
   */
  announceRestoredDraft(): void {
    this.#showingRestoredDraft = this.restored
  }

  /** Applies the delegate's change, keeps it as a draft at once, and saves once typing pauses. */
  edit(changes: Partial<Fields>): void {
    this.#fields = this.#kind.fieldsOf({ ...this.#fields, ...changes })
    this.#edits += 1
    this.#showingRestoredDraft = false
    this.#keptOpenAfterFailure = false
    this.#draftRefused = !this.#draft.keep(this.#toSave())
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
    const fields = this.#toSave()
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
   * stay open, once, to say so; closing again leaves the record unsaved (its draft is kept).
   */
  async close(): Promise<boolean> {
    await this.flush()
    if (this.#saveState.kind === 'failed' && !this.#keptOpenAfterFailure) {
      this.#keptOpenAfterFailure = true
      return false
    }
    return true
  }

  /** Puts back what the record held before the draft was restored. */
  discardRestoredDraft(): void {
    this.#showUnchanged(this.opened)
  }

  /** After a refused save: saves the other window's version joined with this one, over it. */
  keepBoth(): void {
    const theirs = this.#stored()
    this.#savedFields = theirs
    this.#changedElsewhere = false
    this.edit(this.#kind.keepBoth(theirs, this.#toSave()))
  }

  /** After a refused save: shows the other window's version, dropping the changes typed here. */
  reload(): void {
    const theirs = this.#stored()
    this.#savedFields = theirs
    this.#showUnchanged(theirs)
  }

  /** Deletes the record, saved first so that Undo brings it back as it was last typed. */
  async remove(): Promise<RemoveOutcome> {
    await this.flush()
    try {
      const description = await this.#records.remove(this.#id)
      this.#removed = true
      this.#cancelPause?.()
      this.#cancelPause = null
      this.#draft.clear()
      return { ok: true, description }
    } catch (cause) {
      return { ok: false, message: `The ${this.#kind.noun} was not deleted: ${reasonOf(cause)}.` }
    }
  }

  /**
   * Saves as the editor goes away; resolves with a message for the notices if the record could
   * not be saved (the editor is no longer there to say so), else null.
   */
  async leave(): Promise<string | null> {
    await this.flush()
    const state = this.#saveState
    if (state.kind !== 'failed' || this.#removed) return null
    const what = `${capitalized(this.#kind.noun)} “${this.#kind.name(this.#fields)}”`
    return this.#draftRefused
      ? `${what} was not saved: ${state.reason}.`
      : `${what} was not saved: ${state.reason}. Your text is kept as a draft and comes back when you open the ${this.#kind.shortNoun}.`
  }

  /** The fields as they are saved. */
  #toSave(): Fields {
    const fields = this.#kind.fieldsOf(this.#fields)
    return this.#kind.saved ? this.#kind.saved(fields) : fields
  }

  /** The record as the store holds it now. */
  #stored(): Fields {
    return this.#kind.fieldsOf(this.#records.find(this.#id))
  }

  /** Shows `fields` as what is saved, dropping the changes typed since and their draft. */
  #showUnchanged(fields: Fields): void {
    this.#cancelPause?.()
    this.#cancelPause = null
    this.#fields = this.#kind.fieldsOf(fields)
    this.#savedEdits = this.#edits
    this.#draft.clear()
    this.#showingRestoredDraft = false
    this.#changedElsewhere = false
    this.#saveState = { kind: 'idle' }
  }

  async #write(fields: Fields): Promise<void> {
    if (!this.#records.find(this.#id)) {
      throw new StorageWriteError(`This ${this.#kind.noun} has been deleted`)
    }
    const changes = this.#kind.changes(fields, this.#savedFields)
    if (Object.keys(changes).length > 0)
      await this.#records.update(this.#id, changes, this.#savedFields)
  }
}
