/**
 * Builds the delegate's personal brief for CND67 as a Markdown file: YAML front matter, their
 * follow-ups as a task list, their annotations grouped as they choose, and their session notes
 * (or the parts of another layout). The brief model (`brief-model.ts`) rendered as Markdown
 * (`brief-markdown.ts`); a pure function of the document, the delegate's data, the chosen
 * options and a clock.
 */
import { buildBriefModel, type BriefInput, type BriefOptions } from './brief-model'
import { briefMarkdown } from './brief-markdown'

export {
  briefGroupingLabels,
  briefGroupings,
  briefQuoteStyleLabels,
  briefQuoteStyles,
  defaultBriefOptions,
  type BriefGrouping,
  type BriefInput,
  type BriefOptions,
  type BriefQuoteStyle
} from './brief-model'

/**
 * The delegate's brief, in Markdown (CommonMark, with GitHub's task lists), ending with a newline:
 * - YAML front matter: the source document, its agenda item and the symbol of the provisional
 *   agenda, the session, when it was exported (from `now`) and how many of each thing the brief
 *   holds (a count is left out with the part it counts);
 * - a title and a line on the source;
 * - "Follow-ups for CND67", most pressing first, ticked when done or dropped;
 * - "Annotations", grouped by `options.groupBy`, then those whose passage is no longer found;
 * - "Session notes", by session day.
 * A part the delegate leaves out is omitted; a part with nothing in it says so. Nothing the
 * delegate typed can add, remove or merge headings or list items (see markdown-escape.ts).
 *
 * @throws RangeError if `now` gives an invalid date
 */
export function buildBrief(input: BriefInput, options: BriefOptions, now: () => Date): string {
  return briefMarkdown(buildBriefModel(input, options, now))
}

/** The kinds of file a brief is saved as, by their extension. */
export type BriefFileExtension = '.md' | '.docx' | '.pdf'

/**
 * The brief's file name on the day `now`, in the computer's time zone:
 * "CND67-brief-2024-03-10.md" (or `.docx`, `.pdf`).
 */
export function briefFileName(now: Date, extension: BriefFileExtension = '.md'): string {
  const month = String(now.getMonth() + 1).padStart(2, '0')
  const day = String(now.getDate()).padStart(2, '0')
  return `CND67-brief-${now.getFullYear()}-${month}-${day}${extension}`
}

/**
 * The brief without its front matter, for showing it rendered: marked, like most Markdown
 * renderers, does not know front matter and would show it as a heading.
 */
export function briefBody(brief: string): string {
  if (!brief.startsWith('---\n')) return brief
  const end = brief.indexOf('\n---\n', 3)
  return end < 0 ? brief : brief.slice(end + '\n---\n'.length).replace(/^\n+/u, '')
}
