/**
 * Web Annotations across the library: each annotation's target source names its document (the
 * summary's URN, an imported document's symbol or file checksum), the import places each on the
 * document of the library its source names, and an export of annotations on imported documents
 * imports back exactly; one on a document the library does not have is left out with the reason.
 */
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../annotations/annotation'
import { meetingDocument } from '../document/meeting-text'
import type { ImportedDocument } from '../library/library-document'
import {
  annotationOnReport,
  fixtureImportedDocument,
  fixtureNotesDocument
} from '@test-support/library-fixtures'
import {
  canadaNote,
  ewaHighlight,
  exportOptions,
  importOptions,
  paragraphs
} from '@test-support/web-annotation-fixtures'
import { pickedFile } from '@test-support/restore-fixtures'
import { planRestore } from '../backup/restore-plan'
import type { BackupData } from '../backup/backup-format'
import {
  documentIdUri,
  documentNamedBy,
  importedDocumentUri,
  meetingDocumentUri,
  sha256Uri,
  symbolUri
} from './document-uri'
import { annotationExportFile } from './export-annotations-file'
import { readAnnotationFile } from './import-annotations-file'
import {
  exportedDocument,
  toWebAnnotationCollection,
  type WebAnnotation
} from './web-annotation-export'
import { fromWebAnnotationCollection } from './web-annotation-import'

const report = fixtureImportedDocument()
const notes = fixtureNotesDocument()
const library = { shippedUri: exportOptions.documentUri, documents: [report, notes] }

/** A note on the whole of the side-event notes' first paragraph. */
function noteOnNotes(): Annotation {
  return annotationOnReport({
    id: '00000000-0000-4000-8000-000000000201',
    documentId: notes.id,
    paragraph: 1,
    target: null,
    note: 'Ask the organisers for the slides.',
    tags: []
  })
}

/** The items a collection exports, in order. */
function itemsOf(annotations: Annotation[], documents: ImportedDocument[]): WebAnnotation[] {
  const collection = toWebAnnotationCollection(annotations, {
    ...exportOptions,
    documents: documents.map(exportedDocument)
  })
  return collection.first?.items ?? []
}

describe('document URNs', () => {
  it('names a document by its symbol, else by its file’s checksum', () => {
    expect(symbolUri('E/CN.7/2024/99')).toBe('urn:un:symbol:E%2FCN.7%2F2024%2F99')
    expect(importedDocumentUri(report)).toBe('urn:un:symbol:E%2FCN.7%2F2024%2F99')
    expect(importedDocumentUri(notes)).toBe(`urn:sha256:${notes.original.sha256}`)
    expect(importedDocumentUri(notes)).toMatch(/^urn:sha256:[0-9a-f]{64}$/u)
    expect(meetingDocumentUri(meetingDocument)).toBe(
      `urn:cnd67-notes:unodc-egm-synthetic-drugs:${meetingDocument.header.date}`
    )
  })

  it('finds the document a URN names, by any of its symbols, its checksum or its id', () => {
    const shipped = exportOptions.documentUri
    const twoSymbols = fixtureImportedDocument({ id: 'two' })
    twoSymbols.document = {
      ...twoSymbols.document,
      header: { ...twoSymbols.document.header, symbols: ['A/RES/99/1', 'S/2099/1'] }
    }
    const documents = [report, notes, twoSymbols]
    expect(documentNamedBy(shipped, shipped, documents)).toBe('summary')
    expect(documentNamedBy('URN:UN:SYMBOL:E%2FCN.7%2F2024%2F99', shipped, documents)).toBe(
      report.id
    )
    expect(documentNamedBy(symbolUri('S/2099/1'), shipped, documents)).toBe('two')
    expect(
      documentNamedBy(sha256Uri(notes.original.sha256.toUpperCase()), shipped, documents)
    ).toBe(notes.id)
    expect(documentNamedBy(documentIdUri(notes.id), shipped, documents)).toBe(notes.id)
    expect(documentNamedBy(symbolUri('E/CN.7/2024/1'), shipped, documents)).toBeNull()
    expect(documentNamedBy('urn:un:symbol:%E0%A4%A', shipped, documents)).toBeNull()
    expect(documentNamedBy('https://example.org/report.pdf', shipped, documents)).toBeNull()
  })
})

describe('toWebAnnotationCollection across the library', () => {
  it('gives each target its document as source, the summary first, then the library’s order', () => {
    const items = itemsOf([noteOnNotes(), annotationOnReport(), canadaNote()], [report, notes])
    expect(items.map((item) => [item.id, item.target.source, item.target.selector.value])).toEqual([
      [`urn:uuid:${canadaNote().id}`, exportOptions.documentUri, 'para-60'],
      [`urn:uuid:${annotationOnReport().id}`, 'urn:un:symbol:E%2FCN.7%2F2024%2F99', 'para-2'],
      [`urn:uuid:${noteOnNotes().id}`, `urn:sha256:${notes.original.sha256}`, 'para-1']
    ])
    expect(items[1].target.selector.refinedBy).toEqual([
      annotationOnReport().target?.quote,
      annotationOnReport().target?.position
    ])
  })

  it('labels a collection on several documents by their number', () => {
    const collection = toWebAnnotationCollection([annotationOnReport(), ewaHighlight()], {
      ...exportOptions,
      documents: [exportedDocument(report)]
    })
    expect(collection.label).toBe('Annotations on 2 documents')
  })

  it('exports an annotation on a document the library no longer has by the document’s id, last', () => {
    const items = itemsOf([annotationOnReport(), ewaHighlight()], [notes])
    expect(items.map((item) => item.target.source)).toEqual([
      exportOptions.documentUri,
      `urn:cnd67-notes:document:${report.id}`
    ])
    expect(items[1].target.selector.refinedBy?.[0]).toEqual(annotationOnReport().target?.quote)
  })

  it('is what the Data dialog saves, given the library’s documents', () => {
    const now = new Date(Date.UTC(2024, 2, 20, 12, 0))
    const file = annotationExportFile([annotationOnReport()], meetingDocument, now, [report])
    const collection = JSON.parse(file.content) as { first: { items: WebAnnotation[] } }
    expect(collection.first.items[0].target.source).toBe('urn:un:symbol:E%2FCN.7%2F2024%2F99')
  })
})

describe('fromWebAnnotationCollection across the library', () => {
  it('imports back exactly what was exported on imported documents and the summary', () => {
    const annotations = [canadaNote(), annotationOnReport(), noteOnNotes()]
    const json: unknown = JSON.parse(
      JSON.stringify(
        toWebAnnotationCollection(annotations, {
          ...exportOptions,
          documents: [report, notes].map(exportedDocument)
        })
      )
    )
    const result = fromWebAnnotationCollection(json, paragraphs, { ...importOptions(), library })
    if (!result.ok) throw new Error(result.error)
    expect(result.skipped).toEqual([])
    expect(result.annotations.map((entry) => entry.placement)).toEqual([
      'as-given',
      'as-given',
      'as-given'
    ])
    expect(result.annotations.map((entry) => entry.annotation)).toEqual(annotations)
  })

  it('re-anchors by quote in the document its source names', () => {
    // Exported on paragraph 3 with only its quote: it is found in paragraph 2 of the report.
    const [item] = itemsOf([annotationOnReport()], [report])
    const quoteOnly = {
      ...item,
      target: {
        source: item.target.source,
        selector: {
          type: 'FragmentSelector',
          value: 'para-3',
          refinedBy: [{ type: 'TextQuoteSelector', exact: 'seizures of precursors' }]
        }
      }
    }
    const result = fromWebAnnotationCollection([quoteOnly], paragraphs, {
      ...importOptions(),
      library
    })
    if (!result.ok) throw new Error(result.error)
    expect(result.annotations[0]).toMatchObject({
      placement: 'by-quote',
      annotation: { documentId: report.id, paragraph: 2, target: annotationOnReport().target }
    })
  })

  it('leaves out an annotation on a document the library does not have, in the import’s remarks', async () => {
    const exported = annotationExportFile(
      [annotationOnReport(), canadaNote()],
      meetingDocument,
      new Date(Date.UTC(2024, 2, 20, 12, 0)),
      [report]
    )
    const emptyNotebook = {
      planRestore: (data: BackupData, mode: 'merge' | 'replace') =>
        Promise.resolve(
          planRestore(
            {
              annotations: [],
              sessionNotes: [],
              agendaItems: [],
              statements: [],
              settings: [],
              documents: []
            },
            data,
            mode
          )
        ),
      restore: () => Promise.reject(new Error('Nothing is restored before the delegate confirms'))
    }
    const read = await readAnnotationFile(
      emptyNotebook,
      pickedFile(exported.content),
      meetingDocument.paragraphs,
      {
        ...importOptions(),
        library: { shippedUri: meetingDocumentUri(meetingDocument), documents: [notes] }
      }
    )
    if (!read.ok) throw new Error(read.error)
    expect(read.value.contents).toBe('1 annotation, 0 session notes, 0 agenda items')
    expect(read.value.remarks).toEqual([
      'Annotation 2 is left out: It is on a document that is not in your library, E/CN.7/2024/99 (urn:un:symbol:E%2FCN.7%2F2024%2F99). Open that document, then import the file again.'
    ])
  })
})
