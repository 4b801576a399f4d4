/**
 * How the parts of a UN document are written: its headings, numbered paragraphs, lettered items
 * and header lines. One place, shared by the parser and the readers that repair converted text.
 */

/** "III. Summary of the proceedings": a first-level heading. */
export const romanHeading = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.\s+(.+)$/u
/** "B. Attendance": a second-level heading. */
export const letterHeading = /^([A-Z])\.\s+(.+)$/u
/** "12. The Programme Officer…": a numbered paragraph, or a numbered subsection heading. */
export const numberedLine = /^(\d+)\.\s+(.+)$/u
/** "(a) Setting standards…", also as a Markdown list item "- (a) …". */
export const letteredItem = /^(?:[-•]\s+)?\(([a-z])\)\s+(.+)$/u
/** "16 February 2024". */
export const printedDate =
  /^(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})$/u
/** "Item 6 of the provisional agenda", with the footnote mark the line may carry. */
export const agendaLabel = /^Item (\d+)(?: ?\([a-z]\))? of the (?:provisional )?agenda(\*?)$/u
/** A document symbol: "E/CN.7/2024/1", "A/RES/78/1", "E/CN.7/2024/CRP.5". */
export const documentSymbol = /^[A-Z]{1,6}(?:\.\d+)?(?:\/[A-Za-z0-9.()-]+)+$/u
/** A job number printed at the foot of UN documents: "V.24-01234 (E)", "24-01234". */
export const jobNumber = /^(?:[A-Z]\.)?\d{2}-\d{4,5}(?:\s*\([A-Z]\))?(?:\s+\*\d{7,}\*)?$/u

/** The month numbers of the printed month names. */
export const monthNumbers: ReadonlyMap<string, string> = new Map(
  [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
  ].map((month, index) => [month, String(index + 1).padStart(2, '0')])
)

/** "1. Presentations" is a heading; "1. The United Nations Office…" is a paragraph. */
export function isSubsectionHeading(text: string): boolean {
  return text.length <= 60 && !/[.:;,]$/u.test(text)
}

/** Whether a line is a heading of any level. */
export function isHeading(text: string): boolean {
  if (romanHeading.test(text) || letterHeading.test(text)) return true
  const numbered = numberedLine.exec(text)
  return numbered !== null && isSubsectionHeading(numbered[2])
}

/** Whether a line begins a part of the document's structure: a heading, a paragraph or an item. */
export function startsStructure(text: string): boolean {
  return (
    romanHeading.test(text) ||
    letterHeading.test(text) ||
    numberedLine.test(text) ||
    letteredItem.test(text)
  )
}
