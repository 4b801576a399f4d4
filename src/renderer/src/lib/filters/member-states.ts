/**
 * Who spoke in the meeting and who attended it: each speaker with the paragraphs they speak in,
 * and each State on the attendance list with whether, and where, it took the floor.
 */
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
}

/** Member States sorted as a delegate reads names: alphabetically, ignoring case and accents. */
const nameCollator = new Intl.Collator('en', { sensitivity: 'base' })

/**
 * Each speaker with their paragraphs, and each attending State with its own. A State that spoke
 * without being on the attendance list (Peru) is among the speakers only.
 */
export function memberStatesOverview(document: {
  paragraphs: readonly Pick<Paragraph, 'number' | 'speaker'>[]
  attendance: readonly string[]
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
    })
  }
}
