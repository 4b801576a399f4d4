/**
 * Placing the targets of an imported Web Annotation in the meeting text, as read by the schema:
 * by paragraph and passage, by quote, by position, by address, or not at all with the reason.
 */
import { describe, expect, it } from 'vitest'
import { documentUri, paragraphs, passage } from '@test-support/web-annotation-fixtures'
import { DocumentText, placeTargets, shorten } from './web-annotation-placement'

const meetingText = new DocumentText(paragraphs)
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
    expect(placeTargets([fragmentTarget(47, ewa.quote, ewa.position)], meetingText)).toEqual({
      ok: true,
      paragraph: 47,
      target: ewa,
      placement: 'as-given'
    })
  })

  it('keeps a passage that is not in the text as an orphan', () => {
    const moved = { ...ewa.position, start: ewa.position.start + 1, end: ewa.position.end + 1 }
    const elsewhere = { ...ewa.quote, exact: 'Mars Drug Observatory', prefix: '', suffix: '' }
    expect(placeTargets([fragmentTarget(47, elsewhere, moved)], meetingText)).toEqual({
      ok: true,
      paragraph: 47,
      target: { quote: elsewhere, position: moved },
      placement: 'orphaned'
    })
  })

  it('finds a quote without a position, and takes the text at a position without a quote', () => {
    expect(placeTargets([fragmentTarget(47, { ...ewa.quote })], meetingText)).toEqual({
      ok: true,
      paragraph: 47,
      target: ewa,
      placement: 'by-quote'
    })
    expect(placeTargets([fragmentTarget(47, { ...ewa.position })], meetingText)).toEqual({
      ok: true,
      paragraph: 47,
      target: ewa,
      placement: 'by-position'
    })
  })

  it('places a whole paragraph by its fragment or by an address ending in #para-N', () => {
    const whole = { ok: true, paragraph: 60, target: null, placement: 'as-given' }
    expect(placeTargets([fragmentTarget(60)], meetingText)).toEqual(whole)
    expect(placeTargets([`${documentUri}#para-60`], meetingText)).toEqual(whole)
  })

  it('uses the first target it can place, else gives the first one’s reason', () => {
    expect(placeTargets([fragmentTarget(88), fragmentTarget(60)], meetingText)).toMatchObject({
      ok: true,
      paragraph: 60
    })
    expect(placeTargets([fragmentTarget(0), 'https://example.org/'], meetingText)).toEqual({
      ok: false,
      reason: 'It is on paragraph 0, but the meeting text has paragraphs 1 to 87.'
    })
    expect(placeTargets([], meetingText)).toEqual({
      ok: false,
      reason: 'It has no target, so there is nothing to attach it to.'
    })
  })
})

describe('shorten', () => {
  it('keeps up to 60 characters and cuts longer text to 59 and an ellipsis, by code points', () => {
    expect(shorten('x'.repeat(60))).toBe('x'.repeat(60))
    expect(shorten('😀'.repeat(61))).toBe(`${'😀'.repeat(59)}…`)
  })
})
