/**
 * Putting a quotation into the statement where the cursor is: it replaces any selected text,
 * and is set apart from the words either side by a space, so that it never runs into them.
 */

/** The statement's text with `insertion` in place, and where the cursor goes after it. */
export interface Inserted {
  text: string
  cursor: number
}

/**
 * `text` with `insertion` put between `start` and `end` (the textbox's selection), with a space
 * added before it unless at the start of a line or after a space, and after it unless at the
 * end of a line or before a space or punctuation that closes a sentence.
 */
export function insertAtCursor(
  text: string,
  start: number,
  end: number,
  insertion: string
): Inserted {
  const from = Math.max(0, Math.min(start, text.length))
  const to = Math.max(from, Math.min(end, text.length))
  const before = text.slice(0, from)
  const after = text.slice(to)
  const lead = before === '' || /\s$/u.test(before) ? '' : ' '
  const trail = after === '' || /^[\s.,;:!?)]/u.test(after) ? '' : ' '
  const placed = `${lead}${insertion}${trail}`
  return { text: `${before}${placed}${after}`, cursor: before.length + placed.length }
}
