/**
 * The meeting summary the app reads from: resources/cnd67-crp-synthetic-drugs-egm-2024.txt as
 * parsed by `parseMeetingText` when the app is built (see scripts/meeting-document-plugin.ts).
 */
import meeting from 'virtual:meeting-document'
import type { MeetingDocument } from './meeting-document'

/** The parsed meeting summary. */
export const meetingDocument: MeetingDocument = meeting
