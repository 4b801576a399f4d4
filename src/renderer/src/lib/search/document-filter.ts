/**
 * The search results' document filter: every document of the library, or one. The panel offers
 * it only once the library holds more than the shipped summary.
 */
import type { LibraryEntry } from '../library/library-document'

/** The document the results must be in, by id; null for every document. */
export type DocumentFilter = string | null

/** What the filter offers: a value (a document's id, or "" for every document) and its label. */
export interface DocumentChoice {
  value: string
  label: string
}

/** The label of the choice of every document. */
export const allDocumentsLabel = 'All documents'

/**
 * Whether a result in document `documentId` (null for a session note or a statement, which are
 * in no document) passes `filter`: all do when it is null; otherwise only those in its document.
 */
export function inDocumentFilter(filter: DocumentFilter, documentId: string | null): boolean {
  return filter === null || documentId === filter
}

/**
 * The choices of the filter over `entries`: every document, then each document by its symbol and
 * title; none when the library holds one document only, where there is nothing to choose.
 */
export function documentChoices(entries: readonly LibraryEntry[]): DocumentChoice[] {
  if (entries.length < 2) return []
  return [
    { value: '', label: allDocumentsLabel },
    ...entries.map((entry) => ({
      value: entry.id,
      label: entry.symbol ? `${entry.symbol}: ${entry.title}` : entry.title
    }))
  ]
}

/**
 * The filter that `value` (a choice's value) stands for among `entries`: every document for "",
 * for a document no longer in the library, and where the library holds one document only (the
 * filter is not offered then, so nothing may stay filtered out).
 */
export function documentFilterOf(value: string, entries: readonly LibraryEntry[]): DocumentFilter {
  return entries.length > 1 && entries.some((entry) => entry.id === value) ? value : null
}
