/** Groups paragraphs by the innermost section that holds them, for rendering section by section. */
import type { Paragraph } from './meeting-document'

/** Paragraphs keyed by their innermost section's id, each list in document order. */
export function paragraphsBySection(paragraphs: readonly Paragraph[]): Map<string, Paragraph[]> {
  const bySection = new Map<string, Paragraph[]>()
  for (const paragraph of paragraphs) {
    const sectionId = paragraph.sectionPath.at(-1) ?? ''
    const list = bySection.get(sectionId)
    if (list) list.push(paragraph)
    else bySection.set(sectionId, [paragraph])
  }
  return bySection
}
