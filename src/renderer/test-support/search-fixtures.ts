/**
 * Fixture factories for search tests: annotations made on the real meeting summary, with notes
 * and follow-ups a delegate might write, session notes, and other documents of the library.
 */
import type { Annotation } from '@renderer/lib/annotations/annotation'
import { parseUnDocument } from '@renderer/lib/document/un-document/parse-un-document'
import { sourceFromText } from '@renderer/lib/document/un-document/source-from-text'
import { importedEntry, type LibraryEntry } from '@renderer/lib/library/library-document'
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

/** What an imported fixture document is made of. */
export interface FixtureDocument {
  id: string
  /** Its symbol, printed at the head of its text; none if null. */
  symbol: string | null
  title: string
  /** The text of paragraphs 1, 2, 3… in order, all in one section, "Introduction". */
  paragraphs: readonly string[]
}

/** The library entry of a document imported from a text file, as the library would hand it. */
export function fixtureLibraryEntry({
  id,
  symbol,
  title,
  paragraphs
}: FixtureDocument): LibraryEntry {
  const text = [
    ...(symbol ? [symbol] : []),
    'Distr.: General',
    '4 January 2024',
    'Original: English',
    'Commission on Narcotic Drugs',
    'Sixty-seventh session',
    title,
    'I. Introduction',
    ...paragraphs.map((paragraph, index) => `${index + 1}. ${paragraph}`)
  ].join('\n\n')
  const document = parseUnDocument(sourceFromText(text))
  return importedEntry({
    id,
    title,
    document
  })
}

/** A report with a symbol: Zanzibar in paragraph 2, precursors in 1 and 3. */
export function fixtureReport(changes: Partial<FixtureDocument> = {}): LibraryEntry {
  return fixtureLibraryEntry({
    id: 'report',
    symbol: 'E/CN.7/2024/99',
    title: 'Report on precursor routes',
    paragraphs: [
      'Seizures of precursors rose in the period under review.',
      'The Zanzibar routes carried most of the trafficking reported.',
      'Member States asked for guidance on non-scheduled precursors.'
    ],
    ...changes
  })
}

/** A document printed without a symbol: Zanzibar in paragraph 1. */
export function fixtureUnnumberedPaper(): LibraryEntry {
  return fixtureLibraryEntry({
    id: 'paper',
    symbol: null,
    title: 'Chair’s summary of the informal consultations',
    paragraphs: ['Delegations discussed the Zanzibar routes at length.', 'The meeting closed.']
  })
}
