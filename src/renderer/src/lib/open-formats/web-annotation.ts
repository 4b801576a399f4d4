/**
 * Annotations to and from the W3C Web Annotation Data Model (JSON-LD), so other annotation tools
 * can read a delegate's notes and the app can read theirs. Each passage is a FragmentSelector
 * naming its paragraph (`para-47`, the id the app gives it), refined by a TextQuoteSelector and a
 * TextPositionSelector relative to that paragraph's plain text; a note on a whole paragraph is
 * the fragment alone. What the model has no term for is kept in the app's extension:
 *
 * - `cnd67:color`: the highlight colour, one of `highlightColors`;
 * - `cnd67:followUp`: the follow-up, as the app stores it (a JSON literal), or null;
 * - `cnd67:position`: the government's position, one of `positions`, or null.
 *
 * The `cnd67` prefix is declared in the collection's `@context`, after the W3C context, as the
 * model asks of extensions; tools that do not know it ignore these properties.
 */
import * as v from 'valibot'
import {
  type Annotation,
  type HighlightColor,
  type PassageTarget,
  type TextPositionSelector,
  type TextQuoteSelector
} from '../annotations/annotation'
import { anchorPassage, describePassage, type ParagraphText } from '../annotations/anchor-text'
import type { FollowUp, Position } from '../follow-ups/follow-up'
import { paragraphElementId } from '../navigation/paragraph-target'
import { addTags, splitTagInput, tagProblem } from '../tags/tag-names'
import { htmlToText } from './html-text'
import { jsonProblem } from './json-guard'
import {
  annotationListSchema,
  annotationSchema,
  collectionSchema,
  colorSchema,
  describeIssues,
  followUpSchema,
  maxAnnotations,
  pageSchema,
  positionSchema,
  type AnnotationInput,
  type Body,
  type FragmentSelector,
  type PageInput,
  type Selector,
  type Target
} from './web-annotation-schema'

/** The W3C Web Annotation JSON-LD context. */
export const annotationContextIri = 'http://www.w3.org/ns/anno.jsonld'

/** The IRI the `cnd67:` prefix stands for. */
export const extensionNamespace = 'urn:cnd67-notes:terms:'

/** The collection's `@context`: the W3C context, then the app's extension terms. */
export const collectionContext = [
  annotationContextIri,
  { cnd67: extensionNamespace, 'cnd67:followUp': { '@type': '@json' } }
] as const

/** What a FragmentSelector's value conforms to: an IRI fragment, as HTML element ids are. */
export const fragmentSyntaxIri = 'http://tools.ietf.org/rfc/rfc3987'

/** The app, as the collection's generator. */
const generatorName = 'CND67 Notes'

/** The paragraph a fragment names: "para-47", or "#para-47" as some tools write it. */
const paragraphFragment = /^#?para-(\d{1,6})$/u

/** The FragmentSelector naming a paragraph, refined to a passage of it when there is one. */
export interface ParagraphSelector {
  type: 'FragmentSelector'
  conformsTo: typeof fragmentSyntaxIri
  /** The paragraph's element id, "para-47". */
  value: string
  /** The passage, by quote and by position, each relative to the paragraph's plain text. */
  refinedBy?: [TextQuoteSelector, TextPositionSelector]
}

/** The note, in Markdown. */
export interface CommentBody {
  type: 'TextualBody'
  value: string
  format: 'text/markdown'
  purpose: 'commenting'
}

/** One tag. */
export interface TagBody {
  type: 'TextualBody'
  purpose: 'tagging'
  value: string
}

/**
 * Why the annotation was made: a note is a comment; a passage without a note, a highlight; a
 * paragraph with tags only, tagging; a paragraph with none of these is highlighted in its colour.
 */
export type Motivation = 'commenting' | 'highlighting' | 'tagging'

/** One annotation as exported. */
export interface WebAnnotation {
  /** `urn:uuid:` and the annotation's id. */
  id: string
  type: 'Annotation'
  motivation: Motivation
  created: string
  modified: string
  /** The note first, then the tags; absent when there are neither. */
  body?: (CommentBody | TagBody)[]
  target: { source: string; selector: ParagraphSelector }
  'cnd67:color': HighlightColor
  /** Present when the annotation records one (null: it was cleared). */
  'cnd67:followUp'?: FollowUp | null
  /** Present when the annotation records one (null: it was cleared). */
  'cnd67:position'?: Position | null
}

/** The page holding the annotations, embedded in the collection. */
export interface WebAnnotationPage {
  id: string
  type: 'AnnotationPage'
  partOf: string
  startIndex: 0
  items: WebAnnotation[]
}

/** The exported file. */
export interface WebAnnotationCollection {
  '@context': typeof collectionContext
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  generator: { type: 'Software'; name: string }
  /** When the file was written. */
  generated: string
  /** The one page, when there are annotations (the model has no first page for none). */
  first?: WebAnnotationPage
  last?: string
}

/** What the export needs besides the annotations. */
export interface WebAnnotationExportOptions {
  /**
   * The document's stable address, the targets' `source`, e.g. "urn:cnd:…". An absolute IRI
   * without a fragment: the collection's id is this with "#annotations".
   */
  documentUri: string
  /** The document's title, for the collection's label. */
  documentTitle: string
  /** When the export is made. */
  now: Date
  /** Every paragraph of the document, in order, to place each passage as it is now. */
  paragraphs: readonly ParagraphText[]
}

/**
 * The annotations as a W3C AnnotationCollection with one embedded page, in document order:
 * by paragraph, whole-paragraph notes first, then by passage, then by creation; annotations
 * that cannot be placed in the text last, oldest first. A passage is exported where it is found
 * in the text now (as the app shows it); one that is not found keeps its stored selectors.
 *
 * @throws RangeError if `documentUri` is not an absolute IRI without a fragment.
 */
export function toWebAnnotationCollection(
  annotations: readonly Annotation[],
  options: WebAnnotationExportOptions
): WebAnnotationCollection {
  const { documentUri, documentTitle, now, paragraphs } = options
  if (!/^[a-z][a-z\d+.-]*:[^\s#]+$/iu.test(documentUri)) {
    throw new RangeError(`“${documentUri}” is not an absolute address without a fragment`)
  }
  const collectionId = `${documentUri}#annotations`
  const pageId = `${documentUri}#annotations-page-1`
  const texts = new Map(paragraphs.map((paragraph) => [paragraph.number, paragraph.text]))
  const located = annotations.map((annotation) => locate(annotation, paragraphs, texts))
  const placed = located.filter((entry) => entry.placed).sort(compareInDocument)
  const orphans = located.filter((entry) => !entry.placed).sort(compareByCreation)
  const items = [...placed, ...orphans].map((entry) => toWebAnnotation(entry, documentUri))
  const collection: WebAnnotationCollection = {
    '@context': collectionContext,
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Annotations on “${documentTitle}”`,
    total: items.length,
    generator: { type: 'Software', name: generatorName },
    generated: now.toISOString()
  }
  if (items.length > 0) {
    collection.first = {
      id: pageId,
      type: 'AnnotationPage',
      partOf: collectionId,
      startIndex: 0,
      items
    }
    collection.last = pageId
  }
  return collection
}

/** An annotation with where it is exported: where it is found now, or where it was stored. */
interface LocatedAnnotation {
  annotation: Annotation
  paragraph: number
  target: PassageTarget | null
  /** Whether it was found in the text; false for an orphan. */
  placed: boolean
}

/** Where `annotation` is in the text now. */
function locate(
  annotation: Annotation,
  paragraphs: readonly ParagraphText[],
  texts: ReadonlyMap<number, string>
): LocatedAnnotation {
  const stored = { annotation, paragraph: annotation.paragraph, target: annotation.target }
  if (!annotation.target) return { ...stored, placed: texts.has(annotation.paragraph) }
  const anchor = anchorPassage(annotation.target, annotation.paragraph, paragraphs)
  const text = anchor.status === 'anchored' ? texts.get(anchor.paragraph) : undefined
  if (anchor.status !== 'anchored' || text === undefined) return { ...stored, placed: false }
  return {
    annotation,
    paragraph: anchor.paragraph,
    target: describePassage(text, anchor.start, anchor.end),
    placed: true
  }
}

/** Document order: paragraph, whole-paragraph notes first, passage start, creation, id. */
function compareInDocument(a: LocatedAnnotation, b: LocatedAnnotation): number {
  return (
    a.paragraph - b.paragraph ||
    (a.target?.position.start ?? -1) - (b.target?.position.start ?? -1) ||
    compareByCreation(a, b)
  )
}

/** Oldest first; by id when created at the same moment, so the order never depends on input. */
function compareByCreation(a: LocatedAnnotation, b: LocatedAnnotation): number {
  return (
    compareStrings(a.annotation.createdAt, b.annotation.createdAt) ||
    compareStrings(a.annotation.id, b.annotation.id)
  )
}

/** Plain code-unit order; ISO times sort correctly this way. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** One annotation in the model's terms. */
function toWebAnnotation(entry: LocatedAnnotation, documentUri: string): WebAnnotation {
  const { annotation, paragraph, target } = entry
  const body: (CommentBody | TagBody)[] = []
  if (annotation.note !== '') {
    body.push({
      type: 'TextualBody',
      value: annotation.note,
      format: 'text/markdown',
      purpose: 'commenting'
    })
  }
  for (const tag of annotation.tags)
    body.push({ type: 'TextualBody', purpose: 'tagging', value: tag })

  const selector: ParagraphSelector = {
    type: 'FragmentSelector',
    conformsTo: fragmentSyntaxIri,
    value: paragraphElementId(paragraph)
  }
  if (target) selector.refinedBy = [{ ...target.quote }, { ...target.position }]

  const exported: WebAnnotation = {
    id: `urn:uuid:${annotation.id}`,
    type: 'Annotation',
    motivation: motivationOf(annotation),
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: { source: documentUri, selector },
    'cnd67:color': annotation.color
  }
  if (annotation.followUp !== undefined) {
    exported['cnd67:followUp'] = annotation.followUp && {
      ...annotation.followUp,
      counterparts: [...annotation.followUp.counterparts]
    }
  }
  if (annotation.position !== undefined) exported['cnd67:position'] = annotation.position
  return exported
}

/** See {@link Motivation}. */
function motivationOf(annotation: Annotation): Motivation {
  if (annotation.note !== '') return 'commenting'
  if (annotation.target) return 'highlighting'
  return annotation.tags.length > 0 ? 'tagging' : 'highlighting'
}

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

/** An annotation read from a file, ready to store. */
export interface ImportedAnnotation {
  annotation: Annotation
  placement: Placement
  /**
   * What was changed or left out to import it, in plain English: an unknown colour, a tag that
   * is too long, a body the app cannot show. Empty for files the app wrote.
   */
  corrections: string[]
}

/** An annotation of the file that was not imported, and why. */
export interface SkippedAnnotation {
  /** Its place in the file's list of annotations, from 0. */
  index: number
  reason: string
}

/** The outcome of reading a file: its annotations, or why the file as a whole was refused. */
export type WebAnnotationImport =
  | { ok: true; annotations: ImportedAnnotation[]; skipped: SkippedAnnotation[] }
  | { ok: false; error: string }

/** What the import needs besides the file. */
export interface WebAnnotationImportOptions {
  /** A new id, for annotations whose own id is not a `urn:uuid:`. */
  newId: () => string
  /** The time given to annotations that carry none. */
  now: Date
  /** The tags already in use, so that imported tags take their spelling. */
  knownTags?: Iterable<string>
}

/** The real clock and random UUIDs. */
function systemImportOptions(): WebAnnotationImportOptions {
  return { newId: () => crypto.randomUUID(), now: new Date() }
}

/** The largest JSON text read, in characters: far beyond thousands of annotations with long notes. */
export const maxFileLength = 64 * 1024 * 1024

/** How deep and how large a file may be before any of it is read. */
const jsonLimits = { maxDepth: 64, maxValues: 2_000_000 }

/**
 * Reads the text of a Web Annotation file: JSON, then as {@link fromWebAnnotationCollection}.
 */
export function parseWebAnnotationFile(
  json: string,
  paragraphs: readonly ParagraphText[],
  options: WebAnnotationImportOptions = systemImportOptions()
): WebAnnotationImport {
  if (json.length > maxFileLength) {
    return { ok: false, error: 'The file is too large to be an annotation file.' }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : ''
    return {
      ok: false,
      error: `The file is not JSON, so it is not a Web Annotation file${detail}.`
    }
  }
  return fromWebAnnotationCollection(parsed, paragraphs, options)
}

/**
 * Reads annotations from parsed Web Annotation JSON: an AnnotationCollection (its pages embedded,
 * or its annotations inline under `items`), an AnnotationPage, a list of Annotations, or one.
 *
 * A file that is not JSON data, holds a forbidden key, is absurdly large or is none of these is
 * refused whole. Within it, each annotation is read on its own: one that is malformed, or whose
 * target cannot be placed, is listed in `skipped` with the reason, and the others are imported.
 *
 * An annotation is placed by the paragraph its FragmentSelector names (`para-N`); without one, by
 * finding its quote anywhere in the text. One that names a paragraph and gives its quote and
 * position is imported even when the passage is not found (an orphan, as the app keeps any),
 * because it carries all the app stores; one without, that cannot be found, is skipped. The
 * targets' `source` is not compared with the app's document: other tools name it by their own
 * address, and the paragraph and quote are what place an annotation.
 *
 * The note is the text of the bodies that are not tags (Markdown and plain text as written, HTML
 * reduced to its text); tags come from `tagging` bodies, cleaned as typed tags are. Colour,
 * follow-up and position come from the app's extension when valid, else yellow and none.
 * Ids are kept from `urn:uuid:` ids; other annotations get `newId()`.
 */
export function fromWebAnnotationCollection(
  json: unknown,
  paragraphs: readonly ParagraphText[],
  options: WebAnnotationImportOptions = systemImportOptions()
): WebAnnotationImport {
  const problem = jsonProblem(json, jsonLimits)
  if (problem) return { ok: false, error: problem }
  const listed = annotationsIn(json)
  if (!listed.ok) return listed

  const meetingText = new DocumentText(paragraphs)
  const annotations: ImportedAnnotation[] = []
  const skipped: SkippedAnnotation[] = []
  const seenIds = new Set<string>()
  const knownTags = [...(options.knownTags ?? [])]
  listed.items.forEach((item, index) => {
    const read = v.safeParse(annotationSchema, item)
    if (!read.success) {
      skipped.push({ index, reason: describeIssues(read.issues) })
      return
    }
    const input = read.output
    if (input.id !== undefined) {
      const id = uuidOf(input.id) ?? input.id
      if (seenIds.has(id)) {
        skipped.push({
          index,
          reason: `It has the same id as an earlier annotation in the file (${input.id}).`
        })
        return
      }
      seenIds.add(id)
    }
    const place = placeTargets(input.target ?? [], meetingText)
    if (!place.ok) {
      skipped.push({ index, reason: place.reason })
      return
    }
    annotations.push(toImportedAnnotation(input, item, place, options, knownTags))
  })
  return { ok: true, annotations, skipped }
}

/** The annotations a file lists, unread, or why the file is not a Web Annotation file. */
function annotationsIn(
  json: unknown
): { ok: true; items: unknown[] } | { ok: false; error: string } {
  if (Array.isArray(json)) {
    const list = v.safeParse(annotationListSchema, json)
    return list.success ? { ok: true, items: list.output } : unreadable(list.issues)
  }
  if (typeof json !== 'object' || json === null) {
    return {
      ok: false,
      error: 'The file is not a Web Annotation file: it holds no object or list of annotations.'
    }
  }
  const types = typesOf(json)
  if (types.includes('AnnotationCollection')) {
    const collection = v.safeParse(collectionSchema, json)
    if (!collection.success) return unreadable(collection.issues)
    const { first, items } = collection.output
    if (typeof first === 'string') {
      return {
        ok: false,
        error: `The collection’s annotations are not in the file: its first page is at “${first}”. Export the collection with its annotations included.`
      }
    }
    if (first) return pageChain(first)
    return { ok: true, items: items ?? [] }
  }
  if (types.includes('AnnotationPage') || (types.length === 0 && 'items' in json)) {
    return pageItems(json)
  }
  if (types.includes('Annotation')) return { ok: true, items: [json] }
  return {
    ok: false,
    error:
      'The file is not a Web Annotation file: it holds no AnnotationCollection, AnnotationPage, Annotation or list of annotations.'
  }
}

/** The annotations of a page read from the file, and of the pages embedded after it. */
function pageItems(json: unknown): { ok: true; items: unknown[] } | { ok: false; error: string } {
  const page = v.safeParse(pageSchema, json)
  return page.success ? pageChain(page.output) : unreadable(page.issues)
}

/** The annotations of `first` and every page embedded after it. */
function pageChain(
  first: PageInput
): { ok: true; items: unknown[] } | { ok: false; error: string } {
  const items: unknown[] = []
  for (let page: PageInput | undefined = first; page;) {
    items.push(...page.items)
    if (items.length > maxAnnotations) {
      return {
        ok: false,
        error: `The file could not be read. There are more than ${maxAnnotations.toLocaleString('en')} annotations, far more than one meeting’s notes.`
      }
    }
    if (typeof page.next === 'string') {
      return {
        ok: false,
        error: `The file holds only part of the collection: its next page is at “${page.next}”. Export the collection with all its annotations included.`
      }
    }
    page = page.next
  }
  return { ok: true, items }
}

/** The refusal of a file whose structure valibot could not read. */
function unreadable(issues: readonly v.BaseIssue<unknown>[]): { ok: false; error: string } {
  return { ok: false, error: `The file could not be read. ${describeIssues(issues)}` }
}

/** The `type` of a JSON object, as a list: the model allows one type or several. */
function typesOf(json: object): string[] {
  const type: unknown = (json as { type?: unknown }).type
  if (typeof type === 'string') return [type]
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === 'string')
  return []
}

/** The paragraphs of the document, looked up by number. */
class DocumentText {
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
type TargetPlace =
  | { ok: true; paragraph: number; target: PassageTarget | null; placement: Placement }
  | { ok: false; reason: string }

/** The place of the first of an annotation's targets that can be placed; else the first's reason. */
function placeTargets(targets: readonly Target[], meetingText: DocumentText): TargetPlace {
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

/** Where one target is in the document; the rules are those of {@link fromWebAnnotationCollection}. */
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
function shorten(text: string): string {
  const characters = Array.from(text)
  return characters.length <= 60 ? text : `${characters.slice(0, 59).join('')}…`
}

/** Body purposes that carry neither a note nor a tag, such as links to other resources. */
const nonNotePurposes = new Set(['linking', 'identifying', 'classifying', 'bookmarking'])

/** The annotation to store, from what was read and where it was placed. */
function toImportedAnnotation(
  input: AnnotationInput,
  raw: unknown,
  place: Extract<TargetPlace, { ok: true }>,
  options: WebAnnotationImportOptions,
  knownTags: readonly string[]
): ImportedAnnotation {
  const corrections: string[] = []
  const { note, typedTags } = readBodies(input, corrections)
  const tags = addTags([], cleanTags(typedTags, corrections), knownTags)
  const fallbackTime = options.now.toISOString()
  const created = input.created ?? input.modified
  const createdAt = created === undefined ? fallbackTime : new Date(created).toISOString()
  const updatedAt =
    input.modified === undefined ? createdAt : new Date(input.modified).toISOString()
  const extension = readExtension(raw, corrections)

  const annotation: Annotation = {
    id: uuidOf(input.id) ?? options.newId(),
    paragraph: place.paragraph,
    target: place.target,
    color: extension.color,
    note,
    tags,
    createdAt,
    updatedAt
  }
  if (extension.followUp !== undefined) annotation.followUp = extension.followUp
  if (extension.position !== undefined) annotation.position = extension.position
  return { annotation, placement: place.placement, corrections }
}

/** The UUID of a `urn:uuid:` id, in lower case, or null for any other id. */
function uuidOf(id: string | undefined): string | null {
  const match = /^urn:uuid:([\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})$/iu.exec(id ?? '')
  return match ? match[1].toLowerCase() : null
}

/**
 * The note (the bodies that are neither tags nor links, joined by blank lines) and the tags as
 * written. A body without a purpose has the annotation's motivation, as the model says.
 */
function readBodies(
  input: AnnotationInput,
  corrections: string[]
): { note: string; typedTags: string[] } {
  const motivations = input.motivation ?? []
  const impliedPurpose = motivations.length === 1 ? motivations[0] : undefined
  const notes: string[] = []
  const typedTags: string[] = []
  for (const body of input.body ?? []) {
    if (typeof body === 'string') {
      corrections.push(`A body that is a link (${shorten(body)}) was left out.`)
      continue
    }
    const textual = body.type ? body.type.includes('TextualBody') : body.value !== undefined
    if (!textual || body.value === undefined) {
      corrections.push(`A body of type ${describeTypes(body)} was left out.`)
      continue
    }
    const purpose = body.purpose ?? impliedPurpose
    if (purpose === 'tagging') typedTags.push(body.value)
    else if (purpose !== undefined && nonNotePurposes.has(purpose)) {
      corrections.push(`A body for ${purpose} was left out.`)
    } else notes.push(noteText(body))
  }
  return { note: notes.filter((note) => note !== '').join('\n\n'), typedTags }
}

/** A body's types, for a message. */
function describeTypes(body: Exclude<Body, string>): string {
  return body.type && body.type.length > 0
    ? body.type.map((type) => `“${type}”`).join(', ')
    : '(none)'
}

/** A textual body as note text: HTML reduced to its text, anything else as written. */
function noteText(body: Exclude<Body, string>): string {
  const value = body.value ?? ''
  const format = body.format?.toLowerCase().split(';')[0].trim()
  return format === 'text/html' || format === 'application/xhtml+xml' ? htmlToText(value) : value
}

/** Tags as typed in a tags box would become: split at commas, cleaned, impossible ones left out. */
function cleanTags(typedTags: readonly string[], corrections: string[]): string[] {
  const tags: string[] = []
  for (const typed of typedTags) {
    const parts = splitTagInput(typed)
    if (parts.length > 1) corrections.push(`The tag “${shorten(typed)}” was split at its commas.`)
    for (const tag of parts) {
      const problem = tagProblem(tag)
      if (problem) corrections.push(`The tag “${shorten(tag)}” was left out: ${problem}`)
      else tags.push(tag)
    }
  }
  return tags
}

/** The app's extension, each property checked on its own and replaced by its default if invalid. */
function readExtension(
  raw: unknown,
  corrections: string[]
): { color: HighlightColor; followUp?: FollowUp | null; position?: Position | null } {
  const properties = raw as Record<string, unknown>
  const read: { color: HighlightColor; followUp?: FollowUp | null; position?: Position | null } = {
    color: 'yellow'
  }
  if (Object.hasOwn(properties, 'cnd67:color')) {
    const color = v.safeParse(colorSchema, properties['cnd67:color'])
    if (color.success) read.color = color.output
    else corrections.push('Its colour is not one the app knows, so it is yellow.')
  }
  if (Object.hasOwn(properties, 'cnd67:followUp')) {
    const followUp = v.safeParse(followUpSchema, properties['cnd67:followUp'])
    if (followUp.success) read.followUp = followUp.output
    else corrections.push(`Its follow-up was left out. ${describeIssues(followUp.issues)}`)
  }
  if (Object.hasOwn(properties, 'cnd67:position')) {
    const position = v.safeParse(positionSchema, properties['cnd67:position'])
    if (position.success) read.position = position.output
    else corrections.push('Its position is not one the app knows, so it has none.')
  }
  return read
}
