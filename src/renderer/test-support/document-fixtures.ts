/** Fixture values for tests over the real meeting summary: paragraph number runs it is cut into. */

/** Paragraph numbers from `first` to `last` inclusive. */
export function paragraphNumbers(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}

/** The procedural paragraphs: opening, organization, session introductions and the close. */
export const proceduralParagraphNumbers: readonly number[] = [
  ...paragraphNumbers(1, 9),
  13,
  31,
  32,
  35,
  45,
  46,
  51,
  67,
  68,
  72,
  ...paragraphNumbers(84, 87)
]
