/**
 * Exporting annotations on the meeting summary as a W3C Web Annotation collection: exact output,
 * document order, orphans last, and everything the Web Annotation Data Model requires.
 */
import { describe, expect, it } from 'vitest'
import { describePassage } from '../annotations/anchor-text'
import { fixtureParagraphs } from '@test-support/annotations-fixtures'
import {
  annotation,
  canadaNote,
  collectionHead,
  documentUri,
  entriesQuestion,
  ewaHighlight,
  exportOptions,
  fixtureAnnotations,
  fixtureId,
  paragraphTarget,
  wastewaterTag
} from '@test-support/web-annotation-fixtures'
import { annotationContextIri, toWebAnnotationCollection } from './web-annotation-export'

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
      ...collectionHead(4),
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
            target: paragraphTarget(60),
            'cnd67:color': 'green',
            'cnd67:followUp': canadaNote().followUp,
            'cnd67:position': 'support'
          },
          {
            id: 'urn:uuid:00000000-0000-4000-8000-000000000004',
            type: 'Annotation',
            motivation: 'tagging',
            created: '2024-03-14T09:03:00.000Z',
            modified: '2024-03-14T09:03:00.000Z',
            body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Wastewater' }],
            target: paragraphTarget(60),
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
      ...collectionHead(0)
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
