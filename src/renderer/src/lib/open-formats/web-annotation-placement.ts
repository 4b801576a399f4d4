/**
 * Where an annotation read from a Web Annotation file goes in the meeting text: by the paragraph
 * its FragmentSelector names (`para-N`), refined by a quote and a position; without one, by
 * finding its quote anywhere in the text, the way the app re-anchors a passage; or by a target
 * address ending in `#para-N`. A target that cannot be placed gets a reason a delegate can read.
 */
import type { PassageTarget } from '../annotations/annotation'
import { anchorPassage, describePassage, type ParagraphText } from '../annotations/anchor-text'
import type { FragmentSelector, Selector, Target } from './web-annotation-schema'

/** The paragraph a fragment names: "para-47", or "#para-47" as some tools write it. */
const paragraphFragment = /^#?para-(\d{1,6})$/u

/**
 * How an imported annotation was placed in the text:
 * - 'as-given': its paragraph, and its quote and position if it has a passage, were used as the
 *   file gives them, and the passage is in the text;
 * - 'by-quote': the file gave no position in a paragraph, so its quote was looked for in the
 *   text, and its selectors describe where it was found;
 * - 'by-position': the file gave a position in a paragraph but no quote; the quote is the text there;
 * - 'orphaned': its paragraph, quote and position were taken as given, but the passage is not in
 *   the text; the app lists it with the annotations it cannot place, as it does any orphan.
 */
export type Placement = 'as-given' | 'by-quote' | 'by-position' | 'orphaned'

/** The paragraphs of the document, looked up by number. */
export class DocumentText {
  readonly paragraphs: readonly ParagraphText[]
  readonly #texts: Map<number, string>
  /** "paragraphs 1 to 87", for messages. */
  readonly range: string

  constructor(paragraphs: readonly ParagraphText[]) {
    this.paragraphs = paragraphs
    this.#texts = new Map(paragraphs.map((paragraph) => [paragraph.number, paragraph.text]))
    const numbers = paragraphs.map((paragraph) => paragraph.number)
    this.range =
      numbers.length === 0
        ? 'no paragraphs'
        : `paragraphs ${Math.min(...numbers)} to ${Math.max(...numbers)}`
  }

  /** The plain text of paragraph `number`, or undefined if the document has none so numbered. */
  text(number: number): string | undefined {
    return this.#texts.get(number)
  }
}

/** Where an imported annotation goes, or why it goes nowhere. */
export type TargetPlace =
  | { ok: true; paragraph: number; target: PassageTarget | null; placement: Placement }
  | { ok: false; reason: string }

/** The place of the first of an annotation's targets that can be placed; else the first's reason. */
export function placeTargets(targets: readonly Target[], meetingText: DocumentText): TargetPlace {
  let firstFailure: TargetPlace | undefined
  for (const target of targets) {
    const place = placeTarget(target, meetingText)
    if (place.ok) return place
    firstFailure ??= place
  }
  return (
    firstFailure ?? { ok: false, reason: 'It has no target, so there is nothing to attach it to.' }
  )
}

/**
 * Where one target is in the document; the rules are those of fromWebAnnotationCollection
 * (web-annotation-import.ts).
 */
function placeTarget(target: Target, meetingText: DocumentText): TargetPlace {
  if (typeof target === 'string') return placeWholeResource(target, meetingText)
  const selectors = target.selector ?? []
  const fragment = selectors.find(
    (selector): selector is FragmentSelector =>
      selector.type === 'FragmentSelector' &&
      paragraphFragment.test((selector as FragmentSelector).value)
  )
  const refinements = fragment?.refinedBy ?? []
  const quote =
    findSelector(refinements, 'TextQuoteSelector') ?? findSelector(selectors, 'TextQuoteSelector')
  // A position outside a paragraph fragment counts from the start of another tool's page.
  const position = fragment ? findSelector(refinements, 'TextPositionSelector') : undefined

  if (!fragment) {
    if (quote) return placeByQuote(quote, Number.NaN, meetingText)
    const address = target.source ?? target.id ?? ''
    return placeWholeResource(address, meetingText)
  }

  const paragraph = Number(paragraphFragment.exec(fragment.value)?.[1])
  const text = meetingText.text(paragraph)
  if (text === undefined) {
    return {
      ok: false,
      reason: `It is on paragraph ${paragraph}, but the meeting text has ${meetingText.range}.`
    }
  }
  if (position && position.start === position.end) {
    return {
      ok: false,
      reason: `Its passage in paragraph ${paragraph} is empty (start and end are both ${position.start}).`
    }
  }
  if (quote && position) {
    const given: PassageTarget = {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        prefix: quote.prefix ?? '',
        suffix: quote.suffix ?? ''
      },
      position: { type: 'TextPositionSelector', start: position.start, end: position.end }
    }
    const anchor = anchorPassage(given, paragraph, meetingText.paragraphs)
    return {
      ok: true,
      paragraph,
      target: given,
      placement: anchor.status === 'anchored' ? 'as-given' : 'orphaned'
    }
  }
  if (quote) return placeByQuote(quote, paragraph, meetingText)
  if (position) {
    if (position.end > text.length) {
      return {
        ok: false,
        reason: `Its passage (characters ${position.start} to ${position.end}) runs past the end of paragraph ${paragraph}, which has ${text.length} characters.`
      }
    }
    return {
      ok: true,
      paragraph,
      target: describePassage(text, position.start, position.end),
      placement: 'by-position'
    }
  }
  return { ok: true, paragraph, target: null, placement: 'as-given' }
}

/** The first selector of `type` among `selectors`. */
function findSelector<TType extends 'TextQuoteSelector' | 'TextPositionSelector'>(
  selectors: readonly Selector[],
  type: TType
): Extract<Selector, { type: TType }> | undefined {
  return selectors.find(
    (selector): selector is Extract<Selector, { type: TType }> => selector.type === type
  )
}

/**
 * A target that is a whole resource: a paragraph when its address ends in its fragment
 * ("…#para-47"), otherwise nothing the app can attach a note to.
 */
function placeWholeResource(address: string, meetingText: DocumentText): TargetPlace {
  const hash = address.lastIndexOf('#')
  const match = hash === -1 ? null : paragraphFragment.exec(address.slice(hash + 1))
  if (!match) {
    return {
      ok: false,
      reason: `Its target (${shorten(address)}) names no paragraph of the meeting text and quotes no passage of it.`
    }
  }
  const paragraph = Number(match[1])
  if (meetingText.text(paragraph) === undefined) {
    return {
      ok: false,
      reason: `It is on paragraph ${paragraph}, but the meeting text has ${meetingText.range}.`
    }
  }
  return { ok: true, paragraph, target: null, placement: 'as-given' }
}

/**
 * Finds a quote in the text: in paragraph `paragraph` first, then anywhere (NaN: anywhere), the
 * way the app re-anchors a passage, and describes the passage where it was found.
 */
function placeByQuote(
  quote: { exact: string; prefix?: string; suffix?: string },
  paragraph: number,
  meetingText: DocumentText
): TargetPlace {
  const sought: PassageTarget = {
    quote: {
      type: 'TextQuoteSelector',
      exact: quote.exact,
      prefix: quote.prefix ?? '',
      suffix: quote.suffix ?? ''
    },
    // No position is known; one that holds nothing never matches, so the quote is searched for.
    position: { type: 'TextPositionSelector', start: 0, end: 0 }
  }
  const anchor = anchorPassage(sought, paragraph, meetingText.paragraphs)
  const text = anchor.status === 'anchored' ? meetingText.text(anchor.paragraph) : undefined
  if (anchor.status !== 'anchored' || text === undefined) {
    const where = Number.isNaN(paragraph)
      ? 'the meeting text'
      : `paragraph ${paragraph} or elsewhere in the meeting text`
    return { ok: false, reason: `Its quote “${shorten(quote.exact)}” is not in ${where}.` }
  }
  return {
    ok: true,
    paragraph: anchor.paragraph,
    target: describePassage(text, anchor.start, anchor.end),
    placement: 'by-quote'
  }
}

/** `text` cut to a length a message can quote. */
export function shorten(text: string): string {
  const characters = Array.from(text)
  return characters.length <= 60 ? text : `${characters.slice(0, 59).join('')}…`
}
