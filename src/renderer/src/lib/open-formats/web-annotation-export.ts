/**
 * Annotations to the W3C Web Annotation Data Model (JSON-LD), so other annotation tools can read a
 * delegate's notes. Each target's `source` names the annotation's document (document-uri.ts: the
 * shipped summary's URN, an imported document's symbol or file checksum). Each passage is a
 * FragmentSelector naming its paragraph (`para-47`, the id the app gives it), refined by a
 * TextQuoteSelector and a TextPositionSelector relative to that paragraph's plain text; a note on
 * a whole paragraph is the fragment alone. What the model has no term for is kept in the app's
 * extension:
 *
 * - `cnd67:color`: the highlight colour, one of `highlightColors`, or null for none;
 * - `cnd67:followUp`: the follow-up, as the app stores it (a JSON literal), or null;
 * - `cnd67:position`: the government's position, one of `positions`, or null.
 *
 * The `cnd67` prefix is declared in the collection's `@context`, after the W3C context, as the
 * model asks of extensions; tools that do not know it ignore these properties. Reading such files
 * is web-annotation-import.ts.
 */
import type {
  Annotation,
  HighlightColor,
  PassageTarget,
  TextPositionSelector,
  TextQuoteSelector
} from '../annotations/annotation'
import { anchorPassage, describePassage, type ParagraphText } from '../annotations/anchor-text'
import type { FollowUp, Position } from '../follow-ups/follow-up'
import { documentIdOf, shippedDocumentId, type ImportedDocument } from '../library/library-document'
import { paragraphElementId } from '../navigation/paragraph-target'
import { documentIdUri, importedDocumentUri } from './document-uri'

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
  'cnd67:color': HighlightColor | null
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

/** An imported document as the export needs it: its id, the URN it is named by, its paragraphs. */
export interface ExportedDocument {
  id: string
  /** The targets' `source` for annotations on it (document-uri.ts). */
  uri: string
  /** Every paragraph of the document, in order, to place each passage as it is now. */
  paragraphs: readonly ParagraphText[]
}

/** An imported document (as stored) as the export needs it. */
export function exportedDocument(imported: ImportedDocument): ExportedDocument {
  return {
    id: imported.id,
    uri: importedDocumentUri(imported),
    paragraphs: imported.document.paragraphs
  }
}

/** What the export needs besides the annotations. */
export interface WebAnnotationExportOptions {
  /**
   * The shipped summary's stable address, the `source` of targets on it, e.g. "urn:cnd:…". An
   * absolute IRI without a fragment: the collection's id is this with "#annotations".
   */
  documentUri: string
  /** The shipped summary's title, for the collection's label. */
  documentTitle: string
  /** When the export is made. */
  now: Date
  /** Every paragraph of the shipped summary, in order, to place each passage as it is now. */
  paragraphs: readonly ParagraphText[]
  /**
   * The imported documents, in the library's order. An annotation on a document not among them
   * (nor the summary) is exported as it was stored, its source the document's id
   * (`documentIdUri`), after the others.
   */
  documents?: readonly ExportedDocument[]
}

/**
 * The annotations as a W3C AnnotationCollection with one embedded page, document by document
 * (the shipped summary first, then the library's order) and in each in document order: by
 * paragraph, whole-paragraph notes first, then by passage, then by creation; annotations
 * that cannot be placed in their document's text last, oldest first. A passage is exported where
 * it is found in the text now (as the app shows it); one that is not found keeps its stored
 * selectors. The label names the summary when every annotation is on it, else the number of
 * documents annotated.
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
  const documents = new Map<string, DocumentPlace>()
  for (const exported of [
    { id: shippedDocumentId, uri: documentUri, paragraphs },
    ...(options.documents ?? [])
  ]) {
    if (documents.has(exported.id)) continue
    documents.set(exported.id, {
      order: documents.size,
      uri: exported.uri,
      paragraphs: exported.paragraphs,
      texts: new Map(exported.paragraphs.map((paragraph) => [paragraph.number, paragraph.text]))
    })
  }
  const located = annotations.map((annotation) => locate(annotation, documents))
  const placed = located.filter((entry) => entry.placed).sort(compareInDocument)
  const orphans = located
    .filter((entry) => !entry.placed)
    .sort((a, b) => a.order - b.order || compareByCreation(a, b))
  const items = [...placed, ...orphans].map((entry) => toWebAnnotation(entry))
  const annotated = new Set(located.map((entry) => entry.source))
  const onlySummary = [...annotated].every((source) => source === documentUri)
  const collection: WebAnnotationCollection = {
    '@context': collectionContext,
    id: collectionId,
    type: 'AnnotationCollection',
    label: onlySummary
      ? `Annotations on “${documentTitle}”`
      : `Annotations on ${annotated.size} documents`,
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

/** A document annotations are exported on: its place in the export, its URN and its text. */
interface DocumentPlace {
  order: number
  uri: string
  paragraphs: readonly ParagraphText[]
  texts: ReadonlyMap<number, string>
}

/** An annotation with where it is exported: where it is found now, or where it was stored. */
interface LocatedAnnotation {
  annotation: Annotation
  /** The targets' source: its document's URN. */
  source: string
  /** Its document's place in the export; after every known document for one the export lacks. */
  order: number
  paragraph: number
  target: PassageTarget | null
  /** Whether it was found in the text; false for an orphan. */
  placed: boolean
}

/** Where `annotation` is in its document's text now. */
function locate(
  annotation: Annotation,
  documents: ReadonlyMap<string, DocumentPlace>
): LocatedAnnotation {
  const documentId = documentIdOf(annotation)
  const document = documents.get(documentId)
  const stored = {
    annotation,
    source: document?.uri ?? documentIdUri(documentId),
    order: document?.order ?? documents.size,
    paragraph: annotation.paragraph,
    target: annotation.target
  }
  if (!document) return { ...stored, placed: false }
  const { paragraphs, texts } = document
  if (!annotation.target) return { ...stored, placed: texts.has(annotation.paragraph) }
  const anchor = anchorPassage(annotation.target, annotation.paragraph, paragraphs)
  const text = anchor.status === 'anchored' ? texts.get(anchor.paragraph) : undefined
  if (anchor.status !== 'anchored' || text === undefined) return { ...stored, placed: false }
  return {
    ...stored,
    paragraph: anchor.paragraph,
    target: describePassage(text, anchor.start, anchor.end),
    placed: true
  }
}

/** Document order: document, paragraph, whole-paragraph notes first, passage start, creation, id. */
function compareInDocument(a: LocatedAnnotation, b: LocatedAnnotation): number {
  return (
    a.order - b.order ||
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
function toWebAnnotation(entry: LocatedAnnotation): WebAnnotation {
  const { annotation, paragraph, target, source } = entry
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
    target: { source, selector },
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
