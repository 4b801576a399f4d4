/**
 * The one rule for a document's title in the library: one line of well-formed text, trimmed, not
 * blank, at most 300 characters (counted as a delegate counts them, an emoji as one). Renaming
 * refuses a title that breaks it; an import makes the title it read fit it.
 */

/** The longest title, in characters (Unicode code points), as long as a statement's. */
export const maxDocumentTitleLength = 300

/**
 * A typed or read title as stored: well-formed (a lone half of a surrogate pair becomes U+FFFD),
 * line breaks and runs of whitespace as one space, trimmed. Never cut: see `documentTitleProblem`.
 */
export function cleanDocumentTitle(typed: string): string {
  return typed.toWellFormed().replace(/\s+/gu, ' ').trim()
}

/** Why a typed title cannot be saved, in plain words, or null when it can. */
export function documentTitleProblem(typed: string): string | null {
  const title = cleanDocumentTitle(typed)
  if (title === '') return 'A document’s title cannot be blank.'
  if (Array.from(title).length > maxDocumentTitleLength) {
    return `A document’s title cannot be longer than ${maxDocumentTitleLength} characters.`
  }
  return null
}

/**
 * The title an imported document starts with: the title read from it, or else the file's name,
 * cleaned and, if longer than the rule allows, cut to it with an ellipsis.
 */
export function importedTitle(readTitle: string, fileName: string): string {
  const title = cleanDocumentTitle(readTitle) || cleanDocumentTitle(fileName) || 'Untitled document'
  const characters = Array.from(title)
  if (characters.length <= maxDocumentTitleLength) return title
  return `${characters
    .slice(0, maxDocumentTitleLength - 1)
    .join('')
    .trimEnd()}…`
}
