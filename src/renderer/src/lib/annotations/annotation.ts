/**
 * What a delegate creates on the meeting text: an annotation on a paragraph, or on a passage of
 * it, with a highlight colour if the delegate chose one, and a Markdown note. Targets follow the W3C Web Annotation model
 * (TextQuoteSelector and TextPositionSelector), relative to the paragraph's plain text.
 */
import type { FollowUp, Position } from '../follow-ups/follow-up'

/** The five highlight colours. Each has a label the delegate can rename. */
export const highlightColors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const

/** One of the five highlight colours. */
export type HighlightColor = (typeof highlightColors)[number]

/**
 * The labels the colours start with: their names. A colour means what the delegate makes it
 * mean, so it starts without a meaning; and a colour's name never collides with the app's other
 * words, as "Priority" (a follow-up's), "Concern" (a position) or "Follow up" did.
 */
export const defaultColorLabels: Readonly<Record<HighlightColor, string>> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple'
}

/**
 * The labels the colours started with before they were named after themselves. A stored label
 * equal to one of these was never renamed, and is read as today's default (see
 * colour-labels.ts).
 */
export const formerDefaultColorLabels: Readonly<Record<HighlightColor, string>> = {
  yellow: 'Priority',
  green: 'Agree',
  blue: 'Question',
  pink: 'Concern',
  purple: 'Follow up'
}

/** The class that paints a highlight of `color`, or of no colour: "highlight-blue", "highlight-none". */
export function highlightColorClass(color: HighlightColor | null): string {
  return `highlight-${color ?? 'none'}`
}

/** The quoted passage with some context either side (W3C TextQuoteSelector). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  /** Up to 32 characters before the passage, within its paragraph. */
  prefix: string
  /** Up to 32 characters after the passage, within its paragraph. */
  suffix: string
}

/** Where the passage starts and ends in its paragraph's plain text (W3C TextPositionSelector). */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  /** Offset of the first character, in UTF-16 code units. */
  start: number
  /** Offset just past the last character. */
  end: number
}

/** The passage of a paragraph an annotation is attached to. */
export interface PassageTarget {
  quote: TextQuoteSelector
  position: TextPositionSelector
}

/** An annotation as stored. */
export interface Annotation {
  /** A UUID, stable for the annotation's life (and across backups). */
  id: string
  /**
   * The document it was made on (library-document.ts): `shippedDocumentId` for the shipped
   * summary. Absent in records from versions 1 to 5 and in backups of format 1 and 2, which
   * were all on the summary (`documentIdOf` reads them so); database version 6 writes it.
   */
  documentId?: string
  /** The paragraph it was made on, in its document. */
  paragraph: number
  /** The highlighted passage, or null for a note on the whole paragraph. */
  target: PassageTarget | null
  /** The highlight colour the delegate chose, or null: a note has no colour unless one is chosen. */
  color: HighlightColor | null
  /** The note, in Markdown, exactly as typed. */
  note: string
  /** Tags, each in the spelling first used for it (see tag-names.ts). */
  tags: string[]
  /** What to do about it at CND67, if it is a follow-up. Absent in records from version 1. */
  followUp?: FollowUp | null
  /** The delegate's government's position on the paragraph. Absent in records from version 1. */
  position?: Position | null
  /** When it was created, ISO 8601. */
  createdAt: string
  /** When it was last changed, ISO 8601. */
  updatedAt: string
}
