/**
 * Fixture factories for search tests: annotations made on the real meeting summary, with notes
 * and follow-ups a delegate might write, and session notes.
 */
import type { Annotation } from '@renderer/lib/annotations/annotation'
import { newFollowUp, type FollowUp } from '@renderer/lib/follow-ups/follow-up'
import type { SessionNote } from '@renderer/lib/session-notes/session-note'
import { defaultAnnotation, fixtureId, passageAnnotation } from './annotations-fixtures'
export { defaultAnnotation, fixtureId, passageAnnotation }

/** An open follow-up with `changes`. */
export function fixtureFollowUp(changes: Partial<FollowUp> = {}): FollowUp {
  return { ...newFollowUp(), ...changes }
}

/** A session note made on 1 March 2024, with `changes`. */
export function fixtureSessionNote(changes: Partial<SessionNote> = {}): SessionNote {
  return {
    id: fixtureId(100),
    title: 'Briefing from the capital',
    body: 'Support para. 47; raise **precursors** with Mexico.',
    agendaItemId: null,
    sessionDay: '2024-03-18',
    tags: ['Briefing'],
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z',
    ...changes
  }
}

/** Canada's early warning systems (para. 60), with a note, a tag and a follow-up. */
export function earlyWarningNote(): Annotation {
  return passageAnnotation(60, 'early warning systems', {
    id: fixtureId(1),
    note: 'Ask **Canada** how its Drug Analysis Service feeds the EWA.',
    tags: ['Early warning'],
    followUp: fixtureFollowUp({
      action: 'Arrange a bilateral on early warning',
      counterparts: ['Canada']
    })
  })
}

/** A note in French on Türkiye's cooperation (para. 30), with accents in note and tag. */
export function frenchNote(): Annotation {
  return passageAnnotation(30, 'international cooperation', {
    id: fixtureId(2),
    note: 'Proposer un échange d’informations avec la Türkiye.',
    tags: ['Türkiye']
  })
}

/** Mexico on precursors at ports (para. 39), with a follow-up with two counterparts. */
export function precursorNote(): Annotation {
  return passageAnnotation(39, 'precursors through international ports', {
    id: fixtureId(3),
    note: 'Compare with our *customs* seizure data.',
    followUp: fixtureFollowUp({
      action: 'Share port seizure data on precursors',
      counterparts: ['Mexico', 'Senior Programme Coordinator of PCBT']
    })
  })
}

/** The annotations most tests search: `earlyWarningNote`, `frenchNote`, `precursorNote`. */
export function fixtureAnnotations(): Annotation[] {
  return [earlyWarningNote(), frenchNote(), precursorNote()]
}
