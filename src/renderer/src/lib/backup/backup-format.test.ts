/**
 * The backup file: written the same way every time, read back to exactly the data it was made
 * from, and its bytes decoded only when they are UTF-8 of a sane size. Refusals of damaged files
 * are in backup-repository.test.ts, where each is also shown to leave the database untouched.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import {
  checkWrittenBackup,
  maxBackupSize,
  parseBackup,
  serializeBackup,
  type Backup
} from './backup-format'
import { lastParagraph } from './backup-schema'
import {
  backupTime,
  damagedBackupText,
  fixtureAgendaItem,
  fixtureAnnotation,
  fixtureData,
  fixtureMeta,
  fixtureStatement,
  versionOneAnnotation
} from '@test-support/backup-fixtures'
// Read as text: backups as earlier versions of the app wrote them, never rewritten.
import versionOneBackup from '@test-support/backup-versions/version-1.json?raw'
import versionTwoBackup from '@test-support/backup-versions/version-2.json?raw'

afterEach(() => {
  vi.restoreAllMocks()
})

/** The backup a text parses to; fails the test if it is refused. */
function parsed(text: string): Backup {
  const result = parseBackup(text)
  if (!result.ok) throw new Error(result.error)
  return result.backup
}

/** The refusal a text gets; fails the test if it is accepted. */
function refusal(text: string): string {
  const result = parseBackup(text)
  if (result.ok) throw new Error('The text was accepted')
  return result.error
}

describe('serializeBackup', () => {
  it('writes the format, version, time, app and counts indented, then one record per line', () => {
    const data = {
      annotations: [],
      sessionNotes: [],
      agendaItems: [
        fixtureAgendaItem(),
        fixtureAgendaItem({ id: '00000000-0000-4000-8000-000000000021', order: 2 })
      ],
      statements: [fixtureStatement({ text: 'Thank you, Chair.' })],
      settings: [{ key: 'colorLabels', value: { yellow: 'Priority' } }],
      documents: []
    }
    const written = serializeBackup(data, fixtureMeta(), backupTime)
    expect(written).toBe(
      `{
  "format": "cnd67-notes-backup",
  "version": 3,
  "createdAt": "2024-03-18T18:00:00.000Z",
  "app": {
    "name": "CND67 Notes",
    "version": "0.1.0"
  },
  "counts": {
    "annotations": 0,
    "sessionNotes": 0,
    "agendaItems": 2,
    "statements": 1,
    "settings": 1,
    "documents": 0
  },
  "data": {
    "annotations": [],
    "sessionNotes": [],
    "agendaItems": [
      {"id":"00000000-0000-4000-8000-000000000020","label":"Item 5","title":"Implementation of the international drug control treaties","order":1},
      {"id":"00000000-0000-4000-8000-000000000021","label":"Item 5","title":"Implementation of the international drug control treaties","order":2}
    ],
    "statements": [
      {"id":"00000000-0000-4000-8000-000000000021","title":"Statement under Item 6","agendaItemId":"agenda-item-6","speakingFor":"Canada","limitSeconds":180,"wordsPerMinute":120,"text":"Thank you, Chair.","createdAt":"2024-03-16T08:00:00.000Z","updatedAt":"2024-03-17T19:45:00.000Z"}
    ],
    "settings": [
      {"key":"colorLabels","value":{"yellow":"Priority"}}
    ],
    "documents": []
  }
}
`
    )
    // The same JSON as the whole backup written in one go.
    expect(JSON.parse(written)).toStrictEqual(
      JSON.parse(
        JSON.stringify({
          format: 'cnd67-notes-backup',
          version: 3,
          createdAt: backupTime.toISOString(),
          app: fixtureMeta().app,
          counts: {
            annotations: 0,
            sessionNotes: 0,
            agendaItems: 2,
            statements: 1,
            settings: 1,
            documents: 0
          },
          data
        })
      )
    )
  })

  it('writes the same file whatever the order of records and of their fields', () => {
    const data = fixtureData()
    const shuffled = {
      annotations: [...data.annotations].reverse().map((annotation) => {
        const { updatedAt, id, ...rest } = annotation
        return { updatedAt, ...rest, id }
      }),
      sessionNotes: [...data.sessionNotes].reverse(),
      agendaItems: [...data.agendaItems].reverse(),
      statements: [...data.statements].reverse(),
      settings: [...data.settings]
        .reverse()
        .map(({ key, value }) => ({ value: { ...(value as object) }, key })),
      documents: []
    }
    expect(serializeBackup(shuffled, fixtureMeta(), backupTime)).toBe(
      serializeBackup(data, fixtureMeta(), backupTime)
    )
  })

  it('writes only the fields the app knows, leaving absent ones absent', () => {
    const stray = { ...versionOneAnnotation(), draft: 'not saved' }
    const text = serializeBackup(
      {
        annotations: [stray],
        sessionNotes: [],
        agendaItems: [],
        statements: [],
        settings: [],
        documents: []
      },
      fixtureMeta(),
      backupTime
    )
    const written = (JSON.parse(text) as Backup).data.annotations[0]
    expect(Object.keys(written)).toEqual([
      'id',
      'documentId',
      'paragraph',
      'target',
      'color',
      'note',
      'tags',
      'createdAt',
      'updatedAt'
    ])
  })
})

describe('checkWrittenBackup', () => {
  it('reads what serializeBackup writes exactly as a restore would', () => {
    const written = serializeBackup(fixtureData(), fixtureMeta(), backupTime)
    expect(checkWrittenBackup(written)).toStrictEqual({ ok: true })
    expect(parseBackup(written).ok).toBe(true)
  })

  it('refuses stored data a restore would refuse, with the same message', () => {
    const data = fixtureData()
    const outOfRange = { ...data.annotations[0], paragraph: lastParagraph + 1 }
    const written = serializeBackup(
      { ...data, annotations: [outOfRange] },
      fixtureMeta(),
      backupTime
    )
    const refused = checkWrittenBackup(written)
    expect(refused.ok).toBe(false)
    expect(refused).toStrictEqual(parseBackup(written))
    expect(refused).toStrictEqual({ ok: false, error: expect.stringContaining('paragraph') })
  })
})

describe('checkWrittenBackup, where a restore would refuse what JSON.stringify wrote', () => {
  /** A value nested `depth` arrays deep. */
  const nested = (depth: number): unknown => {
    let value: unknown = 'Priority'
    for (let level = 0; level < depth; level++) value = [value]
    return value
  }

  it.each([
    [60, true],
    [61, false]
  ])('a setting nested %i deep: accepted %s, as a restore does', (depth, accepted) => {
    const data = { ...fixtureData(), settings: [{ key: 'laterSetting', value: nested(depth) }] }
    const written = serializeBackup(data, fixtureMeta(), backupTime)
    expect(checkWrittenBackup(written).ok).toBe(accepted)
    expect(parseBackup(written).ok).toBe(accepted)
  })

  it('measures the size in UTF-8 bytes, as a restore reads the file', () => {
    // 35 million characters, 105 MB in UTF-8.
    const text = '漢'.repeat(35_000_000)
    expect(text.length).toBeLessThan(maxBackupSize)
    expect(checkWrittenBackup(text)).toStrictEqual({
      ok: false,
      error: 'The file is too large to be a backup (105 MB).'
    })
    // Measuring 105 MB of text takes a few seconds.
  }, 15_000)
})

describe('parseBackup', () => {
  it('reads back exactly the data a backup was made from', () => {
    const backup = parsed(serializeBackup(fixtureData(), fixtureMeta(), backupTime))
    expect(backup).toEqual({
      format: 'cnd67-notes-backup',
      version: 3,
      createdAt: '2024-03-18T18:00:00.000Z',
      app: { name: 'CND67 Notes', version: '0.1.0' },
      counts: {
        annotations: 3,
        sessionNotes: 2,
        agendaItems: 2,
        statements: 2,
        settings: 2,
        documents: 0
      },
      // The fixture lists each table in the order of its ids, as a backup does.
      data: fixtureData()
    })
  })

  it('keeps a version 1 annotation without followUp or position fields, on the summary', () => {
    const data = { ...fixtureData(), annotations: [versionOneAnnotation()] }
    const backup = parsed(serializeBackup(data, fixtureMeta(), backupTime))
    const versionOne = backup.data.annotations.find((a) => a.id === versionOneAnnotation().id)
    expect(versionOne).toEqual(versionOneAnnotation({ documentId: 'summary' }))
    expect(versionOne && 'followUp' in versionOne).toBe(false)
    expect(versionOne && 'position' in versionOne).toBe(false)
  })

  it('reads back a note without a colour as having none', () => {
    const uncoloured = fixtureAnnotation({ color: null })
    const data = { ...fixtureData(), annotations: [uncoloured] }
    const backup = parsed(serializeBackup(data, fixtureMeta(), backupTime))
    expect(backup.data.annotations).toStrictEqual([uncoloured])
  })

  it('returns fresh plain objects that share nothing with the parsed JSON', () => {
    const parseSpy = vi.spyOn(JSON, 'parse')
    const backup = parsed(serializeBackup(fixtureData(), fixtureMeta(), backupTime))
    const raw = parseSpy.mock.results[0].value as Backup
    expect(backup.data.annotations[0]).not.toBe(raw.data.annotations[0])
    expect(backup.data.annotations[0].tags).not.toBe(raw.data.annotations[0].tags)
    expect(backup.data.settings[0].value).not.toBe(raw.data.settings[0].value)
    expect(Object.getPrototypeOf(backup.data.annotations[0])).toBe(Object.prototype)
    expect(Object.getPrototypeOf(backup.data.settings[0].value)).toBe(Object.prototype)
  })

  it('accepts text with replacement characters (U+FFFD) and a byte order mark', () => {
    const text = `\uFEFF${serializeBackup(fixtureData(), fixtureMeta(), backupTime)}`
    const backup = parsed(text)
    expect(backup.data.annotations[2].note).toBe(
      'Türkiye, 中国, الإمارات 🇦🇪 — “quoted”\n\n> replacement character: \uFFFD'
    )
  })

  it('accepts an empty backup and one without any setting', () => {
    const empty = {
      annotations: [],
      sessionNotes: [],
      agendaItems: [],
      statements: [],
      settings: [],
      documents: []
    }
    expect(parsed(serializeBackup(empty, fixtureMeta(), backupTime)).data).toEqual(empty)
  })

  it('accepts every paragraph of the summary, and the summary has 87', () => {
    expect(meetingDocument.paragraphs.length).toBe(lastParagraph)
    for (const paragraph of [1, lastParagraph]) {
      const text = damagedBackupText((file) => {
        file.data.annotations[0].paragraph = paragraph
      })
      expect(parsed(text).data.annotations[0].paragraph).toBe(paragraph)
    }
  })

  it('accepts a passage that starts where it ends, and colour labels left at their defaults', () => {
    const text = damagedBackupText((file) => {
      file.data.annotations[0].target = {
        quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 5, end: 5 }
      }
      file.data.settings[0].value = {}
    })
    expect(parsed(text).data.settings[0]).toEqual({ key: 'colorLabels', value: {} })
  })

  it('counts the problems after the first', () => {
    const text = damagedBackupText((file) => {
      file.data.annotations[0].paragraph = 0
      file.data.annotations[1].color = 'red'
      file.data.sessionNotes[0].title = 7
    })
    expect(refusal(text)).toBe(
      'This backup cannot be restored: annotations[0].paragraph must be a whole number from 1 to 100,000 (and 2 more problems).'
    )
  })

  it('refuses a file over 100 MiB before parsing it', () => {
    const parseSpy = vi.spyOn(JSON, 'parse')
    expect(refusal(' '.repeat(maxBackupSize + 1))).toBe(
      'The file is too large to be a backup (104.9 MB).'
    )
    expect(parseSpy).not.toHaveBeenCalled()
  })

  it('refuses a statement whose limit or pace is out of range, in the statement’s own words', () => {
    const text = damagedBackupText((file) => {
      file.data.statements[1].limitSeconds = 20
    })
    expect(refusal(text)).toBe(
      'This backup cannot be restored: statements[1].limitSeconds must be a whole number of seconds from 30 to 3,600.'
    )
    const pace = damagedBackupText((file) => {
      file.data.statements[0].wordsPerMinute = 120.5
    })
    expect(refusal(pace)).toBe(
      'This backup cannot be restored: statements[0].wordsPerMinute must be a whole number of words a minute from 60 to 250.'
    )
  })

  it('refuses a statement whose text was not written by the app (a lone surrogate)', () => {
    const text = damagedBackupText((file) => {
      file.data.statements[0].text = 'cut \ud83d'
    })
    expect(refusal(text)).toBe(
      'This backup cannot be restored: statements[0].text must be well-formed text of at most 5,000,000 characters.'
    )
  })

  it('refuses a version 2 backup without its statements, and counts that disagree', () => {
    const missing = damagedBackupText((file) => {
      delete (file.data as Partial<typeof file.data>).statements
    })
    expect(refusal(missing)).toBe(
      'This backup cannot be restored: data is missing its "statements" field.'
    )
    const miscounted = damagedBackupText((file) => {
      file.counts.statements = 3
    })
    expect(refusal(miscounted)).toBe(
      'This backup cannot be restored: counts.statements is 3 but the file holds 2 statements; it may have been edited or damaged.'
    )
  })
})

describe('parseBackup of every earlier version', () => {
  it('reads the version 1 file as the first release wrote it: everything, and no statements', () => {
    const backup = parsed(versionOneBackup)
    const written = fixtureData()
    expect(backup).toStrictEqual({
      format: 'cnd67-notes-backup',
      version: 3,
      createdAt: '2024-03-18T18:00:00.000Z',
      app: { name: 'CND67 Notes', version: '0.1.0' },
      counts: {
        annotations: 3,
        sessionNotes: 2,
        agendaItems: 2,
        statements: 0,
        settings: 2,
        documents: 0
      },
      data: { ...written, statements: [] }
    })
  })

  it('reads the version 2 file as that release wrote it: every annotation on the summary, no documents', () => {
    const backup = parsed(versionTwoBackup)
    expect(backup).toStrictEqual({
      format: 'cnd67-notes-backup',
      version: 3,
      createdAt: '2024-03-18T18:00:00.000Z',
      app: { name: 'CND67 Notes', version: '0.1.0' },
      counts: {
        annotations: 3,
        sessionNotes: 2,
        agendaItems: 2,
        statements: 2,
        settings: 2,
        documents: 0
      },
      data: fixtureData()
    })
    expect(backup.data.annotations.map((annotation) => annotation.documentId)).toEqual([
      'summary',
      'summary',
      'summary'
    ])
  })

  it('refuses documents, or an annotation naming its document, in a version 2 file', () => {
    const file = JSON.parse(versionTwoBackup) as {
      data: { annotations: Record<string, unknown>[] } & Record<string, unknown>
    }
    file.data.annotations[0].documentId = 'summary'
    expect(refusal(JSON.stringify(file))).toBe(
      'This backup cannot be restored: annotations[0] has a field "documentId" that this app does not know.'
    )
    delete file.data.annotations[0].documentId
    file.data.documents = []
    expect(refusal(JSON.stringify(file))).toBe(
      'This backup cannot be restored: data has a field "documents" that this app does not know.'
    )
  })

  it('refuses statements in a version 1 file, which had none', () => {
    const file = JSON.parse(versionOneBackup) as { data: Record<string, unknown> }
    file.data.statements = []
    expect(refusal(JSON.stringify(file))).toBe(
      'This backup cannot be restored: data has a field "statements" that this app does not know.'
    )
  })

  it('says a backup of a later version needs a newer app', () => {
    const file = JSON.parse(versionOneBackup) as { version: number }
    file.version = 4
    expect(refusal(JSON.stringify(file))).toBe(
      'This backup was made by a newer version of the app (version 4); update the app to restore it.'
    )
  })
})
