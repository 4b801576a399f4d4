/**
 * A delegate's Markdown as Word paragraphs, for every Word document the app makes (the brief and
 * a statement): the blocks and runs of note-blocks.ts (read from marked's tokens, links made
 * inert, raw HTML as text) written with the `docx` library, quotes in Word's own Quote style,
 * lists numbered each on its own, `https:` links as hyperlinks. Only modules loaded when a Word
 * document is first made import this, so `docx` stays out of the app's start.
 */
import {
  AlignmentType,
  ExternalHyperlink,
  LevelFormat,
  Paragraph,
  TextRun,
  type INumberingOptions,
  type IParagraphStyleOptions,
  type IRunOptions,
  type ParagraphChild
} from 'docx'
import { noteBlocks, type NoteBlock, type NoteRun } from '../brief/note-blocks'

/** The numbering of ordered lists; each list is an instance of its own. */
const orderedListReference = 'note-ordered-list'

/** The style of quoted passages: Word's own "Quote" style, defined as Word defines it. */
export const quoteStyle = 'Quote'

/** The Quote style, for a document's `styles.paragraphStyles`. */
export const quoteParagraphStyle: IParagraphStyleOptions = {
  id: quoteStyle,
  name: 'Quote',
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { italics: true, color: '404040' },
  paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 80, after: 120 } }
}

/** The numbering ordered lists use, for a document's `numbering`. */
export const listNumbering: INumberingOptions = {
  config: [
    {
      reference: orderedListReference,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } }
      }))
    }
  ]
}

/**
 * Characters XML 1.0 does not allow (a Word file with one does not open), and halves of
 * surrogate pairs: written as U+FFFD. Tabs and line breaks are allowed.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced.
const notXmlText = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu

/** Text as a Word document may hold it. */
export function wordText(text: string): string {
  return text.toWellFormed().replace(notXmlText, '\uFFFD')
}

/** What text must have for `runs` to do more than make one run of it. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for.
const lineBreakOrUnsafe = /[\u0000-\u0008\u000a-\u001f\u2028\u2029\ud800-\udfff\ufffe\uffff]/u

/** Text as runs, a line break for each line break in it. */
export function runs(text: string, style: IRunOptions = {}): TextRun[] {
  if (!lineBreakOrUnsafe.test(text)) return [new TextRun({ ...style, text })]
  return wordText(text)
    .split(/\r\n|[\n\r\u2028\u2029]/u)
    .map((line, index) => new TextRun({ ...style, text: line, break: index > 0 ? 1 : undefined }))
}

/** A note's runs, links as Word hyperlinks. */
function noteRuns(noteRunList: readonly NoteRun[]): ParagraphChild[] {
  return noteRunList.flatMap((run): ParagraphChild[] => {
    const style: IRunOptions = {
      bold: run.bold,
      italics: run.italic,
      strike: run.strike,
      font: run.code ? 'Consolas' : undefined
    }
    const textRuns = runs(run.text, run.link ? { ...style, style: 'Hyperlink' } : style)
    if (run.breakBefore) textRuns.unshift(new TextRun({ break: 1 }))
    return run.link ? [new ExternalHyperlink({ link: run.link, children: textRuns })] : textRuns
  })
}

/**
 * Writes Markdown as Word paragraphs. One writer per document: it numbers each ordered list of
 * the document as a list of its own.
 */
export class NoteWordWriter {
  #orderedLists = 0

  /** `markdown`'s paragraphs, as a note's preview reads it. */
  markdown(markdown: string): Paragraph[] {
    return this.note(noteBlocks(markdown), 0)
  }

  /** A note's blocks; `depth` is how deep in lists they are. */
  note(blocks: readonly NoteBlock[], depth: number, quoted = false): Paragraph[] {
    const elements: Paragraph[] = []
    for (const block of blocks) {
      switch (block.kind) {
        case 'paragraph':
          elements.push(
            new Paragraph({
              style: quoted ? quoteStyle : undefined,
              indent: depth > 0 && !quoted ? { left: 720 * depth } : undefined,
              children: noteRuns(block.runs)
            })
          )
          break
        case 'code':
          elements.push(
            new Paragraph({
              indent: depth > 0 ? { left: 720 * depth } : undefined,
              children: runs(block.text, { font: 'Consolas' })
            })
          )
          break
        case 'quote':
          elements.push(...this.note(block.blocks, depth, true))
          break
        case 'list':
          elements.push(...this.#list(block, depth))
          break
      }
    }
    return elements
  }

  #list(list: Extract<NoteBlock, { kind: 'list' }>, depth: number): Paragraph[] {
    const level = Math.min(depth, 8)
    const instance = list.ordered ? ++this.#orderedLists : 0
    const elements: Paragraph[] = []
    for (const item of list.items) {
      const [first, ...rest] = item
      const firstRuns = first?.kind === 'paragraph' ? noteRuns(first.runs) : []
      elements.push(
        new Paragraph({
          children: firstRuns,
          ...(list.ordered
            ? { numbering: { reference: orderedListReference, level, instance } }
            : { bullet: { level } })
        })
      )
      const after = first?.kind === 'paragraph' ? rest : item
      elements.push(...this.note(after, depth + 1))
    }
    return elements
  }
}
