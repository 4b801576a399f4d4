/**
 * The brief model as a Word document (.docx), made with the `docx` library: Word's own heading
 * styles (so its navigation pane lists the parts), the follow-ups as a table, quotes in the Quote
 * style, notes with their bold, italic, lists and `https:` links (read from marked's tokens, see
 * note-blocks.ts), a marking in the header and page numbers in the footer. Loaded only when the
 * delegate first saves a Word brief: `docx` is a chunk of its own.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild
} from 'docx'
import { citation } from '../document/citation'
import {
  annotationDetails,
  type BriefAnnotation,
  type BriefBlock,
  type BriefFact,
  type BriefFollowUp,
  type BriefModel
} from './brief-model'
import { exportedLine } from './brief-markdown'
import { singleLine as singleLineText } from './markdown-escape'
import { noteBlocks, type NoteBlock, type NoteRun } from './note-blocks'

/** What the Word brief adds to the model. */
export interface WordBriefOptions {
  /** Printed at the top of every page ("For official use only"); "" for none. */
  marking: string
}

/** Word's names for the heading levels the brief uses, from the title (1) down. */
const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6
] as const

/** The numbering of a note's ordered lists; each list is an instance of its own. */
const orderedListReference = 'note-ordered-list'

/** The style of quoted passages: Word's own "Quote" style, defined as Word defines it. */
const quoteStyle = 'Quote'

/**
 * The style of the line that starts an annotation: kept with its quote, with space above. A
 * style rather than each paragraph's own properties, since a brief has thousands of them.
 */
const entryStyle = 'BriefEntry'

/** The columns of the follow-ups table. */
export const followUpColumns = [
  'Action',
  'Priority',
  'Status',
  'Due',
  'Agenda item',
  'Counterparts',
  'Paragraph'
] as const

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

/** Block-level content of the document's body. */
type BodyElement = Paragraph | Table

/** The brief as the bytes of a .docx file. */
export async function briefWord(model: BriefModel, options: WordBriefOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(briefWordDocument(model, options)))
}

/** The brief as a `docx` document, before it is packed. */
export function briefWordDocument(model: BriefModel, options: WordBriefOptions): Document {
  const writer = new WordWriter()
  const body: BodyElement[] = [
    heading(1, model.title),
    new Paragraph({
      children: [
        ...runs('Source: '),
        ...runs(model.source.title, { italics: true }),
        ...runs(
          ` (${model.source.dateText}), issued for the ${model.source.session}, under ` +
            `${model.source.agendaItem} (${model.source.agendaSymbol}).`
        )
      ]
    }),
    new Paragraph({ children: runs(exportedLine(model.exported)) })
  ]
  for (const section of model.sections) {
    body.push(heading(2, section.heading))
    for (const block of section.blocks) body.push(...writer.block(block))
  }
  const marking = wordText(options.marking.trim())
  return new Document({
    title: wordText(model.title),
    description: 'Brief exported from CND67 Notes',
    styles: {
      paragraphStyles: [
        {
          id: quoteStyle,
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '404040' },
          paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 80, after: 120 } }
        },
        {
          id: entryStyle,
          name: 'Brief entry',
          basedOn: 'Normal',
          next: 'Normal',
          paragraph: { keepNext: true, spacing: { before: 160 } }
        }
      ]
    },
    numbering: {
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
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: marking
              ? [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [new TextRun({ text: marking, bold: true })]
                  })
                ]
              : []
          })
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES]
                  })
                ]
              })
            ]
          })
        },
        children: body
      }
    ]
  })
}

/** Writes blocks as Word paragraphs and tables, numbering each ordered list on its own. */
class WordWriter {
  #orderedLists = 0

  block(block: BriefBlock): BodyElement[] {
    switch (block.kind) {
      case 'heading':
        return [heading(block.level, block.text)]
      case 'text':
        return [new Paragraph({ children: runs(block.text) })]
      case 'facts': {
        const facts = block.facts.filter(hasValues)
        if (facts.length === 0) return []
        return [
          new Paragraph({
            children: facts.flatMap((fact, index) => [
              ...(index > 0 ? runs(' · ') : []),
              ...factRuns(fact)
            ])
          })
        ]
      }
      case 'details':
        return block.facts
          .filter(hasValues)
          .map((fact) => new Paragraph({ bullet: { level: 0 }, children: factRuns(fact) }))
      case 'follow-ups':
        return [followUpTable(block.followUps)]
      case 'annotation':
        return this.annotation(block.annotation)
      case 'points':
        return block.points.map(
          ({ text, paragraph }) =>
            new Paragraph({
              bullet: { level: 0 },
              children: runs(`${text} (${citation(paragraph)})`)
            })
        )
      case 'markdown':
        return this.note(noteBlocks(block.markdown), 0)
    }
  }

  /** An annotation: a line citing its paragraph and what is known of it, its quote, its note. */
  annotation(annotation: BriefAnnotation): BodyElement[] {
    const details = annotationDetails(annotation, singleLineText)
    const elements: BodyElement[] = [
      new Paragraph({
        style: entryStyle,
        children: [
          ...runs(`(${citation(annotation.paragraph)})`, { bold: true }),
          ...runs(details.map((detail) => ` · ${detail}`).join(''))
        ]
      })
    ]
    const quote = annotation.quote.trim()
    if (quote !== '') elements.push(new Paragraph({ style: quoteStyle, children: runs(quote) }))
    elements.push(...this.note(noteBlocks(annotation.note), 0))
    return elements
  }

  /** A note's blocks; `depth` is how deep in lists they are. */
  note(blocks: readonly NoteBlock[], depth: number, quoted = false): BodyElement[] {
    const elements: BodyElement[] = []
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
          elements.push(...this.list(block, depth))
          break
      }
    }
    return elements
  }

  list(list: Extract<NoteBlock, { kind: 'list' }>, depth: number): BodyElement[] {
    const level = Math.min(depth, 8)
    const instance = list.ordered ? ++this.#orderedLists : 0
    const elements: BodyElement[] = []
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

function heading(level: number, text: string): Paragraph {
  return new Paragraph({
    heading: headingLevels[Math.min(Math.max(level, 1), 6) - 1],
    children: runs(singleLineText(text))
  })
}

function hasValues(fact: BriefFact): boolean {
  return fact.values.some((value) => value.trim() !== '')
}

function factRuns(fact: BriefFact): ParagraphChild[] {
  const values = fact.values.map(singleLineText).filter((value) => value !== '')
  return [...runs(`${fact.label}: `, { bold: true }), ...runs(values.join(', '))]
}

function followUpTable(followUps: readonly BriefFollowUp[]): Table {
  const row = (cells: readonly string[], header = false): TableRow =>
    new TableRow({
      // Written only on the header row: a reader may take any row that has it for a header.
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: cells.map(
        (cell) =>
          new TableCell({
            children: [new Paragraph({ children: runs(cell, header ? { bold: true } : {}) })]
          })
      )
    })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(followUpColumns, true),
      ...followUps.map((followUp) =>
        row([
          singleLineText(followUp.action),
          followUp.priority,
          followUp.statusLabel,
          followUp.due ?? '',
          singleLineText(followUp.agendaItem ?? ''),
          followUp.counterparts
            .map(singleLineText)
            .filter((name) => name !== '')
            .join(', '),
          `(${citation(followUp.paragraph)})`
        ])
      )
    ]
  })
}

/** What text must have for `runs` to do more than make one run of it. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for.
const lineBreakOrUnsafe = /[\u0000-\u0008\u000a-\u001f\u2028\u2029\ud800-\udfff\ufffe\uffff]/u

/** Text as runs, a line break for each line break in it. */
function runs(text: string, style: IRunOptions = {}): TextRun[] {
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
