/**
 * How faithfully an imported copy of the meeting summary matches the built-in parse: paragraph by
 * paragraph (text with whitespace normalised, and lettered items), and the section tree.
 */
import type { MeetingDocument, Section } from '@renderer/lib/document/meeting-document'
import type { UnDocument, UnSection } from '@renderer/lib/document/un-document/un-document'

const normalised = (text: string) => text.replace(/\s+/gu, ' ').trim()

/** The section tree as ids, titles and ranges. */
export function sectionOutline(sections: readonly (Section | UnSection)[]): unknown[] {
  return sections.map((section) => ({
    id: section.id,
    title: section.title,
    range: section.range,
    children: sectionOutline(section.children)
  }))
}

/** The numbers of the built-in paragraphs that the import gives with the same text and items. */
export function matchedParagraphs(builtIn: MeetingDocument, imported: UnDocument): number[] {
  return builtIn.paragraphs
    .filter((paragraph) => {
      const copy = imported.paragraphs.find((candidate) => candidate.number === paragraph.number)
      return (
        copy !== undefined &&
        normalised(copy.text) === normalised(paragraph.text) &&
        copy.items.map((item) => item.label).join() ===
          paragraph.items.map((item) => item.label).join() &&
        copy.sectionPath.join() === paragraph.sectionPath.join()
      )
    })
    .map((paragraph) => paragraph.number)
}

/** The first paragraph that differs, both versions, for a failing test to show. */
export function firstDifference(
  builtIn: MeetingDocument,
  imported: UnDocument
): { number: number; builtIn: string; imported: string } | null {
  const matched = new Set(matchedParagraphs(builtIn, imported))
  const paragraph = builtIn.paragraphs.find((candidate) => !matched.has(candidate.number))
  if (!paragraph) return null
  const copy = imported.paragraphs.find((candidate) => candidate.number === paragraph.number)
  return { number: paragraph.number, builtIn: paragraph.text, imported: copy?.text ?? '(missing)' }
}
