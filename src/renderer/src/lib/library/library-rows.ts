/**
 * What the Library view lists of each document, and what removing one says first: pure
 * functions over the documents and the annotations. The shipped summary is always the first row,
 * built in; the imported documents follow in the order they were imported.
 */
import type { Annotation } from '../annotations/annotation'
import { dayLabel } from '../follow-ups/follow-up'
import { countOf } from '../ui/wording'
import {
  documentIdOf,
  documentSymbol,
  shippedDocumentId,
  type ImportedDocument,
  type OriginalFile
} from './library-document'

/**
 * An imported document as the library keeps it in memory: the stored record without its original
 * file's bytes, which only a backup reads (from the database), and which would otherwise be held
 * for every document as long as the window is open.
 */
export type LibraryDocument = Omit<ImportedDocument, 'original'> & {
  original: Omit<OriginalFile, 'bytes'>
}

/** An imported document without its file's bytes. */
export function withoutBytes(record: ImportedDocument | LibraryDocument): LibraryDocument {
  const { name, kind, sha256 } = record.original
  return { ...record, original: { name, kind, sha256 } }
}

/** What the library shows of the shipped summary, which is built in rather than stored. */
export interface ShippedSummary {
  title: string
  /** Its date as printed, "14 March 2024". */
  dateText: string
  paragraphCount: number
}

/** One document as the Library view lists it. */
export interface LibraryRow {
  id: string
  title: string
  /** The symbol it is cited by, or null (the shipped summary has none). */
  symbol: string | null
  /** The date printed on it, else the day it was imported: "Imported Thursday 14 March 2024". */
  dateLabel: string
  paragraphCount: number
  annotationCount: number
  /** How many of its annotations are follow-ups. */
  followUpCount: number
  /** The shipped summary: always there, never renamed or removed. */
  builtIn: boolean
}

/** How many annotations, and of them follow-ups, each document has. */
function countsByDocument(
  annotations: readonly Annotation[]
): Map<string, { annotations: number; followUps: number }> {
  const counts = new Map<string, { annotations: number; followUps: number }>()
  for (const annotation of annotations) {
    const id = documentIdOf(annotation)
    let count = counts.get(id)
    if (!count) counts.set(id, (count = { annotations: 0, followUps: 0 }))
    count.annotations++
    if (annotation.followUp) count.followUps++
  }
  return counts
}

/** Every document of the library as the Library view lists it: the shipped summary first. */
export function libraryRows(
  shipped: ShippedSummary,
  documents: readonly LibraryDocument[],
  annotations: readonly Annotation[]
): LibraryRow[] {
  const counts = countsByDocument(annotations)
  const countsOf = (id: string) => {
    const count = counts.get(id)
    return { annotationCount: count?.annotations ?? 0, followUpCount: count?.followUps ?? 0 }
  }
  return [
    {
      id: shippedDocumentId,
      title: shipped.title,
      symbol: null,
      dateLabel: shipped.dateText,
      paragraphCount: shipped.paragraphCount,
      ...countsOf(shippedDocumentId),
      builtIn: true
    },
    ...documents.map((document) => ({
      id: document.id,
      title: document.title,
      symbol: documentSymbol(document.document),
      dateLabel:
        document.document.header.dateText ??
        `Imported ${dayLabel(document.importedAt.slice(0, 10))}`,
      paragraphCount: document.document.paragraphs.length,
      ...countsOf(document.id),
      builtIn: false
    }))
  ]
}

/** "12 annotations (3 follow-ups)", "1 annotation", "no annotations". */
function annotationsSaid(row: Pick<LibraryRow, 'annotationCount' | 'followUpCount'>): string {
  if (row.annotationCount === 0) return 'no annotations'
  const followUps = row.followUpCount > 0 ? ` (${countOf(row.followUpCount, 'follow-up')})` : ''
  return `${countOf(row.annotationCount, 'annotation')}${followUps}`
}

/**
 * What removing a document will do, said before it is done, in three parts so that the title
 * can be shown in its own direction: "Removes “" + title + "” and its 12 annotations (3 follow-ups)."
 */
export interface RemovalPreview {
  before: string
  title: string
  after: string
}

/** What removing `row`'s document will remove, said before it is done. */
export function removalPreview(row: LibraryRow): RemovalPreview {
  const after =
    row.annotationCount === 0 ? '”. It has no annotations.' : `” and its ${annotationsSaid(row)}.`
  return { before: 'Removes “', title: row.title, after }
}

/** What a removal did, for its notice and Undo: "Removed “Title” and its 12 annotations". */
export function removalDescription(title: string, annotations: readonly Annotation[]): string {
  return annotations.length === 0
    ? `Removed “${title}”`
    : `Removed “${title}” and its ${countOf(annotations.length, 'annotation')}`
}
