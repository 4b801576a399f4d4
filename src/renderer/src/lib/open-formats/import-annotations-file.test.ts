/**
 * "Import annotations…": a picked Web Annotation file read in its own format's words, the remarks
 * a delegate reads before merging, and the merge planned against what is stored.
 */
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../annotations/annotation'
import type { BackupData } from '../backup/backup-format'
import { planRestore } from '../backup/restore-plan'
import { pickedFile } from '@test-support/restore-fixtures'
import {
  annotation,
  ewaHighlight,
  exportOptions,
  fixtureId,
  importOptions,
  paragraphs,
  passageSinceRemoved
} from '@test-support/web-annotation-fixtures'
import { importRemarks, readAnnotationFile } from './import-annotations-file'
import { toWebAnnotationCollection } from './web-annotation-export'

/** A notebook with nothing stored, which must not be asked to restore. */
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

/** An annotation on a passage the text no longer has. */
function orphan(): Annotation {
  return annotation({
    id: fixtureId(7),
    paragraph: 47,
    target: passageSinceRemoved()
  })
}

/** The file the app exports for `annotations`, with `extra` items after them. */
function exportedFile(annotations: Annotation[], ...extra: unknown[]): string {
  const collection = toWebAnnotationCollection(annotations, exportOptions)
  collection.first?.items.push(...(extra as never[]))
  return JSON.stringify(collection)
}

describe('readAnnotationFile', () => {
  it('reads an export and plans a merge only, saying what it holds and what it left out', async () => {
    const file = pickedFile(
      exportedFile([ewaHighlight(), orphan()], { type: 'Annotation' }),
      'CND67-annotations-2024-03-20.json'
    )
    const read = await readAnnotationFile(emptyNotebook, file, paragraphs, importOptions())
    if (!read.ok) throw new Error(read.error)
    expect(read.value).toMatchObject({
      source: 'CND67-annotations-2024-03-20.json',
      contents: '2 annotations, 0 session notes, 0 agenda items',
      modes: ['merge'],
      remarks: [
        '1 of them could not be placed in the text; they are kept as orphaned annotations with their quote.',
        'Annotation 3 is left out: It has no target, so there is nothing to attach it to.'
      ]
    })
    expect(read.value.data.annotations).toStrictEqual([ewaHighlight(), orphan()])
    expect(read.value.plans.merge?.totals.added).toBe(2)
  })

  it('refuses a file over 50 MB as an annotation file, never as a backup', async () => {
    const read = await readAnnotationFile(
      emptyNotebook,
      pickedFile(new Uint8Array(60_000_000)),
      paragraphs,
      importOptions()
    )
    expect(read).toEqual({
      ok: false,
      error: 'The file is too large to be an annotation file (60 MB).'
    })
  })

  it('refuses bytes that are not UTF-8 as a Web Annotation file, never as a backup', async () => {
    const read = await readAnnotationFile(
      emptyNotebook,
      pickedFile(new Uint8Array([0x5b, 0xff, 0x5d])),
      paragraphs,
      importOptions()
    )
    expect(read).toEqual({
      ok: false,
      error:
        'This file is not UTF-8 text, so it is not a Web Annotation file. It may be damaged, or another kind of file.'
    })
  })
})

describe('importRemarks', () => {
  it('says nothing of a file read as written', () => {
    expect(
      importRemarks([{ annotation: ewaHighlight(), placement: 'as-given', corrections: [] }], [])
    ).toEqual([])
  })

  it('counts orphans first, then lists what was left out (from 1), then what was changed', () => {
    expect(
      importRemarks(
        [
          { annotation: orphan(), placement: 'orphaned', corrections: ['Its colour was changed.'] },
          { annotation: orphan(), placement: 'orphaned', corrections: [] }
        ],
        [{ index: 0, reason: 'It has no target.' }]
      )
    ).toEqual([
      '2 of them could not be placed in the text; they are kept as orphaned annotations with their quote.',
      'Annotation 1 is left out: It has no target.',
      'Its colour was changed.'
    ])
  })
})
