/**
 * Test support: damaged backup files of every kind a delegate could pick (cut off, not JSON, not a
 * backup, from a newer app, hand-edited, hostile, absurdly large or deep), each with the exact
 * message the app gives when it refuses it.
 */
import { serializeBackup } from '@renderer/lib/backup/backup-format'
import { backupTime, damagedBackupText, fixtureData, fixtureMeta } from './backup-fixtures'

/** A backup of the fixture data with `find` replaced by `replacement` in its compact JSON. */
function editedText(find: string, replacement: string): string {
  const text = JSON.stringify(JSON.parse(serializeBackup(fixtureData(), fixtureMeta(), backupTime)))
  if (!text.includes(find)) throw new Error(`The backup has no ${find}`)
  return text.replace(find, replacement)
}

/** The column (from 1) of the first `find` in `text`, plus `plus`, as a message writes it. */
function columnOf(text: string, find: string, plus = 0): string {
  return (text.indexOf(find) + 1 + plus).toLocaleString('en-GB')
}

/** "This backup cannot be restored: …" */
const cannot = (problem: string) => `This backup cannot be restored: ${problem}.`

/** A damaged file: what it is, the file (made only when a test reads it), what the delegate is told. */
export type DamagedBackup = [name: string, file: () => string | Uint8Array, error: string]

/** Each damaged file, lazily made, and what the delegate is told. */
export const damagedBackups: DamagedBackup[] = [
  ['an empty file', () => '', 'The file is empty.'],
  ['whitespace only', () => ' \n\t', 'The file is empty.'],
  [
    'a truncated file',
    () => serializeBackup(fixtureData(), fixtureMeta(), backupTime).slice(0, 900),
    'The file ends too early: it may have been cut off while it was saved or copied.'
  ],
  [
    'a mistake on line 6 of the indented JSON',
    () =>
      serializeBackup(fixtureData(), fixtureMeta(), backupTime).replace(
        '"name": "CND67 Notes"',
        '"name": CND67 Notes"'
      ),
    'This file is damaged: it is not valid JSON (the first mistake is at line 6, column 13).'
  ],
  [
    'NaN written as a number',
    () => editedText('"paragraph":60', '"paragraph":NaN'),
    `This file is damaged: it is not valid JSON (the first mistake is at line 1, column ${columnOf(editedText('"paragraph":60', '"paragraph":NaN'), 'NaN')}).`
  ],
  ['null', () => 'null', 'This file is not a CND67 Notes backup.'],
  ['an array', () => '[]', 'This file is not a CND67 Notes backup.'],
  ['a string', () => '"cnd67-notes-backup"', 'This file is not a CND67 Notes backup.'],
  ['an empty object', () => '{}', 'This file is not a CND67 Notes backup.'],
  [
    'another format',
    () => damagedBackupText((file) => void (file.format = 'cnd67-notes-export')),
    'This file is not a CND67 Notes backup.'
  ],
  [
    'version 0',
    () => damagedBackupText((file) => void (file.version = 0)),
    'This backup says it is version 0, which is not a version of the backup format; the file may be damaged.'
  ],
  [
    'statements in a file that says it is version 1',
    () =>
      damagedBackupText((file) => {
        // Otherwise as version 1 wrote it: no documents, and no document on any annotation.
        file.version = 1
        delete file.counts.documents
        delete file.data.documents
        for (const annotation of file.data.annotations) delete annotation.documentId
      }),
    'This backup cannot be restored: counts has a field "statements" that this app does not know (and 1 more problem).'
  ],
  [
    'version 5',
    () => damagedBackupText((file) => void (file.version = 5)),
    'This backup was made by a newer version of the app (version 5); update the app to restore it.'
  ],
  [
    'version "1" as text',
    () => damagedBackupText((file) => void (file.version = '1')),
    'This backup says it is version "1", which is not a version of the backup format; the file may be damaged.'
  ],
  [
    'no version',
    () => damagedBackupText((file) => void delete file.version),
    cannot('the file is missing its "version" field')
  ],
  [
    'no data',
    () => damagedBackupText((file) => void Reflect.deleteProperty(file, 'data')),
    cannot('the file is missing its "data" field')
  ],
  [
    'data that is null',
    () => damagedBackupText((file) => void (file.data = null as never)),
    cannot('data must be the backed-up data (an object)')
  ],
  [
    'a table missing from the data',
    () => damagedBackupText((file) => void delete file.data.sessionNotes),
    cannot('data is missing its "sessionNotes" field')
  ],
  [
    'an unknown field at the top',
    () => damagedBackupText((file) => void (file.comment = 'hand-edited')),
    cannot('the file has a field "comment" that this app does not know')
  ],
  [
    'an unknown field in an annotation',
    () => damagedBackupText((file) => void (file.data.annotations[1].colour = 'blue')),
    cannot('annotations[1] has a field "colour" that this app does not know')
  ],
  [
    'an unknown field deep in a passage',
    () =>
      damagedBackupText((file) => {
        const target = file.data.annotations[0].target as { quote: Record<string, unknown> }
        target.quote.language = 'en'
      }),
    cannot('annotations[0].target.quote has a field "language" that this app does not know')
  ],
  [
    'a table that is not a list',
    () => damagedBackupText((file) => void (file.data.annotations = {} as never)),
    cannot('annotations must be a list of annotations')
  ],
  [
    'an annotation that is text',
    () => damagedBackupText((file) => void (file.data.annotations[2] = 'note' as never)),
    cannot('annotations[2] must be an annotation (an object)')
  ],
  [
    'paragraph 0',
    () => damagedBackupText((file) => void (file.data.annotations[1].paragraph = 0)),
    cannot('annotations[1].paragraph must be a whole number from 1 to 100,000')
  ],
  [
    'paragraph 88',
    () => damagedBackupText((file) => void (file.data.annotations[1].paragraph = 88)),
    cannot('annotations[1].paragraph must be a whole number from 1 to 87 on the shipped summary')
  ],
  [
    'paragraph as text',
    () => damagedBackupText((file) => void (file.data.annotations[1].paragraph = '13')),
    cannot('annotations[1].paragraph must be a whole number from 1 to 100,000')
  ],
  [
    'paragraph 12.5',
    () => damagedBackupText((file) => void (file.data.annotations[1].paragraph = 12.5)),
    cannot('annotations[1].paragraph must be a whole number from 1 to 100,000')
  ],
  [
    'a paragraph number too large to be finite (1e999)',
    () => editedText('"paragraph":60', '"paragraph":1e999'),
    cannot('annotations[0].paragraph must be a whole number from 1 to 100,000')
  ],
  [
    'a negative position',
    () =>
      damagedBackupText((file) => {
        const target = file.data.annotations[0].target as { position: Record<string, unknown> }
        target.position.start = -1
      }),
    cannot('annotations[0].target.position.start must be a whole number from 0 to 1,000,000')
  ],
  [
    'a passage that starts after it ends',
    () =>
      damagedBackupText((file) => {
        const target = file.data.annotations[0].target as { position: Record<string, unknown> }
        target.position.start = 60
        target.position.end = 40
      }),
    cannot('annotations[0].target.position ends before it starts (start 60, end 40)')
  ],
  [
    'a sixth colour',
    () => damagedBackupText((file) => void (file.data.annotations[0].color = 'red')),
    cannot('annotations[0].color must be one of yellow, green, blue, pink, purple, or null')
  ],
  [
    'an unknown status',
    () =>
      damagedBackupText((file) => {
        ;(file.data.annotations[0].followUp as Record<string, unknown>).status = 'closed'
      }),
    cannot('annotations[0].followUp.status must be one of open, in-progress, done, dropped')
  ],
  [
    'an unknown priority',
    () =>
      damagedBackupText((file) => {
        ;(file.data.annotations[0].followUp as Record<string, unknown>).priority = 'urgent'
      }),
    cannot('annotations[0].followUp.priority must be one of high, normal, low')
  ],
  [
    'an unknown position',
    () => damagedBackupText((file) => void (file.data.annotations[0].position = 'oppose')),
    cannot('annotations[0].position must be one of support, concern, watch, or null')
  ],
  [
    'a due date that is not a day (30 February)',
    () =>
      damagedBackupText((file) => {
        ;(file.data.annotations[0].followUp as Record<string, unknown>).due = '2024-02-30'
      }),
    cannot('annotations[0].followUp.due must be a date such as 2024-03-18, or null')
  ],
  [
    'a blank counterpart',
    () =>
      damagedBackupText((file) => {
        ;(file.data.annotations[0].followUp as Record<string, unknown>).counterparts = [' ']
      }),
    cannot('annotations[0].followUp.counterparts[0] must be text of 1 to 200 characters, not blank')
  ],
  [
    'a time that is not a time',
    () => damagedBackupText((file) => void (file.data.annotations[2].createdAt = 'yesterday')),
    cannot('annotations[2].createdAt must be a date and time such as 2024-03-14T09:05:00.000Z')
  ],
  [
    'month 13',
    () =>
      damagedBackupText(
        (file) => void (file.data.sessionNotes[1].updatedAt = '2024-13-01T00:00:00.000Z')
      ),
    cannot('sessionNotes[1].updatedAt must be a date and time such as 2024-03-14T09:05:00.000Z')
  ],
  [
    '30 February',
    () =>
      damagedBackupText(
        (file) => void (file.data.annotations[1].updatedAt = '2024-02-30T09:00:00.000Z')
      ),
    // As a Web Annotation file's time on 30 February is (import-damaged-annotations.test.ts).
    cannot('annotations[1].updatedAt must be a date and time such as 2024-03-14T09:05:00.000Z')
  ],
  [
    'the backup’s own time missing its milliseconds',
    () => damagedBackupText((file) => void (file.createdAt = '2024-03-18T18:00:00Z')),
    cannot('createdAt must be a date and time such as 2024-03-14T09:05:00.000Z')
  ],
  [
    'a tag with a comma',
    () => damagedBackupText((file) => void (file.data.annotations[0].tags = ['Canada', 'a,b'])),
    cannot('annotations[0].tags[1] must be a tag of 1 to 64 characters, without a comma')
  ],
  [
    'a tag of 65 characters (emoji count as one each)',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].tags = ['🙂'.repeat(65)])),
    cannot('sessionNotes[0].tags[0] must be a tag of 1 to 64 characters, without a comma')
  ],
  [
    'a blank tag',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].tags = ['  '])),
    cannot('sessionNotes[0].tags[0] must be a tag of 1 to 64 characters, without a comma')
  ],
  [
    'tags as text',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].tags = 'Bilateral')),
    cannot('sessionNotes[0].tags must be a list of at most 200 tags')
  ],
  [
    'a note over 5,000,000 characters',
    () => damagedBackupText((file) => void (file.data.annotations[0].note = 'x'.repeat(5_000_001))),
    cannot('annotations[0].note must be text of at most 5,000,000 characters')
  ],
  [
    'a title of 301 characters',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].title = 'x'.repeat(301))),
    cannot('sessionNotes[0].title must be text of at most 300 characters')
  ],
  [
    'a body that is a number',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].body = 42)),
    cannot('sessionNotes[0].body must be text of at most 5,000,000 characters')
  ],
  [
    'an empty id',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].id = '')),
    cannot('sessionNotes[0].id must be an id (text of 1 to 200 characters)')
  ],
  [
    'an agenda item id that is a number',
    () => damagedBackupText((file) => void (file.data.sessionNotes[0].agendaItemId = 6)),
    cannot('sessionNotes[0].agendaItemId must be an id (text of 1 to 200 characters) or null')
  ],
  [
    'a blank agenda item label',
    () => damagedBackupText((file) => void (file.data.agendaItems[1].label = ' ')),
    cannot('agendaItems[1].label must be text of 1 to 80 characters, not blank')
  ],
  [
    'an agenda item order as text',
    () => damagedBackupText((file) => void (file.data.agendaItems[0].order = 'first')),
    cannot('agendaItems[0].order must be a number')
  ],
  [
    'a repeated annotation id',
    () =>
      damagedBackupText((file) => {
        file.data.annotations[2].id = file.data.annotations[0].id
      }),
    cannot('annotations[2].id repeats the id of annotations[0]; each annotation must appear once')
  ],
  [
    'a repeated setting',
    () =>
      damagedBackupText((file) => {
        file.data.settings.push({ ...file.data.settings[0] })
        file.counts.settings = 3
      }),
    cannot('settings[2].key repeats the key of settings[0]; each setting must appear once')
  ],
  [
    'counts that disagree with the data',
    () => damagedBackupText((file) => void file.data.annotations.pop()),
    cannot(
      'counts.annotations is 3 but the file holds 2 annotations; it may have been edited or damaged'
    )
  ],
  [
    'a negative count',
    () => damagedBackupText((file) => void (file.counts.agendaItems = -2)),
    cannot('counts.agendaItems must be a whole number, 0 or more')
  ],
  [
    'a blank colour label',
    () =>
      damagedBackupText((file) => {
        ;(file.data.settings[0].value as Record<string, unknown>).yellow = ''
      }),
    cannot('settings[0].value.yellow must be text of 1 to 100 characters, not blank')
  ],
  [
    'a sixth colour’s label',
    () =>
      damagedBackupText((file) => {
        ;(file.data.settings[0].value as Record<string, unknown>).orange = 'Citrus'
      }),
    cannot('settings[0].value has a field "orange" that this app does not know')
  ],
  [
    'a setting over 1,000,000 characters',
    () => damagedBackupText((file) => void (file.data.settings[1].value = 'x'.repeat(1_000_000))),
    cannot('settings[1].value must be at most 1,000,000 characters long')
  ],
  [
    'the app without its name',
    () => damagedBackupText((file) => void delete file.app.name),
    cannot('app is missing its "name" field')
  ],
  [
    '"__proto__" at the top',
    () => editedText('{"format"', '{"__proto__":{"polluted":true},"format"'),
    cannot('the file has a field named "__proto__", which no backup has')
  ],
  [
    '"__proto__" in an annotation’s passage',
    () => editedText('"quote":{', '"quote":{"__proto__":{"polluted":true},'),
    cannot('annotations[0].target.quote has a field named "__proto__", which no backup has')
  ],
  [
    '"constructor" in a setting’s value',
    () =>
      damagedBackupText((file) => {
        file.data.settings[1].value = { constructor: { prototype: { polluted: true } } }
      }),
    cannot('settings[1].value has a field named "constructor", which no backup has')
  ],
  [
    '"prototype" in a setting’s value',
    () => damagedBackupText((file) => void (file.data.settings[1].value = [{ prototype: 1 }])),
    cannot('settings[1].value[0] has a field named "prototype", which no backup has')
  ],
  [
    '10,000 nested arrays as a file',
    () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    'This file is not a CND67 Notes backup: its data is nested more than 64 levels deep (line 1, column 65).'
  ],
  [
    '10,000 nested arrays as a setting’s value',
    () => editedText('"size":18', `"size":${'['.repeat(10_000)}${']'.repeat(10_000)}`),
    // The value is the 6th level (file, data, settings, setting, value, size); the 65th opens 59 in.
    `This file is not a CND67 Notes backup: its data is nested more than 64 levels deep (line 1, column ${columnOf(editedText('"size":18', '"size":['), '"size":[', 7 + 59)}).`
  ],
  [
    '110 MB of junk as text',
    () => 'x'.repeat(110_000_000),
    'The file is too large to be a backup (110 MB).'
  ],
  [
    '110 MB of junk as bytes',
    () => new Uint8Array(110_000_000),
    'The file is too large to be a backup (110 MB).'
  ],
  [
    'bytes that are not UTF-8',
    () => {
      const bytes = new TextEncoder().encode(
        serializeBackup(fixtureData(), fixtureMeta(), backupTime)
      )
      bytes[200] = 0xff
      return bytes
    },
    'This file is not UTF-8 text, so it is not a CND67 Notes backup. It may be damaged, or another kind of file.'
  ],
  [
    'a file of exactly 110 MB (a backup followed by spaces)',
    () => {
      const file = new Uint8Array(110_000_000).fill(0x20)
      file.set(utf8(fullText()))
      return file
    },
    'The file is too large to be a backup (110 MB).'
  ],
  [
    'a byte order mark before a file cut off',
    () => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(fullText().slice(0, 400))]),
    'The file ends too early: it may have been cut off while it was saved or copied.'
  ],
  [
    'bytes that are not UTF-8 inside a note (a lone continuation byte)',
    () => {
      const bytes = utf8(fullText())
      bytes[bytes.indexOf(0x2a)] = 0x80
      return bytes
    },
    'This file is not UTF-8 text, so it is not a CND67 Notes backup. It may be damaged, or another kind of file.'
  ],
  [
    'a Web Annotation collection offered as a backup',
    () =>
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        total: 0
      }),
    'This file is not a CND67 Notes backup.'
  ],
  [
    'the format marker in capitals',
    () => damagedBackupText((file) => void (file.format = 'CND67-NOTES-BACKUP')),
    'This file is not a CND67 Notes backup.'
  ],
  [
    'version 1.5',
    () => damagedBackupText((file) => void (file.version = 1.5)),
    'This backup says it is version 1.5, which is not a version of the backup format; the file may be damaged.'
  ],
  [
    'version null',
    () => damagedBackupText((file) => void (file.version = null)),
    'This backup says it is version null, which is not a version of the backup format; the file may be damaged.'
  ],
  [
    'paragraph -1',
    () => damagedBackupText((file) => void (file.data.annotations[1].paragraph = -1)),
    cannot('annotations[1].paragraph must be a whole number from 1 to 100,000')
  ],
  [
    'paragraph "NaN" as text',
    () => damagedBackupText((file) => void (file.data.annotations[1].paragraph = 'NaN')),
    cannot('annotations[1].paragraph must be a whole number from 1 to 100,000')
  ],
  [
    'a passage beyond any paragraph (character 2,000,000)',
    () =>
      damagedBackupText((file) => {
        const target = file.data.annotations[0].target as { position: Record<string, unknown> }
        target.position.start = 2_000_000
        target.position.end = 2_000_021
      }),
    // Its end is beyond the limit too: the second problem is counted.
    'This backup cannot be restored: annotations[0].target.position.start must be a whole number from 0 to 1,000,000 (and 1 more problem).'
  ],
  [
    'a time given as a number',
    () => damagedBackupText((file) => void (file.data.annotations[0].updatedAt = 1710406800000)),
    cannot('annotations[0].updatedAt must be a date and time such as 2024-03-14T09:05:00.000Z')
  ],
  [
    'a repeated session note id',
    () =>
      damagedBackupText((file) => {
        file.data.sessionNotes[1].id = file.data.sessionNotes[0].id
      }),
    cannot(
      'sessionNotes[1].id repeats the id of sessionNotes[0]; each session note must appear once'
    )
  ],
  [
    'a count as text',
    () => damagedBackupText((file) => void (file.counts.annotations = '3')),
    cannot('counts.annotations must be a whole number, 0 or more')
  ],
  [
    'a count that says more than there is',
    () => damagedBackupText((file) => void (file.counts.sessionNotes = 5_000)),
    cannot(
      'counts.sessionNotes is 5,000 but the file holds 2 session notes; it may have been edited or damaged'
    )
  ],
  [
    '"constructor" at the top',
    () => editedText('{"format"', '{"constructor":{"prototype":{"polluted":true}},"format"'),
    cannot('the file has a field named "constructor", which no backup has')
  ],
  [
    '10,000 nested objects as a file',
    () => `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
    'This file is not a CND67 Notes backup: its data is nested more than 64 levels deep (line 1, column 321).'
  ]
]

/** The fixture backup's text, as the app writes it. */
function fullText(): string {
  return serializeBackup(fixtureData(), fixtureMeta(), backupTime)
}

/** `text` as UTF-8 bytes. */
function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}
