// @vitest-environment jsdom
/**
 * Exporting annotations on the meeting summary as a W3C Web Annotation collection, and reading
 * such files back: exact output, the model's required fields, a lossless round trip, files from
 * other tools, and malformed files.
 */
import { describe, expect, it } from 'vitest'
import type { Annotation, PassageTarget } from '../annotations/annotation'
import { describePassage } from '../annotations/anchor-text'
import { fixtureParagraphs } from '@test-support/annotations-fixtures'
import { meetingDocument } from '../document/meeting-text'
import {
  annotationContextIri,
  fromWebAnnotationCollection,
  parseWebAnnotationFile,
  toWebAnnotationCollection,
  type ImportedAnnotation,
  type WebAnnotationExportOptions,
  type WebAnnotationImport,
  type WebAnnotationImportOptions
} from './web-annotation'

const paragraphs = meetingDocument.paragraphs
const documentUri = 'urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16'
const exportOptions: WebAnnotationExportOptions = {
  documentUri,
  documentTitle: 'Summary of the expert group meeting on synthetic drugs',
  now: new Date(Date.UTC(2024, 2, 20, 12, 0)),
  paragraphs
}

/** The import's clock: a fixed time and ids numbered from 101. */
function importOptions(knownTags: string[] = []): WebAnnotationImportOptions {
  let ids = 100
  return {
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    now: new Date(Date.UTC(2024, 2, 21, 8, 30)),
    knownTags
  }
}

/** The id of fixture annotation `n`. */
function fixtureId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}

/** The passage `quote` of paragraph `paragraph` of the meeting text, which must hold it once. */
function passage(paragraph: number, quote: string): PassageTarget {
  const text = paragraphs[paragraph - 1].text
  const start = text.indexOf(quote)
  if (start === -1 || text.indexOf(quote, start + 1) !== -1) {
    throw new Error(`“${quote}” is not once in paragraph ${paragraph}`)
  }
  return describePassage(text, start, start + quote.length)
}

/** An annotation with defaults for what a test does not care about. */
function annotation(
  fields: Partial<Annotation> & Pick<Annotation, 'id' | 'paragraph'>
): Annotation {
  return {
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
function ewaHighlight(): Annotation {
  return annotation({
    id: fixtureId(1),
    paragraph: 47,
    target: passage(47, 'Early Warning Advisory (EWA)'),
    color: 'blue',
    tags: ['Early warning', 'EWA']
  })
}

/** A question on "37,000 data entries" in paragraph 47, its follow-up and position cleared. */
function entriesQuestion(): Annotation {
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
function canadaNote(): Annotation {
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
function wastewaterTag(): Annotation {
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
function fixtureAnnotations(): Annotation[] {
  return [ewaHighlight(), entriesQuestion(), canadaNote(), wastewaterTag()]
}

/** The fragment selector of paragraph `paragraph`, refined to `target` if given. */
function paragraphSelector(paragraph: number, target?: PassageTarget): Record<string, unknown> {
  return {
    type: 'FragmentSelector',
    conformsTo: 'http://tools.ietf.org/rfc/rfc3987',
    value: `para-${paragraph}`,
    ...(target ? { refinedBy: [target.quote, target.position] } : {})
  }
}

/** How many annotations {@link webAnnotation} has made, for their ids. */
let webAnnotationCount = 0

/**
 * A minimal Annotation of this app's kind on `selector`, with an id of its own, for import tests.
 * `fields` replace its properties; an undefined field removes one, as JSON would.
 */
function webAnnotation(
  selector: unknown,
  fields: Record<string, unknown> = {}
): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    id: `urn:uuid:${fixtureId(900 + ++webAnnotationCount)}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: '2024-03-14T09:00:00.000Z',
    modified: '2024-03-14T09:00:00.000Z',
    target: { source: documentUri, selector },
    ...fields
  }
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined))
}

/** The imported annotations of a successful import; fails the test otherwise. */
function imported(result: WebAnnotationImport): ImportedAnnotation[] {
  if (!result.ok) throw new Error(`The import failed: ${result.error}`)
  return result.annotations
}

/** The one annotation a successful import of one annotation gives. */
function importOne(json: unknown, knownTags: string[] = []): ImportedAnnotation {
  const result = fromWebAnnotationCollection(json, paragraphs, importOptions(knownTags))
  expect(result).toMatchObject({ ok: true, skipped: [] })
  const [only, ...rest] = imported(result)
  expect(rest).toEqual([])
  return only
}

/** The reasons an import of `items` gave for skipping each of them. */
function skipReasons(items: unknown[]): string[] {
  const result = fromWebAnnotationCollection(items, paragraphs, importOptions())
  if (!result.ok) throw new Error(`The import failed: ${result.error}`)
  expect(result.annotations).toEqual([])
  return result.skipped.map(({ reason }) => reason)
}

/** Whether `value` is an absolute IRI (a scheme, a colon, no spaces). */
function isIri(value: unknown): boolean {
  return typeof value === 'string' && /^[a-z][a-z\d+.-]*:\S+$/iu.test(value)
}

/** The model's motivations (section 3.3.5). */
const modelMotivations = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging'
])

/** A JSON-LD value that may be one value or a list of them, as a list. */
function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}

/** Whether `value` is an object (not a list). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * What a collection lacks of what the W3C Web Annotation Data Model requires (MUST), or uses
 * against its constraints; empty when it conforms.
 */
function conformanceProblems(collection: unknown): string[] {
  const problems: string[] = []
  const require = (condition: boolean, problem: string): void => {
    if (!condition) problems.push(problem)
  }
  if (!isObject(collection)) return ['the collection is not an object']
  const context = collection['@context']
  require(context === annotationContextIri ||
    (Array.isArray(context) &&
      context.length > 1 &&
      context.includes(
        annotationContextIri
      )), 'the collection’s @context is not (or does not include) the Web Annotation context')
  require(isIri(collection.id), 'the collection has no IRI id')
  require(collection.type === 'AnnotationCollection', 'the collection’s type is wrong')
  const total = collection.total
  require(Number.isInteger(total) && (total as number) >= 0, 'total is not a whole number')

  const annotations: unknown[] = []
  for (let page: unknown = collection.first; page !== undefined;) {
    if (!isObject(page)) {
      problems.push('a page is not an object')
      break
    }
    require(isIri(page.id), 'a page has no IRI id')
    require(page.type === 'AnnotationPage', 'a page’s type is wrong')
    require(Array.isArray(page.items), 'a page has no items')
    require(page.partOf === undefined || page.partOf === collection.id, 'partOf is wrong')
    require(page.startIndex === undefined ||
      (Number.isInteger(page.startIndex) &&
        (page.startIndex as number) >= 0), 'startIndex is not a whole number')
    annotations.push(...listOf(page.items))
    page = page.next
  }
  require(total === annotations.length, `total is ${total} but there are ${annotations.length}`)
  require(total === 0 || collection.first !== undefined, 'annotations but no first page')

  annotations.forEach((annotation, index) => {
    const where = `annotation ${index}`
    if (!isObject(annotation)) return void problems.push(`${where} is not an object`)
    require(isIri(annotation.id), `${where} has no IRI id`)
    require(listOf(annotation.type).includes('Annotation'), `${where} is not of type Annotation`)
    for (const motivation of listOf(annotation.motivation)) {
      require(modelMotivations.has(motivation as string), `${where} has motivation ${motivation}`)
    }
    for (const time of [annotation.created, annotation.modified]) {
      require(time === undefined ||
        (typeof time === 'string' &&
          /T.*(Z|[+-]\d\d:\d\d)$/u.test(time)), `${where} has a time without a time zone`)
    }
    for (const body of listOf(annotation.body)) {
      if (!isObject(body)) continue
      if (body.type === 'TextualBody') {
        require(typeof body.value === 'string', `${where} has a TextualBody without a value`)
      }
      require(body.purpose === undefined ||
        modelMotivations.has(
          body.purpose as string
        ), `${where} has a body with purpose ${body.purpose}`)
    }
    const targets = listOf(annotation.target)
    require(targets.length > 0, `${where} has no target`)
    for (const target of targets) {
      if (typeof target === 'string') {
        require(isIri(target), `${where} has a target that is not an IRI`)
        continue
      }
      if (!isObject(target))
        return void problems.push(`${where} has a target that is not an object`)
      require(isIri(target.source), `${where} has a target without a source`)
      const pending = listOf(target.selector)
      while (pending.length > 0) {
        const selector = pending.pop()
        if (!isObject(selector)) {
          problems.push(`${where} has a selector that is not an object`)
          continue
        }
        require(typeof selector.type === 'string', `${where} has a selector without a type`)
        if (selector.type === 'FragmentSelector') {
          require(typeof selector.value === 'string', `${where}: FragmentSelector without value`)
        }
        if (selector.type === 'TextQuoteSelector') {
          require(typeof selector.exact === 'string', `${where}: TextQuoteSelector without exact`)
        }
        if (selector.type === 'TextPositionSelector') {
          const { start, end } = selector
          require(Number.isInteger(start) &&
            Number.isInteger(end) &&
            (start as number) >= 0 &&
            (start as number) <=
              (end as number), `${where}: TextPositionSelector without whole start <= end`)
        }
        pending.push(...listOf(selector.refinedBy))
      }
    }
  })
  return problems
}

describe('toWebAnnotationCollection', () => {
  it('writes the fixture set exactly, in document order', () => {
    const shuffled = [wastewaterTag(), entriesQuestion(), canadaNote(), ewaHighlight()]
    expect(toWebAnnotationCollection(shuffled, exportOptions)).toStrictEqual({
      '@context': [
        'http://www.w3.org/ns/anno.jsonld',
        { cnd67: 'urn:cnd67-notes:terms:', 'cnd67:followUp': { '@type': '@json' } }
      ],
      id: 'urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16#annotations',
      type: 'AnnotationCollection',
      label: 'Annotations on “Summary of the expert group meeting on synthetic drugs”',
      total: 4,
      generator: { type: 'Software', name: 'CND67 Notes' },
      generated: '2024-03-20T12:00:00.000Z',
      first: {
        id: 'urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16#annotations-page-1',
        type: 'AnnotationPage',
        partOf: 'urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16#annotations',
        startIndex: 0,
        items: [
          {
            id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
            type: 'Annotation',
            motivation: 'highlighting',
            created: '2024-03-14T09:00:00.000Z',
            modified: '2024-03-14T09:00:00.000Z',
            body: [
              { type: 'TextualBody', purpose: 'tagging', value: 'Early warning' },
              { type: 'TextualBody', purpose: 'tagging', value: 'EWA' }
            ],
            target: {
              source: 'urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16',
              selector: {
                type: 'FragmentSelector',
                conformsTo: 'http://tools.ietf.org/rfc/rfc3987',
                value: 'para-47',
                refinedBy: [
                  {
                    type: 'TextQuoteSelector',
                    exact: 'Early Warning Advisory (EWA)',
                    prefix: ' for LSS presented on the UNODC ',
                    suffix: ', which is maintained by LSS and'
                  },
                  { type: 'TextPositionSelector', start: 86, end: 114 }
                ]
              }
            },
            'cnd67:color': 'blue'
          },
          {
            id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
            type: 'Annotation',
            motivation: 'commenting',
            created: '2024-03-14T09:02:00.000Z',
            modified: '2024-03-14T09:10:00.000Z',
            body: [
              {
                type: 'TextualBody',
                value: 'Ask LSS how many entries came from the *Americas*.',
                format: 'text/markdown',
                purpose: 'commenting'
              }
            ],
            target: {
              source: 'urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16',
              selector: {
                type: 'FragmentSelector',
                conformsTo: 'http://tools.ietf.org/rfc/rfc3987',
                value: 'para-47',
                refinedBy: [
                  {
                    type: 'TextQuoteSelector',
                    exact: '37,000 data entries',
                    prefix: ' UNODC EWA has accumulated over ',
                    suffix: ' from 141 countries and territor'
                  },
                  { type: 'TextPositionSelector', start: 454, end: 473 }
                ]
              }
            },
            'cnd67:color': 'pink',
            'cnd67:followUp': null,
            'cnd67:position': null
          },
          {
            id: 'urn:uuid:00000000-0000-4000-8000-000000000003',
            type: 'Annotation',
            motivation: 'commenting',
            created: '2024-03-14T09:01:00.000Z',
            modified: '2024-03-14T09:05:00.000Z',
            body: [
              {
                type: 'TextualBody',
                value: 'Canada: **Drug Analysis Service** as a model for our own early warning.',
                format: 'text/markdown',
                purpose: 'commenting'
              },
              { type: 'TextualBody', purpose: 'tagging', value: 'Canada' },
              { type: 'TextualBody', purpose: 'tagging', value: 'Early warning' }
            ],
            target: {
              source: 'urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16',
              selector: {
                type: 'FragmentSelector',
                conformsTo: 'http://tools.ietf.org/rfc/rfc3987',
                value: 'para-60'
              }
            },
            'cnd67:color': 'green',
            'cnd67:followUp': {
              action: 'Meet the Canadian delegation on the Drug Analysis Service',
              status: 'open',
              priority: 'high',
              due: '2024-03-18',
              agendaItemId: null,
              counterparts: ['Canada']
            },
            'cnd67:position': 'support'
          },
          {
            id: 'urn:uuid:00000000-0000-4000-8000-000000000004',
            type: 'Annotation',
            motivation: 'tagging',
            created: '2024-03-14T09:03:00.000Z',
            modified: '2024-03-14T09:03:00.000Z',
            body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Wastewater' }],
            target: {
              source: 'urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16',
              selector: {
                type: 'FragmentSelector',
                conformsTo: 'http://tools.ietf.org/rfc/rfc3987',
                value: 'para-60'
              }
            },
            'cnd67:color': 'purple'
          }
        ]
      },
      last: 'urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16#annotations-page-1'
    })
  })

  it('writes a collection of no annotations without pages', () => {
    const collection = toWebAnnotationCollection([], exportOptions)
    expect(collection).toStrictEqual({
      '@context': [
        'http://www.w3.org/ns/anno.jsonld',
        { cnd67: 'urn:cnd67-notes:terms:', 'cnd67:followUp': { '@type': '@json' } }
      ],
      id: 'urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16#annotations',
      type: 'AnnotationCollection',
      label: 'Annotations on “Summary of the expert group meeting on synthetic drugs”',
      total: 0,
      generator: { type: 'Software', name: 'CND67 Notes' },
      generated: '2024-03-20T12:00:00.000Z'
    })
    expect(conformanceProblems(collection)).toEqual([])
  })

  it('gives every annotation what the Web Annotation Data Model requires', () => {
    const collection = toWebAnnotationCollection(fixtureAnnotations(), exportOptions)
    expect(conformanceProblems(JSON.parse(JSON.stringify(collection)))).toEqual([])
  })

  it('finds problems a non-conforming collection has (the checker checks)', () => {
    const collection = JSON.parse(
      JSON.stringify(toWebAnnotationCollection(fixtureAnnotations(), exportOptions))
    )
    collection.total = 3
    collection.first.items[0].target.selector.refinedBy[1].start = 200
    delete collection.first.items[2].target.source
    delete collection.first.items[3].id
    expect(conformanceProblems(collection)).toEqual([
      'total is 3 but there are 4',
      'annotation 0: TextPositionSelector without whole start <= end',
      'annotation 2 has a target without a source',
      'annotation 3 has no IRI id'
    ])
  })

  it('describes a passage where it is found now, and keeps an orphan’s selectors, listed last', () => {
    const [opening, canada] = fixtureParagraphs()
    const moved = annotation({
      id: fixtureId(5),
      paragraph: 2,
      target: describePassage(canada.text, 38, 59)
    })
    const orphan = annotation({
      id: fixtureId(6),
      paragraph: 2,
      target: describePassage(canada.text, 0, 6),
      createdAt: '2024-03-14T08:00:00.000Z'
    })
    const edited = [
      opening,
      { number: 2, text: `In short, ${canada.text.replace('Canada', 'It')}` }
    ]
    const collection = toWebAnnotationCollection([orphan, moved], {
      ...exportOptions,
      paragraphs: edited
    })
    expect(collection.first?.items.map((item) => item.target.selector.refinedBy)).toEqual([
      [
        {
          type: 'TextQuoteSelector',
          exact: 'early warning systems',
          prefix: ' emphasized the significance of ',
          suffix: ' in mitigating risks.'
        },
        { type: 'TextPositionSelector', start: 44, end: 65 }
      ],
      [orphan.target?.quote, orphan.target?.position]
    ])
  })

  it('refuses a document address that is not absolute or has a fragment', () => {
    expect(() =>
      toWebAnnotationCollection([], { ...exportOptions, documentUri: 'summary.html' })
    ).toThrow(RangeError)
    expect(() =>
      toWebAnnotationCollection([], { ...exportOptions, documentUri: `${documentUri}#top` })
    ).toThrow('“urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16#top” is not an absolute')
  })
})

describe('fromWebAnnotationCollection', () => {
  it('reads back exactly what was exported, through JSON text', () => {
    const json = JSON.stringify(toWebAnnotationCollection(fixtureAnnotations(), exportOptions))
    const result = parseWebAnnotationFile(json, paragraphs, importOptions())
    expect(result).toMatchObject({ ok: true, skipped: [] })
    const annotations = imported(result)
    expect(annotations.map((entry) => entry.annotation)).toStrictEqual(fixtureAnnotations())
    expect(annotations.map((entry) => [entry.placement, entry.corrections])).toEqual([
      ['as-given', []],
      ['as-given', []],
      ['as-given', []],
      ['as-given', []]
    ])
  })

  it('reads back an orphan with the selectors it was stored with', () => {
    const orphan = annotation({
      id: fixtureId(7),
      paragraph: 47,
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact: 'a sentence since removed',
          prefix: 'x',
          suffix: ''
        },
        position: { type: 'TextPositionSelector', start: 10, end: 34 }
      },
      note: 'Made on an earlier version of the text.'
    })
    const collection = toWebAnnotationCollection([orphan, ewaHighlight()], exportOptions)
    const result = fromWebAnnotationCollection(collection, paragraphs, importOptions())
    expect(imported(result)).toStrictEqual([
      { annotation: ewaHighlight(), placement: 'as-given', corrections: [] },
      { annotation: orphan, placement: 'orphaned', corrections: [] }
    ])
  })

  it('reads an AnnotationPage, a bare list, one Annotation and a collection’s inline items', () => {
    const collection = toWebAnnotationCollection(fixtureAnnotations(), exportOptions)
    const items = collection.first?.items ?? []
    const ids = (json: unknown): string[] =>
      imported(fromWebAnnotationCollection(json, paragraphs, importOptions())).map(
        (entry) => entry.annotation.id
      )
    const allIds = fixtureAnnotations().map((fixture) => fixture.id)
    expect(ids(collection.first)).toEqual(allIds)
    expect(ids(items)).toEqual(allIds)
    expect(ids(items[2])).toEqual([fixtureId(3)])
    expect(ids({ type: 'AnnotationCollection', items })).toEqual(allIds)
  })

  it('reads every page a collection embeds', () => {
    const items = toWebAnnotationCollection(fixtureAnnotations(), exportOptions).first?.items ?? []
    const collection = {
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: items.slice(0, 2),
        next: { type: 'AnnotationPage', items: items.slice(2) }
      }
    }
    const annotations = imported(
      fromWebAnnotationCollection(collection, paragraphs, importOptions())
    )
    expect(annotations.map((entry) => entry.annotation)).toStrictEqual(fixtureAnnotations())
  })

  it('places another tool’s annotation (no extension, only a quote and a source) by its quote', () => {
    const hypothesisStyle = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'https://hypothes.is/a/Zq3xJr9vEe6mMwOq1lT0dA',
      created: '2024-03-15T10:12:00.000000+00:00',
      modified: '2024-03-15T11:30:00.000000+01:00',
      creator: 'acct:delegate@hypothes.is',
      body: [
        { type: 'TextualBody', value: 'Who can *access* the EWA?', format: 'text/markdown' },
        { type: 'TextualBody', purpose: 'tagging', value: 'early warning' }
      ],
      target: [
        {
          source: 'https://example.org/cnd67/summary.pdf',
          selector: [
            {
              type: 'RangeSelector',
              startContainer: '/div[2]/p[47]',
              endContainer: '/div[2]/p[47]'
            },
            { type: 'TextPositionSelector', start: 20311, end: 20339 },
            {
              type: 'TextQuoteSelector',
              exact: 'Early Warning Advisory (EWA)',
              prefix: 'presented on the UNODC ',
              suffix: ', which is maintained'
            }
          ]
        }
      ]
    }
    expect(importOne(hypothesisStyle, ['Early warning'])).toStrictEqual({
      annotation: {
        id: fixtureId(101),
        paragraph: 47,
        target: passage(47, 'Early Warning Advisory (EWA)'),
        color: 'yellow',
        note: 'Who can *access* the EWA?',
        tags: ['Early warning'],
        createdAt: '2024-03-15T10:12:00.000Z',
        updatedAt: '2024-03-15T10:30:00.000Z'
      },
      placement: 'by-quote',
      corrections: []
    })
  })

  it('looks for a quote without a position in its own paragraph first', () => {
    const quoteOnly = webAnnotation({
      ...paragraphSelector(60),
      refinedBy: { type: 'TextQuoteSelector', exact: 'UNODC EWA' }
    })
    const { annotation: read, placement } = importOne(quoteOnly)
    expect(placement).toBe('by-quote')
    expect(read.paragraph).toBe(60)
    expect(read.target).toEqual(passage(60, 'UNODC EWA'))
  })

  it('takes the quote from the text when a paragraph and position are given without one', () => {
    const positionOnly = webAnnotation({
      ...paragraphSelector(47),
      refinedBy: [{ type: 'TextPositionSelector', start: 86, end: 114 }]
    })
    const { annotation: read, placement } = importOne(positionOnly)
    expect(placement).toBe('by-position')
    expect(read.target).toEqual(passage(47, 'Early Warning Advisory (EWA)'))
  })

  it('imports a passage no longer in the text as an orphan, keeping its quote', () => {
    const gone: PassageTarget = {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'a sentence since removed',
        prefix: '',
        suffix: ''
      },
      position: { type: 'TextPositionSelector', start: 10, end: 34 }
    }
    const { annotation: read, placement } = importOne(webAnnotation(paragraphSelector(47, gone)))
    expect(placement).toBe('orphaned')
    expect(read).toMatchObject({ paragraph: 47, target: gone })
  })

  it('takes a paragraph from a target that is an address ending in #para-N', () => {
    const { annotation: read, placement } = importOne(
      webAnnotation(undefined, { target: `${documentUri}#para-12` })
    )
    expect(placement).toBe('as-given')
    expect(read).toMatchObject({ paragraph: 12, target: null })
  })

  it('uses the first of several targets it can place', () => {
    const targets = webAnnotation(undefined, {
      target: [
        'https://example.org/elsewhere',
        {
          source: documentUri,
          selector: { type: 'TextQuoteSelector', exact: 'Drug Analysis Service' }
        },
        { source: documentUri, selector: paragraphSelector(12) }
      ]
    })
    const { annotation: read, placement } = importOne(targets)
    expect(placement).toBe('by-quote')
    expect(read).toMatchObject({ paragraph: 60, target: passage(60, 'Drug Analysis Service') })
  })

  it('reads an HTML note as its text, never as markup', () => {
    const html = webAnnotation(paragraphSelector(60), {
      body: {
        type: 'TextualBody',
        format: 'text/html',
        value:
          '<p>Canada&rsquo;s <b>Drug Analysis Service</b>:</p><script>alert(1)</script><ul><li>data&nbsp;sharing</li><li>&lt;wastewater&gt;</li></ul>'
      }
    })
    expect(importOne(html).annotation.note).toBe(
      'Canada’s Drug Analysis Service:\n\ndata\u00a0sharing\n<wastewater>'
    )
  })

  it('joins plain-text notes and takes a body without a purpose from the motivation', () => {
    const bodies = webAnnotation(paragraphSelector(60), {
      motivation: 'tagging',
      body: [
        { type: 'TextualBody', value: 'Precursors' },
        { type: 'TextualBody', purpose: 'commenting', value: 'First.', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'describing', value: 'Second.' },
        { type: 'TextualBody', purpose: 'linking', value: 'https://example.org' },
        'https://example.org/body',
        { type: 'Image', id: 'https://example.org/chart.png' }
      ]
    })
    expect(importOne(bodies)).toMatchObject({
      annotation: { note: 'First.\n\nSecond.', tags: ['Precursors'] },
      corrections: [
        'A body for linking was left out.',
        'A body that is a link (https://example.org/body) was left out.',
        'A body of type “Image” was left out.'
      ]
    })
  })

  it('cleans tags as typed tags are, in the spelling already in use', () => {
    const longTag = 'x'.repeat(65)
    const tagged = webAnnotation(paragraphSelector(60), {
      body: [
        ' precursors  control ',
        'Precursors control',
        'NPS, fentanyl',
        '   ',
        longTag,
        'ewa'
      ].map((value) => ({ type: 'TextualBody', purpose: 'tagging', value }))
    })
    expect(importOne(tagged, ['EWA'])).toMatchObject({
      annotation: { tags: ['precursors control', 'NPS', 'fentanyl', 'EWA'] },
      corrections: [
        'The tag “NPS, fentanyl” was split at its commas.',
        `The tag “${'x'.repeat(59)}…” was left out: A tag cannot be longer than 64 characters.`
      ]
    })
  })

  it('falls back to yellow and no follow-up or position when the extension is not valid', () => {
    const odd = webAnnotation(paragraphSelector(60), {
      'cnd67:color': 'orange',
      'cnd67:followUp': { action: 'Call', status: 'later', priority: 'high', due: null },
      'cnd67:position': 'maybe'
    })
    const read = importOne(odd)
    expect(read.annotation.color).toBe('yellow')
    expect(read.annotation).not.toHaveProperty('followUp')
    expect(read.annotation).not.toHaveProperty('position')
    expect(read.corrections).toEqual([
      'Its colour is not one the app knows, so it is yellow.',
      'Its follow-up was left out. status: Its status is not one the app knows.',
      'Its position is not one the app knows, so it has none.'
    ])
  })

  it('keeps urn:uuid ids in lower case and gives other annotations new ids', () => {
    const result = fromWebAnnotationCollection(
      [
        webAnnotation(paragraphSelector(1), {
          id: 'urn:uuid:AAAAAAAA-0000-4000-8000-00000000000A'
        }),
        webAnnotation(paragraphSelector(2), { id: 'https://example.org/annotations/7' }),
        webAnnotation(paragraphSelector(3), { id: undefined }),
        webAnnotation(paragraphSelector(4), { id: 'urn:uuid:not-a-uuid' })
      ],
      paragraphs,
      importOptions()
    )
    expect(imported(result).map((entry) => entry.annotation.id)).toEqual([
      'aaaaaaaa-0000-4000-8000-00000000000a',
      fixtureId(101),
      fixtureId(102),
      fixtureId(103)
    ])
  })

  it('gives an annotation without times the import’s time, and one without modified its creation', () => {
    const result = fromWebAnnotationCollection(
      [
        webAnnotation(paragraphSelector(1), { created: undefined, modified: undefined }),
        webAnnotation(paragraphSelector(2), { modified: undefined })
      ],
      paragraphs,
      importOptions()
    )
    expect(
      imported(result).map(({ annotation: read }) => [read.createdAt, read.updatedAt])
    ).toEqual([
      ['2024-03-21T08:30:00.000Z', '2024-03-21T08:30:00.000Z'],
      ['2024-03-14T09:00:00.000Z', '2024-03-14T09:00:00.000Z']
    ])
  })

  it('skips an annotation whose id repeats an earlier one', () => {
    const twice = webAnnotation(paragraphSelector(60), { id: `urn:uuid:${fixtureId(9)}` })
    const result = fromWebAnnotationCollection([twice, twice], paragraphs, importOptions())
    expect(result).toMatchObject({
      ok: true,
      skipped: [
        {
          index: 1,
          reason:
            'It has the same id as an earlier annotation in the file (urn:uuid:00000000-0000-4000-8000-000000000009).'
        }
      ]
    })
    expect(imported(result)).toHaveLength(1)
  })
})

describe('fromWebAnnotationCollection with malformed files', () => {
  it('refuses text that is not JSON', () => {
    expect(parseWebAnnotationFile('{"type": "Annotation",', paragraphs, importOptions())).toEqual({
      ok: false,
      error: expect.stringMatching(/^The file is not JSON, so it is not a Web Annotation file \(/u)
    })
  })

  it('refuses JSON that is not a Web Annotation file', () => {
    const error = (json: unknown): string => {
      const result = fromWebAnnotationCollection(json, paragraphs, importOptions())
      return result.ok ? 'imported' : result.error
    }
    expect(error(42)).toBe(
      'The file is not a Web Annotation file: it holds no object or list of annotations.'
    )
    expect(error(null)).toBe(
      'The file is not a Web Annotation file: it holds no object or list of annotations.'
    )
    expect(error({ title: 'My notes', notes: [] })).toBe(
      'The file is not a Web Annotation file: it holds no AnnotationCollection, AnnotationPage, Annotation or list of annotations.'
    )
    expect(
      error({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: 3 } })
    ).toBe(
      'The file could not be read. first.items: A list of annotations was expected here, not a number.'
    )
    expect(error({ type: 'AnnotationCollection', first: 'https://example.org/page1' })).toBe(
      'The collection’s annotations are not in the file: its first page is at “https://example.org/page1”. Export the collection with its annotations included.'
    )
    expect(error({ type: 'AnnotationPage', items: [], next: 'https://example.org/page2' })).toBe(
      'The file holds only part of the collection: its next page is at “https://example.org/page2”. Export the collection with all its annotations included.'
    )
  })

  it('refuses a file with a __proto__ or constructor key, wherever it is', () => {
    const withKey = (key: string): unknown =>
      JSON.parse(
        `[{"type": "Annotation", "target": {"source": "urn:x", "selector": {"type": "FragmentSelector", "value": "para-1", "${key}": {"polluted": true}}}}]`
      )
    expect(fromWebAnnotationCollection(withKey('__proto__'), paragraphs, importOptions())).toEqual({
      ok: false,
      error:
        'The file has a “__proto__” key (at “[0].target.selector.__proto__”), which annotation files never have, so it was not read.'
    })
    expect(
      fromWebAnnotationCollection(withKey('constructor'), paragraphs, importOptions())
    ).toEqual({
      ok: false,
      error:
        'The file has a “constructor” key (at “[0].target.selector.constructor”), which annotation files never have, so it was not read.'
    })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses absurd sizes', () => {
    const tooMany = fromWebAnnotationCollection(new Array(20_001).fill(null), paragraphs)
    expect(tooMany).toEqual({
      ok: false,
      error:
        'The file could not be read. There are more than 20,000 annotations, far more than one meeting’s notes.'
    })
    let deep: unknown = 'bottom'
    for (let level = 0; level < 100; level++) deep = [deep]
    expect(fromWebAnnotationCollection(deep, paragraphs)).toMatchObject({
      ok: false,
      error: expect.stringContaining('is nested more than 64 levels deep')
    })
    const longNote = webAnnotation(paragraphSelector(60), {
      body: { type: 'TextualBody', value: 'x'.repeat(100_001) }
    })
    expect(skipReasons([longNote])).toEqual([
      'body.value: The body’s value is longer than 100,000 characters.'
    ])
  })

  it('skips annotations with wrong types, saying where', () => {
    const reasons = skipReasons([
      'not an annotation',
      webAnnotation(paragraphSelector(60), { created: 1710406800 }),
      webAnnotation(paragraphSelector(60), { created: '14 March 2024' }),
      webAnnotation(paragraphSelector(60), { body: 7 }),
      webAnnotation(paragraphSelector(60), { type: 'Note' }),
      webAnnotation({
        ...paragraphSelector(47),
        refinedBy: [
          { type: 'TextQuoteSelector', exact: 'Early Warning Advisory (EWA)' },
          { type: 'TextPositionSelector', start: '86', end: 114 }
        ]
      }),
      webAnnotation([paragraphSelector(47), { type: 'TextQuoteSelector', exact: 42 }]),
      webAnnotation({ value: 'para-47' }),
      webAnnotation(paragraphSelector(60), { motivation: ['commenting', 3] })
    ])
    expect(reasons).toEqual([
      'An annotation must be an object, not text.',
      'created: Its creation time (created) must be text, not a number.',
      'created: Its creation time (created) must be a date and time such as 2024-03-14T09:00:00Z.',
      'body: A body must be an object, not a number.',
      'It is not an Annotation (its type is “Note”).',
      'target.selector.refinedBy[1].start: Its start must be a number, not text.',
      'target.selector[1].exact: The quote (exact) must be text, not a number.',
      'target.selector.type: A selector must be an object with a type.',
      'motivation[1]: Its motivation must be text, not a number.'
    ])
  })

  it('skips an annotation without a target', () => {
    expect(skipReasons([webAnnotation(undefined, { target: undefined })])).toEqual([
      'It has no target, so there is nothing to attach it to.'
    ])
    expect(skipReasons([webAnnotation(undefined, { target: [] })])).toEqual([
      'It has no target, so there is nothing to attach it to.'
    ])
    expect(skipReasons([webAnnotation(undefined, { target: { selector: [] } })])).toEqual([
      'target: A target must name its document (source).'
    ])
  })

  it('skips a passage that starts after it ends, or is empty, or runs past its paragraph', () => {
    const positioned = (start: number, end: number): unknown =>
      webAnnotation({
        ...paragraphSelector(47),
        refinedBy: [{ type: 'TextPositionSelector', start, end }]
      })
    expect(skipReasons([positioned(114, 86), positioned(86, 86), positioned(86, 5000)])).toEqual([
      'target.selector.refinedBy[0]: The passage starts after it ends (start 114, end 86).',
      'Its passage in paragraph 47 is empty (start and end are both 86).',
      'Its passage (characters 86 to 5000) runs past the end of paragraph 47, which has 864 characters.'
    ])
  })

  it('skips an annotation on a paragraph the document does not have', () => {
    expect(
      skipReasons([
        webAnnotation(paragraphSelector(0)),
        webAnnotation(paragraphSelector(88, passage(47, 'Early Warning Advisory (EWA)'))),
        webAnnotation(undefined, { target: `${documentUri}#para-88` })
      ])
    ).toEqual([
      'It is on paragraph 0, but the meeting text has paragraphs 1 to 87.',
      'It is on paragraph 88, but the meeting text has paragraphs 1 to 87.',
      'It is on paragraph 88, but the meeting text has paragraphs 1 to 87.'
    ])
  })

  it('skips an annotation whose quote is nowhere in the text, or that names no paragraph', () => {
    expect(
      skipReasons([
        webAnnotation({ type: 'TextQuoteSelector', exact: 'Mars Drug Observatory' }),
        webAnnotation({
          ...paragraphSelector(60),
          refinedBy: { type: 'TextQuoteSelector', exact: 'Mars Drug Observatory' }
        }),
        webAnnotation(undefined, { target: 'https://example.org/other-page' }),
        webAnnotation({ type: 'TextQuoteSelector', exact: '' })
      ])
    ).toEqual([
      'Its quote “Mars Drug Observatory” is not in the meeting text.',
      'Its quote “Mars Drug Observatory” is not in paragraph 60 or elsewhere in the meeting text.',
      'Its target (https://example.org/other-page) names no paragraph of the meeting text and quotes no passage of it.',
      'target.selector.exact: The quote (exact) is empty.'
    ])
  })

  it('imports the valid annotations of a file and lists the others by index', () => {
    const result = fromWebAnnotationCollection(
      [
        webAnnotation(paragraphSelector(60)),
        { type: 'Annotation' },
        webAnnotation(paragraphSelector(61), { id: undefined })
      ],
      paragraphs,
      importOptions()
    )
    expect(result).toMatchObject({
      ok: true,
      skipped: [{ index: 1, reason: 'It has no target, so there is nothing to attach it to.' }]
    })
    expect(imported(result).map((entry) => entry.annotation.paragraph)).toEqual([60, 61])
  })
})
