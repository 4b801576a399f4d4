/**
 * Who spoke in the meeting and who attended it: each speaker with the paragraphs they speak in,
 * each State on the attendance list with whether, and where, it took the floor, and the States
 * that spoke without being on the list.
 */
import { citation, paragraphsCitation } from '../document/citation'
import type { Paragraph, Speaker } from '../document/meeting-document'

/** A speaker and the paragraphs where they speak. */
export interface SpeakerOverview extends Speaker {
  /** In document order. */
  paragraphs: number[]
}

/** A State on the attendance list and its interventions. */
export interface AttendanceOverview {
  /** As the attendance list spells it. */
  name: string
  /** Whether it speaks in any paragraph. */
  spoke: boolean
  /** The paragraphs where it speaks, in document order. */
  paragraphs: number[]
}

/** The speakers and the attendance list, side by side. */
export interface MemberStatesOverview {
  /** Member States sorted by name, then presenters in the order they first speak. */
  speakers: SpeakerOverview[]
  /** The States attending, in the attendance list's order. */
  attendance: AttendanceOverview[]
  /** The paragraph holding the attendance list. */
  attendanceParagraph: number
  /** Member States that speak but are not on the attendance list (Peru), sorted by name. */
  spokeWithoutAttending: SpeakerOverview[]
}

/** Member States sorted as a delegate reads names: alphabetically, ignoring case and accents. */
const nameCollator = new Intl.Collator('en', { sensitivity: 'base' })

/**
 * Each speaker with their paragraphs, and each attending State with its own. A State that spoke
 * without being on the attendance list (Peru) is among the speakers, and listed apart so that the
 * view can say why it is missing from the attendance.
 */
export function memberStatesOverview(document: {
  paragraphs: readonly Pick<Paragraph, 'number' | 'speaker'>[]
  attendance: readonly string[]
  attendanceParagraph: number
}): MemberStatesOverview {
  const bySpeaker = new Map<string, SpeakerOverview>()
  for (const { number, speaker } of document.paragraphs) {
    if (!speaker) continue
    const key = `${speaker.kind}:${speaker.name}`
    const known = bySpeaker.get(key)
    if (known) known.paragraphs.push(number)
    else bySpeaker.set(key, { name: speaker.name, kind: speaker.kind, paragraphs: [number] })
  }
  const speakers = [...bySpeaker.values()]
  const memberStates = speakers
    .filter((speaker) => speaker.kind === 'member-state')
    .sort((a, b) => nameCollator.compare(a.name, b.name))
  const presenters = speakers.filter((speaker) => speaker.kind === 'presenter')
  return {
    speakers: [...memberStates, ...presenters],
    attendance: document.attendance.map((name) => {
      const paragraphs = [...(bySpeaker.get(`member-state:${name}`)?.paragraphs ?? [])]
      return { name, spoke: paragraphs.length > 0, paragraphs }
    }),
    attendanceParagraph: document.attendanceParagraph,
    spokeWithoutAttending: memberStates.filter((state) => !document.attendance.includes(state.name))
  }
}

/**
 * Why a State that spoke is missing from the attendance: "Peru spoke (para. 65) but is not in the
 * attendance list of para. 6."
 */
export function notAttendingExplanation(
  state: Pick<SpeakerOverview, 'name' | 'paragraphs'>,
  attendanceParagraph: number
): string {
  return (
    `${state.name} spoke (${paragraphsCitation(state.paragraphs)}) but is not in the ` +
    `attendance list of ${citation(attendanceParagraph)}.`
  )
}
