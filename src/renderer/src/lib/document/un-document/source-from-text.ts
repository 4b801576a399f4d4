/**
 * Reads a UN document written as plain text or Markdown (typed, or converted from a PDF or Word
 * file) into the parser's lines, repairing what conversion does to it: headings run together on
 * one line between `**` marks, Markdown heading marks, and footnotes written as `* …` or `[^1]: …`
 * with their references as a trailing `*` or `[^1]`.
 */
import { footnoteReference, type SourceLine, type UnDocumentSource } from './un-source'
import { isHeading, letteredItem, numberedLine, romanHeading } from './un-patterns'

/** `* [E/CN.7/2024/1](#).`: a footnote marked with asterisks. */
const starFootnote = /^(\*{1,3})\s+(\S.*)$/u
/** `[^1]: See…`: a Markdown footnote. */
const markdownFootnote = /^\[\^([^\]\s]+)\]:\s*(.*)$/u
/** A reference by asterisk at the end of a line: "Item 6 of the provisional agenda*". */
const trailingStar = /(?<=[^*\s])(\*)$/u
/** `## II. Organization of the meeting`. */
const markdownHeading = /^(#{1,6})\s+(.+)$/u

/** The lines of a plain text or Markdown document. */
export function sourceFromText(text: string): UnDocumentSource {
  const rawLines = text.replace(/\r\n?/gu, '\n').split('\n')
  const starMarks = new Set<string>()
  for (const raw of rawLines) {
    const reference = trailingStar.exec(raw.trim())
    if (reference) starMarks.add(reference[1])
  }
  const lines: SourceLine[] = []
  let inHeader = true
  const push = (line: SourceLine) => {
    lines.push(line)
    if (romanHeading.test(line.text) || numberedLine.test(line.text)) inHeader = false
  }
  for (const raw of rawLines) {
    let line = raw
      .trim()
      .replace(/\[\^([^\]\s]+)\](?!:)/gu, (_, mark: string) => footnoteReference(mark))
    const footnote = starFootnote.exec(line)
    if (footnote && starMarks.has(footnote[1])) {
      lines.push({ text: unwrapLinks(footnote[2]), footnoteMark: footnote[1] })
      continue
    }
    const markdown = markdownFootnote.exec(line)
    if (markdown) {
      lines.push({ text: unwrapLinks(markdown[2]), footnoteMark: markdown[1] })
      continue
    }
    line = line.replace(trailingStar, (mark: string) =>
      starMarks.has(mark) ? footnoteReference(mark) : mark
    )
    const heading = markdownHeading.exec(line)
    if (heading) {
      push({ text: heading[2], headingLevel: heading[1].length })
      continue
    }
    if (numberedLine.test(line) || letteredItem.test(line)) {
      push({ text: line })
      continue
    }
    // A line of headings merged by the conversion ("II. Organization of the meeting**A. Agenda**")
    // splits at its bold marks, as does every line of the header.
    const parts = line
      .split('**')
      .map((part) => part.trim())
      .filter((part) => part !== '')
    if (line.includes('**') && (inHeader || parts.some((part) => isHeading(part)))) {
      for (const part of parts) {
        push({ text: part })
        lines.push({ text: '' })
      }
      continue
    }
    push({ text: line })
  }
  return { lines }
}

/** `[E/CN.7/2024/1](#)` as its text. */
function unwrapLinks(text: string): string {
  return text.replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
}
