/**
 * Valibot schemas for reading W3C Web Annotation files: the containers (collection, page, list)
 * and the parts of an Annotation the app reads (id, type, times, motivation, bodies, targets and
 * their selectors). Lenient about anything else other tools add; strict about the types of what
 * is read. The app's own extension properties are read separately, each falling back on its own.
 */
import * as v from 'valibot'
import { highlightColors } from '../annotations/annotation'
import { followUpPriorities, followUpStatuses, positions } from '../follow-ups/follow-up'
import { isIsoDate, isZonedTimestamp, timestampRule } from '../file-formats/timestamps'

/** The most annotations a file may hold: many times what a delegate makes for one meeting. */
export const maxAnnotations = 20_000

/** The longest text read from a file: a note, a quote, a tag before it is checked, an address. */
export const maxTextLength = 100_000

/** The most items in any list inside an annotation: bodies, targets, selectors, counterparts. */
const maxListLength = 1_000

/** The selector types the app reads; others are accepted and ignored. */
const readSelectorTypes = ['TextQuoteSelector', 'TextPositionSelector', 'FragmentSelector']

/** How valibot names what it found, in the words of a message: "a number", "a list". */
function found(received: string): string {
  if (received === 'Array') return 'a list'
  if (received === 'Object') return 'an object'
  if (received === 'undefined' || received === 'null') return 'nothing'
  if (received.startsWith('"')) return 'text'
  if (received === 'true' || received === 'false') return 'true or false'
  return 'a number'
}

/** Text of at most {@link maxTextLength} characters. */
function text(what: string) {
  return v.pipe(
    v.string((issue) => `${what} must be text, not ${found(issue.received)}.`),
    v.maxLength(
      maxTextLength,
      `${what} is longer than ${maxTextLength.toLocaleString('en')} characters.`
    )
  )
}

/** An object whose other keys are kept but not read. */
function object<TEntries extends v.ObjectEntries>(entries: TEntries, what: string) {
  return v.looseObject(
    entries,
    (issue) => `${what} must be an object, not ${found(issue.received)}.`
  )
}

/**
 * One value or a list of them, as JSON-LD writes either, always read as a list. Which schema
 * applies is chosen by the input, so a problem is reported where it is, not as "neither".
 */
function oneOrMany<TSchema extends v.GenericSchema>(schema: TSchema, what: string) {
  return v.pipe(
    v.lazy((input: unknown) =>
      Array.isArray(input)
        ? v.pipe(
            v.array(schema),
            v.maxLength(maxListLength, `${what} has more than ${maxListLength} entries.`)
          )
        : schema
    ),
    v.transform((input) => (Array.isArray(input) ? input : [input]) as v.InferOutput<TSchema>[])
  )
}

/** A character offset in a paragraph: a whole number, 0 or more. */
function offset(what: string) {
  return v.pipe(
    v.number((issue) => `${what} must be a number, not ${found(issue.received)}.`),
    v.integer(`${what} must be a whole number.`),
    v.minValue(0, `${what} cannot be negative.`),
    v.maxValue(maxTextLength, `${what} is beyond any paragraph.`)
  )
}

/** A W3C TextQuoteSelector: the passage's text, with optional context either side. */
const textQuoteSelectorSchema = object(
  {
    type: v.literal('TextQuoteSelector'),
    exact: v.pipe(text('The quote (exact)'), v.minLength(1, 'The quote (exact) is empty.')),
    prefix: v.optional(text('The text before the quote (prefix)')),
    suffix: v.optional(text('The text after the quote (suffix)'))
  },
  'A TextQuoteSelector'
)

/** A W3C TextPositionSelector: the passage's offsets; an empty passage is allowed by the model. */
const textPositionSelectorSchema = v.pipe(
  object(
    {
      type: v.literal('TextPositionSelector'),
      start: offset('Its start'),
      end: offset('Its end')
    },
    'A TextPositionSelector'
  ),
  v.check(
    (selector) => selector.start <= selector.end,
    (issue) => {
      const { start, end } = issue.input as { start: number; end: number }
      return `The passage starts after it ends (start ${start}, end ${end}).`
    }
  )
)

/** A selector as read: the types the app reads, typed; any other type, kept as it is. */
export type Selector =
  | v.InferOutput<typeof textQuoteSelectorSchema>
  | v.InferOutput<typeof textPositionSelectorSchema>
  | FragmentSelector
  | { type: string }

/** A W3C FragmentSelector, possibly refined by selectors within the fragment. */
export interface FragmentSelector {
  type: 'FragmentSelector'
  value: string
  conformsTo?: string
  refinedBy?: Selector[]
}

/** Any selector: the three the app reads, checked; others, only their type. */
const selectorSchema: v.GenericSchema<unknown, Selector> = v.variant(
  'type',
  [
    textQuoteSelectorSchema,
    textPositionSelectorSchema,
    object(
      {
        type: v.literal('FragmentSelector'),
        value: text('The fragment (value)'),
        conformsTo: v.optional(text('What the fragment conforms to (conformsTo)')),
        refinedBy: v.optional(
          oneOrMany(
            v.lazy(() => selectorSchema),
            'Its refinements (refinedBy)'
          )
        )
      },
      'A FragmentSelector'
    ),
    object({ type: v.pipe(v.string(), v.notValues(readSelectorTypes)) }, 'A selector')
  ],
  'A selector must be an object with a type.'
)

/** A target: a whole resource by its address, or a part of one (a W3C SpecificResource). */
const targetSchema = v.lazy((input: unknown) =>
  typeof input === 'string'
    ? text('The target’s address')
    : v.pipe(
        object(
          {
            source: v.optional(text('The target’s source')),
            id: v.optional(text('The target’s id')),
            selector: v.optional(oneOrMany(selectorSchema, 'The target’s selectors'))
          },
          'A target'
        ),
        v.check(
          (target) => target.source !== undefined || target.id !== undefined,
          'A target must name its document (source).'
        )
      )
)

/** A target as read. */
export type Target = v.InferOutput<typeof targetSchema>

/** A body: a resource by its address, or an object such as a TextualBody. */
const bodySchema = v.lazy((input: unknown) =>
  typeof input === 'string'
    ? text('The body’s address')
    : v.pipe(
        object(
          {
            type: v.optional(oneOrMany(text('The body’s type'), 'The body’s types')),
            value: v.optional(text('The body’s value')),
            format: v.optional(text('The body’s format')),
            purpose: v.optional(text('The body’s purpose'))
          },
          'A body'
        ),
        v.check(
          (body) => !body.type?.includes('TextualBody') || body.value !== undefined,
          'A TextualBody must have a value.'
        )
      )
)

/** A body as read. */
export type Body = v.InferOutput<typeof bodySchema>

/** An ISO 8601 date and time with its time zone, as the model's `created` and `modified` are. */
function timestamp(what: string) {
  return v.pipe(text(what), v.check(isZonedTimestamp, `${what} must be ${timestampRule}.`))
}

/** The parts of a W3C Annotation the app reads. */
export const annotationSchema = v.pipe(
  object(
    {
      id: v.optional(text('Its id')),
      type: v.optional(oneOrMany(text('Its type'), 'Its types')),
      motivation: v.optional(oneOrMany(text('Its motivation'), 'Its motivations')),
      created: v.optional(timestamp('Its creation time (created)')),
      modified: v.optional(timestamp('Its modification time (modified)')),
      body: v.optional(oneOrMany(bodySchema, 'Its bodies')),
      target: v.optional(oneOrMany(targetSchema, 'Its targets'))
    },
    'An annotation'
  ),
  v.check(
    (annotation) => annotation.type?.includes('Annotation') === true,
    (issue) => {
      const types = (issue.input as { type?: string[] }).type
      return types === undefined
        ? 'It has no type; a Web Annotation has the type “Annotation”.'
        : `It is not an Annotation (its type is ${types.map((type) => `“${type}”`).join(', ')}).`
    }
  ),
  v.check(
    (annotation) => annotation.target !== undefined && annotation.target.length > 0,
    'It has no target, so there is nothing to attach it to.'
  )
)

/** An annotation as read. */
export type AnnotationInput = v.InferOutput<typeof annotationSchema>

/** A list of annotations, as a page's `items` or a whole file holds them; each checked later. */
export const annotationListSchema = v.pipe(
  v.array(
    v.unknown(),
    (issue) => `A list of annotations was expected here, not ${found(issue.received)}.`
  ),
  v.maxLength(
    maxAnnotations,
    `There are more than ${maxAnnotations.toLocaleString('en')} annotations, far more than one meeting’s notes.`
  )
)

/** A W3C AnnotationPage: its items, and its next page if the file embeds that too. */
export interface PageInput {
  items: unknown[]
  next?: string | PageInput
}

/** An AnnotationPage, embedded in a collection or standing alone. */
export const pageSchema: v.GenericSchema<unknown, PageInput> = object(
  {
    items: annotationListSchema,
    next: v.optional(
      v.lazy((input: unknown) =>
        typeof input === 'string' ? v.string() : v.lazy(() => pageSchema)
      )
    )
  },
  'A page'
)

/** A W3C AnnotationCollection; the app also accepts its annotations inline, under `items`. */
export const collectionSchema = object(
  {
    items: v.optional(annotationListSchema),
    first: v.optional(
      v.lazy((input: unknown) => (typeof input === 'string' ? v.string() : pageSchema))
    )
  },
  'The collection'
)

/** A colour the app knows, or null for none. */
export const colorSchema = v.nullable(v.picklist(highlightColors))

/** A position the app knows, or null for none. */
export const positionSchema = v.nullable(v.picklist(positions))

/** A follow-up as the app writes it, every field checked; null for none. */
export const followUpSchema = v.nullable(
  v.object({
    action: text('Its action'),
    status: v.picklist(followUpStatuses, 'Its status is not one the app knows.'),
    priority: v.picklist(followUpPriorities, 'Its priority is not one the app knows.'),
    due: v.nullable(
      v.pipe(
        v.string('Its due date must be text.'),
        v.check(isIsoDate, 'Its due date is not a date such as 2024-03-18.')
      )
    ),
    agendaItemId: v.nullable(text('Its agenda item')),
    counterparts: v.pipe(
      v.array(text('A counterpart')),
      v.maxLength(maxListLength, `It has more than ${maxListLength} counterparts.`)
    )
  })
)

/** Where a valibot issue is, as a reader writes it: "target[0].selector.refinedBy[1]". */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = ''
  for (const item of issue.path ?? []) {
    if (typeof item.key === 'number') path += `[${item.key}]`
    else path += path === '' ? String(item.key) : `.${String(item.key)}`
  }
  return path
}

/** The first problem valibot found, with where it is: "target[0].selector.start: …". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const [issue] = issues
  if (!issue) return 'It could not be read.'
  const path = issuePath(issue)
  return path === '' ? issue.message : `${path}: ${issue.message}`
}
