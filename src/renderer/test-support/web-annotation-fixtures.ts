/**
 * Test support: annotations on the meeting summary for the Web Annotation export and import tests
 * (a highlight, a question, a note with a follow-up, a tag), the options both are given, and the
 * selectors the app writes.
 */
import type { Annotation, PassageTarget } from '@renderer/lib/annotations/annotation'
import { describePassage } from '@renderer/lib/annotations/anchor-text'
import { meetingDocument } from '@renderer/lib/document/meeting-text'
import { shippedDocumentId } from '@renderer/lib/library/library-document'
import type { WebAnnotationExportOptions } from '@renderer/lib/open-formats/web-annotation-export'
import type { WebAnnotationImportOptions } from '@renderer/lib/open-formats/web-annotation-import'

/** The meeting summary's paragraphs. */
export const paragraphs = meetingDocument.paragraphs
/** The document address the tests export under. */
export const documentUri = 'urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16'
/** The export's document and clock. */
export const exportOptions: WebAnnotationExportOptions = {
  documentUri,
  documentTitle: 'Summary of the expert group meeting on synthetic drugs',
  now: new Date(Date.UTC(2024, 2, 20, 12, 0)),
  paragraphs
}

/** The import's clock: a fixed time and ids numbered from 101. */
export function importOptions(knownTags: string[] = []): WebAnnotationImportOptions {
  let ids = 100
  return {
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    now: new Date(Date.UTC(2024, 2, 21, 8, 30)),
    knownTags
  }
}

/** The id of fixture annotation `n`. */
export function fixtureId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}

/** The passage `quote` of paragraph `paragraph` of the meeting text, which must hold it once. */
export function passage(paragraph: number, quote: string): PassageTarget {
  const text = paragraphs[paragraph - 1].text
  const start = text.indexOf(quote)
  if (start === -1 || text.indexOf(quote, start + 1) !== -1) {
    throw new Error(`“${quote}” is not once in paragraph ${paragraph}`)
  }
  return describePassage(text, start, start + quote.length)
}

/** An annotation with defaults for what a test does not care about. */
export function annotation(
  fields: Partial<Annotation> & Pick<Annotation, 'id' | 'paragraph'>
): Annotation {
  return {
    documentId: shippedDocumentId,
    target: null,
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: '2024-03-14T09:00:00.000Z',
    updatedAt: '2024-03-14T09:00:00.000Z',
    ...fields
  }
}

/** "Early Warning Advisory (EWA)" in paragraph 47, highlighted blue with two tags. */
export function ewaHighlight(): Annotation {
  return annotation({
    id: fixtureId(1),
    paragraph: 47,
    target: passage(47, 'Early Warning Advisory (EWA)'),
    color: 'blue',
    tags: ['Early warning', 'EWA']
  })
}

/** A question on "37,000 data entries" in paragraph 47, its follow-up and position cleared. */
export function entriesQuestion(): Annotation {
  return annotation({
    id: fixtureId(2),
    paragraph: 47,
    target: passage(47, '37,000 data entries'),
    color: 'pink',
    note: 'Ask LSS how many entries came from the *Americas*.',
    followUp: null,
    position: null,
    createdAt: '2024-03-14T09:02:00.000Z',
    updatedAt: '2024-03-14T09:10:00.000Z'
  })
}

/** A note on the whole of paragraph 60 (Canada), with tags, a follow-up and a position. */
export function canadaNote(): Annotation {
  return annotation({
    id: fixtureId(3),
    paragraph: 60,
    color: 'green',
    note: 'Canada: **Drug Analysis Service** as a model for our own early warning.',
    tags: ['Canada', 'Early warning'],
    followUp: {
      action: 'Meet the Canadian delegation on the Drug Analysis Service',
      status: 'open',
      priority: 'high',
      due: '2024-03-18',
      agendaItemId: null,
      counterparts: ['Canada']
    },
    position: 'support',
    createdAt: '2024-03-14T09:01:00.000Z',
    updatedAt: '2024-03-14T09:05:00.000Z'
  })
}

/** Paragraph 60 tagged, with no note. */
export function wastewaterTag(): Annotation {
  return annotation({
    id: fixtureId(4),
    paragraph: 60,
    color: 'purple',
    tags: ['Wastewater'],
    createdAt: '2024-03-14T09:03:00.000Z',
    updatedAt: '2024-03-14T09:03:00.000Z'
  })
}

/** The fixture set, in the order they are exported (document order). */
export function fixtureAnnotations(): Annotation[] {
  return [ewaHighlight(), entriesQuestion(), canadaNote(), wastewaterTag()]
}

/** The fragment selector of paragraph `paragraph`, refined to `target` if given. */
export function paragraphSelector(
  paragraph: number,
  target?: PassageTarget
): Record<string, unknown> {
  return {
    type: 'FragmentSelector',
    conformsTo: 'http://tools.ietf.org/rfc/rfc3987',
    value: `para-${paragraph}`,
    ...(target ? { refinedBy: [target.quote, target.position] } : {})
  }
}

/** The target of a note on the whole of paragraph `paragraph`, as the export writes it. */
export function paragraphTarget(paragraph: number): Record<string, unknown> {
  return { source: documentUri, selector: paragraphSelector(paragraph) }
}

/**
 * What the export writes first in every collection of `total` annotations on the meeting, with
 * the export's document and clock (`exportOptions`): the context, ids, label and generator.
 */
export function collectionHead(total: number): Record<string, unknown> {
  return {
    '@context': [
      'http://www.w3.org/ns/anno.jsonld',
      { cnd67: 'urn:cnd67-notes:terms:', 'cnd67:followUp': { '@type': '@json' } }
    ],
    id: `${documentUri}#annotations`,
    type: 'AnnotationCollection',
    label: 'Annotations on “Summary of the expert group meeting on synthetic drugs”',
    total,
    generator: { type: 'Software', name: 'CND67 Notes' },
    generated: '2024-03-20T12:00:00.000Z'
  }
}

/** A passage of paragraph 47 that the meeting text no longer has: an orphan's target. */
export function passageSinceRemoved(): PassageTarget {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: 'a sentence since removed',
      prefix: '',
      suffix: ''
    },
    position: { type: 'TextPositionSelector', start: 10, end: 34 }
  }
}
