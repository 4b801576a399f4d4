/**
 * Why a file could not be read as a UN document, in the plain words the delegate is shown: one
 * kind of problem each, one message each, naming the file's format.
 */
import { tooLargeMessage, type TextFileFormat } from '../file-formats/text-files'

/** What is wrong with a file. */
export type DocumentFileProblem =
  | 'too-large'
  | 'not-this-format'
  | 'encrypted'
  | 'no-text'
  | 'damaged'
  | 'zip-bomb'
  | 'macros'
  | 'external-reference'
  | 'unknown-format'

/** Raised by the readers; `message` is what the delegate is shown. */
export class DocumentFileError extends Error {
  override name = 'DocumentFileError'
  constructor(
    readonly problem: DocumentFileProblem,
    message: string
  ) {
    super(message)
  }
}

/** The error for a problem with a file of `format`; `size` for a file too large. */
export function documentFileError(
  problem: DocumentFileProblem,
  format: TextFileFormat,
  size = 0
): DocumentFileError {
  return new DocumentFileError(problem, problemMessage(problem, format, size))
}

function problemMessage(
  problem: DocumentFileProblem,
  format: TextFileFormat,
  size: number
): string {
  // "a PDF document" without its article, for "This PDF document…".
  const name = format.fullName.replace(/^an? /u, '')
  switch (problem) {
    case 'too-large':
      return tooLargeMessage(format, size)
    case 'not-this-format':
      return `This file is not ${format.shortName}, whatever its name says. It may be another kind of file.`
    case 'encrypted':
      return `This ${name} is protected by a password, so its text cannot be read. Open it in the program that made it, remove the password, and import it again.`
    case 'no-text':
      return `This ${name} has no text to read: it may be a scan (pictures of pages). Import a version with text, such as the Word file or the PDF from the UN Official Document System.`
    case 'damaged':
      return `This ${name} is damaged and cannot be read.`
    case 'zip-bomb':
      return `This ${name} would unpack to far more than a document holds, so it was not opened. It may be damaged, or made to harm.`
    case 'macros':
      return `This ${name} contains macros (program code), so it was not opened. Save it as a Word document without macros (.docx) and import it again.`
    case 'external-reference':
      return `This ${name} refers to files elsewhere (a template or link that would be fetched), so it was not opened. Save a copy without them and import it again.`
    case 'unknown-format':
      return 'This file is not a PDF, Word (.docx), text (.txt) or Markdown (.md) file, so it cannot be imported as a document.'
  }
}
