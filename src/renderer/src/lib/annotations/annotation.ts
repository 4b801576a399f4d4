/**
 * What a delegate creates on the meeting text: an annotation on a paragraph, or on a passage of
 * it, with a highlight colour and a Markdown note. Targets follow the W3C Web Annotation model
 * (TextQuoteSelector and TextPositionSelector), relative to the paragraph's plain text.
 */
import type { FollowUp, Position } from '../follow-ups/follow-up'

/** The five highlight colours. Each has a label the delegate can rename. */
export const highlightColors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const

/** One of the five highlight colours. */
export type HighlightColor = (typeof highlightColors)[number]

/** The labels the colours start with. */
export const defaultColorLabels: Readonly<Record<HighlightColor, string>> = {
  yellow: 'Priority',
  green: 'Agree',
  blue: 'Question',
  pink: 'Concern',
  purple: 'Follow up'
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
  /** The paragraph it was made on. */
  paragraph: number
  /** The highlighted passage, or null for a note on the whole paragraph. */
  target: PassageTarget | null
  color: HighlightColor
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
