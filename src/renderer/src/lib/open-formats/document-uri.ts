/**
 * The stable address that Web Annotation exports give the meeting summary as their target's
 * source. The document has no URL of its own that every copy shares, so it is a URN built from
 * what identifies it: the meeting and the date the summary was issued.
 */
import type { MeetingDocument } from '../document/meeting-document'

/** "urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16" for the summary of 16 February 2024. */
export function meetingDocumentUri(meeting: MeetingDocument): string {
  return `urn:cnd67-notes:unodc-egm-synthetic-drugs:${meeting.header.date}`
}
