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

/** Places every annotation in the document. */
export function layOutAnnotations(
  annotations: readonly Annotation[],
  paragraphs: readonly ParagraphText[]
): AnnotationLayout {
  const placed: PlacedAnnotation[] = []
  const orphans: Annotation[] = []
  for (const annotation of annotations) {
    const laidOut = layOut(annotation, paragraphs)
    if (laidOut.placed) placed.push(laidOut.placed)
    else orphans.push(annotation)
  }
  placed.sort(
    (a, b) =>
      a.paragraph - b.paragraph ||
      (a.range?.start ?? -1) - (b.range?.start ?? -1) ||
      compareTimes(a.annotation.createdAt, b.annotation.createdAt)
  )
  orphans.sort((a, b) => compareTimes(a.createdAt, b.createdAt))

  const highlights = new Map<number, HighlightSpan[]>()
  const byCreation = placed
    .filter((entry) => entry.range)
    .sort((a, b) => compareTimes(a.annotation.createdAt, b.annotation.createdAt))
  for (const { annotation, paragraph } of byCreation) {
    const span = layoutCache.get(annotation)?.span
    if (!span) continue
    const spans = highlights.get(paragraph) ?? []
    spans.push(span)
    highlights.set(paragraph, spans)
  }
  return {
    placed,
    highlights,
    annotatedParagraphs: new Set(placed.map((entry) => entry.paragraph)),
    orphans
  }
}
