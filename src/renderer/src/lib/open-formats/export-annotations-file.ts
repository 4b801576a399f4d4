/**
 * "Export annotations…" in the Your data dialog: every stored annotation as a W3C Web Annotation
 * collection, each on its document (the shipped summary or an imported one), as the file the
 * save dialog is asked to write (its name, its text, its kind).
 */
import type { SaveTextFileRequest } from '@shared/bridge'
import type { Annotation } from '../annotations/annotation'
import { webAnnotationFileName } from '../backup/describe-restore'
import type { MeetingDocument } from '../document/meeting-document'
import type { ImportedDocument } from '../library/library-document'
import { meetingDocumentUri } from './document-uri'
import { exportedDocument, toWebAnnotationCollection } from './web-annotation-export'

/**
 * The file of `annotations` exported at `now`: "CND67-annotations-2024-03-10.json". `documents`
 * are the imported documents of the library, in its order (none: every annotation is taken to be
 * on the shipped summary or on a document the library no longer has).
 */
export function annotationExportFile(
  annotations: readonly Annotation[],
  meeting: MeetingDocument,
  now: Date,
  documents: readonly ImportedDocument[] = []
): SaveTextFileRequest {
  const collection = toWebAnnotationCollection(annotations, {
    documentUri: meetingDocumentUri(meeting),
    documentTitle: meeting.title,
    now,
    paragraphs: meeting.paragraphs,
    documents: documents.map(exportedDocument)
  })
  return {
    suggestedName: webAnnotationFileName(now),
    content: `${JSON.stringify(collection, null, 2)}\n`,
    kind: 'json'
  }
}
