/**
 * Unsaved editor fields, kept in local storage as the delegate types, so switching paragraph,
 * cancelling or closing the window never loses them. Each editor keeps one draft record (every
 * field it edits, as JSON); a draft is removed only when its note is saved, or when the delegate
 * discards it. Drafts kept by earlier versions, in their own layout, are read back too.
 */
import type { KeyValueStore } from '../storage/key-value-store'

/** Where each editor's draft record is kept: this prefix, then the editor's draft key. */
const recordPrefix = 'cnd67:editor-draft:'
/**
 * Where earlier versions kept drafts: the annotation editor its note's text under the key and
 * the other fields as JSON under the key plus `:details`; the session note editor its fields as
 * JSON under the key.
 */
const earlierPrefix = 'cnd67:draft:'
const earlierDetailsSuffix = ':details'

/** A draft an earlier version kept, as it found it in local storage. */
export interface EarlierDraft {
  /** What was under the draft key itself: a note's text, or a record as JSON. */
  text: string | null
  /** What was under the key plus `:details`: the other fields of an annotation, as JSON. */
  details: string | null
}

/** What the drafts of one editor hold, and how to read them back without trusting them. */
export interface DraftKind<T> {
  /**
   * The record in `value` (parsed JSON), as a fresh object holding only its fields, or null when
   * it is not a draft of this kind: a draft is whatever local storage holds, and may be damaged.
   */
  parse(value: unknown): T | null
  /** Whether two records say the same: a draft that says what the note says is left over. */
  same(a: T, b: T): boolean
  /** A draft an earlier version kept, completed from `saved`, or null when there is none. */
  fromEarlier(earlier: EarlierDraft, saved: T): T | null
}

/** The draft key of an existing annotation. */
export function annotationDraftKey(annotationId: string): string {
  return `annotation:${annotationId}`
}

/** The draft key of a note not yet saved on a paragraph (or on a passage of it). */
export function newNoteDraftKey(
  paragraph: number,
  passage: { start: number; end: number } | null
): string {
  return passage ? `new:${paragraph}:${passage.start}-${passage.end}` : `new:${paragraph}`
}

/** `JSON.parse`, or undefined for text that is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function read(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key)
  } catch {
    return null
  }
}

function remove(store: KeyValueStore, key: string): void {
  try {
    store.removeItem(key)
  } catch {
    // Nothing to do: a draft left behind is offered again, never lost.
  }
}

/** What an editor opens with: the draft if there is one, else what the note holds. */
export interface OpenedDraft<T> {
  fields: T
  /** Whether `fields` come from a draft that differs from the note. */
  restored: boolean
}

/** The draft of one editor: one record, written as the delegate types. */
export class EditorDraft<T> {
  #store: KeyValueStore
  #kind: DraftKind<T>
  #key: string
  /** Whether this editor has already removed the entries of an earlier version's layout. */
  #earlierRemoved = false

  /**
   * @param store local storage, or a stand-in
   * @param kind what the editor's drafts hold
   * @param key the editor's draft key (`annotationDraftKey`, `newNoteDraftKey`, …)
   */
  constructor(store: KeyValueStore, kind: DraftKind<T>, key: string) {
    this.#store = store
    this.#kind = kind
    this.#key = key
  }

  /** The draft kept for this editor, or null. A damaged record is ignored, not trusted. */
  load(saved: T): T | null {
    const record = read(this.#store, recordPrefix + this.#key)
    if (record !== null) {
      const parsed = this.#kind.parse(parseJson(record))
      if (parsed !== null) return parsed
    }
    const earlier: EarlierDraft = {
      text: read(this.#store, earlierPrefix + this.#key),
      details: read(this.#store, earlierPrefix + this.#key + earlierDetailsSuffix)
    }
    if (earlier.text === null && earlier.details === null) return null
    return this.#kind.fromEarlier(earlier, saved)
  }

  /**
   * What the editor opens with, given what the note holds now. A draft that says the same as the
   * note is left over from a save that finished, and is removed.
   */
  open(saved: T): OpenedDraft<T> {
    const draft = this.load(saved)
    if (draft === null) return { fields: saved, restored: false }
    if (this.#kind.same(draft, saved)) {
      this.clear()
      return { fields: saved, restored: false }
    }
    return { fields: draft, restored: true }
  }

  /**
   * Keeps `fields` as the draft. Returns false if storage refused it (full or disabled), so the
   * editor can warn that the text exists only on screen until saved.
   */
  keep(fields: T): boolean {
    try {
      this.#store.setItem(recordPrefix + this.#key, JSON.stringify(fields))
    } catch {
      return false
    }
    // The record now holds everything; an earlier version's entries would only come back later.
    if (!this.#earlierRemoved) this.#removeEarlier()
    return true
  }

  /** Removes the draft once its note is saved or the delegate discards it. */
  clear(): void {
    remove(this.#store, recordPrefix + this.#key)
    this.#removeEarlier()
  }

  #removeEarlier(): void {
    remove(this.#store, earlierPrefix + this.#key)
    remove(this.#store, earlierPrefix + this.#key + earlierDetailsSuffix)
    this.#earlierRemoved = true
  }
}
