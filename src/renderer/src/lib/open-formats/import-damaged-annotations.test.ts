/**
 * Damaged and hostile W3C Web Annotation files offered to the Data dialog's own service
 * (import-annotations-file.ts: size, UTF-8, read, remarks, planned and merged through the
 * Notebook), over the app's Dexie database in fake-indexeddb. A file that cannot be read is refused whole with its own message and a SHA-256
 * hash of the whole database is unchanged; a file that can, imports its valid annotation, reports
 * exactly what it left out and why, and changes nothing else. No file reaches Object.prototype.
 */
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Annotation } from '../annotations/annotation'
import { describePassage } from '../annotations/anchor-text'
import { restoreChangesAnything, restorePending } from '../backup/restore-from-file'
import type { RestoreCounts } from '../backup/restore-plan'
import { notebookWithFixtureData, pickedFile } from '@test-support/restore-fixtures'
import { fixtureAnnotation } from '@test-support/backup-fixtures'
import { meetingDocument } from '../document/meeting-text'
import type { Notebook } from '../notebook/Notebook.svelte'
import { databaseDigest, prototypeKeys } from '@test-support/database-digest'
import type { NotesDatabase } from '../storage/database'
import { readAnnotationFile } from './import-annotations-file'
import { toWebAnnotationCollection } from './web-annotation-export'

const paragraphs = meetingDocument.paragraphs

/** The one good annotation of every file: paragraph 60's "early warning systems", as exported. */
const goodId = '00000000-0000-4000-8000-00000000a001'
function goodAnnotation(): Annotation {
  return fixtureAnnotation({
    id: goodId,
    target: describePassage(paragraphs[59].text, 38, 59),
    note: 'Imported from another laptop'
  })
}

/** A file as a test damages it: the exported collection's JSON object. */
interface DamageableCollection {
  [field: string]: unknown
  first: { [field: string]: unknown; items: Record<string, unknown>[] }
}

/** The collection the app exports for {@link goodAnnotation}, as a JSON object. */
function exportedCollection(): DamageableCollection {
  const collection = toWebAnnotationCollection([goodAnnotation()], {
    documentUri: 'urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16',
    documentTitle: meetingDocument.title,
    now: new Date(Date.UTC(2024, 2, 20, 12, 0)),
    paragraphs
  })
  return JSON.parse(JSON.stringify(collection)) as DamageableCollection
}

/** The exported file's text after `damage` has changed its JSON object. */
function damaged(damage: (file: DamageableCollection) => void): string {
  const file = exportedCollection()
  damage(file)
  return JSON.stringify(file)
}

/** The good annotation with, after it, `broken` (each changing a copy of it, with its own id). */
function withBroken(...broken: ((item: Record<string, unknown>) => void)[]): string {
  return damaged((file) => {
    const good = file.first.items[0]
    broken.forEach((change, index) => {
      const item = JSON.parse(JSON.stringify(good)) as Record<string, unknown>
      item.id = `urn:uuid:00000000-0000-4000-8000-00000000b${String(index).padStart(3, '0')}`
      change(item)
      file.first.items.push(item)
    })
  })
}

/** The selectors of an exported item's target: [fragment refined by quote and position]. */
function fragmentOf(item: Record<string, unknown>): {
  value: string
  refinedBy: Record<string, unknown>[]
} {
  return (item.target as { selector: { value: string; refinedBy: Record<string, unknown>[] } })
    .selector
}

/** A UUID of this test's, ending in `suffix`: a001 is the good annotation. */
function uuid(suffix: string): string {
  return `00000000-0000-4000-8000-00000000${suffix}`
}

/** What a file does: refused whole, or its readable annotations merged and the others listed. */
type Outcome =
  { error: string } | { imported: string[]; skipped: [index: number, reason: string][] }

/** The exported file with spaces after it, to make it `size` bytes long. */
function paddedTo(size: number): Uint8Array {
  const bytes = new TextEncoder().encode(damaged(() => undefined))
  const padded = new Uint8Array(size).fill(0x20)
  padded.set(bytes)
  return padded
}

/** `text` as UTF-8 bytes after a byte order mark. */
function withByteOrderMark(text: string): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
}

/** "The file is not JSON, so it is not a Web Annotation file (<V8's words>)." */
const notJson = (detail: string) =>
  `The file is not JSON, so it is not a Web Annotation file (${detail}).`

/** A key no annotation file has, and where. */
const forbiddenKey = (key: string, path: string) =>
  `The file has a “${key}” key (at “${path}”), which annotation files never have, so it was not read.`

/** Why an annotation whose fragment is not `para-N` (with no quote) is left out. */
const namesNoParagraph =
  'Its target (urn:cnd67-notes:unodc-egm-synthetic-drugs:2024-02-16) names no paragraph of the meeting text and quotes no passage of it.'

/** Each file, lazily made, and what importing it does. */
const annotationFiles: [string, () => string | Uint8Array, Outcome][] = [
  ['an empty file', () => '', { error: notJson('Unexpected end of JSON input') }],
  [
    'a file cut off',
    () => damaged(() => undefined).slice(0, 300),
    { error: notJson('Unterminated string in JSON at position 300') }
  ],
  [
    'a byte order mark before a file cut off',
    () => withByteOrderMark(damaged(() => undefined).slice(0, 300)),
    { error: notJson('Unterminated string in JSON at position 300') }
  ],
  [
    'null',
    () => 'null',
    { error: 'The file is not a Web Annotation file: it holds no object or list of annotations.' }
  ],
  [
    'a number',
    () => '42',
    { error: 'The file is not a Web Annotation file: it holds no object or list of annotations.' }
  ],
  [
    'a backup offered as annotations (another format marker)',
    () => JSON.stringify({ format: 'cnd67-notes-backup', version: 1, data: {} }),
    {
      error:
        'The file is not a Web Annotation file: it holds no AnnotationCollection, AnnotationPage, Annotation or list of annotations.'
    }
  ],
  [
    'a misspelt type',
    () => damaged((file) => void (file.type = 'AnnotationColection')),
    {
      error:
        'The file is not a Web Annotation file: it holds no AnnotationCollection, AnnotationPage, Annotation or list of annotations.'
    }
  ],
  [
    'items that are not a list',
    () => damaged((file) => void (file.first.items = 3 as never)),
    {
      error:
        'The file could not be read. first.items: A list of annotations was expected here, not a number.'
    }
  ],
  [
    'a first page kept elsewhere',
    () => damaged((file) => void (file.first = 'https://example.org/page1' as never)),
    {
      error:
        'The collection’s annotations are not in the file: its first page is at “https://example.org/page1”. Export the collection with its annotations included.'
    }
  ],
  [
    'a next page kept elsewhere',
    () => damaged((file) => void (file.first.next = 'https://example.org/page2')),
    {
      error:
        'The file holds only part of the collection: its next page is at “https://example.org/page2”. Export the collection with all its annotations included.'
    }
  ],
  [
    'a "__proto__" key in an annotation',
    () =>
      damaged(() => undefined).replace(
        '"type":"Annotation"',
        '"__proto__":{"polluted":true},"type":"Annotation"'
      ),
    { error: forbiddenKey('__proto__', 'first.items[0].__proto__') }
  ],
  [
    'a "constructor" key at the top',
    () =>
      damaged((file) => void Reflect.set(file, 'constructor', { prototype: { polluted: true } })),
    { error: forbiddenKey('constructor', 'constructor') }
  ],
  [
    'a "prototype" key in a selector',
    () =>
      damaged((file) => {
        fragmentOf(file.first.items[0]).refinedBy[0].prototype = { polluted: true }
      }),
    { error: forbiddenKey('prototype', 'first.items[0].target.selector.refinedBy[0].prototype') }
  ],
  [
    '10,000 nested lists as the file',
    () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    {
      error: `“${'[0]'.repeat(64)}” is nested more than 64 levels deep, far more than an annotation file needs.`
    }
  ],
  [
    '10,000 nested objects in an annotation',
    () =>
      damaged(() => undefined).replace(
        '"type":"Annotation"',
        `"deep":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)},"type":"Annotation"`
      ),
    {
      error: `“first.items[0].deep${'.a'.repeat(60)}” is nested more than 64 levels deep, far more than an annotation file needs.`
    }
  ],
  [
    '20,001 annotations',
    () =>
      damaged((file) => void (file.first.items = new Array(20_001).fill({ type: 'Annotation' }))),
    {
      error:
        'The file could not be read. first.items: There are more than 20,000 annotations, far more than one meeting’s notes.'
    }
  ],
  [
    'a file of 60 MB',
    () => paddedTo(60_000_000),
    { error: 'The file is too large to be an annotation file (60 MB).' }
  ],
  [
    'bytes that are not UTF-8',
    () => {
      const bytes = new TextEncoder().encode(damaged(() => undefined))
      bytes[100] = 0xff
      return bytes
    },
    {
      error:
        'This file is not UTF-8 text, so it is not a Web Annotation file. It may be damaged, or another kind of file.'
    }
  ],
  [
    'paragraphs 0, 88, -1, 1.5 and NaN',
    () =>
      withBroken(
        (item) => void (fragmentOf(item).value = 'para-0'),
        (item) => void (fragmentOf(item).value = 'para-88'),
        ...['para--1', 'para-1.5', 'para-NaN'].map((value) => (item: Record<string, unknown>) => {
          // Without its quote, which would place it anywhere in the text.
          fragmentOf(item).value = value
          fragmentOf(item).refinedBy = []
        })
      ),
    {
      imported: [uuid('a001')],
      skipped: [
        [1, 'It is on paragraph 0, but the meeting text has paragraphs 1 to 87.'],
        [2, 'It is on paragraph 88, but the meeting text has paragraphs 1 to 87.'],
        [3, namesNoParagraph],
        [4, namesNoParagraph],
        [5, namesNoParagraph]
      ]
    }
  ],
  [
    'passages outside their paragraph',
    () =>
      withBroken(
        (item) => {
          fragmentOf(item).refinedBy = [{ type: 'TextPositionSelector', start: 86, end: 5000 }]
        },
        (item) => {
          fragmentOf(item).refinedBy = [{ type: 'TextPositionSelector', start: 60, end: 40 }]
        }
      ),
    {
      imported: [uuid('a001')],
      skipped: [
        [
          1,
          'Its passage (characters 86 to 5000) runs past the end of paragraph 60, which has 683 characters.'
        ],
        [2, 'target.selector.refinedBy[0]: The passage starts after it ends (start 60, end 40).']
      ]
    }
  ],
  [
    'a repeated id',
    () => withBroken((item) => void (item.id = `urn:uuid:${goodId}`)),
    {
      imported: [uuid('a001')],
      skipped: [
        [
          1,
          'It has the same id as an earlier annotation in the file (urn:uuid:00000000-0000-4000-8000-00000000a001).'
        ]
      ]
    }
  ],
  [
    'times that are not times',
    () =>
      withBroken(
        (item) => void (item.created = 'yesterday'),
        (item) => void (item.created = 1710406800)
      ),
    {
      imported: [uuid('a001')],
      skipped: [
        [
          1,
          'created: Its creation time (created) must be a date and time such as 2024-03-14T09:05:00.000Z.'
        ],
        [2, 'created: Its creation time (created) must be text, not a number.']
      ]
    }
  ],
  [
    'wrong types',
    () =>
      withBroken(
        (item) => void (item.body = 7),
        (item) => void (item.motivation = 3),
        (item) => void (item.target = 42)
      ),
    {
      imported: [uuid('a001')],
      skipped: [
        [1, 'body: A body must be an object, not a number.'],
        [2, 'motivation: Its motivation must be text, not a number.'],
        [3, 'target: A target must be an object, not a number.']
      ]
    }
  ],
  [
    'a note over the limit',
    () =>
      withBroken((item) => void (item.body = { type: 'TextualBody', value: 'x'.repeat(100_001) })),
    {
      imported: [uuid('a001')],
      skipped: [[1, 'body.value: The body’s value is longer than 100,000 characters.']]
    }
  ]
]

let db: NotesDatabase
let notebook: Notebook
let digest: string
let prototype: string[]

beforeAll(async () => {
  ;({ db, notebook } = await notebookWithFixtureData('import'))
  digest = await databaseDigest(db)
  prototype = prototypeKeys()
})

afterAll(async () => {
  await db.delete()
})

/**
 * Imports `file` as the dialog does, with ids numbered c001, c002… for those without one, and
 * confirms the merge if it changes anything: the refusal the dialog shows, or the ids of the
 * annotations it read, its remarks and what the merge did.
 */
async function importFile(
  file: string | Uint8Array
): Promise<{ error: string } | { imported: string[]; remarks: string[]; totals: RestoreCounts }> {
  let ids = 0
  const read = await readAnnotationFile(notebook.backup, pickedFile(file), paragraphs, {
    newId: () => uuid(`c${String(++ids).padStart(3, '0')}`),
    now: new Date(Date.UTC(2024, 2, 21, 8, 30)),
    knownTags: notebook.tags.all.map((usage) => usage.tag)
  })
  if (!read.ok) return { error: read.error }
  const pending = read.value
  const totals = pending.plans.merge?.totals
  if (!totals) throw new Error('An import is always offered as a merge')
  if (restoreChangesAnything(pending, 'merge'))
    await restorePending(notebook.backup, pending, 'merge')
  const imported = pending.data.annotations.map((annotation) => annotation.id)
  return { imported, remarks: pending.remarks, totals }
}

/** The remark the dialog shows for each annotation left out. */
function leftOut(skipped: readonly [index: number, reason: string][]): string[] {
  return skipped.map(([index, reason]) => `Annotation ${index + 1} is left out: ${reason}`)
}

/**
 * Takes out the annotations an import added, then has the Notebook read what is stored again, so
 * that the database hash can show that nothing else changed.
 */
async function removeImported(ids: readonly string[]): Promise<void> {
  await db.annotations.bulkDelete([...ids])
  await notebook.load()
}

describe('importing a damaged Web Annotation file', () => {
  it(`has at least 15 kinds of damaged file (${annotationFiles.length})`, () => {
    expect(annotationFiles.length).toBeGreaterThanOrEqual(15)
    expect(new Set(annotationFiles.map(([name]) => name)).size).toBe(annotationFiles.length)
  })

  it.each(annotationFiles)(
    '%s',
    async (_, file, outcome) => {
      const result = await importFile(file())
      if ('error' in outcome) {
        expect(result).toEqual({ error: outcome.error })
      } else {
        if ('error' in result) throw new Error(result.error)
        expect(result.remarks).toEqual(leftOut(outcome.skipped))
        expect(result.imported).toEqual(outcome.imported)
        expect(await db.annotations.get(goodId)).toStrictEqual(goodAnnotation())
        await removeImported(outcome.imported)
      }
      expect(await databaseDigest(db)).toBe(digest)
      expect(prototypeKeys()).toEqual(prototype)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      // A file of 60 MB takes seconds to make and decode on a busy machine.
    },
    30_000
  )
})

describe('importing a file with what the app ignores or corrects', () => {
  it('imports its own export exactly, past a byte order mark, unknown fields and a wrong total', async () => {
    const file = withByteOrderMark(
      damaged((file) => {
        file.total = 99
        file.first.items[0].rights = 'https://example.org/licence'
        file.first.items[0]['cnd67:mood'] = 'cheerful'
      })
    )
    expect(await importFile(file)).toMatchObject({ remarks: [], totals: { added: 1 } })
    expect(await db.annotations.get(goodId)).toStrictEqual(goodAnnotation())
    await removeImported([goodId])
    expect(await databaseDigest(db)).toBe(digest)
  })

  it('says so when it leaves an unknown colour out, and leaves out a time on 30 February', async () => {
    const result = await importFile(
      withBroken(
        (item) => void (item['cnd67:color'] = 5),
        (item) => void (item.modified = '2024-02-30T09:00:00Z')
      )
    )
    if ('error' in result) throw new Error(result.error)
    // Refused as a backup refuses it (see damaged-backups.ts), not rolled on to 1 March.
    expect(result.remarks).toEqual([
      ...leftOut([
        [
          2,
          'modified: Its modification time (modified) must be a date and time such as 2024-03-14T09:05:00.000Z.'
        ]
      ]),
      'Its colour is not one the app knows, so it has none.'
    ])
    expect(result.imported).toEqual([goodId, uuid('b000')])
    expect((await db.annotations.get(uuid('b000')))?.color).toBeNull()
    expect(await db.annotations.get(uuid('b001'))).toBeUndefined()
    await removeImported([goodId, uuid('b000')])
    expect(await databaseDigest(db)).toBe(digest)
  })
})
