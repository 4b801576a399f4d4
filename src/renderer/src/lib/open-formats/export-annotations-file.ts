/**
 * "Export annotations…" in the Your data dialog: every stored annotation as a W3C Web Annotation
 * collection on the meeting's text, as the file the save dialog is asked to write (its name, its
 * text, its kind), and what the dialog says once the file is saved.
 */
import type { SavedFile, SaveTextFileRequest } from '@shared/bridge'
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

/**
 * What the dialog says once `what` ("Backup", "Annotations") is saved: where, if the platform
 * says; nothing (null) if the delegate cancelled the save dialog.
 */
export function savedFileMessage(saved: SavedFile, what: string): string | null {
  if (!saved.saved) return null
  return saved.path ? `${what} saved to ${saved.path}.` : `${what} saved.`
}
