/**
 * Reading W3C Web Annotation files: a lossless round trip of the app's own export, files from
 * other tools, where each annotation is placed, what is corrected or skipped, and malformed files.
 */
import { describe, expect, it } from 'vitest'
import {
  annotation,
  documentUri,
  ewaHighlight,
  exportOptions,
  fixtureAnnotations,
  fixtureId,
  importOptions,
  paragraphSelector,
  paragraphs,
  passage,
  passageSinceRemoved
} from '@test-support/web-annotation-fixtures'
import { toWebAnnotationCollection } from './web-annotation-export'
import {
  annotationFileJsonProblem,
  fromWebAnnotationCollection,
  parseWebAnnotationFile,
  type ImportedAnnotation,
  type WebAnnotationImport
} from './web-annotation-import'

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
        documentId: 'summary',
        paragraph: 47,
        target: passage(47, 'Early Warning Advisory (EWA)'),
        color: null,
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
    const gone = passageSinceRemoved()
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

  it('reads back a note without a colour as having none', () => {
    const uncoloured = annotation({ id: fixtureId(8), paragraph: 53, color: null, note: 'Ask' })
    const json = JSON.stringify(toWebAnnotationCollection([uncoloured], exportOptions))
    expect(json).toContain('"cnd67:color":null')
    const [read] = imported(parseWebAnnotationFile(json, paragraphs, importOptions()))
    expect(read.annotation).toStrictEqual(uncoloured)
    expect(read.corrections).toEqual([])
  })

  it('falls back to no colour, follow-up or position when the extension is not valid', () => {
    const odd = webAnnotation(paragraphSelector(60), {
      'cnd67:color': 'orange',
      'cnd67:followUp': { action: 'Call', status: 'later', priority: 'high', due: null },
      'cnd67:position': 'maybe'
    })
    const read = importOne(odd)
    expect(read.annotation.color).toBeNull()
    expect(read.annotation).not.toHaveProperty('followUp')
    expect(read.annotation).not.toHaveProperty('position')
    expect(read.corrections).toEqual([
      'Its colour is not one the app knows, so it has none.',
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
      'created: Its creation time (created) must be a date and time such as 2024-03-14T09:05:00.000Z.',
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

/** Small limits, so that a test can reach them. */
const limits = { maxDepth: 4, maxValues: 20 }

describe('annotationFileJsonProblem', () => {
  it('accepts plain JSON within the limits', () => {
    expect(
      annotationFileJsonProblem(JSON.parse('{"a": [1, "two", true, null, {"b": 2.5}]}'), limits)
    ).toBeNull()
    expect(annotationFileJsonProblem('text', limits)).toBeNull()
  })

  it('refuses __proto__, constructor and prototype keys, saying where', () => {
    expect(annotationFileJsonProblem(JSON.parse('{"a": [{"__proto__": {}}]}'), limits)).toBe(
      'The file has a “__proto__” key (at “a[0].__proto__”), which annotation files never have, so it was not read.'
    )
    expect(annotationFileJsonProblem(JSON.parse('{"constructor": 1}'), limits)).toBe(
      'The file has a “constructor” key (at “constructor”), which annotation files never have, so it was not read.'
    )
    expect(annotationFileJsonProblem(JSON.parse('[{"prototype": null}]'), limits)).toBe(
      'The file has a “prototype” key (at “[0].prototype”), which annotation files never have, so it was not read.'
    )
  })

  it('refuses nesting deeper than the limit', () => {
    expect(annotationFileJsonProblem([[[[1]]]], limits)).toBeNull()
    expect(annotationFileJsonProblem([[[[[1]]]]], limits)).toBe(
      '“[0][0][0][0]” is nested more than 4 levels deep, far more than an annotation file needs.'
    )
  })

  it('refuses more values than the limit', () => {
    expect(annotationFileJsonProblem(new Array(19).fill(0), limits)).toBeNull()
    expect(annotationFileJsonProblem(new Array(20).fill(0), limits)).toBe(
      'The file holds more than 20 values, far more than an annotation file needs.'
    )
  })

  it('refuses what JSON cannot hold', () => {
    expect(annotationFileJsonProblem({ a: undefined }, limits)).toBe(
      '“a” is not JSON data (it is undefined).'
    )
    expect(annotationFileJsonProblem([Number.NaN], limits)).toBe('“[0]” is not a finite number.')
    expect(annotationFileJsonProblem({ when: new Date(0) }, limits)).toBe(
      '“when” is not JSON data (it is not a plain object).'
    )
    expect(annotationFileJsonProblem(() => 1, limits)).toBe(
      'The file is not JSON data (it is a function).'
    )
  })
})
