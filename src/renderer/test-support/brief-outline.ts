/**
 * How tests read a brief the way marked does: its outline (every heading, and how many items each
 * list of follow-ups or annotations has), the plain text of its inline Markdown, and the tokens
 * that must never appear in it.
 */
import { marked, type Token, type Tokens } from 'marked'
import { briefBody } from '@renderer/lib/brief/build-brief'

/** A brief's structure as marked reads it. */
export interface BriefOutline {
  /** Every heading, those nested in lists and quotes included, in order, with its plain text. */
  headings: { depth: number; text: string }[]
  /** Each top-level list under "Follow-ups for CND67" or "Annotations": that part and its size. */
  lists: { part: string; items: number }[]
  /** Raw HTML and link reference definitions found, which nothing in a brief should produce. */
  forbidden: string[]
}

/** The parts of the brief whose lists are counted. */
const countedParts = new Set(['Follow-ups for CND67', 'Annotations'])

/** The outline of `brief` (its front matter left out, as marked does not know front matter). */
export function briefOutline(brief: string): BriefOutline {
  const tokens = marked.lexer(briefBody(brief))
  const outline: BriefOutline = { headings: [], lists: [], forbidden: [] }
  let part = ''
  for (const token of tokens) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
      part = plainText((token as Tokens.Heading).tokens)
    } else if (token.type === 'list' && countedParts.has(part)) {
      outline.lists.push({ part, items: (token as Tokens.List).items.length })
    }
  }
  marked.walkTokens(tokens, (token) => {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading
      outline.headings.push({ depth: heading.depth, text: plainText(heading.tokens) })
    } else if (token.type === 'html' || token.type === 'def') outline.forbidden.push(token.raw)
  })
  outline.forbidden.push(...Object.keys(tokens.links).map((label) => `[${label}]:`))
  return outline
}

/** The top-level lists of the part of `brief` under the `## part` heading. */
export function listsOf(brief: string, part: string): Tokens.List[] {
  const lists: Tokens.List[] = []
  let current = ''
  for (const token of marked.lexer(briefBody(brief))) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
      current = plainText((token as Tokens.Heading).tokens)
    } else if (token.type === 'list' && current === part) lists.push(token as Tokens.List)
  }
  return lists
}

/** The text inline tokens show, without their markup; a line break reads as a space. */
export function plainText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      if (token.type === 'br') return ' '
      if (token.type === 'checkbox') return ''
      if ('tokens' in token && Array.isArray(token.tokens)) return plainText(token.tokens)
      // The brief writes "<" as "&lt;"; marked leaves character references to the renderer.
      if (token.type === 'text') return (token as Tokens.Text).text.replaceAll('&lt;', '<')
      return 'text' in token && typeof token.text === 'string' ? token.text : ''
    })
    .join('')
}
