/** The paragraphs the reference pane shows, as the delegate filters and annotates. */
import { describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { emptyFilter, type FilteredAnnotation } from './paragraph-filter'
import { ReadingFilter } from './ReadingFilter.svelte'

/** A yellow annotation without tags or follow-up on `paragraph`, with `note`. */
function annotationOn(paragraph: number, note: string): FilteredAnnotation {
  return { paragraph, note, color: 'yellow', tags: [], followUp: null }
}

describe('ReadingFilter.shown', () => {
  it('shows every paragraph until a filter is set', () => {
    const reading = new ReadingFilter(meetingDocument, () => [])
    expect(reading.shown).toEqual({ visible: null, hiddenCount: 0 })
  })

  it('follows the annotations when the filter is about them', () => {
    const trilateral = annotationOn(14, 'Trilateral dialogue')
    let annotations = $state.raw([trilateral])
    const reading = new ReadingFilter(meetingDocument, () => annotations)
    reading.filter = { ...reading.filter, annotation: { hasNote: true } }
    expect(reading.shown).toEqual({ visible: new Set([14]), hiddenCount: 86 })
    annotations = [trilateral, annotationOn(60, 'Drug Analysis Service')]
    expect(reading.shown).toEqual({ visible: new Set([14, 60]), hiddenCount: 85 })
  })
})

describe('ReadingFilter.showSpeaker', () => {
  it("replaces any filter with one speaker's paragraphs", () => {
    const reading = new ReadingFilter(meetingDocument, () => [])
    reading.filter = { ...reading.filter, sessions: ['Early warning'] }
    reading.showSpeaker('Canada')
    expect(reading.filter).toEqual({
      sessions: [],
      sections: [],
      speakers: ['Canada'],
      kinds: [],
      annotation: {}
    })
    expect(reading.shown).toEqual({ visible: new Set([14, 37, 60, 74]), hiddenCount: 83 })
  })
})

describe('ReadingFilter.reveal', () => {
  it('shows a hidden paragraph in addition to the filter, and says so', () => {
    const reading = new ReadingFilter(meetingDocument, () => [])
    reading.showSpeaker('Canada')
    expect(reading.reveal(53)).toBe(
      'Paragraph 53 is hidden by the filter (Canada); showing it in addition. ' +
        'Clear the filter to see every paragraph.'
    )
    expect(reading.shown).toEqual({ visible: new Set([14, 37, 60, 74, 53]), hiddenCount: 82 })
    expect(reading.revealed).toEqual([53])
    expect(reading.emptySections.has('III.D.2')).toBe(false)
  })

  it('says nothing of a paragraph already shown', () => {
    const reading = new ReadingFilter(meetingDocument, () => [])
    expect(reading.reveal(53)).toBeNull()
    expect(reading.shown).toEqual({ visible: null, hiddenCount: 0 })
    reading.showSpeaker('Canada')
    expect(reading.reveal(60)).toBeNull()
    expect(reading.revealed).toEqual([])
  })

  it('hides the revealed paragraphs again when the filter changes', () => {
    const reading = new ReadingFilter(meetingDocument, () => [])
    reading.showSpeaker('Canada')
    reading.reveal(87)
    expect(reading.emptySections.has('IV')).toBe(false)
    reading.showSpeaker('Mexico')
    expect(reading.revealed).toEqual([])
    expect(reading.shown.visible?.has(87)).toBe(false)
    expect(reading.emptySections.has('IV')).toBe(true)
  })
})

describe('ReadingFilter.clear', () => {
  it('shows every paragraph again', () => {
    const reading = new ReadingFilter(meetingDocument, () => [])
    reading.showSpeaker('Canada')
    reading.clear()
    expect(reading.filter).toEqual(emptyFilter())
    expect(reading.shown).toEqual({ visible: null, hiddenCount: 0 })
  })
})
