/**
 * Where each stored annotation sits in the document as it is now: re-anchored passages grouped
 * by paragraph for painting, everything in document order for the annotations panel, and the
 * annotations that could not be placed listed as orphans rather than dropped.
 */
import type { Annotation } from './annotation'
import { anchorPassage, type ParagraphText } from './anchor-text'
import type { HighlightSpan } from './highlight-dom'
import { unchangedEnds } from '../notebook/list-changes'
import { documentIdOf } from '../library/library-document'

/** An annotation with the place it was found. */
export interface PlacedAnnotation {
  annotation: Annotation
  /** The paragraph it is shown on (where its passage was found, which may have moved). */
  paragraph: number
  /** The passage's offsets in that paragraph, or null for a note on the whole paragraph. */
  range: { start: number; end: number } | null
}

/** The annotations as the reference pane and the panel show them. */
export interface AnnotationLayout {
  /** Placed annotations in document order: by paragraph, whole-paragraph notes first, then by passage. */
  placed: PlacedAnnotation[]
  /** Highlights to paint, by paragraph, in the order they were created (later ones nest inside). */
  highlights: Map<number, HighlightSpan[]>
  /** Paragraph numbers that carry at least one annotation, in order. */
  annotatedParagraphs: Set<number>
  /** Annotations whose passage is no longer in the document, oldest first. */
  orphans: Annotation[]
}

/** What an annotation object was laid out as: its anchor, its entry and its highlight. */
interface LaidOut {
  paragraphs: readonly ParagraphText[]
  placed: PlacedAnnotation | null
  span: HighlightSpan | null
}

/**
 * The layout of each stored annotation object. Stored annotations are replaced, never mutated,
 * so an unchanged one keeps its place, and the same entry and highlight objects: a save
 * re-anchors only what it changed, and the views skip everything that kept its identity.
 */
const layoutCache = new WeakMap<Annotation, LaidOut>()

function layOut(annotation: Annotation, paragraphs: readonly ParagraphText[]): LaidOut {
  const cached = layoutCache.get(annotation)
  if (cached?.paragraphs === paragraphs) return cached
  let laidOut: LaidOut = { paragraphs, placed: null, span: null }
  if (!annotation.target) {
    if (paragraphs.some((paragraph) => paragraph.number === annotation.paragraph)) {
      laidOut = {
        paragraphs,
        placed: { annotation, paragraph: annotation.paragraph, range: null },
        span: null
      }
    }
  } else {
    const anchor = anchorPassage(annotation.target, annotation.paragraph, paragraphs)
    if (anchor.status === 'anchored') {
      laidOut = {
        paragraphs,
        placed: {
          annotation,
          paragraph: anchor.paragraph,
          range: { start: anchor.start, end: anchor.end }
        },
        span: {
          annotationId: annotation.id,
          start: anchor.start,
          end: anchor.end,
          color: annotation.color
        }
      }
    }
  }
  layoutCache.set(annotation, laidOut)
  return laidOut
}

/**
 * Orders ISO 8601 times. They sort as plain strings; a locale-aware comparison would be slower
 * for nothing, and this runs over thousands of annotations on every save.
 */
function compareTimes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** What one paragraph's annotations were laid out as, kept while they stay the same objects. */
interface ParagraphLayout {
  members: readonly LaidOut[]
  placed: PlacedAnnotation[]
  spans: HighlightSpan[]
}

/**
 * The latest layout of each paragraph, per document text. A save changes one paragraph's
 * annotations, so only that paragraph is sorted again; the others keep their lists, and the
 * reference pane sees their highlights unchanged by identity.
 */
const paragraphLayoutCache = new WeakMap<readonly ParagraphText[], Map<number, ParagraphLayout>>()

function sameMembers(a: readonly LaidOut[], b: readonly LaidOut[]): boolean {
  return a === b || (a.length === b.length && a.every((member, index) => member === b[index]))
}

/** What the latest layout over a document text was made from, to make the next one from. */
interface LastLayout {
  annotations: readonly Annotation[]
  /** Each annotation's layout, in the same order. */
  laidOut: readonly LaidOut[]
  /** The laid-out annotations placed on each paragraph, in the order of `annotations`. */
  byParagraph: ReadonlyMap<number, readonly LaidOut[]>
}

const lastLayouts = new WeakMap<readonly ParagraphText[], LastLayout>()

/** Changes bigger than this (a restore, a bulk change) lay everything out afresh. */
const smallChange = 32

/**
 * Each annotation's layout, and, when `annotations` is `last.annotations` with a few entries
 * replaced, added or removed (a save, a deletion), those entries before and after. A notebook
 * replaces the changed entries of its list and keeps the rest in place, so the unchanged runs at
 * the start and the end are found by identity, without looking anything up.
 */
function layOutEach(
  annotations: readonly Annotation[],
  paragraphs: readonly ParagraphText[],
  last: LastLayout | undefined
): { laidOut: LaidOut[]; changed: { before: readonly LaidOut[]; after: LaidOut[] } | null } {
  if (!last) {
    return {
      laidOut: annotations.map((annotation) => layOut(annotation, paragraphs)),
      changed: null
    }
  }
  const { head, tail } = unchangedEnds(last.annotations, annotations)
  const after = annotations
    .slice(head, annotations.length - tail)
    .map((annotation) => layOut(annotation, paragraphs))
  const laidOut = [
    ...last.laidOut.slice(0, head),
    ...after,
    ...last.laidOut.slice(last.laidOut.length - tail)
  ]
  const before = last.laidOut.slice(head, last.laidOut.length - tail)
  const changed = before.length + after.length <= smallChange ? { before, after } : null
  return { laidOut, changed }
}

/** Groups laid-out annotations by the paragraph they are placed on, keeping their order. */
function groupByParagraph(
  laidOut: readonly LaidOut[],
  only?: ReadonlySet<number>
): Map<number, LaidOut[]> {
  const byParagraph = new Map<number, LaidOut[]>()
  for (const member of laidOut) {
    const paragraph = member.placed?.paragraph
    if (paragraph === undefined || (only && !only.has(paragraph))) continue
    const members = byParagraph.get(paragraph)
    if (members) members.push(member)
    else byParagraph.set(paragraph, [member])
  }
  return byParagraph
}

/**
 * The annotations placed on each paragraph. After a small change only the paragraphs it touched
 * are gathered again; every other paragraph keeps its list, which holds the same annotations in
 * the same order as a fresh grouping would.
 */
function placedByParagraph(
  laidOut: readonly LaidOut[],
  last: LastLayout | undefined,
  changed: { before: readonly LaidOut[]; after: readonly LaidOut[] } | null
): ReadonlyMap<number, readonly LaidOut[]> {
  if (!last || !changed) return groupByParagraph(laidOut)
  const touched = new Set<number>()
  for (const member of [...changed.before, ...changed.after]) {
    if (member.placed) touched.add(member.placed.paragraph)
  }
  if (touched.size === 0) return last.byParagraph
  const regrouped = groupByParagraph(laidOut, touched)
  const byParagraph = new Map<number, readonly LaidOut[]>()
  for (const [paragraph, members] of last.byParagraph) {
    if (!touched.has(paragraph)) byParagraph.set(paragraph, members)
  }
  for (const [paragraph, members] of regrouped) byParagraph.set(paragraph, members)
  return byParagraph
}

/**
 * One paragraph's entries in document order (whole-paragraph notes first, then by passage, then
 * oldest first) and its highlights in the order they were created, so later ones paint on top.
 */
function layOutParagraph(members: readonly LaidOut[]): ParagraphLayout {
  const placed = members
    .map((member) => member.placed as PlacedAnnotation)
    .sort(
      (a, b) =>
        (a.range?.start ?? -1) - (b.range?.start ?? -1) ||
        compareTimes(a.annotation.createdAt, b.annotation.createdAt)
    )
  const createdAt = (member: LaidOut) => (member.placed as PlacedAnnotation).annotation.createdAt
  const spans = members
    .filter((member) => member.span)
    .sort((a, b) => compareTimes(createdAt(a), createdAt(b)))
    .map((member) => member.span as HighlightSpan)
  return { members, placed, spans }
}

/**
 * Places every annotation in the document. Called on every save with the notebook's new list;
 * what did not change since the previous call over the same text is taken from it.
 */
export function layOutAnnotations(
  annotations: readonly Annotation[],
  paragraphs: readonly ParagraphText[]
): AnnotationLayout {
  const last = lastLayouts.get(paragraphs)
  const { laidOut, changed } = layOutEach(annotations, paragraphs, last)
  const byParagraph = placedByParagraph(laidOut, last, changed)
  lastLayouts.set(paragraphs, { annotations, laidOut, byParagraph })

  const orphans: Annotation[] = []
  laidOut.forEach((member, index) => {
    if (!member.placed) orphans.push(annotations[index])
  })
  orphans.sort((a, b) => compareTimes(a.createdAt, b.createdAt))

  const previous = paragraphLayoutCache.get(paragraphs)
  const current = new Map<number, ParagraphLayout>()
  const placed: PlacedAnnotation[] = []
  const highlights = new Map<number, HighlightSpan[]>()
  const numbers = [...byParagraph.keys()].sort((a, b) => a - b)
  for (const number of numbers) {
    const members = byParagraph.get(number) ?? []
    const cached = previous?.get(number)
    const laidOutParagraph =
      cached && sameMembers(cached.members, members) ? cached : layOutParagraph(members)
    current.set(number, laidOutParagraph)
    for (const entry of laidOutParagraph.placed) placed.push(entry)
    if (laidOutParagraph.spans.length > 0) highlights.set(number, laidOutParagraph.spans)
  }
  paragraphLayoutCache.set(paragraphs, current)
  return { placed, highlights, annotatedParagraphs: new Set(numbers), orphans }
}

/**
 * The annotations made on one document of the library, in their order. While every annotation is
 * on that document (the shipped summary, before any other is annotated) it is `annotations`
 * itself, so the layout's identity checks find everything unchanged as before.
 */
export function annotationsOfDocument(
  annotations: readonly Annotation[],
  documentId: string
): readonly Annotation[] {
  const onDocument = (annotation: Annotation) => documentIdOf(annotation) === documentId
  return annotations.every(onDocument) ? annotations : annotations.filter(onDocument)
}
