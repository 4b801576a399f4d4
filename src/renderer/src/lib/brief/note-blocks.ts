/**
 * A delegate's Markdown note read into plain blocks and runs (paragraphs of text that is bold,
 * italic, code or a link; lists; quotes; code blocks), from marked's tokens rather than from
 * HTML, for the renderings that are not HTML: the Word brief and the brief's plain text. The
 * note is first made safe as every export makes it (inert links, headings as bold paragraphs, raw
 * HTML as text), so all renderings read the same note; only `https:` links the app would open
 * stay links, and raw HTML is text.
 */
import { Marked, type Token, type Tokens } from 'marked'
import { isOpenableExternalUrl } from '@shared/bridge'
import { withInertLinks } from './exported-links'
import { noteLines } from './markdown-escape'

/** Reads notes as the app's preview does: GitHub's Markdown, a line break for every newline. */
const noteMarked = new Marked({ gfm: true, breaks: true })

/** A run of a note's text with its formatting. */
export interface NoteRun {
  text: string
  bold?: boolean
  italic?: boolean
  strike?: boolean
  code?: boolean
  /** The `https:` address the run links to. */
  link?: string
  /** A line break before the run's text. */
  breakBefore?: boolean
}

/** A block of a note. */
export type NoteBlock =
  | { kind: 'paragraph'; runs: NoteRun[] }
  | { kind: 'list'; ordered: boolean; start: number; items: NoteBlock[][] }
  | { kind: 'quote'; blocks: NoteBlock[] }
  | { kind: 'code'; text: string }

/**
 * A note of one line of prose that Markdown reads as exactly its text: it starts with a letter
 * and holds no character that starts or ends Markdown syntax, a link or an entity, no line break
 * and no run of spaces.
 */
const plainProse = /^\p{L}(?:[^\n\r\\`*_~[\]<>&|!:@#\t\u2028\u2029 ]| (?! ))*$/u

/** The formatting inherited by the runs inside a token. */
type RunStyle = Omit<NoteRun, 'text' | 'breakBefore'>

/** The note's blocks, read as the brief's Markdown writes the note. */
export function noteBlocks(markdown: string): NoteBlock[] {
  // Most notes are a line of prose: nothing in them Markdown would read as more than text.
  if (plainProse.test(markdown)) return [{ kind: 'paragraph', runs: [{ text: markdown.trim() }] }]
  const safe = noteLines(withInertLinks(markdown)).join('\n')
  if (safe === '') return []
  return blockTokens(noteMarked.lexer(safe))
}

/** The note's text on one line, without Markdown: for a talking point. */
export function notePlainText(markdown: string): string {
  if (markdown.trim() === '') return ''
  return blocksText(noteBlocks(markdown)).replace(/\s+/gu, ' ').trim()
}

/** The text of runs, with a newline for each line break. */
export function runsText(runs: readonly NoteRun[]): string {
  return runs.map((run) => (run.breakBefore ? `\n${run.text}` : run.text)).join('')
}

/** The text of blocks, a blank line between them. */
function blocksText(blocks: readonly NoteBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return runsText(block.runs)
        case 'list':
          return block.items.map((item) => blocksText(item)).join('\n')
        case 'quote':
          return blocksText(block.blocks)
        case 'code':
          return block.text
      }
    })
    .join('\n\n')
}

function blockTokens(tokens: readonly Token[]): NoteBlock[] {
  const blocks: NoteBlock[] = []
  for (const token of tokens) {
    switch (token.type) {
      case 'paragraph':
      case 'heading':
      case 'text': {
        const inline = (token as Tokens.Paragraph | Tokens.Text).tokens
        const runs = inline ? inlineRuns(inline, {}) : [{ text: decodeEntities(token.text) }]
        const style: RunStyle = token.type === 'heading' ? { bold: true } : {}
        pushParagraph(
          blocks,
          runs.map((run) => ({ ...style, ...run }))
        )
        break
      }
      case 'list': {
        const list = token as Tokens.List
        blocks.push({
          kind: 'list',
          ordered: list.ordered,
          start: typeof list.start === 'number' ? list.start : 1,
          items: list.items.map((item) => listItemBlocks(item))
        })
        break
      }
      case 'blockquote':
        blocks.push({ kind: 'quote', blocks: blockTokens((token as Tokens.Blockquote).tokens) })
        break
      case 'code':
        blocks.push({ kind: 'code', text: (token as Tokens.Code).text })
        break
      case 'table': {
        const table = token as Tokens.Table
        for (const row of [table.header, ...table.rows]) {
          const runs: NoteRun[] = []
          row.forEach((cell, index) => {
            if (index > 0) runs.push({ text: ' | ' })
            runs.push(...inlineRuns(cell.tokens, {}))
          })
          pushParagraph(blocks, runs)
        }
        break
      }
      case 'html':
        pushParagraph(blocks, [{ text: token.raw.trim() }])
        break
      default:
        // Spaces, thematic breaks and definitions say nothing in a note's text.
        break
    }
  }
  return blocks
}

function listItemBlocks(item: Tokens.ListItem): NoteBlock[] {
  const blocks = blockTokens(item.tokens.filter((token) => token.type !== 'checkbox'))
  if (item.task) {
    const box: NoteRun = { text: item.checked ? '☒ ' : '☐ ' }
    const first = blocks[0]
    if (first?.kind === 'paragraph') first.runs.unshift(box)
    else blocks.unshift({ kind: 'paragraph', runs: [box] })
  }
  return blocks
}

function pushParagraph(blocks: NoteBlock[], runs: NoteRun[]): void {
  if (runs.some((run) => run.text !== '')) blocks.push({ kind: 'paragraph', runs })
}

function inlineRuns(tokens: readonly Token[], style: RunStyle): NoteRun[] {
  const runs: NoteRun[] = []
  let breakNext = false
  const push = (run: NoteRun): void => {
    if (breakNext) {
      run.breakBefore = true
      breakNext = false
    }
    runs.push(run)
  }
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
      case 'em':
      case 'del': {
        const inner: RunStyle =
          token.type === 'strong'
            ? { ...style, bold: true }
            : token.type === 'em'
              ? { ...style, italic: true }
              : { ...style, strike: true }
        for (const run of inlineRuns((token as Tokens.Strong).tokens, inner)) push(run)
        break
      }
      case 'link': {
        const link = token as Tokens.Link
        const inner: RunStyle = isOpenableExternalUrl(link.href)
          ? { ...style, link: link.href }
          : style
        for (const run of inlineRuns(link.tokens, inner)) push(run)
        break
      }
      case 'codespan':
        push({ ...style, code: true, text: decodeEntities((token as Tokens.Codespan).text) })
        break
      case 'br':
        breakNext = true
        break
      case 'image':
        push({ ...style, text: decodeEntities((token as Tokens.Image).text) })
        break
      case 'html':
        push({ ...style, text: token.raw })
        break
      case 'text': {
        const text = token as Tokens.Text
        if (text.tokens && text.tokens.length > 0) {
          for (const run of inlineRuns(text.tokens, style)) push(run)
        } else pushText(push, style, decodeEntities(text.text))
        break
      }
      case 'escape':
        push({ ...style, text: (token as Tokens.Escape).text })
        break
      default:
        if ('text' in token && typeof token.text === 'string') {
          pushText(push, style, decodeEntities(token.text))
        }
    }
  }
  return runs
}

/** Text with line breaks in it, as runs each after a break. */
function pushText(push: (run: NoteRun) => void, style: RunStyle, text: string): void {
  text.split('\n').forEach((line, index) => {
    push(index === 0 ? { ...style, text: line } : { ...style, text: line, breakBefore: true })
  })
}

/** The character references marked leaves in text for an HTML renderer to show. */
const characterReference = /&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos|nbsp);/giu

const namedReferences: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0'
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(characterReference, (reference, name: string) => {
    const lower = name.toLowerCase()
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1))
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\uFFFD'
    }
    return namedReferences[lower] ?? reference
  })
}
