/**
 * Fixture factories for brief tests: annotations and session notes made on the real meeting
 * summary, the data set the golden briefs are built from, the clock they are exported by, and
 * arbitraries of the hostile text a delegate might type, for property tests.
 */
import fc from 'fast-check'
import {
  defaultColorLabels,
  type Annotation,
  type PassageTarget
} from '@renderer/lib/annotations/annotation'
import { meetingDocument } from '@renderer/lib/document/meeting-text'
import { agendaItemOfDocument } from '@renderer/lib/follow-ups/agenda-item'
import { newFollowUp, type FollowUp } from '@renderer/lib/follow-ups/follow-up'
import type { SessionNote } from '@renderer/lib/session-notes/session-note'
import type { BriefInput } from '@renderer/lib/brief/build-brief'
import { defaultAnnotation, fixtureId, passageAnnotation } from './annotations-fixtures'
export { defaultAnnotation, fixtureId, passageAnnotation }

/** When the golden briefs were exported: Sunday 10 March 2024, 08:00 UTC. */
export const fixedExportTime = '2024-03-10T08:00:00.000Z'

/** A clock that always reads {@link fixedExportTime}. */
export function fixedClock(): () => Date {
  return () => new Date(fixedExportTime)
}

/** Agenda item 6, which every delegate's list starts with. */
export const itemSix = agendaItemOfDocument(meetingDocument.header.agendaItem)

/** A note on the whole of paragraph `number`, with `changes`. */
export function paragraphNote(number: number, changes: Partial<Annotation> = {}): Annotation {
  return defaultAnnotation({ paragraph: number, ...changes })
}

/** A target whose passage is in no paragraph of the document: text from an earlier draft. */
export function draftOnlyTarget(exact: string): PassageTarget {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: 'Mexico ', suffix: '.' },
    position: { type: 'TextPositionSelector', start: 7, end: 7 + exact.length }
  }
}

/** An open, normal-priority follow-up with no due date, agenda item or counterpart, with `changes`. */
export function fixtureFollowUp(changes: Partial<FollowUp> = {}): FollowUp {
  return { ...newFollowUp(), action: 'Follow up', ...changes }
}

/** A session note made on 5 March 2024, with no day, agenda item or tags, with `changes`. */
export function defaultSessionNote(changes: Partial<SessionNote> = {}): SessionNote {
  return {
    id: fixtureId(101),
    title: 'Session note',
    body: '',
    agendaItemId: null,
    sessionDay: null,
    tags: [],
    createdAt: '2024-03-05T09:00:00.000Z',
    updatedAt: '2024-03-05T09:00:00.000Z',
    ...changes
  }
}

/** The real document with none of the delegate's data, the seeded agenda item, with `changes`. */
export function briefInput(changes: Partial<BriefInput> = {}): BriefInput {
  return {
    meeting: meetingDocument,
    annotations: [],
    sessionNotes: [],
    agendaItems: [itemSix],
    colorLabels: defaultColorLabels,
    ...changes
  }
}

/** The time `hour`:00 UTC on `day` March 2024, as stored. */
function march(day: number, hour: number): string {
  return new Date(Date.UTC(2024, 2, day, hour)).toISOString()
}

/**
 * The golden data set: six annotations on the real summary (highlights on paragraphs 47 and 60,
 * follow-ups on the whole of paragraphs 58 and 63, a note on paragraph 87 and a highlight whose
 * passage is gone), two session notes, the seeded agenda item and the default colour labels.
 */
export function briefFixture(): BriefInput {
  const annotations: Annotation[] = [
    passageAnnotation(
      47,
      'LSS generates recommendations for review by the World Health Organization (WHO) to determine possible international controls',
      {
        id: fixtureId(1),
        color: 'yellow',
        tags: ['EWA', 'WHO'],
        position: 'support',
        note:
          'Supports our line on scheduling. Ask LSS how many substances it put to *WHO* in 2023.\n\n' +
          '## Questions for LSS\n\n- Which substances?\n- How long does a review take?',
        createdAt: march(1, 9),
        updatedAt: march(1, 9)
      }
    ),
    paragraphNote(58, {
      id: fixtureId(2),
      color: 'purple',
      tags: ['EWA'],
      note:
        'Iran wants UNODC to lead both collection **and** dissemination.\n' +
        'Check this against the EWA mandate before the informals.',
      followUp: fixtureFollowUp({
        action:
          'Ask the Iranian delegation which EWA data they would share through the INCB system',
        priority: 'high',
        due: '2024-03-18',
        agendaItemId: itemSix.id,
        counterparts: ['Iran (Islamic Republic of)']
      }),
      createdAt: march(2, 10),
      updatedAt: march(4, 16)
    }),
    passageAnnotation(60, 'early warning systems in mitigating risks', {
      id: fixtureId(3),
      color: 'green',
      note: "Canada's Drug Analysis Service is a model for our own early warning system.",
      createdAt: march(3, 11),
      updatedAt: march(3, 11)
    }),
    paragraphNote(63, {
      id: fixtureId(4),
      color: 'pink',
      tags: ['Precursors'],
      position: 'watch',
      note: 'Precursor chemicals in early warning systems: align with the EU position.',
      followUp: fixtureFollowUp({
        action: 'Thank France for raising precursor chemicals',
        status: 'done',
        counterparts: ['France']
      }),
      createdAt: march(4, 9),
      updatedAt: march(6, 12)
    }),
    paragraphNote(87, {
      id: fixtureId(5),
      color: 'blue',
      tags: ['Logistics'],
      note: 'When is the follow-up expert group meeting? Not announced yet.',
      createdAt: march(5, 14),
      updatedAt: march(5, 14)
    }),
    defaultAnnotation({
      id: fixtureId(6),
      paragraph: 61,
      target: draftOnlyTarget(
        'proposed a regional registry of dismantled clandestine laboratories'
      ),
      color: 'blue',
      tags: ['Precursors'],
      note: 'In the draft summary only. Does Mexico still propose it?',
      createdAt: march(1, 8),
      updatedAt: march(1, 8)
    })
  ]
  const sessionNotes: SessionNote[] = [
    defaultSessionNote({
      id: fixtureId(101),
      title: 'Briefing from the capital',
      body:
        'Support para. 47; raise precursors with Mexico.\n\n' +
        '- Early warning: back more funding for the EWA\n- Precursors: align with the EU',
      agendaItemId: itemSix.id,
      sessionDay: '2024-03-18',
      tags: ['Briefing', 'Precursors'],
      createdAt: march(5, 9),
      updatedAt: march(5, 9)
    }),
    defaultSessionNote({
      id: fixtureId(102),
      title: 'Side event: early warning systems',
      body: 'Room M3, 13:10–14:00. Ask Canada about its Drug Analysis Service.',
      sessionDay: '2024-03-14',
      createdAt: march(6, 9),
      updatedAt: march(6, 9)
    })
  ]
  return briefInput({ annotations, sessionNotes })
}

/**
 * Lines that are, or start, something other than a paragraph in Markdown: headings, setext
 * underlines, thematic breaks, fences, quotes, list items, raw HTML, indented code, link reference
 * definitions, tables, backticks, hard breaks, entities, and their look-alikes with no-break
 * spaces and tabs.
 */
export const hostileLines: readonly string[] = [
  '# x',
  '## Heading ##',
  '#',
  '#\u00a0nbsp',
  '\u00a0# nbsp',
  '\t# tab',
  '---',
  '===',
  '-',
  '***',
  '___',
  '- - -',
  '```',
  '````js',
  '~~~',
  '```~',
  '```\t',
  '  ```',
  '   ~~~',
  '> ',
  '>',
  '> # x',
  '> ```',
  '> 1.',
  '> - > *',
  '- ',
  '- # x',
  '- ```',
  '1. ',
  '1) x',
  '+ x',
  '* x',
  '<div>',
  '</div>',
  '<script>alert(1)</script>',
  '<!-- comment',
  '<?php',
  '<![CDATA[',
  '<https://example.org>',
  '    code',
  '[a]: http://x',
  '[a]:',
  '[a]',
  '`',
  '``',
  'text `code',
  'trailing\\',
  '\\',
  '| a | b |',
  '|---|---|',
  '&amp;',
  '&lt;div&gt;',
  '  ',
  ''
]

/** The line breaks a note may hold: LF, CRLF, CR and the Unicode line and paragraph separators. */
const lineBreaks = ['\n', '\r\n', '\r', '\u2028', '\u2029']

/** A run of anything: any code point, or printable text in any script. */
const anyText = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: 'grapheme', maxLength }))

/**
 * Text a delegate might type, at its most hostile: lines made of hostile lines and anything else
 * run together, ended by any kind of line break.
 */
export function hostileText(): fc.Arbitrary<string> {
  const piece = fc.oneof(fc.constantFrom(...hostileLines), anyText(8))
  const line = fc.array(piece, { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join(''))
  return fc
    .array(fc.tuple(line, fc.constantFrom(...lineBreaks)), { maxLength: 10 })
    .map((lines) => lines.map(([text, end]) => text + end).join(''))
}

/** A note as typed: anything at all, or {@link hostileText}. */
export function typedNote(): fc.Arbitrary<string> {
  return fc.oneof(anyText(40), hostileText())
}
