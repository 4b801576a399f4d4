/**
 * Where an annotation read from a Web Annotation file goes: on the document its target's source
 * names (document-uri.ts), and in it by the paragraph its FragmentSelector names (`para-N`),
 * refined by a quote and a position; without one, by finding its quote anywhere in that
 * document's text, the way the app re-anchors a passage; or by a target address ending in
 * `#para-N`. A target that cannot be placed gets a reason a delegate can read.
 */
import type { PassageTarget } from '../annotations/annotation'
import { anchorPassage, describePassage, type ParagraphText } from '../annotations/anchor-text'
import { shippedDocumentId, type ImportedDocument } from '../library/library-document'
import { documentNamedBy, isAppDocumentUri, symbolUrnPrefix } from './document-uri'
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
  /** The document in messages: "the meeting text", or an imported document's title in quotes. */
  readonly name: string

  constructor(paragraphs: readonly ParagraphText[], name = 'the meeting text') {
    this.paragraphs = paragraphs
    this.name = name
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

/** The library an import places annotations in: its documents' URNs and their paragraphs. */
export interface ImportLibrary {
  /** The shipped summary's URN (`meetingDocumentUri`). */
  shippedUri: string
  /** The imported documents, in the library's order. */
  documents: readonly ImportedDocument[]
}

/** Where in the library an annotation's source is, or why it is nowhere in it. */
type DocumentFound =
  { ok: true; documentId: string; text: DocumentText } | { ok: false; reason: string }

/**
 * The documents of the library, each's text built when an annotation is first found on it. A
 * source names a document by the app's URNs (document-uri.ts); a source this app never writes
 * (another tool's address for the document it annotated) and a target without one are taken to
 * be on the shipped summary, as before the library; so is every target when no library is given.
 */
export class LibraryText {
  readonly #summary: DocumentText
  readonly #library: ImportLibrary | undefined
  readonly #texts = new Map<string, DocumentText>()

  constructor(summaryParagraphs: readonly ParagraphText[], library?: ImportLibrary) {
    this.#summary = new DocumentText(summaryParagraphs)
    this.#library = library
  }

  /** The document `source` names, or why it is not in the library. */
  documentOf(source: string | undefined): DocumentFound {
    const summary: DocumentFound = {
      ok: true,
      documentId: shippedDocumentId,
      text: this.#summary
    }
    if (!this.#library || source === undefined) return summary
    const { shippedUri, documents } = this.#library
    const id = documentNamedBy(source, shippedUri, documents)
    if (id === shippedDocumentId) return summary
    const imported = documents.find((document) => document.id === id)
    if (imported) {
      let text = this.#texts.get(imported.id)
      if (!text) {
        text = new DocumentText(imported.document.paragraphs, `“${shorten(imported.title)}”`)
        this.#texts.set(imported.id, text)
      }
      return { ok: true, documentId: imported.id, text }
    }
    if (!isAppDocumentUri(source)) return summary
    return { ok: false, reason: missingDocumentReason(source) }
  }
}

/** Why an annotation on a document the library does not have is left out. */
function missingDocumentReason(source: string): string {
  let named = shorten(source)
  if (source.toLowerCase().startsWith(symbolUrnPrefix)) {
    try {
      named = `${shorten(decodeURIComponent(source.slice(symbolUrnPrefix.length)))} (${named})`
    } catch {
      // Not percent-encoded well: the URN itself names it.
    }
  }
  return `It is on a document that is not in your library, ${named}. Open that document, then import the file again.`
}

/** Where an imported annotation goes, or why it goes nowhere. */
export type TargetPlace =
  | {
      ok: true
      /** The document it is on (`shippedDocumentId` for the summary). */
      documentId: string
      paragraph: number
      target: PassageTarget | null
      placement: Placement
    }
  | { ok: false; reason: string }

/** Where a target is in the document it is found on: a TargetPlace without its document. */
type PlaceInDocument = DistributiveOmit<TargetPlace, 'documentId'>
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** The place of the first of an annotation's targets that can be placed; else the first's reason. */
export function placeTargets(targets: readonly Target[], library: LibraryText): TargetPlace {
  let firstFailure: TargetPlace | undefined
  for (const target of targets) {
    const found = library.documentOf(sourceOf(target))
    const place: TargetPlace = found.ok
      ? withDocument(placeTarget(target, found.text), found.documentId)
      : found
    if (place.ok) return place
    firstFailure ??= place
  }
  return (
    firstFailure ?? { ok: false, reason: 'It has no target, so there is nothing to attach it to.' }
  )
}

/** The address of the document a target is on: its source, or a whole-resource address without its fragment. */
function sourceOf(target: Target): string | undefined {
  if (typeof target !== 'string') return target.source ?? withoutFragment(target.id)
  return withoutFragment(target)
}

/** An address without its fragment ("urn:x#para-3" → "urn:x"). */
function withoutFragment(address: string | undefined): string | undefined {
  if (address === undefined) return undefined
  const hash = address.indexOf('#')
  return hash === -1 ? address : address.slice(0, hash)
}

/** A place in a document, said to be in `documentId`. */
function withDocument(place: PlaceInDocument, documentId: string): TargetPlace {
  return place.ok ? { ...place, documentId } : place
}

/**
 * Where one target is in the document; the rules are those of fromWebAnnotationCollection
 * (web-annotation-import.ts).
 */
function placeTarget(target: Target, meetingText: DocumentText): PlaceInDocument {
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
      reason: `It is on paragraph ${paragraph}, but ${meetingText.name} has ${meetingText.range}.`
    }
  }
  if (position && position.start === position.end) {
    return {
      ok: false,
      reason: `Its passage in paragraph ${paragraph} is empty (start and end are both ${position.start}).`
    }
  }
  if (quote && position) {
    const given = passageTarget(quote, position)
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
function placeWholeResource(address: string, meetingText: DocumentText): PlaceInDocument {
  const hash = address.lastIndexOf('#')
  const match = hash === -1 ? null : paragraphFragment.exec(address.slice(hash + 1))
  if (!match) {
    return {
      ok: false,
      reason: `Its target (${shorten(address)}) names no paragraph of ${meetingText.name} and quotes no passage of it.`
    }
  }
  const paragraph = Number(match[1])
  if (meetingText.text(paragraph) === undefined) {
    return {
      ok: false,
      reason: `It is on paragraph ${paragraph}, but ${meetingText.name} has ${meetingText.range}.`
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
): PlaceInDocument {
  // No position is known; one that holds nothing never matches, so the quote is searched for.
  const sought = passageTarget(quote, { start: 0, end: 0 })
  const anchor = anchorPassage(sought, paragraph, meetingText.paragraphs)
  const text = anchor.status === 'anchored' ? meetingText.text(anchor.paragraph) : undefined
  if (anchor.status !== 'anchored' || text === undefined) {
    const where = Number.isNaN(paragraph)
      ? meetingText.name
      : `paragraph ${paragraph} or elsewhere in ${meetingText.name}`
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

/** The app's selectors for a quote (its context missing if the file gave none) and a position. */
function passageTarget(
  quote: { exact: string; prefix?: string; suffix?: string },
  position: { start: number; end: number }
): PassageTarget {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: quote.exact,
      prefix: quote.prefix ?? '',
      suffix: quote.suffix ?? ''
    },
    position: { type: 'TextPositionSelector', start: position.start, end: position.end }
  }
}
