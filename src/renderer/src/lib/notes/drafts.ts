/**
 * Unsaved note text, kept in local storage as the delegate types, so switching paragraph,
 * cancelling or closing the window never loses it. A draft is removed only when its note is
 * saved, or when the delegate discards it.
 */
import type { KeyValueStore } from '../storage/key-value-store'

const draftPrefix = 'cnd67:draft:'

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

/** The draft stored under `key`, or null. */
export function loadDraft(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(draftPrefix + key)
  } catch {
    return null
  }
}

/**
 * Stores a draft. Returns false if storage refused it (full or disabled), so the editor can warn
 * that the text exists only on screen until saved.
 */
export function saveDraft(store: KeyValueStore, key: string, text: string): boolean {
  try {
    store.setItem(draftPrefix + key, text)
    return true
  } catch {
    return false
  }
}

/** Removes a draft once its note is saved or the delegate discards it. */
export function clearDraft(store: KeyValueStore, key: string): void {
  try {
    store.removeItem(draftPrefix + key)
  } catch {
    // Nothing to do: a draft left behind is offered again, never lost.
  }
}
