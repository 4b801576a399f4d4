/** Filtering the meeting text by session, section, speaker, kind and annotation. */
import { describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { paragraphNumbers, proceduralParagraphNumbers } from '@test-support/document-fixtures'
import {
  describeFilter,
  emptyFilter,
  isFilterEmpty,
  revealedParagraphNotice,
  sectionsWithoutShownParagraphs,
  showingAlso,
  visibleParagraphs,
  type FilteredAnnotation,
  type ParagraphFilter
} from './paragraph-filter'

/** A filter constraining only what `criteria` gives. */
function filterWith(criteria: Partial<ParagraphFilter>): ParagraphFilter {
  return { ...emptyFilter(), ...criteria }
}

/** An annotation on `paragraph`: yellow, no note, no tags, no follow-up, unless overridden. */
function annotationOn(
  paragraph: number,
  overrides: Partial<FilteredAnnotation> = {}
): FilteredAnnotation {
  return { paragraph, note: '', color: 'yellow', tags: [], followUp: null, ...overrides }
}

/** A delegate's annotations on Canada's interventions and on the Early Warning Advisory. */
function fixtureAnnotations(): FilteredAnnotation[] {
  return [
    annotationOn(14, { note: 'Ask about the trilateral dialogue', tags: ['Precursors'] }),
    annotationOn(14, { color: 'green', followUp: { status: 'open' } }),
    annotationOn(47, { color: 'blue', note: '  ', tags: ['precursors '] }),
    annotationOn(47, { color: 'purple', note: 'Figures', followUp: { status: 'done' } }),
    annotationOn(60, { note: 'Drug Analysis Service', tags: ['EWA'] }),
    annotationOn(74, { color: 'pink', note: 'Stigma', followUp: { status: 'in-progress' } })
  ]
}

/** The visible paragraphs of the meeting summary under `filter`, in order. */
function visibleNumbers(filter: ParagraphFilter): number[] {
  const { visible } = visibleParagraphs(meetingDocument, fixtureAnnotations(), filter)
  return [...visible].sort((a, b) => a - b)
}

describe('emptyFilter and isFilterEmpty', () => {
  it('starts empty, and any criterion makes a filter non-empty', () => {
    expect(emptyFilter()).toEqual({
      sessions: [],
      sections: [],
      speakers: [],
      kinds: [],
      annotation: {}
    })
    expect(isFilterEmpty(emptyFilter())).toBe(true)
    expect(isFilterEmpty(filterWith({ annotation: { colors: [], tags: [] } }))).toBe(true)
    expect(isFilterEmpty(filterWith({ speakers: ['Canada'] }))).toBe(false)
    expect(isFilterEmpty(filterWith({ annotation: { hasNote: false } }))).toBe(false)
    expect(isFilterEmpty(filterWith({ annotation: { followUpStatuses: ['open'] } }))).toBe(false)
  })

  it('gives a fresh filter each time', () => {
    const filter = emptyFilter()
    filter.speakers.push('Canada')
    expect(emptyFilter().speakers).toEqual([])
  })
})

describe('visibleParagraphs', () => {
  it('shows all 87 paragraphs under an empty filter', () => {
    const result = visibleParagraphs(meetingDocument, [], emptyFilter())
    expect(result.visible.size).toBe(87)
    expect(result.hiddenCount).toBe(0)
  })

  it('gives exactly Canada’s four interventions for the speaker Canada', () => {
    const result = visibleParagraphs(meetingDocument, [], filterWith({ speakers: ['Canada'] }))
    expect([...result.visible]).toEqual([14, 37, 60, 74])
    expect(result.hiddenCount).toBe(83)
  })

  it('matches any of several speakers, presenters included', () => {
    expect(visibleNumbers(filterWith({ speakers: ['Canada', 'Peru', 'Chief of PTRS'] }))).toEqual([
      14, 37, 60, 65, 69, 74
    ])
  })

  it('filters by session, and leaves out paragraphs outside the sessions', () => {
    expect(visibleNumbers(filterWith({ sessions: ['Early warning'] }))).toEqual(
      paragraphNumbers(45, 66)
    )
    expect(
      visibleNumbers(filterWith({ sessions: ['Multilateralism', 'Health responses'] }))
    ).toEqual([...paragraphNumbers(8, 30), ...paragraphNumbers(67, 83)])
  })

  it('filters by section, subsections included', () => {
    expect(visibleNumbers(filterWith({ sections: ['III.C.2'] }))).toEqual(paragraphNumbers(35, 44))
    expect(visibleNumbers(filterWith({ sections: ['I', 'IV'] }))).toEqual([1, 2, 3, 84, 85, 86, 87])
    expect(visibleNumbers(filterWith({ sections: ['III.E'] }))).toEqual(paragraphNumbers(67, 83))
  })

  it('filters by kind', () => {
    expect(visibleNumbers(filterWith({ kinds: ['presentation'] }))).toEqual([
      10, 11, 12, 33, 34, 47, 48, 49, 50, 69, 70, 71
    ])
    expect(visibleNumbers(filterWith({ kinds: ['procedural'] }))).toEqual(
      proceduralParagraphNumbers
    )
  })

  it('requires every criterion given', () => {
    const result = visibleParagraphs(
      meetingDocument,
      [],
      filterWith({ sessions: ['Early warning'], kinds: ['intervention'], speakers: ['Canada'] })
    )
    expect([...result.visible]).toEqual([60])
    expect(result.hiddenCount).toBe(86)
    expect(
      visibleNumbers(filterWith({ sessions: ['Early warning'], kinds: ['intervention'] }))
    ).toEqual(paragraphNumbers(52, 66))
  })

  it('filters by whether an annotation has a note, blank notes counting as none', () => {
    expect(visibleNumbers(filterWith({ annotation: { hasNote: true } }))).toEqual([14, 47, 60, 74])
    expect(visibleNumbers(filterWith({ annotation: { hasNote: false } }))).toEqual([14, 47])
  })

  it('leaves a note without a colour out of every colour', () => {
    const uncoloured = [annotationOn(53, { color: null, note: 'Plenary' })]
    for (const color of ['yellow', 'green', 'blue', 'pink', 'purple'] as const) {
      const filter = filterWith({ annotation: { colors: [color] } })
      expect([...visibleParagraphs(meetingDocument, uncoloured, filter).visible]).toEqual([])
    }
    const withNote = filterWith({ annotation: { hasNote: true } })
    expect([...visibleParagraphs(meetingDocument, uncoloured, withNote).visible]).toEqual([53])
  })

  it('filters by colour, tag in any spelling, and follow-up status', () => {
    expect(visibleNumbers(filterWith({ annotation: { colors: ['yellow'] } }))).toEqual([14, 60])
    expect(visibleNumbers(filterWith({ annotation: { colors: ['blue', 'pink'] } }))).toEqual([
      47, 74
    ])
    expect(visibleNumbers(filterWith({ annotation: { tags: ['PRECURSORS'] } }))).toEqual([14, 47])
    expect(
      visibleNumbers(filterWith({ annotation: { followUpStatuses: ['open', 'done'] } }))
    ).toEqual([14, 47])
  })

  it('needs one annotation satisfying all the annotation criteria at once', () => {
    // Paragraph 14 has a yellow annotation with a note and a green one without: no green note.
    expect(
      visibleNumbers(filterWith({ annotation: { colors: ['green'], hasNote: true } }))
    ).toEqual([])
    expect(
      visibleNumbers(filterWith({ annotation: { tags: ['precursors'], hasNote: true } }))
    ).toEqual([14])
    expect(
      visibleNumbers(filterWith({ speakers: ['Canada'], annotation: { colors: ['yellow'] } }))
    ).toEqual([14, 60])
  })

  it('ignores annotation state when no annotation criterion is given', () => {
    expect(
      visibleNumbers(filterWith({ annotation: { colors: [] }, kinds: ['intervention'] }))
    ).toHaveLength(52)
  })
})

describe('describeFilter', () => {
  it('names an empty filter', () => {
    expect(describeFilter(emptyFilter())).toBe('All paragraphs')
  })

  it('names single values and counts several', () => {
    expect(
      describeFilter(
        filterWith({
          speakers: ['Canada'],
          kinds: ['intervention'],
          annotation: { colors: ['yellow', 'green'] }
        })
      )
    ).toBe('Canada · Interventions · 2 colours')
    expect(
      describeFilter({
        sessions: ['Early warning'],
        sections: ['III.D.2'],
        speakers: ['Canada', 'Peru'],
        kinds: ['presentation', 'procedural'],
        annotation: {
          hasNote: true,
          colors: ['blue'],
          tags: ['precursors'],
          followUpStatuses: ['in-progress']
        }
      })
    ).toBe(
      'Early warning · Section III.D.2 · 2 speakers · 2 kinds · With a note · Blue · ' +
        'Tagged “precursors” · Follow-ups: In progress'
    )
    expect(
      describeFilter(
        filterWith({
          sessions: ['Early warning', 'Health responses'],
          sections: ['I', 'IV'],
          annotation: { hasNote: false, tags: ['a', 'b'], followUpStatuses: ['open', 'done'] }
        })
      )
    ).toBe('2 sessions · 2 sections · Without a note · 2 tags · 2 follow-up statuses')
  })
})

describe('sectionsWithoutShownParagraphs', () => {
  it('is empty when every paragraph shows', () => {
    expect(sectionsWithoutShownParagraphs(meetingDocument.sections, null)).toEqual(new Set())
  })

  it("leaves out the sections with none of Canada's interventions, keeping their parents", () => {
    const canada = visibleParagraphs(meetingDocument, [], filterWith({ speakers: ['Canada'] }))
    expect(sectionsWithoutShownParagraphs(meetingDocument.sections, canada.visible)).toEqual(
      new Set([
        'I',
        'II',
        'II.A',
        'II.B',
        'III.A',
        'III.B.1',
        'III.C.1',
        'III.D.1',
        'III.E.1',
        'IV'
      ])
    )
  })

  it('leaves out a section with no paragraphs at all under a filter', () => {
    const sections = [{ id: 'V', range: null, children: [] }]
    expect(sectionsWithoutShownParagraphs(sections, new Set([1]))).toEqual(new Set(['V']))
  })
})

describe('revealedParagraphNotice', () => {
  it('says the paragraph was hidden by which filter, and that it now shows too', () => {
    expect(revealedParagraphNotice(53, filterWith({ speakers: ['Canada'] }))).toBe(
      'Paragraph 53 is hidden by the filter (Canada); showing it in addition. ' +
        'Clear the filter to see every paragraph.'
    )
  })
})

describe('showingAlso', () => {
  it('adds the revealed paragraphs to those shown and counts the hidden again', () => {
    const canada = { visible: new Set([14, 37, 60, 74]), hiddenCount: 83 }
    expect(showingAlso(canada, [53, 60], 87)).toEqual({
      visible: new Set([14, 37, 60, 74, 53]),
      hiddenCount: 82
    })
  })

  it('returns the result itself when nothing is revealed', () => {
    const canada = { visible: new Set([14, 37, 60, 74]), hiddenCount: 83 }
    expect(showingAlso(canada, [], 87)).toBe(canada)
  })
})
