/**
 * Reading paragraph numbers from what a user types or links to: "#para-59" in an address,
 * "59" in Go to paragraph. Anything that is not a paragraph of the document gets a message.
 */

/** The element id of paragraph `number` in the reference pane. */
export function paragraphElementId(number: number): string {
  return `para-${number}`
}

/** The element id of a section's heading, e.g. "section-III-B" for section III.B. */
export function sectionElementId(sectionId: string): string {
  return `section-${sectionId.replaceAll('.', '-')}`
}

/** The paragraph a location hash points at ("#para-59"), or null if it points at none. */
export function paragraphFromHash(hash: string, paragraphCount: number): number | null {
  const match = /^#para-(\d{1,4})$/u.exec(hash)
  if (!match) return null
  const number = Number(match[1])
  return number >= 1 && number <= paragraphCount ? number : null
}

/** What Go to paragraph makes of the typed text: a paragraph to jump to, or a message why not. */
export type GoToResult = { ok: true; number: number } | { ok: false; message: string }

/**
 * Reads a typed paragraph number. Accepts "59", " 59 ", "para. 59", "para 59", "¶59" and "#59",
 * because delegates cite paragraphs those ways.
 */
export function readParagraphNumber(typed: string, paragraphCount: number): GoToResult {
  const range = `Enter a paragraph number from 1 to ${paragraphCount}.`
  const trimmed = typed.trim()
  if (trimmed === '') return { ok: false, message: range }
  const match = /^(?:paras?\.?|paragraph|¶|#)?\s*(\d+)$/iu.exec(trimmed)
  if (!match)
    return { ok: false, message: `“${shorten(trimmed)}” is not a paragraph number. ${range}` }
  const number = Number(match[1])
  if (number < 1 || number > paragraphCount) {
    return { ok: false, message: `There is no paragraph ${shorten(match[1])}. ${range}` }
  }
  return { ok: true, number }
}

/** Keeps echoed user text short enough to read in a message. */
function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text
}
