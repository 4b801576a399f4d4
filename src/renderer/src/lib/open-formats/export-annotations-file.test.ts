/** "Export annotations…": the file offered to the save dialog. */
import { describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { canadaNote, ewaHighlight, exportOptions } from '@test-support/web-annotation-fixtures'
import { annotationExportFile } from './export-annotations-file'
import { toWebAnnotationCollection } from './web-annotation-export'

const now = new Date(2024, 2, 20, 12, 0)

describe('annotationExportFile', () => {
  it('offers the collection on the meeting, dated in the file name, as indented JSON', () => {
    const annotations = [canadaNote(), ewaHighlight()]
    const file = annotationExportFile(annotations, meetingDocument, now)
    expect(file.suggestedName).toBe('CND67-annotations-2024-03-20.json')
    expect(file.kind).toBe('json')
    expect(file.content.endsWith('}\n')).toBe(true)
    const expected = toWebAnnotationCollection(annotations, {
      ...exportOptions,
      documentUri: `urn:cnd67-notes:unodc-egm-synthetic-drugs:${meetingDocument.header.date}`,
      documentTitle: meetingDocument.title,
      now
    })
    expect(file.content).toBe(`${JSON.stringify(expected, null, 2)}\n`)
  })

  it('exports no annotations as an empty collection on the meeting', () => {
    const collection = JSON.parse(annotationExportFile([], meetingDocument, now).content)
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 0 })
    expect(collection.label).toBe(`Annotations on “${meetingDocument.title}”`)
  })
})
