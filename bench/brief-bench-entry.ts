/**
 * What `npm run bench` times of the brief, loaded through Vite so that it runs the app's own
 * modules and meeting text: building the brief from a year's worth of notes, in Markdown and as
 * a Word document. The scale figures
 * also take their stored records from here, so that the app and the brief see the same notes.
 */
import type { Annotation, HighlightColor } from '../src/renderer/src/lib/annotations/annotation'
import { defaultColorLabels, highlightColors } from '../src/renderer/src/lib/annotations/annotation'
import { describePassage } from '../src/renderer/src/lib/annotations/anchor-text'
import { buildBriefModel } from '../src/renderer/src/lib/brief/brief-model'
import { briefWord } from '../src/renderer/src/lib/brief/brief-word'
import { buildBrief, defaultBriefOptions } from '../src/renderer/src/lib/brief/build-brief'
import { meetingDocument } from '../src/renderer/src/lib/document/meeting-text'
import { agendaItemOfDocument } from '../src/renderer/src/lib/follow-ups/agenda-item'
import { followUpPriorities, followUpStatuses } from '../src/renderer/src/lib/follow-ups/follow-up'
import type { SessionNote } from '../src/renderer/src/lib/session-notes/session-note'

const agendaItem = agendaItemOfDocument(meetingDocument.header.agendaItem)

/** Sentences that varied notes are made of, in the words delegates use about this document. */
const noteSentences = [
  'Check the language on precursors with the delegation before the informal consultations.',
  'Canada asked for the early warning advisory to cover non-scheduled substances too.',
  'Türkiye raised the capacity of forensic laboratories; raise under **item 6**.',
  'Our position: support, provided the wording on designer precursors stays as it is.',
  'Ask UNODC for the figures on seizures of fentanyl analogues since 2022.',
  'Mexico and Peru would rather see voluntary guidance than a new scheduling procedure.',
  '- Compare with para. 12\n- Brief the head of delegation on Monday',
  'The expert group could not agree here; expect a long discussion in the Committee of the Whole.',
  'Iran (Islamic Republic of) stressed international cooperation on controlled deliveries.'
]

/** A note of one to nine sentences, or none for one annotation in three. */
function variedNote(index: number): string {
  if (index % 3 === 0) return ''
  const sentences = 1 + ((index * 5) % 9)
  return Array.from(
    { length: sentences },
    (_, sentence) => noteSentences[(index + sentence * 4) % noteSentences.length]
  ).join(' ')
}

/**
 * `count` annotations spread over every paragraph as the annotations benchmark seeds them: four
 * in five highlight a run of words, one in five is a note on the whole paragraph; one in four is
 * a follow-up, one in three carries tags. With `varied`, notes run from none to a paragraph long
 * rather than all being the same line.
 */
export function benchAnnotations(count: number, varied = false): Annotation[] {
  const annotations: Annotation[] = []
  for (let index = 0; index < count; index++) {
    const paragraph = meetingDocument.paragraphs[index % meetingDocument.paragraphs.length]
    const words = [...paragraph.text.matchAll(/\S+/g)]
    const first = words[(index * 7) % words.length]
    const last = words[Math.min(words.length - 1, ((index * 7) % words.length) + 1 + (index % 5))]
    const start = first.index ?? 0
    const end = (last.index ?? 0) + last[0].length
    const time = new Date(Date.UTC(2024, 1, 20) + index * 60_000).toISOString()
    annotations.push({
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      paragraph: paragraph.number,
      target: index % 5 === 4 ? null : describePassage(paragraph.text, start, end),
      color: highlightColors[index % highlightColors.length] as HighlightColor,
      note: varied
        ? variedNote(index)
        : index % 3 === 0
          ? ''
          : `Point ${index} to raise under **item 6**; check with the delegation.`,
      tags: index % 3 === 1 ? ['Precursors', `Topic ${index % 7}`] : [],
      followUp:
        index % 4 === 0
          ? {
              action: `Raise point ${index} with the delegation`,
              status: followUpStatuses[index % followUpStatuses.length],
              priority: followUpPriorities[index % followUpPriorities.length],
              due: `2024-03-${String(14 + (index % 9)).padStart(2, '0')}`,
              agendaItemId: agendaItem.id,
              counterparts: ['France']
            }
          : null,
      position: null,
      createdAt: time,
      updatedAt: time
    })
  }
  return annotations
}

/**
 * The body of a varied session note: a heading, then 150 to 450 words of prose and lists that
 * cite paragraphs, as a delegate's notes of a meeting run.
 */
function variedSessionNoteBody(index: number): string {
  const words = 150 + ((index * 37) % 301)
  const lines = [`## Meeting ${index}: points for the delegation`]
  let written = 0
  for (let line = 0; written < words; line++) {
    const sentence = noteSentences[(index + line * 2) % noteSentences.length]
    const cited = 1 + ((index + line * 13) % meetingDocument.paragraphs.length)
    const text =
      line % 4 === 3 ? `- See para. ${cited}: ${sentence}` : `${sentence} (para. ${cited})`
    lines.push(text)
    written += text.split(/\s+/).length
  }
  return lines.join('\n')
}

/**
 * `count` session notes, one for each meeting. With `varied`, each holds a few hundred words and
 * one in four carries tags; otherwise each is the same two lines.
 */
export function benchSessionNotes(count: number, varied = false): SessionNote[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `20000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    title: `Meeting ${index}`,
    body: varied ? variedSessionNoteBody(index) : `- Met the delegation\n- Follow up on **item 6**`,
    agendaItemId: agendaItem.id,
    sessionDay: `2024-03-${String(14 + (index % 9)).padStart(2, '0')}`,
    tags: varied && index % 4 === 0 ? ['Precursors'] : [],
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z'
  }))
}

/** What a brief is built from: how many annotations and session notes, and whether notes vary. */
export interface BriefSize {
  annotations: number
  /** One for every 50 annotations unless given. */
  sessionNotes?: number
  varied?: boolean
}

/**
 * Milliseconds to build the brief `runs` times for each of `sizes`: one list of times per size.
 * Each run builds every size in turn, so that a slower moment of the machine affects all alike.
 */
export function timeBriefBuilds(sizes: readonly BriefSize[], runs: number): number[][] {
  const inputs = briefInputs(sizes)
  const now = briefClock
  // One unmeasured build of each warms the engine, as a delegate's second export would find it.
  for (const input of inputs) buildBrief(input, defaultBriefOptions, now)
  const times: number[][] = inputs.map(() => [])
  for (let run = 0; run < runs; run++) {
    inputs.forEach((input, size) => {
      const start = performance.now()
      buildBrief(input, defaultBriefOptions, now)
      times[size].push(performance.now() - start)
    })
  }
  return times
}

/**
 * Milliseconds to make the Word brief `runs` times for each of `sizes`, as Save Word makes it:
 * the model built, rendered with `docx` and packed into the bytes of a .docx file.
 */
export async function timeWordBriefBuilds(
  sizes: readonly BriefSize[],
  runs: number
): Promise<number[][]> {
  const inputs = briefInputs(sizes)
  const word = (input: (typeof inputs)[number]) =>
    briefWord(buildBriefModel(input, defaultBriefOptions, briefClock), {
      marking: 'For official use only'
    })
  for (const input of inputs) await word(input)
  const times: number[][] = inputs.map(() => [])
  for (let run = 0; run < runs; run++) {
    for (const [size, input] of inputs.entries()) {
      const start = performance.now()
      await word(input)
      times[size].push(performance.now() - start)
    }
  }
  return times
}

/** The clock every benchmarked brief is exported by. */
const briefClock = () => new Date('2024-03-10T08:00:00.000Z')

/** What the brief of each size is built from. */
function briefInputs(sizes: readonly BriefSize[]) {
  return sizes.map((size) => ({
    meeting: meetingDocument,
    annotations: benchAnnotations(size.annotations, size.varied),
    sessionNotes: benchSessionNotes(
      size.sessionNotes ?? Math.round(size.annotations / 50),
      size.varied
    ),
    agendaItems: [agendaItem],
    colorLabels: defaultColorLabels
  }))
}
