import { describe, expect, it } from 'vitest'
import { nodePdfEngine, unDocumentFixture } from '@test-support/un-documents/fixtures'
import { importDocumentFile } from '../document-import/read-document-file'
import { sourceFromText } from '../document/un-document/source-from-text'
import { parseUnDocument } from '../document/un-document/parse-un-document'
import { meetingOfDocument } from './meeting-of-document'

describe('meetingOfDocument', () => {
  it('keeps the paragraphs, their items and the section tree of the imported report', async () => {
    const report = await importDocumentFile(
      { name: 'report.pdf', bytes: unDocumentFixture('fictitious-report.pdf') },
      { pdfEngine: nodePdfEngine }
    )
    const meeting = meetingOfDocument(report, 'report.pdf')
    expect(meeting.title).toBe(report.title)
    expect(meeting.paragraphs.map((paragraph) => paragraph.text)).toEqual(
      report.paragraphs.map((paragraph) => paragraph.text)
    )
    expect(meeting.paragraphs.map((paragraph) => paragraph.items)).toEqual(
      report.paragraphs.map((paragraph) => paragraph.items)
    )
    expect(meeting.sections.map((section) => section.id)).toEqual(
      report.sections.map((section) => section.id)
    )
    expect(meeting.paragraphs.every((paragraph) => paragraph.session === null)).toBe(true)
    expect(meeting.header.date).toBe(report.header.date)
  })

  it('names a document without a title by the fallback and leaves what was not printed empty', () => {
    const notes = parseUnDocument(sourceFromText('A note.\n\nFirst block.\n\nSecond block.'))
    const meeting = meetingOfDocument({ ...notes, title: '' }, 'my-notes.txt')
    expect(meeting.title).toBe('my-notes.txt')
    expect(meeting.paragraphs.map((paragraph) => paragraph.number)).toEqual(
      notes.paragraphs.map((paragraph) => paragraph.number)
    )
    expect(meeting.paragraphs.length).toBeGreaterThan(0)
    expect(meeting.header).toEqual({
      dateText: '',
      date: '',
      original: '',
      body: { name: '', session: '', placeAndDates: '' },
      agendaItem: { label: '', number: 0, title: '', footnote: '' }
    })
    expect(meeting.attendance).toEqual([])
  })
})
