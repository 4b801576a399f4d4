/**
 * Placing the targets of an imported Web Annotation in the meeting text, as read by the schema:
 * by paragraph and passage, by quote, by position, by address, or not at all with the reason.
 */
import { describe, expect, it } from 'vitest'
import { documentUri, paragraphs, passage } from '@test-support/web-annotation-fixtures'
import {
  annotationOnReport,
  fixtureImportedDocument,
  fixtureNotesDocument
} from '@test-support/library-fixtures'
import { DocumentText, LibraryText, placeTargets, shorten } from './web-annotation-placement'

const meetingText = new DocumentText(paragraphs)
const library = new LibraryText(paragraphs)
const ewa = passage(47, 'Early Warning Advisory (EWA)')

/** A target on paragraph `paragraph`, refined by `refinedBy`, as the schema reads one. */
function fragmentTarget(paragraph: number, ...refinedBy: object[]) {
  return {
    source: documentUri,
    selector: [{ type: 'FragmentSelector' as const, value: `para-${paragraph}`, refinedBy }]
  }
}

describe('DocumentText', () => {
  it('looks paragraphs up by number and names their range', () => {
    expect(meetingText.range).toBe('paragraphs 1 to 87')
    expect(meetingText.text(47)).toBe(paragraphs[46].text)
    expect(meetingText.text(88)).toBeUndefined()
    expect(new DocumentText([]).range).toBe('no paragraphs')
  })
})

describe('placeTargets', () => {
  it('takes a paragraph, quote and position as given when the passage is there', () => {
    expect(placeTargets([fragmentTarget(47, ewa.quote, ewa.position)], library)).toEqual({
      ok: true,
      documentId: 'summary',
      paragraph: 47,
      target: ewa,
      placement: 'as-given'
    })
  })

  it('keeps a passage that is not in the text as an orphan', () => {
    const moved = { ...ewa.position, start: ewa.position.start + 1, end: ewa.position.end + 1 }
    const elsewhere = { ...ewa.quote, exact: 'Mars Drug Observatory', prefix: '', suffix: '' }
    expect(placeTargets([fragmentTarget(47, elsewhere, moved)], library)).toEqual({
      ok: true,
      documentId: 'summary',
      paragraph: 47,
      target: { quote: elsewhere, position: moved },
      placement: 'orphaned'
    })
  })

  it('finds a quote without a position, and takes the text at a position without a quote', () => {
    expect(placeTargets([fragmentTarget(47, { ...ewa.quote })], library)).toEqual({
      ok: true,
      documentId: 'summary',
      paragraph: 47,
      target: ewa,
      placement: 'by-quote'
    })
    expect(placeTargets([fragmentTarget(47, { ...ewa.position })], library)).toEqual({
      ok: true,
      documentId: 'summary',
      paragraph: 47,
      target: ewa,
      placement: 'by-position'
    })
  })

  it('places a whole paragraph by its fragment or by an address ending in #para-N', () => {
    const whole = {
      ok: true,
      documentId: 'summary',
      paragraph: 60,
      target: null,
      placement: 'as-given'
    }
    expect(placeTargets([fragmentTarget(60)], library)).toEqual(whole)
    expect(placeTargets([`${documentUri}#para-60`], library)).toEqual(whole)
  })

  it('uses the first target it can place, else gives the first one’s reason', () => {
    expect(placeTargets([fragmentTarget(88), fragmentTarget(60)], library)).toMatchObject({
      ok: true,
      paragraph: 60
    })
    expect(placeTargets([fragmentTarget(0), 'https://example.org/'], library)).toEqual({
      ok: false,
      reason: 'It is on paragraph 0, but the meeting text has paragraphs 1 to 87.'
    })
    expect(placeTargets([], library)).toEqual({
      ok: false,
      reason: 'It has no target, so there is nothing to attach it to.'
    })
  })
})

describe('placeTargets in a library', () => {
  const report = fixtureImportedDocument()
  const notes = fixtureNotesDocument()
  const inLibrary = new LibraryText(paragraphs, {
    shippedUri: documentUri,
    documents: [report, notes]
  })
  const onReport = (source: string, exact = 'seizures of precursors') => [
    {
      source,
      selector: [
        {
          type: 'FragmentSelector' as const,
          value: 'para-2',
          refinedBy: [{ type: 'TextQuoteSelector' as const, exact }]
        }
      ]
    }
  ]

  it('places an annotation on the document its source names, by its quote in that document', () => {
    expect(placeTargets(onReport('urn:un:symbol:E%2FCN.7%2F2024%2F99'), inLibrary)).toEqual({
      ok: true,
      documentId: report.id,
      paragraph: 2,
      target: annotationOnReport().target,
      placement: 'by-quote'
    })
    expect(
      placeTargets(onReport(`urn:sha256:${notes.original.sha256}`, 'Second point'), inLibrary)
    ).toMatchObject({ ok: true, documentId: notes.id, paragraph: 2 })
    expect(placeTargets([`${documentUri}#para-60`], inLibrary)).toMatchObject({
      ok: true,
      documentId: 'summary',
      paragraph: 60
    })
  })

  it('names the document in what it could not find there', () => {
    expect(
      placeTargets(
        onReport('urn:un:symbol:E%2FCN.7%2F2024%2F99', 'early warning systems'),
        inLibrary
      )
    ).toEqual({
      ok: false,
      reason:
        'Its quote “early warning systems” is not in paragraph 2 or elsewhere in “A fictitious report on precursor control”.'
    })
  })

  it('leaves out an annotation on a document the library does not have, saying which', () => {
    expect(placeTargets(onReport('urn:un:symbol:E%2FCN.7%2F2024%2F1'), inLibrary)).toEqual({
      ok: false,
      reason:
        'It is on a document that is not in your library, E/CN.7/2024/1 (urn:un:symbol:E%2FCN.7%2F2024%2F1). Open that document, then import the file again.'
    })
    expect(placeTargets(onReport(`urn:sha256:${'0'.repeat(64)}`), inLibrary)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('It is on a document that is not in your library') as string
    })
  })

  it('takes another tool’s address for the document to be the shipped summary, as before', () => {
    expect(
      placeTargets(onReport('https://example.org/summary.pdf', 'early warning systems'), library)
    ).toMatchObject({ ok: true, documentId: 'summary' })
    expect(
      placeTargets(
        [fragmentTarget(60)].map((target) => ({ ...target, source: 'https://example.org/x' })),
        inLibrary
      )
    ).toMatchObject({
      ok: true,
      documentId: 'summary',
      paragraph: 60
    })
  })
})

describe('shorten', () => {
  it('keeps up to 60 characters and cuts longer text to 59 and an ellipsis, by code points', () => {
    expect(shorten('x'.repeat(60))).toBe('x'.repeat(60))
    expect(shorten('😀'.repeat(61))).toBe(`${'😀'.repeat(59)}…`)
  })
})
