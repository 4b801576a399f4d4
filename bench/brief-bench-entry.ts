/**
 * What `npm run bench` times of the brief, loaded through Vite so that it runs the app's own
 * modules and meeting text: building the brief from a year's worth of notes.
 */
import type { Annotation, HighlightColor } from '../src/renderer/src/lib/annotations/annotation'
import { defaultColorLabels, highlightColors } from '../src/renderer/src/lib/annotations/annotation'
import { describePassage } from '../src/renderer/src/lib/annotations/anchor-text'
import { buildBrief, defaultBriefOptions } from '../src/renderer/src/lib/brief/build-brief'
import { meetingDocument } from '../src/renderer/src/lib/document/meeting-text'
import { agendaItemOfDocument } from '../src/renderer/src/lib/follow-ups/agenda-item'
import { followUpPriorities, followUpStatuses } from '../src/renderer/src/lib/follow-ups/follow-up'
import type { SessionNote } from '../src/renderer/src/lib/session-notes/session-note'

const agendaItem = agendaItemOfDocument(meetingDocument.header.agendaItem)

/**
 * `count` annotations spread over every paragraph as the annotations benchmark seeds them: four
 * in five highlight a run of words, one in five is a note on the whole paragraph; one in four is
 * a follow-up, one in three carries tags.
 */
export function benchAnnotations(count: number): Annotation[] {
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
      note:
        index % 3 === 0
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

function benchSessionNotes(count: number): SessionNote[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `20000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    title: `Meeting ${index}`,
    body: `- Met the delegation\n- Follow up on **item 6**`,
    agendaItemId: agendaItem.id,
    sessionDay: `2024-03-${String(14 + (index % 9)).padStart(2, '0')}`,
    tags: [],
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z'
  }))
}

/** Milliseconds to build the brief `runs` times with `annotationCount` annotations, each run. */
export function timeBriefBuilds(annotationCount: number, runs: number): number[] {
  const input = {
    meeting: meetingDocument,
    annotations: benchAnnotations(annotationCount),
    sessionNotes: benchSessionNotes(Math.round(annotationCount / 50)),
    agendaItems: [agendaItem],
    colorLabels: defaultColorLabels
  }
  const now = () => new Date('2024-03-10T08:00:00.000Z')
  const times: number[] = []
  // One unmeasured build warms the engine, as a delegate's second export would find it.
  buildBrief(input, defaultBriefOptions, now)
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    buildBrief(input, defaultBriefOptions, now)
    times.push(performance.now() - start)
  }
  return times
}
