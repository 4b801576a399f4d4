/**
 * Narrowing the meeting text to the paragraphs a delegate wants to read: by session, section,
 * speaker and kind, and by what they have annotated (a note, colours, tags, follow-up status).
 */
import type { Annotation, HighlightColor } from '../annotations/annotation'
import type {
  MeetingDocument,
  ParagraphKind,
  Section,
  SessionName
} from '../document/meeting-document'
import { statusLabels, type FollowUpStatus } from '../follow-ups/follow-up'
import { tagKey } from '../tags/tag-names'

/**
 * What an annotation on the paragraph must be like. Criteria left out or empty do not constrain;
 * the others must all hold for one and the same annotation.
 */
export interface AnnotationCriteria {
  /** True: the annotation has a note; false: it has none. */
  hasNote?: boolean
  /** Highlighted in any of these colours. */
  colors?: HighlightColor[]
  /** Carrying any of these tags, in any spelling (matched by `tagKey`). */
  tags?: string[]
  /** A follow-up with any of these statuses. */
  followUpStatuses?: FollowUpStatus[]
}

/**
 * Which paragraphs to show. An empty list does not constrain; a paragraph must match every other
 * criterion, and within a criterion any one of the values.
 */
export interface ParagraphFilter {
  sessions: SessionName[]
  /** Section ids ("III.B", "III.D.2"); a section includes its subsections. */
  sections: string[]
  /** Speakers' canonical names ("Canada", "Chief of PTRS"). */
  speakers: string[]
  kinds: ParagraphKind[]
  annotation: AnnotationCriteria
}

/** The fields of an annotation the filter reads. */
export type FilteredAnnotation = Pick<Annotation, 'paragraph' | 'note' | 'color' | 'tags'> & {
  followUp?: Pick<NonNullable<Annotation['followUp']>, 'status'> | null
}

/** Which paragraphs pass a filter. */
export interface FilterResult {
  /** Numbers of the paragraphs shown. */
  visible: Set<number>
  /** How many paragraphs the filter hides. */
  hiddenCount: number
}

/** A filter that shows every paragraph. */
export function emptyFilter(): ParagraphFilter {
  return { sessions: [], sections: [], speakers: [], kinds: [], annotation: {} }
}

/** Whether the annotation criteria constrain anything. */
function hasAnnotationCriteria(criteria: AnnotationCriteria): boolean {
  return (
    criteria.hasNote !== undefined ||
    (criteria.colors?.length ?? 0) > 0 ||
    (criteria.tags?.length ?? 0) > 0 ||
    (criteria.followUpStatuses?.length ?? 0) > 0
  )
}

/** Whether `filter` shows every paragraph. */
export function isFilterEmpty(filter: ParagraphFilter): boolean {
  return (
    filter.sessions.length === 0 &&
    filter.sections.length === 0 &&
    filter.speakers.length === 0 &&
    filter.kinds.length === 0 &&
    !hasAnnotationCriteria(filter.annotation)
  )
}

/** Whether one annotation satisfies every annotation criterion given. */
function annotationMatches(
  annotation: FilteredAnnotation,
  criteria: AnnotationCriteria,
  tagKeys: ReadonlySet<string>
): boolean {
  const { hasNote, colors, followUpStatuses } = criteria
  if (hasNote !== undefined && (annotation.note.trim() !== '') !== hasNote) return false
  // A note without a colour is in none of them.
  const color = annotation.color
  if (colors && colors.length > 0 && !(color && colors.includes(color))) return false
  if (tagKeys.size > 0 && !annotation.tags.some((tag) => tagKeys.has(tagKey(tag)))) return false
  if (followUpStatuses && followUpStatuses.length > 0) {
    const status = annotation.followUp?.status
    if (status === undefined || !followUpStatuses.includes(status)) return false
  }
  return true
}

/**
 * The paragraphs of `document` passing `filter`, and how many it hides. When annotation criteria
 * are given, a paragraph passes only if at least one of its annotations satisfies them all.
 */
export function visibleParagraphs(
  document: Pick<MeetingDocument, 'paragraphs'>,
  annotations: readonly FilteredAnnotation[],
  filter: ParagraphFilter
): FilterResult {
  const { sessions, sections, speakers, kinds, annotation: criteria } = filter
  let annotated: Set<number> | null = null
  if (hasAnnotationCriteria(criteria)) {
    const tagKeys = new Set((criteria.tags ?? []).map(tagKey))
    annotated = new Set()
    for (const candidate of annotations) {
      if (annotationMatches(candidate, criteria, tagKeys)) annotated.add(candidate.paragraph)
    }
  }
  const visible = new Set<number>()
  for (const paragraph of document.paragraphs) {
    if (sessions.length > 0 && (!paragraph.session || !sessions.includes(paragraph.session))) {
      continue
    }
    if (sections.length > 0 && !paragraph.sectionPath.some((id) => sections.includes(id))) {
      continue
    }
    if (speakers.length > 0 && (!paragraph.speaker || !speakers.includes(paragraph.speaker.name))) {
      continue
    }
    if (kinds.length > 0 && !kinds.includes(paragraph.kind)) continue
    if (annotated && !annotated.has(paragraph.number)) continue
    visible.add(paragraph.number)
  }
  return { visible, hiddenCount: document.paragraphs.length - visible.size }
}

/**
 * A filter's result with paragraphs `revealed` shown in addition (those a link or Go to paragraph
 * led to), out of `paragraphCount`.
 */
export function showingAlso(
  result: FilterResult,
  revealed: readonly number[],
  paragraphCount: number
): FilterResult {
  if (revealed.length === 0) return result
  const visible = new Set([...result.visible, ...revealed])
  return { visible, hiddenCount: paragraphCount - visible.size }
}

/** How each kind is named in a filter's description. */
const kindLabels: Readonly<Record<ParagraphKind, string>> = {
  presentation: 'Presentations',
  intervention: 'Interventions',
  procedural: 'Procedural'
}

/** One criterion: its single value's label, or how many values it has ("2 colours"). */
function describeValues<T>(values: readonly T[], label: (value: T) => string, plural: string) {
  if (values.length === 0) return []
  return [values.length === 1 ? label(values[0]) : `${values.length} ${plural}`]
}

/**
 * A filter in a few words, criteria joined by " · ": "Canada · Interventions · 2 colours".
 * "All paragraphs" for an empty filter.
 */
export function describeFilter(filter: ParagraphFilter): string {
  const { hasNote, colors = [], tags = [], followUpStatuses = [] } = filter.annotation
  const parts = [
    ...describeValues(filter.sessions, (session) => session, 'sessions'),
    ...describeValues(filter.sections, (id) => `Section ${id}`, 'sections'),
    ...describeValues(filter.speakers, (speaker) => speaker, 'speakers'),
    ...describeValues(filter.kinds, (kind) => kindLabels[kind], 'kinds'),
    ...(hasNote === undefined ? [] : [hasNote ? 'With a note' : 'Without a note']),
    ...describeValues(colors, (color) => color[0].toUpperCase() + color.slice(1), 'colours'),
    ...describeValues(tags, (tag) => `Tagged “${tag}”`, 'tags'),
    ...describeValues(
      followUpStatuses,
      (status) => `Follow-ups: ${statusLabels[status]}`,
      'follow-up statuses'
    )
  ]
  return parts.length === 0 ? 'All paragraphs' : parts.join(' · ')
}

/**
 * The sections with no paragraph shown under them, subsections included, whose headings a
 * filtered view leaves out; none when every paragraph shows (`visible` null).
 */
export function sectionsWithoutShownParagraphs(
  sections: readonly Pick<Section, 'id' | 'range' | 'children'>[],
  visible: ReadonlySet<number> | null
): Set<string> {
  const empty = new Set<string>()
  if (visible === null) return empty
  const visit = (list: readonly Pick<Section, 'id' | 'range' | 'children'>[]) => {
    for (const section of list) {
      const { range } = section
      let shown = false
      if (range) {
        for (let number = range.first; number <= range.last && !shown; number++) {
          shown = visible.has(number)
        }
      }
      if (!shown) empty.add(section.id)
      visit(section.children)
    }
  }
  visit(sections)
  return empty
}

/**
 * What the app says when a link or Go to paragraph leads to a paragraph the filter hides, which
 * it then shows in addition to the filter's own.
 */
export function revealedParagraphNotice(number: number, filter: ParagraphFilter): string {
  return (
    `Paragraph ${number} is hidden by the filter (${describeFilter(filter)}); ` +
    'showing it in addition. Clear the filter to see every paragraph.'
  )
}
