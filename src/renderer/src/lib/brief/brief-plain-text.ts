/**
 * The brief model as plain text, for the clipboard's `text/plain`: what a mail program without
 * formatting shows. No front matter and no Markdown marks; headings on lines of their own, lists
 * with bullets, quotes in quotation marks, notes as their text.
 */
import {
  annotationDetails,
  followUpDetails,
  type BriefBlock,
  type BriefFact,
  type BriefModel
} from './brief-model'
import { exportedLine } from './brief-markdown'
import { singleLine } from './markdown-escape'
import { noteBlocks, runsText, type NoteBlock } from './note-blocks'

/** The brief as plain text, paragraphs separated by a blank line, ending with a newline. */
export function briefPlainText(model: BriefModel): string {
  const { source } = model
  const paragraphs: string[] = [
    singleLine(model.title),
    `Source: ${source.title} (${source.dateText}), issued for the ${source.session}, under ` +
      `${source.agendaItem} (${source.agendaSymbol}).`,
    exportedLine(model.exported)
  ]
  for (const section of model.sections) {
    paragraphs.push(singleLine(section.heading).toUpperCase())
    for (const block of section.blocks) {
      const text = blockText(block)
      if (text !== '') paragraphs.push(text)
    }
  }
  return `${paragraphs.join('\n\n')}\n`
}

function blockText(block: BriefBlock): string {
  switch (block.kind) {
    case 'heading':
      return singleLine(block.text)
    case 'text':
      return block.text
    case 'facts':
      return block.facts
        .map(factText)
        .filter((fact) => fact !== '')
        .join(' · ')
    case 'details':
      return block.facts
        .map(factText)
        .filter((fact) => fact !== '')
        .map((fact) => `• ${fact}`)
        .join('\n')
    case 'follow-ups':
      return block.followUps
        .map(
          (followUp) =>
            `${followUp.closed ? '☑' : '☐'} ${singleLine(followUp.action)} — ` +
            `${followUpDetails(followUp, singleLine)} (${followUp.citation})`
        )
        .join('\n')
    case 'annotation': {
      const { annotation } = block
      const lines = [
        [`• ${annotation.citation}`, ...annotationDetails(annotation, singleLine)].join(' · ')
      ]
      const quote = annotation.quote.trim()
      if (quote !== '') lines.push(indented(`“${quote}”`))
      const note = noteText(noteBlocks(annotation.note))
      if (note !== '') lines.push(indented(note))
      return lines.join('\n')
    }
    case 'points':
      return block.points
        .map(({ text, citation }) => `• ${singleLine(text)} (${citation})`)
        .join('\n')
    case 'markdown':
      return noteText(noteBlocks(block.markdown))
  }
}

function factText(fact: BriefFact): string {
  const values = fact.values.map(singleLine).filter((value) => value !== '')
  return values.length > 0 ? `${fact.label}: ${values.join(', ')}` : ''
}

/** A note's blocks as lines of text, list items bulleted and numbered, nested ones indented. */
function noteText(blocks: readonly NoteBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return runsText(block.runs)
        case 'code':
          return block.text
        case 'quote':
          return indented(noteText(block.blocks))
        case 'list':
          return block.items
            .map((item, index) => {
              const marker = block.ordered ? `${block.start + index}.` : '–'
              return `${marker} ${noteText(item).replaceAll('\n', '\n  ')}`
            })
            .join('\n')
      }
    })
    .join('\n')
}

function indented(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : `    ${line}`))
    .join('\n')
}
