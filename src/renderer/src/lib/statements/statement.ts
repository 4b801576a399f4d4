/**
 * A statement the delegation will deliver at CND67: its title, agenda item, the delegation it
 * speaks for, the time it may take, the pace it is read at, and its text. The record, its
 * defaults, and the one check of its fields that the store, the editor and backups all use.
 */
import { isWellFormedText } from '@shared/well-formed-text'
import { isAppTimestamp, timestampRule } from '../file-formats/timestamps'

/** A statement as stored. */
export interface Statement {
  /** A UUID, stable for the statement's life. */
  id: string
  title: string
  /** The id of the agenda item it is delivered under, or null. */
  agendaItemId: string | null
  /** The delegation's name, as the statement is introduced ("Canada", "the European Union"). */
  speakingFor: string
  /** The time the Chair allows, in whole seconds (30 to 3,600). */
  limitSeconds: number
  /** The pace it is read at, in whole words a minute (60 to 250). */
  wordsPerMinute: number
  /** The text, in Markdown, exactly as typed. */
  text: string
  /** When it was created, ISO 8601. */
  createdAt: string
  /** When it was last changed, ISO 8601. */
  updatedAt: string
}

/** What the delegate types or picks: everything but the id and the times. */
export type StatementFields = Pick<
  Statement,
  'title' | 'agendaItemId' | 'speakingFor' | 'limitSeconds' | 'wordsPerMinute' | 'text'
>

/** The names of the fields the delegate edits, in the order the interface declares them. */
export const statementFieldNames = [
  'title',
  'agendaItemId',
  'speakingFor',
  'limitSeconds',
  'wordsPerMinute',
  'text'
] as const satisfies readonly (keyof StatementFields)[]

/** A new statement's time limit (3 minutes) and pace, as the Chair usually allows. */
export const defaultLimitSeconds = 180
export const defaultWordsPerMinute = 120

/** The time limits offered at once (2, 3 and 5 minutes); any other allowed one can be typed. */
export const limitPresetSeconds: readonly number[] = [120, 180, 300]

/** The time limits allowed: whole seconds from half a minute to an hour. */
export const speakingLimitRange = { min: 30, max: 3600 } as const

/** The paces allowed, in words a minute: from a slow reading to a fast one. */
export const speakingPaceRange = { min: 60, max: 250 } as const

/** How long each text field may be (the title as a session note's; the text as a note's). */
export const statementLengths = {
  title: 300,
  speakingFor: 200,
  text: 5_000_000
} as const

/** What a time limit must be, as every refusal of one ends: "… must be …". */
export const speakingLimitRule = `a whole number of seconds from ${speakingLimitRange.min} to ${speakingLimitRange.max.toLocaleString('en-GB')}`

/** What a pace must be. */
export const speakingPaceRule = `a whole number of words a minute from ${speakingPaceRange.min} to ${speakingPaceRange.max}`

/** Whether `seconds` is an allowed time limit. */
export function isSpeakingLimit(seconds: unknown): seconds is number {
  return (
    Number.isInteger(seconds) &&
    (seconds as number) >= speakingLimitRange.min &&
    (seconds as number) <= speakingLimitRange.max
  )
}

/** Whether `wordsPerMinute` is an allowed pace. */
export function isSpeakingPace(wordsPerMinute: unknown): wordsPerMinute is number {
  return (
    Number.isInteger(wordsPerMinute) &&
    (wordsPerMinute as number) >= speakingPaceRange.min &&
    (wordsPerMinute as number) <= speakingPaceRange.max
  )
}

/** How each field is named to a delegate when it is refused. */
const fieldNames: Readonly<Record<keyof StatementFields, string>> = {
  title: 'The title',
  agendaItemId: 'The agenda item',
  speakingFor: '“Speaking for”',
  limitSeconds: 'The time limit',
  wordsPerMinute: 'The speaking pace',
  text: 'The text'
}

/** What a text field must be. */
function textRule(max: number): string {
  return `well-formed text of at most ${max.toLocaleString('en-GB')} characters`
}

/**
 * What is wrong with one field's value, as "<what it must be>", or null when it is allowed.
 * Text is refused only when it could not have been typed (a lone half of a surrogate pair) or is
 * far longer than anyone types.
 */
export function statementFieldRule(field: keyof StatementFields, value: unknown): string | null {
  switch (field) {
    case 'title':
    case 'speakingFor':
    case 'text': {
      const max = statementLengths[field]
      const ok = typeof value === 'string' && value.length <= max && isWellFormedText(value)
      return ok ? null : textRule(max)
    }
    case 'agendaItemId':
      return value === null || (typeof value === 'string' && value !== '')
        ? null
        : 'an agenda item’s id, or null'
    case 'limitSeconds':
      return isSpeakingLimit(value) ? null : speakingLimitRule
    case 'wordsPerMinute':
      return isSpeakingPace(value) ? null : speakingPaceRule
    default:
      return null
  }
}

/**
 * The first problem with `fields` (all of them or only those being changed), in plain words ("The
 * time limit must be a whole number of seconds from 30 to 3,600"), or null when all are allowed.
 */
export function statementFieldsProblem(fields: Partial<StatementFields>): string | null {
  for (const field of statementFieldNames) {
    if (!(field in fields)) continue
    const rule = statementFieldRule(field, fields[field])
    if (rule) return `${fieldNames[field]} must be ${rule}`
  }
  return null
}

/** The first problem with a whole stored statement (its id and times too), or null. */
export function statementProblem(statement: Statement): string | null {
  if (typeof statement.id !== 'string' || statement.id === '') return 'The id must not be empty'
  for (const time of ['createdAt', 'updatedAt'] as const) {
    const value: unknown = statement[time]
    if (typeof value !== 'string' || !isAppTimestamp(value)) {
      return `${time} must be ${timestampRule}`
    }
  }
  return statementFieldsProblem(statement)
}

/** The fields with their text made well-formed (a lone half of a surrogate pair becomes U+FFFD). */
export function wellFormedFields<T extends Partial<StatementFields>>(fields: T): T {
  const copy = { ...fields }
  for (const field of ['title', 'speakingFor', 'text'] as const) {
    const value = copy[field]
    if (typeof value === 'string') copy[field] = value.toWellFormed() as T[typeof field]
  }
  return copy
}

/** The editable fields of a new statement before the delegate types anything. */
export function emptyStatementFields(speakingFor = ''): StatementFields {
  return {
    title: '',
    agendaItemId: null,
    speakingFor,
    limitSeconds: defaultLimitSeconds,
    wordsPerMinute: defaultWordsPerMinute,
    text: ''
  }
}

/**
 * A new statement from what the delegate gave (the defaults for the rest), created `now` with
 * `id`. Text is made well-formed.
 * @throws RangeError naming the first field that is not allowed (a limit under 30 s, say).
 */
export function newStatement(
  fields: Partial<StatementFields>,
  now: Date,
  id: string = crypto.randomUUID()
): Statement {
  const time = now.toISOString()
  const given = wellFormedFields(fields)
  const statement: Statement = {
    id,
    ...statementFieldsOf({ ...emptyStatementFields(), ...definedOnly(given) }),
    createdAt: time,
    updatedAt: time
  }
  const problem = statementProblem(statement)
  if (problem) throw new RangeError(problem)
  return statement
}

/** `fields` without the keys whose value is undefined, so they do not hide the defaults. */
function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined)
  ) as Partial<T>
}

/**
 * The editable fields of `statement`, copied in declared order; the defaults for a statement
 * that is not there (deleted since an editor opened it).
 */
export function statementFieldsOf(statement: StatementFields | undefined): StatementFields {
  const fields = statement ?? emptyStatementFields()
  return {
    title: fields.title,
    agendaItemId: fields.agendaItemId,
    speakingFor: fields.speakingFor,
    limitSeconds: fields.limitSeconds,
    wordsPerMinute: fields.wordsPerMinute,
    text: fields.text
  }
}

/** A statement's known fields, copied in the order the interface declares them (for backups). */
export function copyStatement(statement: Statement): Statement {
  return {
    id: statement.id,
    ...statementFieldsOf(statement),
    createdAt: statement.createdAt,
    updatedAt: statement.updatedAt
  }
}

/** The fields of `edited` that differ from `saved`, with their values in `edited`. */
export function statementChanges(
  edited: StatementFields,
  saved: StatementFields
): Partial<StatementFields> {
  const changes: Partial<StatementFields> = {}
  for (const field of statementFieldNames) {
    if (edited[field] !== saved[field]) Object.assign(changes, { [field]: edited[field] })
  }
  return changes
}

/** The title a delegate reads for a statement: its own, or "Untitled statement". */
export function statementTitle(statement: Pick<Statement, 'title'>): string {
  return statement.title.trim() || 'Untitled statement'
}
