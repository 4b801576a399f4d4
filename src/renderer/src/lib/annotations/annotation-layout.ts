/**
 * Where each stored annotation sits in the document as it is now: re-anchored passages grouped
 * by paragraph for painting, everything in document order for the annotations panel, and the
 * annotations that could not be placed listed as orphans rather than dropped.
 */
import type { Annotation } from './annotation'
import { anchorPassage, type ParagraphText } from './anchor-text'
import type { HighlightSpan } from './highlight-dom'

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
  /** Paragraph numbers that carry at least one annotation. */
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
  return a.length === b.length && a.every((member, index) => member === b[index])
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

/** Places every annotation in the document. */
export function layOutAnnotations(
  annotations: readonly Annotation[],
  paragraphs: readonly ParagraphText[]
): AnnotationLayout {
  const byParagraph = new Map<number, LaidOut[]>()
  const orphans: Annotation[] = []
  for (const annotation of annotations) {
    const laidOut = layOut(annotation, paragraphs)
    if (!laidOut.placed) {
      orphans.push(annotation)
      continue
    }
    const members = byParagraph.get(laidOut.placed.paragraph)
    if (members) members.push(laidOut)
    else byParagraph.set(laidOut.placed.paragraph, [laidOut])
  }
  orphans.sort((a, b) => compareTimes(a.createdAt, b.createdAt))

  const previous = paragraphLayoutCache.get(paragraphs)
  const current = new Map<number, ParagraphLayout>()
  const placed: PlacedAnnotation[] = []
  const highlights = new Map<number, HighlightSpan[]>()
  for (const number of [...byParagraph.keys()].sort((a, b) => a - b)) {
    const members = byParagraph.get(number) ?? []
    const cached = previous?.get(number)
    const laidOut =
      cached && sameMembers(cached.members, members) ? cached : layOutParagraph(members)
    current.set(number, laidOut)
    for (const entry of laidOut.placed) placed.push(entry)
    if (laidOut.spans.length > 0) highlights.set(number, laidOut.spans)
  }
  paragraphLayoutCache.set(paragraphs, current)
  return { placed, highlights, annotatedParagraphs: new Set(byParagraph.keys()), orphans }
}
