/**
 * What the readers of UN documents (PDF, Word, plain text) hand to the one parser: the text line
 * by line, with what the source knows of its layout, and footnote references marked in the text.
 */

/** One line of a document as a reader found it. An empty `text` is a blank line. */
export interface SourceLine {
  /** The line's text; footnote references are written with `footnoteReference`. */
  text: string
  /** The page the line is printed on, from 1, where the source has pages. */
  page?: number
  /** The line's distance from the top of its page, in points, where the source has positions. */
  y?: number
  /** The size of the line's text, in points, where the source has it. */
  fontSize?: number
  /** Whether the whole line is bold, where the source says so. */
  bold?: boolean
  /** The heading level the source's styles give the line (Word's "Heading 1" is 1). */
  headingLevel?: number
  /** Set when the reader knows the line is the text of a footnote: the footnote's mark. */
  footnoteMark?: string
}

/** A document as a reader gives it to `parseUnDocument`. */
export interface UnDocumentSource {
  lines: SourceLine[]
}

const referenceStart = '\uE000'
const referenceEnd = '\uE001'

/** A footnote reference as the readers write it into a line's text. */
export function footnoteReference(mark: string): string {
  return `${referenceStart}${mark}${referenceEnd}`
}

/** Every footnote reference written with `footnoteReference`; group 1 is the mark. */
export const footnoteReferencePattern = /\uE000([^\uE000\uE001]*)\uE001/gu

/** The text without its footnote references. */
export function withoutFootnoteReferences(text: string): string {
  return text.replace(footnoteReferencePattern, '')
}
