/**
 * The one parser for UN documents: from the lines a reader found (PDF, Word, plain text) to the
 * header, title, section tree, numbered paragraphs with lettered items, and footnotes placed at
 * their reference. Where no numbered paragraphs are found, each block of text is a paragraph.
 */
import { inlineText, parseInline } from '../parse-inline'
import type { LetteredItem } from '../meeting-document'
import { unfoldPages, type FootnoteText, type TextBlock } from './page-layout'
import { footnoteReferencePattern, type UnDocumentSource } from './un-source'
import {
  agendaLabel,
  documentSymbol,
  isSubsectionHeading,
  letterHeading,
  letteredItem,
  monthNumbers,
  numberedLine,
  printedDate,
  romanHeading
} from './un-patterns'
import type {
  UnDocument,
  UnDocumentHeader,
  UnFootnote,
  UnParagraph,
  UnSection
} from './un-document'

/** What the delegate is told when the paragraphs had to be numbered by the parser. */
export const unnumberedNotice =
  'This document has no numbered paragraphs, so each block of text is a paragraph, numbered in order.'

/** A paragraph while its blocks are still being collected. */
interface OpenParagraph {
  number: number
  source: string
  items: { label: string; source: string }[]
  sectionPath: string[]
}

/** A section while its paragraphs are still being collected. */
interface OpenSection {
  id: string
  label: string
  title: string
  level: 1 | 2 | 3
  children: OpenSection[]
  paragraphs: number[]
}

/** Where a footnote reference was found. */
interface Reference {
  mark: string
  paragraph: number | null
  item: string | null
}

/** Reads a UN document from the lines a reader found. */
export function parseUnDocument(source: UnDocumentSource): UnDocument {
  const { blocks, footnotes, runningSymbols } = unfoldPages(source.lines)
  const numbered = readStructure(blocks, false)
  const read = numbered.paragraphs.length > 0 ? numbered : readStructure(blocks, true)
  const references: Reference[] = []
  const headerParts = read.headerParts.map((part) => takeReferences(part, references, null, null))
  const paragraphs = read.paragraphs.map((open) => closeParagraph(open, references))
  const sections = read.sections.map(closeSection)
  const { header, title } = readHeader(headerParts, runningSymbols)
  return {
    header,
    title,
    sections,
    paragraphs,
    footnotes: placeFootnotes(footnotes, references),
    numbering: read === numbered ? 'numbered' : 'by-blank-lines',
    notice: read === numbered ? null : unnumberedNotice,
    unplaced: read.unplaced
  }
}

/** The parts of a document found in its blocks, before they are closed into the model. */
interface Structure {
  headerParts: string[]
  sections: OpenSection[]
  paragraphs: OpenParagraph[]
  unplaced: string[]
}

/**
 * Walks the blocks: the header until the first heading or paragraph 1, then headings, numbered
 * paragraphs (each the next number), their lettered items, and the rest of a paragraph a page
 * split. With `byBlocks`, every block that is not a heading is a paragraph of its own.
 */
function readStructure(blocks: readonly TextBlock[], byBlocks: boolean): Structure {
  const headerParts: string[] = []
  const topSections: OpenSection[] = []
  const openSections: OpenSection[] = []
  const paragraphs: OpenParagraph[] = []
  const unplaced: string[] = []
  let current: OpenParagraph | null = null
  let headerDone = false

  const openSection = (level: 1 | 2 | 3, label: string, title: string) => {
    while (openSections.length >= level) openSections.pop()
    const parent = openSections.at(-1)
    const section: OpenSection = {
      id: parent ? `${parent.id}.${label}` : label,
      label,
      title,
      level,
      children: [],
      paragraphs: []
    }
    if (parent) parent.children.push(section)
    else topSections.push(section)
    openSections.push(section)
    headerDone = true
    current = null
  }
  const openParagraph = (text: string) => {
    headerDone = true
    current = {
      number: paragraphs.length + 1,
      source: text,
      items: [],
      sectionPath: openSections.map((section) => section.id)
    }
    paragraphs.push(current)
    openSections.at(-1)?.paragraphs.push(current.number)
  }

  const byBlocksHeaderEnd = byBlocks ? headerEndWithoutNumbers(blocks) : 0
  blocks.forEach((block, index) => {
    const text = block.text
    const numbered = numberedLine.exec(text)
    const headingStyled = block.headingLevel !== null
    if (byBlocks && index < byBlocksHeaderEnd) {
      headerParts.push(text)
      return
    }
    if (byBlocks) headerDone = true
    if (
      !byBlocks &&
      numbered &&
      !headingStyled &&
      Number(numbered[1]) === paragraphs.length + 1 &&
      (headerDone || numbered[1] === '1')
    ) {
      openParagraph(numbered[2])
      return
    }
    const item = letteredItem.exec(text)
    if (item && current) {
      current.items.push({ label: item[1], source: item[2] })
      return
    }
    const roman = romanHeading.exec(text)
    if (roman) {
      openSection(1, roman[1], roman[2])
      return
    }
    if (!headerDone) {
      headerParts.push(text)
      return
    }
    const letter = letterHeading.exec(text)
    if (letter && topSections.length > 0) {
      openSection(2, letter[1], letter[2])
      return
    }
    if (
      numbered &&
      (headingStyled || isSubsectionHeading(numbered[2])) &&
      openSections.length >= 2
    ) {
      openSection(3, numbered[1], numbered[2])
      return
    }
    if (byBlocks) {
      openParagraph(text)
      return
    }
    if (!current) {
      unplaced.push(text)
      return
    }
    const open: OpenParagraph = current
    const lastItem = open.items.at(-1)
    if (lastItem) lastItem.source = `${lastItem.source} ${text}`
    else open.source = `${open.source} ${text}`
  })
  return { headerParts, sections: topSections, paragraphs, unplaced }
}

/**
 * Where the header ends in a document without numbered paragraphs: at its first heading, or else
 * after the header lines it starts with and one line of title.
 */
function headerEndWithoutNumbers(blocks: readonly TextBlock[]): number {
  const firstHeading = blocks.findIndex((block) => romanHeading.test(block.text))
  if (firstHeading >= 0) return firstHeading
  let index = 0
  while (index < blocks.length && isHeaderField(blocks[index].text)) index++
  return Math.min(index + 1, blocks.length)
}

/** Whether a header part is one of the fields a UN header prints, rather than a title. */
function isHeaderField(part: string): boolean {
  return (
    part.split(/\s+/u).every((word) => documentSymbol.test(word)) ||
    printedDate.test(part) ||
    /^Distr\.?:/u.test(part) ||
    /^Original:/u.test(part) ||
    agendaLabel.test(part)
  )
}

/** The text without its footnote references, each noted with where it was found. */
function takeReferences(
  text: string,
  references: Reference[],
  paragraph: number | null,
  item: string | null
): string {
  return text
    .replace(footnoteReferencePattern, (_, mark: string) => {
      references.push({ mark, paragraph, item })
      return ''
    })
    .replace(/\s+/gu, ' ')
    .trim()
}

/** Gives a collected paragraph its inline content and plain text. */
function closeParagraph(open: OpenParagraph, references: Reference[]): UnParagraph {
  const content = parseInline(takeReferences(open.source, references, open.number, null))
  const items: LetteredItem[] = open.items.map((item) => ({
    label: item.label,
    content: parseInline(takeReferences(item.source, references, open.number, item.label))
  }))
  const text = [
    inlineText(content),
    ...items.map((item) => `(${item.label}) ${inlineText(item.content)}`)
  ].join(' ')
  return { number: open.number, content, items, sectionPath: open.sectionPath, text }
}

/** Freezes an open section into the model's shape, with the paragraph range it covers. */
function closeSection(open: OpenSection): UnSection {
  const children = open.children.map(closeSection)
  const numbers = [
    ...open.paragraphs,
    ...children.flatMap((child) => (child.range ? [child.range.first, child.range.last] : []))
  ]
  return {
    id: open.id,
    label: open.label,
    title: open.title,
    level: open.level,
    range: numbers.length > 0 ? { first: Math.min(...numbers), last: Math.max(...numbers) } : null,
    children
  }
}

/** Each footnote at the first reference with its mark not yet taken, in order. */
function placeFootnotes(footnotes: readonly FootnoteText[], references: Reference[]): UnFootnote[] {
  const unused = [...references]
  return footnotes.map((footnote) => {
    const at = unused.findIndex((reference) => reference.mark === footnote.mark)
    const reference = at >= 0 ? unused.splice(at, 1)[0] : null
    return {
      mark: footnote.mark,
      text: footnote.text.replace(/\s+/gu, ' ').trim(),
      paragraph: reference?.paragraph ?? null,
      item: reference?.item ?? null
    }
  })
}

/** Reads the header's fields from its parts, and the title: the last part that is not a field. */
function readHeader(
  parts: readonly string[],
  runningSymbols: readonly string[]
): { header: UnDocumentHeader; title: string } {
  const header: UnDocumentHeader = {
    symbols: [...runningSymbols],
    dateText: null,
    date: null,
    distribution: null,
    originalLanguage: null,
    body: null,
    session: null,
    agendaItem: null,
    parts: [...parts]
  }
  const rest: string[] = []
  let agendaAt: number | null = null
  for (const part of parts) {
    const words = part.split(/\s+/u)
    const printed = printedDate.exec(part)
    const agenda = agendaLabel.exec(part)
    const distribution = /^Distr\.?:?\s*(.+)$/u.exec(part)
    const original = /^Original:\s*(.+)$/u.exec(part)
    if (words.every((word) => documentSymbol.test(word))) {
      for (const word of words) if (!header.symbols.includes(word)) header.symbols.push(word)
    } else if (printed && header.date === null) {
      header.dateText = part
      header.date = `${printed[3]}-${monthNumbers.get(printed[2])}-${printed[1].padStart(2, '0')}`
    } else if (distribution) header.distribution = distribution[1]
    else if (original) header.originalLanguage = original[1]
    else if (agenda && header.agendaItem === null) {
      header.agendaItem = {
        label: part.replace(/\*$/u, ''),
        number: Number(agenda[1]),
        title: null
      }
      agendaAt = rest.length
    } else if (/\bsession$/iu.test(part) && header.session === null) {
      header.session = part
      header.body = rest.at(-1) ?? null
    } else rest.push(part)
  }
  const afterAgenda = agendaAt === null ? rest : rest.slice(agendaAt)
  if (header.agendaItem && afterAgenda.length > 1) header.agendaItem.title = afterAgenda[0]
  const title = afterAgenda.at(-1) ?? ''
  return { header, title }
}
