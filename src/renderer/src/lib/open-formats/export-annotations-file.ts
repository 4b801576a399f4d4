/**
 * "Export annotations…" in the Your data dialog: every stored annotation as a W3C Web Annotation
 * collection on the meeting's text, as the file the save dialog is asked to write (its name, its
 * text, its kind).
 */
import type { SaveTextFileRequest } from '@shared/bridge'
import type { Annotation } from '../annotations/annotation'
import { webAnnotationFileName } from '../backup/describe-restore'
import type { MeetingDocument } from '../document/meeting-document'
import { meetingDocumentUri } from './document-uri'
import { toWebAnnotationCollection } from './web-annotation-export'

/** The file of `annotations` exported at `now`: "CND67-annotations-2024-03-10.json". */
export function annotationExportFile(
  annotations: readonly Annotation[],
  meeting: MeetingDocument,
  now: Date
): SaveTextFileRequest {
  const collection = toWebAnnotationCollection(annotations, {
    documentUri: meetingDocumentUri(meeting),
    documentTitle: meeting.title,
    now,
    paragraphs: meeting.paragraphs
  })
  return {
    suggestedName: webAnnotationFileName(now),
    content: `${JSON.stringify(collection, null, 2)}\n`,
    kind: 'json'
  }
}
