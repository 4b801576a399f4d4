/**
 * A statement as a Word document, to print and read from at the floor: the title in Word's own
 * Heading 1 style (so the navigation pane finds it), "Check against delivery", the delegation's
 * name, the agenda item, then the text with its paragraphs, bold, italics, lists, quotes and
 * `https:` links, written as the brief writes a note (lib/word/note-word.ts); nothing else. The
 * `docx` library is loaded only when a statement is first exported, so that it never weighs on
 * the app's start. Pure: bytes from the statement.
 */
import { statementHeading, type StatementExportContext } from './statement-export'
import type { Statement } from './statement'

/**
 * The Word document of `statement`, as bytes to save (`CND67-statement-<slug>-<date>.docx`, see
 * statementFileName). The text's Markdown is read with marked (GitHub's flavour, as notes are).
 */
export async function statementWord(
  statement: Statement,
  context: StatementExportContext
): Promise<Uint8Array> {
  const [docx, { listNumbering, NoteWordWriter, quoteParagraphStyle, runs, wordText }] =
    await Promise.all([import('docx'), import('../word/note-word')])
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph } = docx
  const heading = statementHeading(statement, context)
  const document = new Document({
    title: wordText(heading.title),
    creator: 'CND67 Notes',
    styles: { paragraphStyles: [quoteParagraphStyle] },
    numbering: listNumbering,
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: runs(heading.notice, { italics: true })
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: runs(heading.title)
          }),
          ...(heading.speakingFor
            ? [
                new Paragraph({
                  children: runs(heading.speakingFor, { bold: true })
                })
              ]
            : []),
          ...(heading.agendaItem ? [new Paragraph({ children: runs(heading.agendaItem) })] : []),
          ...new NoteWordWriter().markdown(statement.text)
        ]
      }
    ]
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
