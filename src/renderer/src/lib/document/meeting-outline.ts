/**
 * The meeting summary's outline (section tree and paragraph count), which start-up needs before
 * the notes load; a few hundred bytes where the whole parsed text (meeting-text.ts) is a hundred
 * kilobytes. Both come from the same parse at build (see scripts/meeting-document-plugin.ts).
 */
import outline from 'virtual:meeting-outline'
import type { MeetingOutline } from './meeting-document'

/** The section tree and paragraph count of the meeting summary. */
export const meetingOutline: MeetingOutline = outline
