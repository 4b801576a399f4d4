/**
 * The typed model of a UN document as `parseUnDocument` reads it: header, title, section tree,
 * numbered paragraphs with lettered items, and footnotes placed at their reference.
 */
import type { Inline, LetteredItem } from '../meeting-document'

/** The header block of a UN document, as far as it could be read. */
export interface UnDocumentHeader {
  /** The document symbols, in the order printed: ["E/CN.7/2024/1"]. */
  symbols: string[]
  /** The date as printed, "16 February 2024", or null. */
  dateText: string | null
  /** The same date as an ISO date, "2024-02-16", or null. */
  date: string | null
  /** "General", "Limited" or "Restricted", from "Distr.: General"; null if not printed. */
  distribution: string | null
  /** The original language, "English" from "Original: English"; null if not printed. */
  originalLanguage: string | null
  /** The body the document is for, "Commission on Narcotic Drugs", or null. */
  body: string | null
  /** The session line, "Sixty-seventh session", or null. */
  session: string | null
  /** The agenda item the document is issued under, or null. */
  agendaItem: { label: string; number: number; title: string | null } | null
  /** Every part of the header block in order, as printed (footnote references removed). */
  parts: string[]
}

/** A heading and the part of the document it covers. */
export interface UnSection {
  /** Stable id built from the heading labels, e.g. "III.B.1". */
  id: string
  /** The heading's own label: "III", "B" or "1". */
  label: string
  /** The heading text without its label. */
  title: string
  /** 1 for roman numerals, 2 for capital letters, 3 for numbered subsections. */
  level: 1 | 2 | 3
  /** First and last paragraph numbers covered, subsections included; null if none. */
  range: { first: number; last: number } | null
  children: UnSection[]
}

/** A numbered paragraph. */
export interface UnParagraph {
  /** From 1, in document order. */
  number: number
  /** The paragraph's own text, before any lettered items. */
  content: Inline[]
  items: LetteredItem[]
  /** Ids of the sections containing the paragraph, outermost first. */
  sectionPath: string[]
  /** The plain text of the paragraph and its items, for search and citation. */
  text: string
}

/** A footnote, placed at its reference. */
export interface UnFootnote {
  /** The mark as printed: "1", "*". */
  mark: string
  text: string
  /** The paragraph that refers to it; null when the reference is in the header or title, or not found. */
  paragraph: number | null
  /** The lettered item of that paragraph that refers to it, or null. */
  item: string | null
}

/** How the paragraphs were found. */
export type ParagraphNumbering =
  /** Numbered as printed: "1.", "2.", … */
  | 'numbered'
  /** The document has no numbered paragraphs: each block of text is a paragraph, numbered in order. */
  | 'by-blank-lines'

/** A UN document. */
export interface UnDocument {
  header: UnDocumentHeader
  /** The document's title, or "" if none was found. */
  title: string
  sections: UnSection[]
  paragraphs: UnParagraph[]
  footnotes: UnFootnote[]
  numbering: ParagraphNumbering
  /** What the delegate should know about how the document was read, e.g. the numbering fallback. */
  notice: string | null
  /** Text found after a heading and before any paragraph, which no paragraph holds. */
  unplaced: string[]
}
