/**
 * Annotations from W3C Web Annotation files (JSON-LD), written by this app (see
 * web-annotation-export.ts) or by other annotation tools: the file as a whole is refused when it
 * cannot be a Web Annotation file; within it, each annotation is read on its own, placed on the
 * document its source names and in that document's text (web-annotation-placement.ts), and
 * imported with what had to be corrected, or skipped with the reason.
 */
import * as v from 'valibot'
import type { Annotation, HighlightColor } from '../annotations/annotation'
import type { ParagraphText } from '../annotations/anchor-text'
import type { FollowUp, Position } from '../follow-ups/follow-up'
import { addTags, splitTagInput, tagProblem } from '../tags/tag-names'
import { tooLargeMessage, webAnnotationFiles } from '../file-formats/text-files'
import { htmlToText } from './html-text'
import {
  findJsonValueProblem,
  formatJsonPath,
  type JsonValueLimits
} from '../file-formats/json-guard'
import {
  LibraryText,
  placeTargets,
  shorten,
  type ImportLibrary,
  type Placement,
  type TargetPlace
} from './web-annotation-placement'
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
  type PageInput
} from './web-annotation-schema'

export type { ImportLibrary, Placement } from './web-annotation-placement'

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
  /**
   * The library: the shipped summary's URN and the imported documents, each annotation placed on
   * the one its source names. Without it, every annotation is placed in the shipped summary.
   */
  library?: ImportLibrary
}

/** The real clock and random UUIDs. */
function systemImportOptions(): WebAnnotationImportOptions {
  return { newId: () => crypto.randomUUID(), now: new Date() }
}

/** How deep and how large a file may be before any of it is read. */
const jsonLimits: JsonValueLimits = { maxDepth: 64, maxValues: 2_000_000 }

/**
 * What the JSON guard finds wrong with data read as a Web Annotation file, in the import's words,
 * or null when it is plain JSON within `limits`.
 */
export function annotationFileJsonProblem(
  value: unknown,
  limits: JsonValueLimits = jsonLimits
): string | null {
  const problem = findJsonValueProblem(value, limits)
  if (!problem) return null
  if (problem.kind === 'too-many-values') {
    return `The file holds more than ${limits.maxValues.toLocaleString('en')} values, far more than an annotation file needs.`
  }
  const path = formatJsonPath(problem.path)
  const where = path === '' ? 'The file' : `“${path}”`
  switch (problem.kind) {
    case 'forbidden-key':
      return `The file has a “${String(problem.path.at(-1))}” key (at “${path}”), which annotation files never have, so it was not read.`
    case 'too-deep':
      return `${where} is nested more than ${limits.maxDepth} levels deep, far more than an annotation file needs.`
    case 'not-finite':
      return `${where} is not a finite number.`
    case 'not-json':
      return `${where} is not JSON data (${problem.found}).`
  }
}

/**
 * Reads the text of a Web Annotation file: JSON, then as {@link fromWebAnnotationCollection}.
 */
export function parseWebAnnotationFile(
  json: string,
  paragraphs: readonly ParagraphText[],
  options: WebAnnotationImportOptions = systemImportOptions()
): WebAnnotationImport {
  if (json.length > webAnnotationFiles.maxSize) {
    return { ok: false, error: tooLargeMessage(webAnnotationFiles, json.length) }
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
 * An annotation is placed on the document its target's `source` names by the app's URNs
 * (document-uri.ts): the shipped summary, or an imported document of `options.library` by its
 * symbol, its original file's checksum or its id. One whose source is such a URN but names no
 * document of the library is skipped, with the reason; a source the app never writes (another
 * tool's own address) is taken to be the shipped summary, as before the library. In its document,
 * it is placed by the paragraph its FragmentSelector names (`para-N`); without one, by
 * finding its quote anywhere in that document's text. One that names a paragraph and gives its
 * quote and position is imported even when the passage is not found (an orphan, as the app keeps
 * any), because it carries all the app stores; one without, that cannot be found, is skipped.
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
  const problem = annotationFileJsonProblem(json)
  if (problem) return { ok: false, error: problem }
  const listed = annotationsIn(json)
  if (!listed.ok) return listed

  const library = new LibraryText(paragraphs, options.library)
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
    const place = placeTargets(input.target ?? [], library)
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
    documentId: place.documentId,
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

/**
 * The app's extension, each property checked on its own and replaced by its default if invalid.
 * An annotation without a colour (from another tool, or left without one) has none.
 */
function readExtension(
  raw: unknown,
  corrections: string[]
): { color: HighlightColor | null; followUp?: FollowUp | null; position?: Position | null } {
  const properties = raw as Record<string, unknown>
  const read: {
    color: HighlightColor | null
    followUp?: FollowUp | null
    position?: Position | null
  } = { color: null }
  if (Object.hasOwn(properties, 'cnd67:color')) {
    const color = v.safeParse(colorSchema, properties['cnd67:color'])
    if (color.success) read.color = color.output
    else corrections.push('Its colour is not one the app knows, so it has none.')
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
