/**
 * Fixture factories for backup tests: a delegate's records of every kind (a version 1 annotation
 * among them), the whole data set they make, and backup files built from it, to be damaged.
 */
import type { Annotation } from '@renderer/lib/annotations/annotation'
import { shippedDocumentId } from '@renderer/lib/library/library-document'
import { earlyWarningPassage } from './annotations-fixtures'
import { meetingDocument } from '@renderer/lib/document/meeting-text'
import { agendaItemOfDocument, type AgendaItem } from '@renderer/lib/follow-ups/agenda-item'
import type { SessionNote } from '@renderer/lib/session-notes/session-note'
import type { Setting } from '@renderer/lib/storage/database'
import type { Statement } from '@renderer/lib/statements/statement'
import {
  serializeBackup,
  type BackupData,
  type BackupMeta
} from '@renderer/lib/backup/backup-format'

/** The app as it names itself in a backup. */
export function fixtureMeta(): BackupMeta {
  return { app: { name: 'CND67 Notes', version: '0.1.0' } }
}

/** When the fixture backup is made: 18:00 UTC on 18 March 2024. */
export const backupTime = new Date(Date.UTC(2024, 2, 18, 18, 0))

/** An annotation on paragraph 60's "early warning systems", with `changes`. */
export function fixtureAnnotation(changes: Partial<Annotation> = {}): Annotation {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    documentId: shippedDocumentId,
    paragraph: 60,
    target: earlyWarningPassage(),
    color: 'yellow',
    note: '**Ask Canada** about the Drug Analysis Service',
    tags: ['Early warning', 'Canada'],
    followUp: {
      action: 'Meet the Canadian delegation',
      status: 'in-progress',
      priority: 'high',
      due: '2024-03-19',
      agendaItemId: 'agenda-item-6',
      counterparts: ['Canada', 'Chief of PTRS']
    },
    position: 'support',
    createdAt: '2024-03-14T09:05:00.000Z',
    updatedAt: '2024-03-15T11:30:00.000Z',
    ...changes
  }
}

/**
 * A note on the whole of paragraph 13, as version 1 of the app stored it: no follow-up, no
 * position, no document (database version 6 and backups of format 3 put it on the summary).
 */
export function versionOneAnnotation(changes: Partial<Annotation> = {}): Annotation {
  return {
    id: '00000000-0000-4000-8000-000000000002',
    paragraph: 13,
    target: null,
    color: 'blue',
    note: 'Ask UNODC for the data behind the figures.',
    tags: [],
    createdAt: '2024-03-14T09:12:00.000Z',
    updatedAt: '2024-03-14T09:12:00.000Z',
    ...changes
  }
}

/** A session note for the first day's bilateral meetings, with `changes`. */
export function fixtureSessionNote(changes: Partial<SessionNote> = {}): SessionNote {
  return {
    id: '00000000-0000-4000-8000-000000000010',
    title: 'Bilaterals, day 1',
    body: '- Canada: early warning\n- Mexico: precursors',
    agendaItemId: 'agenda-item-6',
    sessionDay: '2024-03-14',
    tags: ['Bilateral'],
    createdAt: '2024-03-14T08:00:00.000Z',
    updatedAt: '2024-03-14T17:45:00.000Z',
    ...changes
  }
}

/** The agenda item the summary names, as every database starts with it. */
export function seededAgendaItem(): AgendaItem {
  return agendaItemOfDocument(meetingDocument.header.agendaItem)
}

/** An agenda item the delegate added, with `changes`. */
export function fixtureAgendaItem(changes: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: '00000000-0000-4000-8000-000000000020',
    label: 'Item 5',
    title: 'Implementation of the international drug control treaties',
    order: 1,
    ...changes
  }
}

/** The colour labels, two of them renamed. */
export function colorLabelsSetting(): Setting {
  return {
    key: 'colorLabels',
    value: {
      yellow: 'Yellow',
      green: 'Green',
      blue: 'Ask UNODC',
      pink: 'Pink',
      purple: 'Brief the capital'
    }
  }
}

/** Canada's statement under Item 6, with `changes`. */
export function fixtureStatement(changes: Partial<Statement> = {}): Statement {
  return {
    id: '00000000-0000-4000-8000-000000000021',
    title: 'Statement under Item 6',
    agendaItemId: 'agenda-item-6',
    speakingFor: 'Canada',
    limitSeconds: 180,
    wordsPerMinute: 120,
    text: 'Thank you, Chair.\n\nCanada **welcomes** the work on early warning (para. 60).',
    createdAt: '2024-03-16T08:00:00.000Z',
    updatedAt: '2024-03-17T19:45:00.000Z',
    ...changes
  }
}

/**
 * A delegate's data of every kind, all on the shipped summary: annotations with and without
 * passage, follow-up and position (one as version 1 stored it, on the summary since database
 * version 6, one with text in several scripts), two session notes, the seeded
 * agenda item and one added, two statements, the colour labels and a setting this version does
 * not know.
 */
export function fixtureData(): BackupData {
  return {
    annotations: [
      fixtureAnnotation(),
      versionOneAnnotation({ documentId: shippedDocumentId }),
      fixtureAnnotation({
        id: '00000000-0000-4000-8000-000000000003',
        paragraph: 87,
        target: null,
        color: 'purple',
        note: 'Türkiye, 中国, الإمارات 🇦🇪 — “quoted”\n\n> replacement character: \uFFFD',
        tags: ['Türkiye', '🙂 Emoji'],
        followUp: null,
        position: null
      })
    ],
    sessionNotes: [
      fixtureSessionNote(),
      fixtureSessionNote({
        id: '00000000-0000-4000-8000-000000000011',
        title: '',
        body: '',
        agendaItemId: null,
        sessionDay: null,
        tags: [],
        createdAt: '2024-03-15T08:00:00.000Z',
        updatedAt: '2024-03-15T08:00:00.000Z'
      })
    ],
    agendaItems: [fixtureAgendaItem(), seededAgendaItem()],
    statements: [
      fixtureStatement(),
      fixtureStatement({
        id: '00000000-0000-4000-8000-000000000022',
        title: '',
        agendaItemId: null,
        speakingFor: '',
        limitSeconds: 300,
        wordsPerMinute: 140,
        text: 'مقترح 🇦🇪 <b>not bold</b>',
        createdAt: '2024-03-18T07:30:00.000Z',
        updatedAt: '2024-03-18T07:30:00.000Z'
      })
    ],
    settings: [colorLabelsSetting(), { key: 'readingFontSize', value: { size: 18, unit: 'px' } }],
    documents: []
  }
}

/** A backup of {@link fixtureData} as a JSON object, to be damaged by a test and stringified. */
export function fixtureBackupObject(data: BackupData = fixtureData()): Record<string, unknown> {
  return JSON.parse(serializeBackup(data, fixtureMeta(), backupTime)) as Record<string, unknown>
}

/**
 * The text of a backup of {@link fixtureData} after `damage` has changed its JSON object (whose
 * `data` tables are arrays of records as plain objects).
 */
export function damagedBackupText(damage: (file: DamageableBackup) => void): string {
  const file = fixtureBackupObject() as DamageableBackup
  damage(file)
  return JSON.stringify(file)
}

/** A backup's JSON object as a test damages it: any field may be set to anything. */
export interface DamageableBackup {
  [field: string]: unknown
  data: { [table: string]: Record<string, unknown>[] }
  counts: Record<string, unknown>
  app: Record<string, unknown>
}
