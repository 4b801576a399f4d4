/**
 * What a backup file may hold (version 3; version 2, which had no documents; version 1, which had
 * no statements either), as valibot schemas: strict objects (a field the app does not know is
 * refused), every field's type and limits, and for each a phrase saying what it must be, so that
 * a problem reads "annotations[3].paragraph must be a whole number from 1 to 87".
 */
import * as v from 'valibot'
import { highlightColors } from '../annotations/annotation'
import { followUpPriorities, followUpStatuses, positions } from '../follow-ups/follow-up'
import { maxTagLength, tagProblem } from '../tags/tag-names'
import { formatJsonPath, type JsonPathStep } from '../file-formats/json-guard'
import { isAppTimestamp, isIsoDate, timestampRule } from '../file-formats/timestamps'
import { backupFiles } from '../file-formats/text-files'
import { base64ToBytes, isBase64 } from '../file-formats/file-bytes'
import { shippedDocumentId } from '../library/library-document'
import {
  speakingLimitRange,
  speakingLimitRule,
  speakingPaceRange,
  speakingPaceRule,
  statementFieldRule,
  type StatementFields
} from '../statements/statement'

/** The marker every backup file starts with. */
export const backupFormat = 'cnd67-notes-backup'

/**
 * The version of the backup format this app writes: 2 added the delegation's statements, 3 the
 * imported documents and the document of each annotation. It reads every earlier version too
 * (see {@link backupVersions}).
 */
export const backupVersion = 3

/** The versions of the backup format this app reads, oldest first. */
export const backupVersions = [1, 2, 3] as const

/** A version of the backup format this app reads. */
export type BackupVersion = (typeof backupVersions)[number]

/** The summary's last paragraph: annotations on it are on paragraphs 1 to this. */
export const lastParagraph = 87

/** Limits on what a backup may hold, generous next to what the app lets a delegate type. */
export const backupLimits = {
  /** Ids and setting keys (UUIDs are 36 characters; the seeded agenda item's id is 13). */
  idLength: 200,
  /** An annotation's note or a session note's body, in UTF-16 code units. */
  noteLength: 5_000_000,
  /** A quoted passage (the summary's longest paragraph is a few thousand characters). */
  quoteLength: 100_000,
  /** The context stored either side of a quoted passage. */
  quoteContextLength: 32,
  /** Offsets into a paragraph's text. */
  offset: 1_000_000,
  /** A session note's title (the editor's own limit). */
  titleLength: 300,
  /** Tags on one annotation or session note. */
  tagsPerItem: 200,
  /** A follow-up's action. */
  actionLength: 10_000,
  /** Counterparts on one follow-up, and the length of each (the editor's own limit). */
  counterparts: 200,
  counterpartLength: 200,
  /** An agenda item's label and title (the editor's own limits). */
  agendaLabelLength: 80,
  agendaTitleLength: 1000,
  /** A colour's label. */
  colorLabelLength: 100,
  /** Any other setting's value, as JSON text. */
  settingLength: 1_000_000,
  /** The app's name and version in the file. */
  appNameLength: 100,
  appVersionLength: 50,
  /** An imported document's paragraphs, sections, footnotes and header parts, each. */
  documentParts: 100_000,
  /** Any text of an imported document's parsed form (a paragraph, a title, a footnote). */
  documentTextLength: 1_000_000,
  /** An imported document's title as the library shows it. */
  documentTitleLength: 1000,
  /** An original file's name. */
  fileNameLength: 1000
} as const

/** A number with thousands separated, as a delegate reads it: 5,000,000. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB')
}

/** `must be …`, the phrase every problem with a field's value ends with. */
function mustBe(description: string): string {
  return `must be ${description}`
}

/** Text of at most `max` UTF-16 code units (at least one non-blank character when `required`). */
function text(max: number, required = false) {
  const message = mustBe(
    required
      ? `text of 1 to ${formatNumber(max)} characters, not blank`
      : `text of at most ${formatNumber(max)} characters`
  )
  return v.pipe(
    v.string(message),
    v.maxLength(max, message),
    v.check((value) => !required || value.trim() !== '', message)
  )
}

/** An id: text of 1 to 200 characters. */
function id(message = mustBe(`an id (text of 1 to ${backupLimits.idLength} characters)`)) {
  return v.pipe(
    v.string(message),
    v.minLength(1, message),
    v.maxLength(backupLimits.idLength, message)
  )
}

/** An id, or null. */
function idOrNull() {
  return v.nullable(id(mustBe(`an id (text of 1 to ${backupLimits.idLength} characters) or null`)))
}

/** A whole number from `min` to `max`. */
function wholeNumber(min: number, max: number, description?: string) {
  const message = mustBe(
    description ?? `a whole number from ${formatNumber(min)} to ${formatNumber(max)}`
  )
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message)
  )
}

/** A time as the app writes one. */
const timestamp = v.pipe(
  v.string(mustBe(timestampRule)),
  v.check(isAppTimestamp, mustBe(timestampRule))
)

/** A day (YYYY-MM-DD) or null. */
const dayOrNull = v.nullable(
  v.pipe(
    v.string(mustBe('a date such as 2024-03-18, or null')),
    v.check(isIsoDate, mustBe('a date such as 2024-03-18, or null'))
  )
)

/** A list of `what`, at most `max` long, each `element`. */
function list<TElement extends v.GenericSchema>(element: TElement, max: number, what: string) {
  const message = mustBe(`a list of at most ${formatNumber(max)} ${what}`)
  return v.pipe(v.array(element, message), v.maxLength(max, message))
}

/** One of `options`, listed in the message. */
function oneOf<const TOptions extends readonly string[]>(options: TOptions, orNull = false) {
  const listed = options.join(', ')
  return v.picklist(options, mustBe(`one of ${listed}${orNull ? ', or null' : ''}`))
}

/** A tag as the tag rules allow one. */
const tagMessage = mustBe(`a tag of 1 to ${maxTagLength} characters, without a comma`)
const tag = v.pipe(
  v.string(tagMessage),
  // Far over any tag; refused before the tag rules look at it character by character.
  v.maxLength(maxTagLength * 16, tagMessage),
  v.check((value) => tagProblem(value) === null, tagMessage)
)
const tags = list(tag, backupLimits.tagsPerItem, 'tags')

/** The quoted passage of an annotation's target. */
const quote = v.strictObject(
  {
    type: v.literal('TextQuoteSelector', mustBe('"TextQuoteSelector"')),
    exact: text(backupLimits.quoteLength),
    prefix: text(backupLimits.quoteContextLength),
    suffix: text(backupLimits.quoteContextLength)
  },
  mustBe('the quoted passage (an object)')
)

/** Where the passage is in its paragraph; it cannot end before it starts. */
const passagePosition = v.pipe(
  v.strictObject(
    {
      type: v.literal('TextPositionSelector', mustBe('"TextPositionSelector"')),
      start: wholeNumber(0, backupLimits.offset),
      end: wholeNumber(0, backupLimits.offset)
    },
    mustBe('the position of the passage (an object)')
  ),
  v.check(
    (position) => position.start <= position.end,
    (issue) => {
      const { start, end } = issue.input as { start: number; end: number }
      return `ends before it starts (start ${start}, end ${end})`
    }
  )
)

/** The passage an annotation is on, or null for the whole paragraph. */
const target = v.nullable(
  v.strictObject(
    { quote, position: passagePosition },
    mustBe('a passage (an object with a quote and a position) or null')
  )
)

const followUp = v.strictObject(
  {
    action: text(backupLimits.actionLength),
    status: oneOf(followUpStatuses),
    priority: oneOf(followUpPriorities),
    due: dayOrNull,
    agendaItemId: idOrNull(),
    counterparts: list(
      text(backupLimits.counterpartLength, true),
      backupLimits.counterparts,
      'names'
    )
  },
  mustBe('a follow-up (an object) or null')
)

/** An annotation's fields but its document and paragraph, strictly: see Annotation in annotation.ts. */
const annotationFields = {
  id: id(),
  target,
  color: v.nullable(oneOf(highlightColors, true)),
  note: text(backupLimits.noteLength),
  tags,
  followUp: v.optional(v.nullable(followUp)),
  position: v.optional(v.nullable(oneOf(positions, true))),
  createdAt: timestamp,
  updatedAt: timestamp
}

/**
 * An annotation as version 3 writes it: on a document, on paragraph 1 to 87 of the shipped
 * summary or on any paragraph of an imported document (whether that document has it is for
 * the document to say: it may be in the library rather than the backup).
 */
export const annotationSchema = v.pipe(
  v.strictObject(
    {
      ...annotationFields,
      documentId: id(),
      paragraph: wholeNumber(1, backupLimits.documentParts)
    },
    mustBe('an annotation (an object)')
  ),
  v.forward(
    v.check(
      (annotation) =>
        annotation.documentId !== shippedDocumentId || annotation.paragraph <= lastParagraph,
      mustBe(`a whole number from 1 to ${lastParagraph} on the shipped summary`)
    ),
    ['paragraph']
  )
)

/** An annotation as versions 1 and 2 wrote it: on the shipped summary, without saying so. */
export const versionTwoAnnotationSchema = v.strictObject(
  { ...annotationFields, paragraph: wholeNumber(1, lastParagraph) },
  mustBe('an annotation (an object)')
)

/** A session note, strictly: see SessionNote in session-note.ts. */
export const sessionNoteSchema = v.strictObject(
  {
    id: id(),
    title: text(backupLimits.titleLength),
    body: text(backupLimits.noteLength),
    agendaItemId: idOrNull(),
    sessionDay: dayOrNull,
    tags,
    createdAt: timestamp,
    updatedAt: timestamp
  },
  mustBe('a session note (an object)')
)

/** A statement's text field, checked by the statement's own rule (statement.ts). */
function statementText(field: 'title' | 'speakingFor' | 'text') {
  const rule = statementFieldRule(field, null) ?? ''
  return v.pipe(
    v.string(mustBe(rule)),
    v.check((value) => statementFieldRule(field, value) === null, mustBe(rule))
  )
}

/** A statement, strictly: see Statement in statement.ts. */
export const statementSchema = v.strictObject(
  {
    id: id(),
    title: statementText('title'),
    agendaItemId: idOrNull(),
    speakingFor: statementText('speakingFor'),
    limitSeconds: wholeNumber(speakingLimitRange.min, speakingLimitRange.max, speakingLimitRule),
    wordsPerMinute: wholeNumber(speakingPaceRange.min, speakingPaceRange.max, speakingPaceRule),
    text: statementText('text'),
    createdAt: timestamp,
    updatedAt: timestamp
  } satisfies Record<keyof StatementFields | 'id' | 'createdAt' | 'updatedAt', v.GenericSchema>,
  mustBe('a statement (an object)')
)

/** An agenda item, strictly: see AgendaItem in agenda-item.ts. */
export const agendaItemSchema = v.strictObject(
  {
    id: id(),
    label: text(backupLimits.agendaLabelLength, true),
    title: text(backupLimits.agendaTitleLength),
    order: v.pipe(v.number(mustBe('a number')), v.finite(mustBe('a number')))
  },
  mustBe('an agenda item (an object)')
)

/** Text of an imported document, of at most `documentTextLength` characters. */
const documentText = text(backupLimits.documentTextLength)

/** A list of at most `documentParts` `what` of an imported document. */
function documentList<TElement extends v.GenericSchema>(element: TElement, what: string) {
  return list(element, backupLimits.documentParts, what)
}

/** A run of a paragraph's text: see Inline in meeting-document.ts. */
const inline = v.variant(
  'type',
  [
    v.strictObject({ type: v.literal('text'), text: documentText }),
    v.strictObject({ type: v.literal('strong'), text: documentText }),
    v.strictObject({ type: v.literal('emphasis'), text: documentText }),
    v.strictObject({ type: v.literal('link'), text: documentText, href: documentText })
  ],
  mustBe('a run of text of the type text, strong, emphasis or link')
)
const inlines = documentList(inline, 'runs of text')

/** A lettered item of a paragraph. */
const letteredItem = v.strictObject(
  { label: text(backupLimits.idLength, true), content: inlines },
  mustBe('a lettered item (an object)')
)

/** A section of an imported document and the sections within it. */
interface SectionInput {
  id: string
  label: string
  title: string
  level: 1 | 2 | 3
  range: { first: number; last: number } | null
  children: SectionInput[]
}
const paragraphNumber = wholeNumber(1, backupLimits.documentParts)
const section: v.GenericSchema<SectionInput> = v.strictObject(
  {
    id: text(backupLimits.idLength, true),
    label: text(backupLimits.idLength),
    title: documentText,
    level: v.picklist([1, 2, 3], mustBe('1, 2 or 3')),
    range: v.nullable(
      v.strictObject(
        { first: paragraphNumber, last: paragraphNumber },
        mustBe('the paragraphs it covers (an object with first and last) or null')
      )
    ),
    children: v.lazy(() => documentList(section, 'sections'))
  },
  mustBe('a section (an object)')
)

/** Text or null. */
const documentTextOrNull = v.nullable(documentText)

/** An imported document as parsed: see UnDocument in un-document.ts. */
const unDocumentSchema = v.strictObject(
  {
    header: v.strictObject(
      {
        symbols: documentList(text(backupLimits.idLength, true), 'symbols'),
        dateText: documentTextOrNull,
        date: dayOrNull,
        distribution: documentTextOrNull,
        originalLanguage: documentTextOrNull,
        body: documentTextOrNull,
        session: documentTextOrNull,
        agendaItem: v.nullable(
          v.strictObject(
            {
              label: documentText,
              number: wholeNumber(0, backupLimits.documentParts),
              title: documentTextOrNull
            },
            mustBe('an agenda item (an object) or null')
          )
        ),
        parts: documentList(documentText, 'parts')
      },
      mustBe('the document’s header (an object)')
    ),
    title: documentText,
    sections: documentList(section, 'sections'),
    paragraphs: documentList(
      v.strictObject(
        {
          number: paragraphNumber,
          content: inlines,
          items: documentList(letteredItem, 'lettered items'),
          sectionPath: documentList(text(backupLimits.idLength, true), 'section ids'),
          text: documentText
        },
        mustBe('a paragraph (an object)')
      ),
      'paragraphs'
    ),
    footnotes: documentList(
      v.strictObject(
        {
          mark: text(backupLimits.idLength),
          text: documentText,
          paragraph: v.nullable(paragraphNumber),
          item: v.nullable(text(backupLimits.idLength))
        },
        mustBe('a footnote (an object)')
      ),
      'footnotes'
    ),
    numbering: oneOf(['numbered', 'by-blank-lines'] as const),
    notice: documentTextOrNull,
    unplaced: documentList(documentText, 'passages')
  },
  mustBe('the document as read (an object)')
)

/** The file a document was imported from, its bytes in base64 (read back as bytes). */
const originalFileSchema = v.strictObject(
  {
    name: text(backupLimits.fileNameLength, true),
    kind: oneOf(['pdf', 'word', 'text'] as const),
    sha256: v.pipe(
      v.string(mustBe('a SHA-256 checksum (64 hexadecimal digits)')),
      v.regex(/^[0-9a-f]{64}$/u, mustBe('a SHA-256 checksum (64 lower-case hexadecimal digits)'))
    ),
    bytes: v.pipe(
      v.string(mustBe('the file’s bytes in base64')),
      v.maxLength(backupFiles.maxSize, mustBe('the file’s bytes in base64')),
      v.check(isBase64, mustBe('the file’s bytes in base64')),
      v.transform(base64ToBytes)
    )
  },
  mustBe('the original file (an object with its name, kind, checksum and bytes)')
)

/** An imported document, strictly: see ImportedDocument in library-document.ts. */
export const documentSchema = v.strictObject(
  {
    id: v.pipe(
      id(),
      v.check(
        (value) => value !== shippedDocumentId,
        mustBe(`an id other than "${shippedDocumentId}", the shipped summary’s`)
      )
    ),
    title: text(backupLimits.documentTitleLength),
    document: unDocumentSchema,
    original: originalFileSchema,
    importedAt: timestamp,
    updatedAt: timestamp
  },
  mustBe('an imported document (an object)')
)

/**
 * A setting: a key and any JSON value. The values of settings the app knows are checked by key
 * afterwards (see {@link settingValueSchemas}); others are kept as they are, since settings added
 * by a later release of the app must survive a backup made with it.
 */
export const settingSchema = v.strictObject(
  {
    key: id(mustBe(`a setting's name (text of 1 to ${backupLimits.idLength} characters)`)),
    value: v.unknown()
  },
  mustBe('a setting (an object)')
)

/** The colour labels: for each of the five colours a label, as the colour label editor keeps them. */
const colorLabelsSchema = v.strictObject(
  Object.fromEntries(
    highlightColors.map((color) => [color, v.optional(text(backupLimits.colorLabelLength, true))])
  ),
  mustBe('the five colours’ labels (an object)')
)

/** The schema of each setting the app knows, by key. */
export const settingValueSchemas: Readonly<Record<string, v.GenericSchema>> = {
  colorLabels: colorLabelsSchema
}

/** How many records of each table a backup says it holds. */
const count = wholeNumber(0, Number.MAX_SAFE_INTEGER, 'a whole number, 0 or more')

/** The app that made a backup. */
const backupApp = v.strictObject(
  {
    name: text(backupLimits.appNameLength, true),
    version: text(backupLimits.appVersionLength, true)
  },
  mustBe('the app that made the backup (an object with its name and version)')
)

/**
 * A whole backup file of `version`, whose data holds `tables` (each a list of records) and whose
 * counts name the same tables: the one shape of every version, which differ only in their tables.
 */
function backupFileSchema<const Version extends number, const Tables extends v.ObjectEntries>(
  version: Version,
  tables: Tables
) {
  const counts = Object.fromEntries(Object.keys(tables).map((table) => [table, count])) as {
    [Table in keyof Tables]: typeof count
  }
  return v.strictObject(
    {
      format: v.literal(backupFormat, mustBe(`"${backupFormat}"`)),
      version: v.literal(version, mustBe(String(version))),
      createdAt: timestamp,
      app: backupApp,
      counts: v.strictObject(counts, mustBe('the number of records in each table (an object)')),
      data: v.strictObject(tables, mustBe('the backed-up data (an object)'))
    },
    mustBe('a backup (an object)')
  )
}

/** The lists of records every version of a backup holds besides the annotations and settings. */
const notesTables = {
  sessionNotes: v.array(sessionNoteSchema, mustBe('a list of session notes')),
  agendaItems: v.array(agendaItemSchema, mustBe('a list of agenda items'))
}

/** The delegation's statements, which backups hold from version 2. */
const statementsTable = { statements: v.array(statementSchema, mustBe('a list of statements')) }

/** The settings, which every version holds after its other records. */
const settingsTable = { settings: v.array(settingSchema, mustBe('a list of settings')) }

/** A whole backup file, version 3: version 2, imported documents and each annotation's document. */
export const backupSchema = backupFileSchema(backupVersion, {
  annotations: v.array(annotationSchema, mustBe('a list of annotations')),
  ...notesTables,
  ...statementsTable,
  ...settingsTable,
  documents: v.array(documentSchema, mustBe('a list of imported documents'))
})

/** A whole backup file, version 2: version 1 and the delegation's statements. */
export const versionTwoBackupSchema = backupFileSchema(2, {
  annotations: v.array(versionTwoAnnotationSchema, mustBe('a list of annotations')),
  ...notesTables,
  ...statementsTable,
  ...settingsTable
})

/** A whole backup file, version 1, as the first release wrote it: no statements. */
export const versionOneBackupSchema = backupFileSchema(1, {
  annotations: v.array(versionTwoAnnotationSchema, mustBe('a list of annotations')),
  ...notesTables,
  ...settingsTable
})

/** What a valid backup file parses to, before its records are copied out. */
export type BackupFile = v.InferOutput<typeof backupSchema>

/** What a valid version 2 backup file parses to. */
export type VersionTwoBackupFile = v.InferOutput<typeof versionTwoBackupSchema>

/** What a valid version 1 backup file parses to. */
export type VersionOneBackupFile = v.InferOutput<typeof versionOneBackupSchema>

/**
 * A version 2 backup file as version 3 holds the same: no documents, and every annotation on the
 * shipped summary, the only document there was (as database version 6's upgrade assigns them).
 */
export function upgradeVersionTwo(file: VersionTwoBackupFile): BackupFile {
  return {
    ...file,
    version: backupVersion,
    counts: { ...file.counts, documents: 0 },
    data: {
      ...file.data,
      annotations: file.data.annotations.map((annotation) => ({
        ...annotation,
        documentId: shippedDocumentId
      })),
      documents: []
    }
  }
}

/** A version 1 backup file as version 2 holds the same: no statements. Nothing else changed. */
export function upgradeVersionOne(file: VersionOneBackupFile): VersionTwoBackupFile {
  return {
    ...file,
    version: 2,
    counts: { ...file.counts, statements: 0 },
    data: { ...file.data, statements: [] }
  }
}

/**
 * Where something is in a backup file, as a delegate reading the file would find it. `data.` is
 * left out inside the data (`annotations[3].paragraph`); the file itself is "the file".
 */
export function describePlace(path: readonly JsonPathStep[]): string {
  const inData = path.length > 1 && path[0] === 'data' ? path.slice(1) : path
  return inData.length === 0 ? 'the file' : formatJsonPath(inData)
}

/** A field's name as quoted in a message: at most 40 characters of it. */
export function quoteFieldName(name: string): string {
  return JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name)
}

/** One valibot issue as a phrase naming the place: "annotations[3].color must be one of …". */
export function describeIssue(
  issue: v.BaseIssue<unknown>,
  prefix: readonly JsonPathStep[] = []
): string {
  const steps = [...prefix, ...(issue.path ?? []).map((item) => item.key as JsonPathStep)]
  const last = issue.path?.at(-1)
  if (last?.origin === 'key') {
    const place = describePlace(steps.slice(0, -1))
    const name = quoteFieldName(String(last.key))
    return issue.expected === 'never'
      ? `${place} has a field ${name} that this app does not know`
      : `${place} is missing its ${name} field`
  }
  return `${describePlace(steps)} ${issue.message}`
}
