/**
 * The annotation editor's draft: the note's text, tags, follow-up and position in one record,
 * read back defensively (a draft is whatever local storage holds, and may be damaged), and read
 * from the two entries earlier versions kept (the text alone, and the rest as `…:details`).
 */
import {
  copyFollowUp,
  followUpPriorities,
  followUpStatuses,
  positions,
  type FollowUp,
  type Position
} from '../follow-ups/follow-up'
import { parseJson, type DraftKind } from '../notes/drafts'
import { keepBothTexts } from '../storage/edit-conflict'

/** Everything the annotation editor keeps as a draft. The colour is not drafted. */
export interface AnnotationDraft {
  note: string
  tags: string[]
  followUp: FollowUp | null
  position: Position | null
}

/** The fields besides the note's text, as earlier versions kept them under `…:details`. */
type EarlierDetails = Omit<AnnotationDraft, 'note'>

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string')
}

function isFollowUp(value: unknown): value is FollowUp {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Record<string, unknown>
  return (
    typeof candidate.action === 'string' &&
    (followUpStatuses as readonly unknown[]).includes(candidate.status) &&
    (followUpPriorities as readonly unknown[]).includes(candidate.priority) &&
    (candidate.due === null || typeof candidate.due === 'string') &&
    (candidate.agendaItemId === null || typeof candidate.agendaItemId === 'string') &&
    isStringArray(candidate.counterparts)
  )
}

/** The tags, follow-up and position in `value`, copied, or null when they are not all valid. */
function parseDetails(value: unknown): EarlierDetails | null {
  if (typeof value !== 'object' || value === null) return null
  const draft = value as Record<string, unknown>
  if (!isStringArray(draft.tags)) return null
  if (draft.followUp !== null && !isFollowUp(draft.followUp)) return null
  if (draft.position !== null && !(positions as readonly unknown[]).includes(draft.position)) {
    return null
  }
  return {
    tags: [...draft.tags],
    followUp: draft.followUp === null ? null : copyFollowUp(draft.followUp),
    position: draft.position as Position | null
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((entry, index) => entry === b[index])
}

function sameFollowUp(a: FollowUp | null, b: FollowUp | null): boolean {
  if (a === null || b === null) return a === b
  return (
    a.action === b.action &&
    a.status === b.status &&
    a.priority === b.priority &&
    a.due === b.due &&
    a.agendaItemId === b.agendaItemId &&
    sameList(a.counterparts, b.counterparts)
  )
}

/** How the annotation editor's drafts are read back. */
export const annotationDraft: DraftKind<AnnotationDraft> = {
  parse(value) {
    if (typeof value !== 'object' || value === null) return null
    const { note } = value as Record<string, unknown>
    const details = parseDetails(value)
    if (typeof note !== 'string' || details === null) return null
    return { note, ...details }
  },

  same(a, b) {
    return (
      a.note === b.note &&
      a.position === b.position &&
      sameList(a.tags, b.tags) &&
      sameFollowUp(a.followUp, b.followUp)
    )
  },

  fromEarlier({ text, details }, saved) {
    const earlierDetails = details === null ? null : parseDetails(parseJson(details))
    if (text === null && earlierDetails === null) return null
    const { note, ...savedDetails } = saved
    return { note: text ?? note, ...(earlierDetails ?? savedDetails) }
  },

  // Both notes, and the tags of both; the follow-up and position as the second window left them.
  combine(first, second) {
    return {
      ...second,
      note: keepBothTexts(first.note, second.note),
      tags: [...new Set([...first.tags, ...second.tags])]
    }
  }
}
