/**
 * Undoes what page layout adds to a UN document's text: running headers and footers (the symbol,
 * page numbers, job numbers), footnotes printed at the foot of a page, lines broken by the page
 * width (with their line-end hyphenation) and paragraphs broken by a page end. What is left is a
 * list of blocks of text, each a heading, a paragraph, an item or the part of one a page split.
 */
import { withoutFootnoteReferences, type SourceLine } from './un-source'
import { documentSymbol, jobNumber, startsStructure } from './un-patterns'

/** A run of lines that belong together: a heading, a paragraph or the part of one on a page. */
export interface TextBlock {
  text: string
  page: number | null
  /** The heading level the source's styles give the block, if any. */
  headingLevel: number | null
}

/** The text of a footnote as printed, before it is placed at its reference. */
export interface FootnoteText {
  mark: string
  text: string
}

/** What is left of the lines once the page layout is undone. */
export interface UnfoldedText {
  blocks: TextBlock[]
  footnotes: FootnoteText[]
  /** Symbols found in the running headers, which are removed from the text. */
  runningSymbols: string[]
}

/** A lone page number, "3", "Page 3", "3/12", "3 of 12". */
const pageNumber = /^(?:Page\s+)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$/iu
/** The start of a footnote as plain text: "1 See…", "* E/CN.7/2024/1". */
const footnoteStart = /^(\d{1,3}|\*{1,3})\s+(\S.*)$/u
/** How many lines at the top and at the foot of a page may be a running header or footer. */
const runningBand = 3

/** Undoes the page layout of the lines a reader found. */
export function unfoldPages(lines: readonly SourceLine[]): UnfoldedText {
  const runningSymbols: string[] = []
  const kept = removeRunningText(lines, runningSymbols)
  const { body, footnotes } = separateFootnotes(kept)
  const vocabulary = collectVocabulary(body)
  return { blocks: buildBlocks(body, vocabulary), footnotes, runningSymbols }
}

/**
 * Removes running headers and footers: job numbers anywhere, and at the top or foot of a page, page
 * numbers, lone symbols and any line that recurs there on several pages (digits aside).
 */
function removeRunningText(lines: readonly SourceLine[], symbols: string[]): SourceLine[] {
  const pages = new Map<number, number[]>()
  lines.forEach((line, index) => {
    if (line.page === undefined || line.text.trim() === '') return
    const onPage = pages.get(line.page) ?? []
    onPage.push(index)
    pages.set(line.page, onPage)
  })
  const banded = new Set<number>()
  for (const indexes of pages.values()) {
    indexes.slice(0, runningBand).forEach((index) => banded.add(index))
    indexes.slice(-runningBand).forEach((index) => banded.add(index))
  }
  const shape = (text: string) => text.trim().replace(/\d+/gu, '#')
  const pagesByShape = new Map<string, Set<number>>()
  for (const index of banded) {
    const key = shape(lines[index].text)
    const seen = pagesByShape.get(key) ?? new Set<number>()
    seen.add(lines[index].page ?? 0)
    pagesByShape.set(key, seen)
  }
  // A running line recurs on many pages: twice in a short document, on a third of a long one's.
  const recurrence = Math.max(2, Math.ceil(pages.size * 0.3))
  const isRunning = (line: SourceLine, index: number): boolean => {
    // A footnote at the foot of a page starts with its mark; it is never running text.
    if (line.text.trimStart().startsWith('\uE000')) return false
    const text = withoutFootnoteReferences(line.text).trim()
    if (text === '') return false
    if (jobNumber.test(text) || /^Please recycle\b/iu.test(text)) return true
    if (!banded.has(index)) return false
    if (pageNumber.test(text)) return true
    const parts = text.split(/\s+/u)
    if (parts.every((part) => documentSymbol.test(part) || pageNumber.test(part))) {
      for (const part of parts) {
        if (documentSymbol.test(part) && !symbols.includes(part)) symbols.push(part)
      }
      return true
    }
    if (parts.some((part) => jobNumber.test(part))) return true
    return (pagesByShape.get(shape(text))?.size ?? 0) >= recurrence
  }
  return lines.filter((line, index) => !isRunning(line, index))
}

/** The most common font size of the text, weighted by its length; null if the source has none. */
function bodyFontSize(lines: readonly SourceLine[]): number | null {
  const weight = new Map<number, number>()
  for (const line of lines) {
    if (line.fontSize === undefined) continue
    const size = Math.round(line.fontSize * 2) / 2
    weight.set(size, (weight.get(size) ?? 0) + line.text.length)
  }
  let best: number | null = null
  for (const [size, length] of weight) {
    if (best === null || length > (weight.get(best) ?? 0)) best = size
  }
  return best
}

/**
 * Takes out footnotes: lines a reader marked as such, and on each page the run of smaller lines at
 * its foot that starts with a footnote mark.
 */
function separateFootnotes(lines: readonly SourceLine[]): {
  body: SourceLine[]
  footnotes: FootnoteText[]
} {
  const footnotes: FootnoteText[] = []
  const inFootnotes = new Set<number>()
  const bodySize = bodyFontSize(lines)
  if (bodySize !== null) {
    const lastLineOfPage = new Map<number, number>()
    lines.forEach((line, index) => {
      if (line.page !== undefined && line.text.trim() !== '') lastLineOfPage.set(line.page, index)
    })
    for (const last of lastLineOfPage.values()) {
      let first = last + 1
      for (let index = last; index >= 0; index--) {
        const line = lines[index]
        if (line.page !== lines[last].page) break
        if (line.text.trim() === '') continue
        if (line.fontSize === undefined || line.fontSize >= bodySize * 0.92) break
        first = index
      }
      let open: FootnoteText | null = null
      for (let index = first; index <= last; index++) {
        const text = lines[index].text.trim()
        if (text === '') continue
        const start = markAtStart(text)
        if (start) {
          open = { mark: start.mark, text: start.text }
          footnotes.push(open)
        } else if (open) open.text = joinLines(open.text, text, null)
        else break
        inFootnotes.add(index)
      }
    }
  }
  const body: SourceLine[] = []
  lines.forEach((line, index) => {
    if (line.footnoteMark !== undefined) {
      footnotes.push({ mark: line.footnoteMark, text: line.text.trim() })
    } else if (!inFootnotes.has(index)) body.push(line)
  })
  return { body, footnotes }
}

/** A footnote's mark at the start of a line: a reference mark or a number followed by text. */
function markAtStart(text: string): FootnoteText | null {
  const reference = /^\uE000([^\uE001]*)\uE001\s*(.*)$/u.exec(text)
  if (reference) return { mark: reference[1], text: reference[2] }
  const plain = footnoteStart.exec(text)
  return plain ? { mark: plain[1], text: plain[2] } : null
}

/** The words of the text, to tell a line-end hyphen that splits a word from one that joins two. */
export interface Vocabulary {
  /** Words written with a hyphen inside a line, lower case: "non-medical". */
  hyphenated: Set<string>
  /** Every word, lower case. */
  words: Set<string>
}

/** Collects the words of the lines. */
export function collectVocabulary(lines: readonly { text: string }[]): Vocabulary {
  const hyphenated = new Set<string>()
  const words = new Set<string>()
  for (const line of lines) {
    for (const match of line.text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const word = match[0].toLowerCase()
      if (word.includes('-')) hyphenated.add(word)
      else words.add(word)
    }
  }
  return { hyphenated, words }
}

/** First parts of words that keep their hyphen: "non-medical", "self-reported". */
const hyphenatedPrefixes = new Set([
  'non',
  'anti',
  'co',
  'cross',
  'self',
  'well',
  'ex',
  'post',
  'pre',
  'semi',
  'quasi',
  'multi',
  'bi',
  'tri',
  'socio',
  'counter',
  'mid',
  'pan',
  'vice'
])
/** Second parts of words that keep their hyphen: "evidence-based", "drug-related". */
const hyphenatedSuffixes = new Set([
  'based',
  'related',
  'led',
  'level',
  'making',
  'building',
  'term',
  'free',
  'wide',
  'scale',
  'oriented',
  'sharing',
  'specific',
  'sensitive',
  'owned',
  'driven',
  'focused',
  'friendly',
  'informed',
  'laundering',
  'up'
])

/**
 * Joins a line to the next one of its paragraph. A soft hyphen at the end always splits a word.
 * A hyphen after a letter, before a lower-case letter, is kept if the text writes the word with a
 * hyphen elsewhere, dropped if it writes it without one; otherwise the typographic hyphen (U+2010,
 * which layout engines print where they break a word) is dropped unless the word's parts are ones
 * that keep their hyphen, and the plain hyphen-minus, which authors type, is kept.
 */
export function joinLines(left: string, right: string, vocabulary: Vocabulary | null): string {
  if (left.endsWith('\u00AD')) return left.slice(0, -1) + right
  const broken = /(\p{L}+)([-\u2010])$/u.exec(left)
  const next = /^(\p{Ll}\p{L}*)/u.exec(right)
  if (broken && next) {
    const [before, after] = [broken[1].toLowerCase(), next[1].toLowerCase()]
    const stem = left.slice(0, -1)
    if (vocabulary?.hyphenated.has(`${before}-${after}`)) return `${stem}-${right}`
    if (vocabulary?.words.has(before + after)) return stem + right
    const typographic = broken[2] === '\u2010'
    const keep = typographic
      ? hyphenatedPrefixes.has(before) || hyphenatedSuffixes.has(after)
      : true
    return keep ? `${stem}-${right}` : stem + right
  }
  // "United States-" and "Canada", "14–" and "22 March": the dash joins without a space.
  if (/\S[-–]$/u.test(left) && /^\p{L}|^\d/u.test(right)) return left + right
  return `${left} ${right}`
}

/**
 * Groups lines into blocks: a blank line, a new page, a wider gap than between the lines of a
 * paragraph, a change of font, a heading style or the start of a heading, paragraph or item
 * each begin a new block.
 */
function buildBlocks(lines: readonly SourceLine[], vocabulary: Vocabulary): TextBlock[] {
  const spacing = lineSpacing(lines)
  const blocks: TextBlock[] = []
  let open: TextBlock | null = null
  let previous: SourceLine | null = null
  for (const line of lines) {
    const text = line.text.replace(/\s+/gu, ' ').trim()
    if (text === '') {
      open = null
      previous = null
      continue
    }
    const breaks =
      open === null ||
      previous === null ||
      line.headingLevel !== undefined ||
      previous.headingLevel !== undefined ||
      line.page !== previous.page ||
      isGap(previous, line, spacing) ||
      (line.fontSize !== undefined &&
        previous.fontSize !== undefined &&
        Math.abs(line.fontSize - previous.fontSize) > 0.5) ||
      (line.bold ?? false) !== (previous.bold ?? false) ||
      startsStructure(withoutFootnoteReferences(text))
    if (breaks || open === null) {
      open = { text, page: line.page ?? null, headingLevel: line.headingLevel ?? null }
      blocks.push(open)
    } else open.text = joinLines(open.text, text, vocabulary)
    previous = line
  }
  return blocks
}

/**
 * Whether more space separates two lines than separates the lines of a paragraph: more than 1.6
 * times the size of their text (leading is usually 1.2 to 1.35), or where the source gives no
 * size, more than 1.45 times the usual step between lines.
 */
function isGap(above: SourceLine, below: SourceLine, spacing: number | null): boolean {
  if (above.y === undefined || below.y === undefined) return false
  const step = below.y - above.y
  if (above.fontSize !== undefined && below.fontSize !== undefined) {
    return step > Math.max(above.fontSize, below.fontSize) * 1.6
  }
  return spacing !== null && step > spacing * 1.45
}

/**
 * The usual distance between the lines of a paragraph: a low quantile of the steps between lines
 * of a page, since the steps between paragraphs are the wider ones.
 */
function lineSpacing(lines: readonly SourceLine[]): number | null {
  const steps: number[] = []
  for (let index = 1; index < lines.length; index++) {
    const [above, below] = [lines[index - 1], lines[index]]
    if (above.y === undefined || below.y === undefined || above.page !== below.page) continue
    if (above.text.trim() === '' || below.text.trim() === '') continue
    const step = below.y - above.y
    if (step > 0) steps.push(step)
  }
  if (steps.length === 0) return null
  steps.sort((a, b) => a - b)
  return steps[Math.floor(steps.length * 0.3)]
}
