/**
 * The layouts the brief can take: each a short description of its title and the parts it has, in
 * order, with their headings. They are data: the brief model builds whichever parts a layout
 * names, and every rendering (Markdown, HTML, Word) follows the model.
 */

/**
 * The parts a brief can be made of:
 * - `background`: the meeting, its dates and the agenda item the document was issued under;
 * - `follow-ups`: the follow-ups, most pressing first;
 * - `annotations`: every annotation, grouped as the delegate chooses;
 * - `key-points`: the annotations by the thematic session of their paragraph;
 * - `proposed-lines`: the annotations carrying a position, by position;
 * - `talking-points`: one short line per annotation with its citation, by session;
 * - `session-notes`: the session notes, by day;
 * - `statements`: the delegation's statements, each with its length, when the delegate asks.
 */
export const briefPartKinds = [
  'background',
  'follow-ups',
  'annotations',
  'key-points',
  'proposed-lines',
  'talking-points',
  'session-notes',
  'statements'
] as const
export type BriefPartKind = (typeof briefPartKinds)[number]

/** One part of a layout: what it holds and its heading. */
export interface BriefPartSpec {
  kind: BriefPartKind
  heading: string
}

/** A layout of the brief. */
export interface BriefTemplate {
  /** How the layout is named in the export dialog. */
  label: string
  /** The brief's title, before the document's: "Brief for CND67: <document title>". */
  title: string
  /** The parts, in order. */
  parts: readonly BriefPartSpec[]
}

/** The layouts offered, in the order the dialog lists them. */
export const briefTemplateIds = ['full', 'capital', 'talking-points'] as const
export type BriefTemplateId = (typeof briefTemplateIds)[number]

/** Each layout's description. */
export const briefTemplates: Readonly<Record<BriefTemplateId, BriefTemplate>> = {
  full: {
    label: 'Full brief',
    title: 'Brief for CND67',
    parts: [
      { kind: 'follow-ups', heading: 'Follow-ups for CND67' },
      { kind: 'annotations', heading: 'Annotations' },
      { kind: 'session-notes', heading: 'Session notes' },
      { kind: 'statements', heading: 'Statements' }
    ]
  },
  capital: {
    label: 'Brief for capital',
    title: 'Brief for capital',
    parts: [
      { kind: 'background', heading: 'Background' },
      { kind: 'key-points', heading: 'Key points' },
      { kind: 'follow-ups', heading: 'Follow-ups for CND67' },
      { kind: 'proposed-lines', heading: 'Proposed lines' },
      { kind: 'session-notes', heading: 'Session notes' },
      { kind: 'statements', heading: 'Statements' }
    ]
  },
  'talking-points': {
    label: 'Talking points',
    title: 'Talking points',
    parts: [{ kind: 'talking-points', heading: 'Talking points' }]
  }
}

/** Whether a value is one of the layouts, as read back from settings. */
export function isBriefTemplateId(value: unknown): value is BriefTemplateId {
  return typeof value === 'string' && (briefTemplateIds as readonly string[]).includes(value)
}
