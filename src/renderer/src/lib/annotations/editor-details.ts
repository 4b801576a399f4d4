/**
 * The annotation editor's fields besides the note (tags, follow-up, position), as kept in a
 * draft: written as JSON as the delegate changes them, read back defensively, since a draft is
 * whatever local storage holds and may be from another version or damaged.
 */
import {
  followUpPriorities,
  followUpStatuses,
  positions,
  type FollowUp,
  type Position
} from '../follow-ups/follow-up'

/** The fields a draft keeps besides the note's text. */
export interface EditorDetails {
  tags: string[]
  followUp: FollowUp | null
  position: Position | null
}

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

/** The details in a stored draft, or null when there is none or it is not one. */
export function parseEditorDetails(stored: string | null): EditorDetails | null {
  if (stored === null) return null
  let value: unknown
  try {
    value = JSON.parse(stored)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const draft = value as Record<string, unknown>
  if (!isStringArray(draft.tags)) return null
  if (draft.followUp !== null && !isFollowUp(draft.followUp)) return null
  if (draft.position !== null && !(positions as readonly unknown[]).includes(draft.position)) {
    return null
  }
  const followUp = draft.followUp as FollowUp | null
  return {
    tags: [...draft.tags],
    followUp: followUp && {
      action: followUp.action,
      status: followUp.status,
      priority: followUp.priority,
      due: followUp.due,
      agendaItemId: followUp.agendaItemId,
      counterparts: [...followUp.counterparts]
    },
    position: draft.position as Position | null
  }
}
