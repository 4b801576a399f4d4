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
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild
} from 'docx'
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
import {
  listNumbering,
  NoteWordWriter,
  quoteParagraphStyle,
  quoteStyle,
  runs,
  wordText
} from '../word/note-word'

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
        quoteParagraphStyle,
        {
          id: entryStyle,
          name: 'Brief entry',
          basedOn: 'Normal',
          next: 'Normal',
          paragraph: { keepNext: true, spacing: { before: 160 } }
        }
      ]
    },
    numbering: listNumbering,
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
class WordWriter extends NoteWordWriter {
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
          ({ text, citation }) =>
            new Paragraph({
              bullet: { level: 0 },
              children: runs(`${text} (${citation})`)
            })
        )
      case 'markdown':
        return this.markdown(block.markdown)
    }
  }

  /** An annotation: a line citing its paragraph and what is known of it, its quote, its note. */
  annotation(annotation: BriefAnnotation): BodyElement[] {
    const details = annotationDetails(annotation, singleLineText)
    const elements: BodyElement[] = [
      new Paragraph({
        style: entryStyle,
        children: [
          ...runs(`(${annotation.citation})`, { bold: true }),
          ...runs(details.map((detail) => ` · ${detail}`).join(''))
        ]
      })
    ]
    const quote = annotation.quote.trim()
    if (quote !== '') elements.push(new Paragraph({ style: quoteStyle, children: runs(quote) }))
    elements.push(...this.markdown(annotation.note))
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
          `(${followUp.citation})`
        ])
      )
    ]
  })
}
