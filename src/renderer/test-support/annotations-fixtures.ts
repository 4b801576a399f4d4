/**
 * Fixture factories for annotation tests: a clock that ticks predictably, a paragraph of the
 * meeting's kind and a passage of it.
 */
import type { Annotation, PassageTarget } from '@renderer/lib/annotations/annotation'
import { describePassage, type ParagraphText } from '@renderer/lib/annotations/anchor-text'
import type { RepositoryClock } from '@renderer/lib/annotations/annotation-repository'
import { meetingDocument } from '@renderer/lib/document/meeting-text'

/** A clock starting at 09:00 UTC on 14 March 2024 and moving one minute per reading, with ids numbered from 1. */
export function steppingClock(): RepositoryClock {
  let minutes = 0
  let ids = 0
  return {
    now: () => new Date(Date.UTC(2024, 2, 14, 9, minutes++)),
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`
  }
}

/** Two short paragraphs: UNODC's opening and a Canada intervention. */
export function fixtureParagraphs(): ParagraphText[] {
  return [
    { number: 1, text: 'The United Nations Office on Drugs and Crime (UNODC) hosted the meeting.' },
    {
      number: 2,
      text: 'Canada emphasized the significance of early warning systems in mitigating risks.'
    }
  ]
}

/** The passage "early warning systems" of paragraph 2 (characters 38 to 59). */
export function earlyWarningPassage(): PassageTarget {
  return describePassage(fixtureParagraphs()[1].text, 38, 59)
}

/** The id of fixture record `n`: a UUID ending in `n`. */
export function fixtureId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}

/** An empty yellow note on the whole of paragraph 1, made on 1 March 2024, with `changes`. */
export function defaultAnnotation(changes: Partial<Annotation> = {}): Annotation {
  return {
    id: fixtureId(1),
    paragraph: 1,
    target: null,
    color: 'yellow',
    note: '',
    tags: [],
    followUp: null,
    position: null,
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z',
    ...changes
  }
}

/**
 * A highlight of the first occurrence of `exact` in paragraph `number` of the real document,
 * with `changes`.
 *
 * @throws Error if the paragraph does not contain `exact`
 */
export function passageAnnotation(
  number: number,
  exact: string,
  changes: Partial<Annotation> = {}
): Annotation {
  const text = meetingDocument.paragraphs.find((paragraph) => paragraph.number === number)?.text
  const start = text?.indexOf(exact) ?? -1
  if (text === undefined || start < 0) throw new Error(`Paragraph ${number} has no “${exact}”`)
  return defaultAnnotation({
    paragraph: number,
    target: describePassage(text, start, start + exact.length),
    ...changes
  })
}
