/**
 * A statement as a Word document, to print and read from at the floor: the title in Word's own
 * Heading 1 style (so the navigation pane finds it), "Check against delivery", the delegation's
 * name, the agenda item, then the text with its paragraphs, bold, italics, lists, quotes and
 * `https:` links; nothing else. The `docx` library is loaded only when a statement is first
 * exported, so that it never weighs on the app's start. Pure: bytes from the statement.
 */
import type { IParagraphOptions, Paragraph as WordParagraph, ParagraphChild } from 'docx'
import { Lexer, type Token, type Tokens } from 'marked'
import { isOpenableExternalUrl } from '@shared/bridge'
import { statementHeading, type StatementExportContext } from './statement-export'
import type { Statement } from './statement'

/** The Word MIME type, for a download's Blob. */
export const wordMimeType =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The `docx` library, loaded once it is first needed. */
type Docx = typeof import('docx')

/** The numbering of the text's numbered lists (bullets use Word's own). */
const numberedList = 'statement-numbered-list'

/** How a run of text is formatted, from the emphasis around it. */
interface RunFormat {
  bold?: boolean
  italics?: boolean
  strike?: boolean
  code?: boolean
}

/** Turns the text's Markdown, as marked reads it, into Word paragraphs. */
class WordText {
  readonly #docx: Docx
  readonly paragraphs: WordParagraph[] = []
  /** How many numbered lists were started, each numbered from 1 (a Word numbering instance). */
  #lists = 0

  constructor(docx: Docx) {
    this.#docx = docx
  }

  /** Adds the blocks of `tokens`, each at list `depth` (0 outside lists) and in a quote or not. */
  blocks(tokens: readonly Token[], depth = 0, quoted = false): void {
    for (const token of tokens) this.#block(token, depth, quoted)
  }

  #block(token: Token, depth: number, quoted: boolean): void {
    const { Paragraph } = this.#docx
    const quote: IParagraphOptions = quoted ? { indent: { left: 720 }, style: 'Quote' } : {}
    switch (token.type) {
      case 'paragraph':
      case 'text': {
        const inline = (token as Tokens.Paragraph | Tokens.Text).tokens
        const children = inline
          ? this.#inline(inline, quoted ? { italics: true } : {})
          : [this.#run(token.raw, {})]
        this.paragraphs.push(new Paragraph({ ...quote, children }))
        return
      }
      case 'heading': {
        // The statement's own headings read as bold paragraphs: the title is its one heading.
        const children = this.#inline((token as Tokens.Heading).tokens, { bold: true })
        this.paragraphs.push(new Paragraph({ ...quote, children }))
        return
      }
      case 'blockquote':
        this.blocks((token as Tokens.Blockquote).tokens, depth, true)
        return
      case 'list':
        this.#list(token as Tokens.List, depth, quoted)
        return
      case 'code':
        for (const line of (token as Tokens.Code).text.split('\n')) {
          this.paragraphs.push(new Paragraph({ children: [this.#run(line, { code: true })] }))
        }
        return
      case 'html':
        // Raw HTML is shown as typed, as the brief and the note view show it.
        this.paragraphs.push(
          new Paragraph({ ...quote, children: [this.#run(token.raw.trim(), {})] })
        )
        return
      case 'hr':
        this.paragraphs.push(
          new Paragraph({
            border: { bottom: { style: 'single', size: 6, color: 'auto', space: 1 } }
          })
        )
        return
      default:
        // Space between blocks, and what a statement has no use for (tables, definitions).
        if ('tokens' in token && Array.isArray(token.tokens))
          this.blocks(token.tokens, depth, quoted)
        else if (token.type !== 'space' && token.raw.trim() !== '') {
          this.paragraphs.push(new Paragraph({ children: [this.#run(token.raw.trim(), {})] }))
        }
    }
  }

  /** A list's items, bulleted or numbered, nested lists one level further in. */
  #list(list: Tokens.List, depth: number, quoted: boolean): void {
    const { Paragraph } = this.#docx
    const instance = list.ordered ? ++this.#lists : 0
    const level = Math.min(depth, 8)
    for (const item of list.items) {
      let first = true
      for (const token of item.tokens) {
        if (token.type === 'list') {
          this.#list(token as Tokens.List, depth + 1, quoted)
          continue
        }
        if (token.type === 'space') continue
        const inline =
          'tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : null
        const children = inline ? this.#inline(inline, {}) : [this.#run(token.raw.trim(), {})]
        const marker: IParagraphOptions = !first
          ? { indent: { left: 720 * (level + 1) } }
          : list.ordered
            ? { numbering: { reference: numberedList, level, instance } }
            : { bullet: { level } }
        this.paragraphs.push(new Paragraph({ ...marker, children }))
        first = false
      }
    }
  }

  /** The runs of inline tokens, with the formatting of the emphasis around them. */
  #inline(tokens: readonly Token[], format: RunFormat): ParagraphChild[] {
    const { ExternalHyperlink } = this.#docx
    const children: ParagraphChild[] = []
    for (const token of tokens) {
      switch (token.type) {
        case 'strong':
          children.push(...this.#inline((token as Tokens.Strong).tokens, { ...format, bold: true }))
          break
        case 'em':
          children.push(...this.#inline((token as Tokens.Em).tokens, { ...format, italics: true }))
          break
        case 'del':
          children.push(...this.#inline((token as Tokens.Del).tokens, { ...format, strike: true }))
          break
        case 'codespan':
          children.push(
            this.#run(decodeEntities((token as Tokens.Codespan).text), { ...format, code: true })
          )
          break
        case 'br':
          children.push(new this.#docx.TextRun({ text: '', break: 1 }))
          break
        case 'link': {
          const link = token as Tokens.Link
          const runs = this.#inline(link.tokens, format)
          // Only `https:` links stay links, as in notes; others keep their text.
          if (isOpenableExternalUrl(link.href)) {
            children.push(new ExternalHyperlink({ link: link.href, children: runs }))
          } else children.push(...runs)
          break
        }
        case 'image':
          children.push(this.#run((token as Tokens.Image).text, format))
          break
        case 'text':
        case 'escape': {
          const text = token as Tokens.Text
          if (text.tokens) children.push(...this.#inline(text.tokens, format))
          else children.push(this.#run(decodeEntities(text.text), format))
          break
        }
        default:
          // Raw HTML and anything else inline: as typed.
          children.push(this.#run(token.raw, format))
      }
    }
    return children
  }

  #run(text: string, format: RunFormat): ParagraphChild {
    return new this.#docx.TextRun({
      text,
      bold: format.bold,
      italics: format.italics,
      strike: format.strike,
      ...(format.code && { font: 'Consolas' })
    })
  }
}

/** The few entities marked writes into text it has escaped (`&amp;`, `&lt;`, `&#39;` …). */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/gu, (_, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'"
  )
}

/**
 * The Word document of `statement`, as bytes to save (`CND67-statement-<slug>-<date>.docx`, see
 * statementFileName). The text's Markdown is read with marked (GitHub's flavour, as notes are).
 */
export async function statementWord(
  statement: Statement,
  context: StatementExportContext
): Promise<Uint8Array> {
  const docx = await import('docx')
  const { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } = docx
  const heading = statementHeading(statement, context)
  const text = new WordText(docx)
  text.blocks(new Lexer({ gfm: true }).lex(statement.text.replaceAll('\0', '\uFFFD')))
  const document = new Document({
    title: heading.title,
    creator: 'CND67 Notes',
    numbering: {
      config: [
        {
          reference: numberedList,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } }
          }))
        }
      ]
    },
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: heading.notice, italics: true })]
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun(heading.title)]
          }),
          ...(heading.speakingFor
            ? [
                new Paragraph({
                  children: [new TextRun({ text: heading.speakingFor, bold: true })]
                })
              ]
            : []),
          ...(heading.agendaItem
            ? [new Paragraph({ children: [new TextRun(heading.agendaItem)] })]
            : []),
          ...text.paragraphs
        ]
      }
    ]
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
