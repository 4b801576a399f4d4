/**
 * Unsaved editor fields, kept in local storage as the delegate types, so switching paragraph,
 * cancelling or closing the window never loses them. Each editor keeps one draft record (every
 * field it edits, as JSON) per window, so that two windows editing the same note never write over
 * each other's draft; an editor with no draft of its own window's restores those other windows
 * left (after a restart, say), both texts in one where two differ. A draft is removed only when
 * its note is saved, or when the delegate discards it. Drafts kept by earlier versions, in their
 * own layouts, are read back too.
 */
import { shippedDocumentId } from '../library/shipped-document'
import type { KeyValueStore } from '../storage/key-value-store'

/**
 * Where each editor's draft record is kept: this prefix, the editor's draft key, then `@` and the
 * window's id (`windowId`). Without the window's id, where the previous version kept it.
 */
const recordPrefix = 'cnd67:editor-draft:'
const windowSeparator = '@'
/** Where this window keeps its id, which its reloads keep and a new window does not share. */
const windowIdKey = 'cnd67:window-id'
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

/** Where a window (by default this one) keeps the draft of the editor with draft key `key`. */
export function draftRecordKey(key: string, window: string = windowId()): string {
  return recordPrefix + key + windowSeparator + window
}

/** A local storage whose keys can be listed, to find the drafts other windows kept. */
export type DraftStore = KeyValueStore & Partial<Pick<Storage, 'length' | 'key'>>

let fallbackWindowId: string | null = null

/**
 * This window's id: kept in `session` (the window's session storage, which a reload keeps and
 * another window does not share), made the first time it is asked for. Where there is no session
 * storage, one id for as long as the page lives.
 */
export function windowId(session: KeyValueStore | null = pageSessionStorage()): string {
  try {
    const kept = session?.getItem(windowIdKey)
    if (kept) return kept
    const made = crypto.randomUUID()
    session?.setItem(windowIdKey, made)
    if (session?.getItem(windowIdKey) === made) return made
  } catch {
    // No session storage to keep it in: the page's own id below.
  }
  fallbackWindowId ??= crypto.randomUUID()
  return fallbackWindowId
}

function pageSessionStorage(): KeyValueStore | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null
  }
}

/** Every key in `store` that starts with `prefix`; none where the store cannot list them. */
function keysStartingWith(store: DraftStore, prefix: string): string[] {
  const keys: string[] = []
  try {
    const count = store.length ?? 0
    for (let index = 0; index < count; index++) {
      const key = store.key?.(index)
      if (key?.startsWith(prefix)) keys.push(key)
    }
  } catch {
    // A store that refuses to be read has no drafts to offer.
  }
  return keys
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
  /** Two windows' drafts of one note in one, `first`'s text then `second`'s: nothing is lost. */
  combine(first: T, second: T): T
}

/** The draft key of an existing annotation. */
export function annotationDraftKey(annotationId: string): string {
  return `annotation:${annotationId}`
}

/**
 * The draft key of a note not yet saved on a paragraph (or on a passage of it) of a document of
 * the library; the shipped summary's (no `documentId`) are as before the library.
 */
export function newNoteDraftKey(
  paragraph: number,
  passage: { start: number; end: number } | null,
  documentId: string = shippedDocumentId
): string {
  const place = passage ? `${paragraph}:${passage.start}-${passage.end}` : `${paragraph}`
  return documentId === shippedDocumentId
    ? `new:${place}`
    : `new:${encodeURIComponent(documentId)}:${place}`
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

/** The draft of one editor: one record per window, written as the delegate types. */
export class EditorDraft<T> {
  #store: DraftStore
  #kind: DraftKind<T>
  #key: string
  /** Where this window keeps the draft. */
  #record: string
  /** Whether this editor has already removed the entries of an earlier version's layout. */
  #earlierRemoved = false
  /**
   * The other windows' records this editor restored, with their text as read: removed when the
   * note is saved or the draft discarded here, unless their window has written them again since.
   */
  #adopted = new Map<string, string>()

  /**
   * @param store local storage, or a stand-in
   * @param kind what the editor's drafts hold
   * @param key the editor's draft key (`annotationDraftKey`, `newNoteDraftKey`, …)
   * @param window this window's id (`windowId()`)
   */
  constructor(store: DraftStore, kind: DraftKind<T>, key: string, window: string = windowId()) {
    this.#store = store
    this.#kind = kind
    this.#key = key
    this.#record = draftRecordKey(key, window)
  }

  /**
   * The draft kept for this editor, or null: this window's; else those other windows (or the
   * previous versions) left, in one. A damaged record is ignored, not trusted.
   */
  load(saved: T): T | null {
    this.#adopted.clear()
    const own = this.#parse(read(this.#store, this.#record))
    if (own !== null) return own
    const found: T[] = []
    const others = keysStartingWith(this.#store, recordPrefix + this.#key + windowSeparator)
    for (const key of [recordPrefix + this.#key, ...others.sort()]) {
      if (key === this.#record) continue
      const text = read(this.#store, key)
      const draft = this.#parse(text)
      if (draft === null || text === null) continue
      this.#adopted.set(key, text)
      if (!found.some((other) => this.#kind.same(other, draft))) found.push(draft)
    }
    if (found.length === 0) {
      const earlier: EarlierDraft = {
        text: read(this.#store, earlierPrefix + this.#key),
        details: read(this.#store, earlierPrefix + this.#key + earlierDetailsSuffix)
      }
      if (earlier.text === null && earlier.details === null) return null
      return this.#kind.fromEarlier(earlier, saved)
    }
    const differing = found.filter((draft) => !this.#kind.same(draft, saved))
    if (differing.length === 0) return found[0]
    return differing.reduce((first, second) => this.#kind.combine(first, second))
  }

  #parse(record: string | null): T | null {
    return record === null ? null : this.#kind.parse(parseJson(record))
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
   * Keeps `fields` as this window's draft. Returns false if storage refused it (full or
   * disabled), so the editor can warn that the text exists only on screen until saved.
   */
  keep(fields: T): boolean {
    try {
      this.#store.setItem(this.#record, JSON.stringify(fields))
    } catch {
      return false
    }
    // The record now holds everything; earlier versions' entries would only come back later.
    if (!this.#earlierRemoved) this.#removeEarlier()
    return true
  }

  /**
   * Removes the draft once its note is saved or the delegate discards it: this window's, and the
   * other windows' it restored, unless written again since.
   */
  clear(): void {
    remove(this.#store, this.#record)
    for (const [key, text] of this.#adopted) {
      if (read(this.#store, key) === text) remove(this.#store, key)
    }
    this.#adopted.clear()
    this.#removeEarlier()
  }

  #removeEarlier(): void {
    remove(this.#store, recordPrefix + this.#key)
    remove(this.#store, earlierPrefix + this.#key)
    remove(this.#store, earlierPrefix + this.#key + earlierDetailsSuffix)
    this.#earlierRemoved = true
  }
}
