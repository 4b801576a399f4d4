/**
 * What a note's links and images become in every file the app exports: an image its alt text,
 * and a link the app itself would not open its plain text. Other Markdown viewers would load an
 * image or follow a `javascript:`, `file:` or `ms-msdt:` link as typed; the app's preview never
 * does, and the exported file must not either, whoever wrote the note.
 */
import { Marked, type Token, type Tokens } from 'marked'
import { isOpenableExternalUrl } from '@shared/bridge'
import { inlineText } from './markdown-escape'

/** Reads notes as the app's preview does: GitHub's Markdown, a line break for every newline. */
const noteMarked = new Marked({ gfm: true, breaks: true })

/**
 * What a note must hold before it can hold a link or an image: a `]` (inline and reference
 * links, images), or what starts a bare link GitHub's Markdown makes (`://`, `www.`, `@`).
 */
const mayHoldLink = /\]|:\/\/|www\.|@/iu

/** A character reference or backslash escape, which other parsers could read differently. */
const reinterpretable = /&#?[\da-z]+;|\\/iu

/**
 * Control characters, which marked refuses in a link's address but CommonMark parsers let
 * through (`[x](\u0001javascript:…)` is a link to one and text to the other). Shown as U+FFFD,
 * as NUL already is, both parsers agree on what is a link; tabs and line breaks stay.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced.
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu

/** How often a note is re-read for links left by replacing others (`[[x](javascript:)](…)`). */
const maxPasses = 8

/** A link or image in the note, and what it is written as instead. */
interface Replacement {
  raw: string
  text: string
}

/**
 * `markdown` with every image written as its alt text (as typed, escaped, when it has none) and
 * every link `isOpenableExternalUrl` refuses written as its text; `https:` links stay as typed.
 * A bare address GitHub would link stays text, its `://`, `www.` and `@` escaped; control
 * characters other than tabs and line breaks become U+FFFD. Where a link
 * cannot be found again in the note's text (inside a quote's continuation lines), every `[`
 * of the note is escaped instead, so that no link or image can form at all.
 */
export function withInertLinks(markdown: string): string {
  if (!mayHoldLink.test(markdown)) return markdown
  let text = markdown.replace(controlCharacters, '\uFFFD')
  for (let pass = 0; pass < maxPasses; pass++) {
    const next = replaceOnce(text)
    if (next === undefined) return escapedBrackets(text)
    if (next === text) return text
    text = next
  }
  return escapedBrackets(text)
}

/** `text` with this reading's links and images replaced, or undefined if one was not found. */
function replaceOnce(text: string): string | undefined {
  const replacements: Replacement[] = []
  collect(noteMarked.lexer(text), replacements)
  let written = ''
  let cursor = 0
  for (const { raw, text: replacement } of replacements) {
    const at = text.indexOf(raw, cursor)
    if (at < 0) return undefined
    written += text.slice(cursor, at) + replacement
    cursor = at + raw.length
  }
  return written + text.slice(cursor)
}

/**
 * The links and images to replace among `tokens`, in the order they appear. A replaced link's
 * own content is not looked into: it is read again, as text, on the next pass.
 */
function collect(tokens: readonly Token[], replacements: Replacement[]): void {
  for (const token of tokens) {
    if (token.type === 'image') {
      const image = token as Tokens.Image
      const alt = image.text.trim() === '' ? inlineText(image.raw) : image.text
      replacements.push({ raw: image.raw, text: alt })
      continue
    }
    if (token.type === 'link' && !isKeptLink(token as Tokens.Link)) {
      const link = token as Tokens.Link
      const bare = !link.raw.startsWith('[')
      replacements.push({
        raw: link.raw,
        text: bare ? inlineText(link.raw).replaceAll('@', '\\@') : link.text
      })
      continue
    }
    for (const children of childTokens(token)) collect(children, replacements)
  }
}

/** The tokens within `token`: its inline content, a list's items, a table's cells. */
function childTokens(token: Token): Token[][] {
  if (token.type === 'list') return (token as Tokens.List).items.map((item) => item.tokens)
  if (token.type === 'table') {
    const table = token as Tokens.Table
    return [...table.header, ...table.rows.flat()].map((cell) => cell.tokens)
  }
  return 'tokens' in token && Array.isArray(token.tokens) ? [token.tokens] : []
}

/**
 * Whether a link stays a link: the app would open its address, and its Markdown holds no
 * character reference or escape that another parser might turn into a different address.
 */
function isKeptLink(link: Tokens.Link): boolean {
  const at = link.raw.lastIndexOf('](')
  const destination = at < 0 ? '' : link.raw.slice(at)
  return isOpenableExternalUrl(link.href) && !reinterpretable.test(destination)
}

/** `text` with every `[` not already escaped written `\[`. */
function escapedBrackets(text: string): string {
  return text.replace(/(\\*)\[/gu, (match, slashes: string) =>
    slashes.length % 2 === 0 ? `${slashes}\\[` : match
  )
}
