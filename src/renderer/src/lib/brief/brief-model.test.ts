/**
 * Tests of the brief model over the library: with annotations on documents other than the
 * shipped summary, every part made of annotations groups by document (shipped summary first,
 * then library order), and every citation names the document's symbol where it has one. With
 * every annotation on the shipped summary, the brief is exactly as it always was.
 */
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../annotations/annotation'
import { shippedEntry, type LibraryEntry } from '../library/library-document'
import { meetingDocument } from '../document/meeting-text'
import {
  buildBriefModel,
  defaultBriefOptions,
  missingDocumentHeading,
  type BriefAnnotation,
  type BriefBlock,
  type BriefInput,
  type BriefModel,
  type BriefOptions
} from './brief-model'
import { briefMarkdown } from './brief-markdown'
import { briefPlainText } from './brief-plain-text'
import {
  briefFixture,
  fixedClock,
  fixtureFollowUp,
  fixtureId,
  paragraphNote
} from '@test-support/brief-fixtures'
import { expectGolden, readGolden } from '@test-support/golden-files'
import {
  noteOnDocument,
  notesEntry,
  notesId,
  reportEntry,
  reportId
} from '@test-support/library-fixtures'

/** The library: the shipped summary, the report (E/CN.7/2024/99), then the notes (no symbol). */
function library(): LibraryEntry[] {
  return [shippedEntry(meetingDocument), reportEntry(), notesEntry()]
}

/** Annotations on the report and the notes, added to the golden data set on the summary. */
function otherDocumentAnnotations(): Annotation[] {
  return [
    noteOnDocument(reportId, 3, {
      id: fixtureId(21),
      color: 'green',
      tags: ['EWA'],
      position: 'support',
      note: 'Forensic data: we can offer our laboratory network.',
      followUp: fixtureFollowUp({
        action: 'Offer our forensic laboratory data to the Secretariat',
        priority: 'high',
        due: '2024-03-15'
      }),
      createdAt: '2024-03-07T09:00:00.000Z',
      updatedAt: '2024-03-07T09:00:00.000Z'
    }),
    noteOnDocument(reportId, 1, {
      id: fixtureId(22),
      color: 'yellow',
      note: '',
      createdAt: '2024-03-07T10:00:00.000Z',
      updatedAt: '2024-03-07T10:00:00.000Z'
    }),
    noteOnDocument(notesId, 2, {
      id: fixtureId(23),
      color: 'pink',
      tags: ['Precursors'],
      position: 'watch',
      note: 'Coordinate with the EU before the informals.',
      createdAt: '2024-03-08T09:00:00.000Z',
      updatedAt: '2024-03-08T09:00:00.000Z'
    })
  ]
}

/** The golden data set with annotations on the two imported documents too. */
function twoDocumentInput(changes: Partial<BriefInput> = {}): BriefInput {
  const input = briefFixture()
  return {
    ...input,
    documents: library(),
    annotations: [...input.annotations, ...otherDocumentAnnotations()],
    ...changes
  }
}

function modelOf(input: BriefInput, changes: Partial<BriefOptions> = {}): BriefModel {
  return buildBriefModel(input, { ...defaultBriefOptions, ...changes }, fixedClock())
}

function part(model: BriefModel, heading: string): readonly BriefBlock[] {
  const found = model.sections.find((section) => section.heading === heading)
  if (!found) throw new Error(`no part "${heading}"`)
  return found.blocks
}

function headings(blocks: readonly BriefBlock[], level: number): string[] {
  return blocks.flatMap((block) =>
    block.kind === 'heading' && block.level === level ? [block.text] : []
  )
}

function entries(blocks: readonly BriefBlock[]): BriefAnnotation[] {
  return blocks.flatMap((block) => (block.kind === 'annotation' ? [block.annotation] : []))
}

const reportHeading = 'Fictitious report on early warning (E/CN.7/2024/99)'

describe('buildBriefModel over the library', () => {
  it('is the brief as it always was when every annotation is on the shipped summary', () => {
    const golden = new URL('./golden/brief-by-section.md', import.meta.url)
    const built = briefMarkdown(modelOf({ ...briefFixture(), documents: library() }))
    expect(built).toBe(readGolden(golden))
  })

  it('groups the annotations by document, the shipped summary first, under level 3 headings', () => {
    const blocks = part(modelOf(twoDocumentInput()), 'Annotations')
    expect(blocks[0]).toEqual({
      kind: 'text',
      text: 'By document, then by section, in document order.'
    })
    expect(headings(blocks, 3)).toEqual([
      meetingDocument.title,
      reportHeading,
      'Notes from the capital'
    ])
    expect(headings(blocks, 4)).toEqual([
      'III. Summary of the proceedings',
      'IV. Closing of the meeting',
      'Passages no longer in the document',
      'I. Introduction',
      'II. Recommendations'
    ])
    expect(headings(blocks, 5)).toContain('D. Early warning')
  })

  it('cites a document by its symbol, by its title without one, the summary as "para. N"', () => {
    const cited = entries(part(modelOf(twoDocumentInput()), 'Annotations')).map(
      (entry) => entry.citation
    )
    expect(cited).toEqual([
      'para. 47',
      'para. 58',
      'para. 60',
      'para. 63',
      'para. 87',
      'para. 61',
      'E/CN.7/2024/99, para. 1',
      'E/CN.7/2024/99, para. 3',
      'Notes from the capital, para. 2'
    ])
  })

  it('lists the follow-ups of every document together, most pressing first, citing each document', () => {
    const [, list] = part(modelOf(twoDocumentInput()), 'Follow-ups for CND67')
    expect(list.kind === 'follow-ups' && list.followUps.map((f) => [f.action, f.citation])).toEqual(
      [
        ['Offer our forensic laboratory data to the Secretariat', 'E/CN.7/2024/99, para. 3'],
        [
          'Ask the Iranian delegation which EWA data they would share through the INCB system',
          'para. 58'
        ],
        ['Thank France for raising precursor chemicals', 'para. 63']
      ]
    )
  })

  it('follows the library order after the shipped summary, wherever the summary is given', () => {
    const [shipped, report, notes] = library()
    const model = modelOf(twoDocumentInput({ documents: [notes, report, shipped] }))
    expect(headings(part(model, 'Annotations'), 3)).toEqual([
      meetingDocument.title,
      'Notes from the capital',
      reportHeading
    ])
  })

  it('groups when only another document has annotations, leaving the summary out', () => {
    const model = modelOf({
      ...briefFixture(),
      annotations: otherDocumentAnnotations(),
      documents: library()
    })
    expect(headings(part(model, 'Annotations'), 3)).toEqual([
      reportHeading,
      'Notes from the capital'
    ])
    expect(model.frontMatter).toContainEqual(['documents', 2])
  })

  it('counts the documents in the front matter only when it groups by them', () => {
    expect(modelOf(twoDocumentInput()).frontMatter).toContainEqual(['documents', 3])
    const single = modelOf({ ...briefFixture(), documents: library() })
    expect(single.frontMatter.map(([key]) => key)).not.toContain('documents')
  })

  it('lists annotations on a document no longer in the library last, as passages no longer found', () => {
    const gone = noteOnDocument('removed', 4, { id: fixtureId(31), note: 'From a removed report.' })
    const blocks = part(
      modelOf(twoDocumentInput({ annotations: [paragraphNote(22), gone] })),
      'Annotations'
    )
    expect(headings(blocks, 3)).toEqual([meetingDocument.title, missingDocumentHeading])
    expect(headings(blocks, 4).at(-1)).toBe('Passages no longer in the document')
    expect(entries(blocks).at(-1)).toMatchObject({
      citation: 'para. 4',
      note: 'From a removed report.'
    })
  })

  it('groups every grouping by document first', () => {
    const blocks = part(modelOf(twoDocumentInput(), { groupBy: 'tag' }), 'Annotations')
    expect(blocks[0]).toEqual({
      kind: 'text',
      text: 'By document, then by tag; an annotation with several tags is listed under each.'
    })
    expect(headings(blocks, 3)).toEqual([
      meetingDocument.title,
      reportHeading,
      'Notes from the capital'
    ])
    expect(headings(blocks, 4)).toEqual([
      'EWA',
      'Logistics',
      'Precursors',
      'WHO',
      'Untagged',
      'Passages no longer in the document',
      'EWA',
      'Untagged',
      'Precursors'
    ])
  })

  it('groups the brief for capital by document: key points and proposed lines', () => {
    const model = modelOf(twoDocumentInput(), { template: 'capital' })
    const keyPoints = part(model, 'Key points')
    expect(headings(keyPoints, 3)).toEqual([
      meetingDocument.title,
      reportHeading,
      'Notes from the capital'
    ])
    // An imported document has no thematic sessions: its passages are under its heading alone.
    expect(headings(keyPoints, 4)).toEqual([
      'Early warning session',
      'Other paragraphs',
      'Passages no longer in the document'
    ])
    const lines = part(model, 'Proposed lines')
    expect(headings(lines, 3)).toEqual([
      meetingDocument.title,
      reportHeading,
      'Notes from the capital'
    ])
    expect(headings(lines, 4)).toEqual(['Support', 'Watch', 'Support', 'Watch'])
    const background = part(model, 'Background')[0]
    expect(background.kind === 'details' && background.facts.slice(4)).toEqual([
      { label: 'Also annotated', values: [reportHeading] },
      { label: 'Also annotated', values: ['Notes from the capital'] }
    ])
  })

  it('groups the talking points by document, each point with its citation', () => {
    const blocks = part(
      modelOf(twoDocumentInput(), { template: 'talking-points' }),
      'Talking points'
    )
    expect(headings(blocks, 3)).toEqual([
      meetingDocument.title,
      reportHeading,
      'Notes from the capital'
    ])
    const points = blocks.flatMap((block) => (block.kind === 'points' ? block.points : []))
    expect(points.slice(-3)).toEqual([
      {
        text: 'The present report describes the early warning advisory in 2023.',
        paragraph: 1,
        citation: 'E/CN.7/2024/99, para. 1'
      },
      {
        text: 'Forensic data: we can offer our laboratory network.',
        paragraph: 3,
        citation: 'E/CN.7/2024/99, para. 3'
      },
      {
        text: 'Coordinate with the EU before the informals.',
        paragraph: 2,
        citation: 'Notes from the capital, para. 2'
      }
    ])
  })

  it('says a part is empty when no document has anything for it', () => {
    const annotations = [noteOnDocument(reportId, 1, { id: fixtureId(41) })]
    const model = modelOf(
      { ...briefFixture(), annotations, documents: library() },
      { template: 'capital' }
    )
    expect(part(model, 'Proposed lines')).toEqual([
      { kind: 'text', text: 'No annotations with a position.' }
    ])
  })
})

describe('briefMarkdown over the library', () => {
  it('matches golden/brief-two-documents.md', () => {
    const built = briefMarkdown(modelOf(twoDocumentInput()))
    expectGolden(built, new URL('./golden/brief-two-documents.md', import.meta.url))
  })
})

describe('briefPlainText over the library', () => {
  it('prints the document headings and the citations the model gives', () => {
    const text = briefPlainText(modelOf(twoDocumentInput()))
    expect(text).toContain('\n\nFictitious report on early warning (E/CN.7/2024/99)\n\n')
    expect(text).toContain('• E/CN.7/2024/99, para. 3 · Colour: Green')
    expect(text).toContain('(E/CN.7/2024/99, para. 3)\n')
  })
})
