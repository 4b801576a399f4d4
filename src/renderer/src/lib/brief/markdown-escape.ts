/**
 * Writes a delegate's text into the brief's Markdown so that it reads as typed but can never
 * reshape the brief: single-line fields become escaped inline text, quotes become blockquote lines,
 * and Markdown notes keep their formatting minus whatever could reach outside the item holding them.
 */

/** Where a line ends: CR, LF, CRLF, and the Unicode line and paragraph separators. */
const lineBreak = /\r\n|[\n\r\u2028\u2029]/u

/** Whitespace a single-line field collapses to one space: spaces, tabs and every kind of line break. */
const lineSpace = /[\t\n\v\f\r \u0085\u2028\u2029]+/gu

/**
 * What starts or ends inline Markdown anywhere in a line: code spans, emphasis and strikethrough,
 * links, raw HTML, table cells, backslash escapes, `&` where it would start an entity, and what
 * starts a GitHub-style bare link (the colon of "https://", the dot of "www."). Bare links must
 * not form: a link runs on over backslashes, so it would show the escapes after it and leave the
 * characters they escaped free to act.
 */
const inlineSpecial = /[\\`*_~[\]<|]|&(?=#?[\dA-Za-z]+;)|:(?=\/\/)|(?<=www)\./giu

/**
 * What a line may start with that would make it something other than a paragraph: a heading,
 * blockquote, list item, setext underline or thematic break. (`*`, `_`, `` ` ``, `~`, `<`, `[` and
 * `|` are escaped wherever they are, so they need no rule here.)
 */
const blockStart = /^(?:[#>+=-]|(\d{1,9})([.)])(?=\s|$))/u

/** A line of only `=` or only `-`: a setext underline, which would make the line above a heading. */
const setextUnderline = /^(?:=+|-+)\s*$/u

/** A thematic break: three or more `-`, `*` or `_`, maybe spaced. */
const thematicBreak = /^([-*_])(?:\s*\1){2,}\s*$/u

/** An ATX heading's opening run of `#`. */
const atxHeading = /^#+(?=\s|$)/u

/** A code fence's opening run, wherever it is. */
const fenceRun = /^(?:`{3,}|~{3,})/u

/**
 * A `[` starting a link reference definition: a label closed by "]:", or not closed on its line
 * (labels may run over lines). Definitions apply to the whole document, so one in a note could
 * redirect links anywhere in the brief. Task list boxes ("[ ] call Canada") and links are left.
 */
const definitionStart = /^\[(?:\\.?|[^\\\]])*(?:\]:|$)/u

/** A container marker at the start of a line: a blockquote's `>`, or a list item's bullet or number. */
const containerMarker = /^(?:>|[-+*](?=\s|$)|\d{1,9}[.)](?=\s|$))/u

/**
 * A fence that opens a code block in a note: at the very start of a line (an indented fence could
 * belong to a list item of the note, and its block could end where the item does); a backtick
 * fence's info string holds no backtick.
 */
const topLevelFence = /^(`{3,}(?=[^`]*$)|~{3,})/u

/**
 * Whether a single-line field may need more than to be returned as it is: something to escape or
 * collapse, or whitespace at an end. Most names, tags and labels need nothing.
 */
const mayNeedEscaping =
  /[\\`*_~[\]<|\t\n\v\f\r\0\u0085\u2028\u2029]|&#?[\dA-Za-z]+;|:\/\/|www\.|^\s|\s$|\s\s/iu

/**
 * A note line starting with a letter or the like: no heading, break, fence, definition or
 * container can start it, so only its `<` need writing differently. Most lines of prose are so.
 */
const plainLineStart = /^[^\t #*+\-0-9=>[_`~]/u

/** A line that is blank in Markdown's sense: spaces and tabs only. */
const blankLine = /^[\t ]*$/u

/** Characters that YAML does not allow unescaped, or that YAML 1.1 reads as line breaks. */
const yamlUnsafe = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/gu

/**
 * A field as one line: runs of spaces, tabs and line breaks collapsed to one space, the ends
 * trimmed, and NUL (which Markdown replaces) written as U+FFFD.
 */
export function singleLine(text: string): string {
  return text.replaceAll('\0', '\uFFFD').replace(lineSpace, ' ').trim()
}

/**
 * A single-line field as inline Markdown that shows exactly its text, for use in the middle of a
 * line: collapsed with {@link singleLine}, every character that could start inline Markdown
 * escaped. "a_b <c>" becomes "a\_b &lt;c>".
 */
export function inlineText(text: string): string {
  if (!mayNeedEscaping.test(text)) return text
  return singleLine(text).replace(inlineSpecial, escapeCharacter)
}

/**
 * A single-line field as inline Markdown at the start of a line or list item, where "# x", "- x",
 * "> x", "1. x" or "===" would otherwise start a heading, a list or a quote: as
 * {@link inlineText}, and the marker escaped.
 */
export function lineStartText(text: string): string {
  return inlineText(text).replace(
    blockStart,
    (marker: string, digits?: string, delimiter?: string) =>
      digits && delimiter ? `${digits}\\${delimiter}` : `\\${marker}`
  )
}

/**
 * A single-line field as the text of an ATX heading: as {@link inlineText}, and a trailing run of
 * `#` escaped, since Markdown would take it for the heading's closing sequence and drop it.
 */
export function headingText(text: string): string {
  return inlineText(text).replace(/#+$/u, (run) => '\\#'.repeat(run.length))
}

/**
 * A passage as the lines of a blockquote ("> …"), one per line of the passage, each escaped as
 * {@link lineStartText}; blank lines inside it become a bare ">", blank lines around it are dropped.
 */
export function quoteLines(text: string): string[] {
  const lines = text.split(lineBreak).map(lineStartText)
  while (lines[0] === '') lines.shift()
  while (lines.at(-1) === '') lines.pop()
  return lines.map((line) => (line === '' ? '>' : `> ${line}`))
}

/**
 * A delegate's Markdown note as lines that can be indented into a list item (or placed under a
 * heading) without changing anything around them. The note keeps its paragraphs, emphasis, links,
 * lists, quotes, tables and code blocks; what could reshape the brief is made harmless:
 * - headings become bold text, kept in their item but read as headings of the note, never as
 *   escaped markup: "## Plenary" (also inside the note's own lists and quotes) and a paragraph
 *   line underlined with `===` or `---` both become "**Plenary**";
 * - what cannot be bold (a heading of nothing but `#`, a setext heading of several lines or in a
 *   list or quote) and thematic breaks are escaped, so that they show as typed;
 * - raw HTML, block or inline (every `<` outside a code block becomes `&lt;`);
 * - link reference definitions, which would apply to the whole brief;
 * - code fences other than those at the very start of a line, whose extent depends on containers;
 * - empty list items, which say nothing and on which marked can fail;
 * and a code block left open is closed. Lines are split at every kind of line break, leading tabs
 * become spaces (so indentation keeps its meaning once indented), runs of blank lines become one,
 * and blank lines around the note are dropped.
 */
export function noteLines(markdown: string): string[] {
  const lines: string[] = []
  /** The run that opened the code block the line is in, or null outside one. */
  let fence: string | null = null
  const text = markdown.includes('\0') ? markdown.replaceAll('\0', '\uFFFD') : markdown
  for (const typed of text.split(lineBreak)) {
    const line = expandLeadingTabs(typed)
    if (fence !== null) {
      if (closesFence(line, fence)) {
        lines.push(fence)
        fence = null
      } else lines.push(line)
      continue
    }
    if (blankLine.test(line)) {
      if (lines.length > 0 && lines.at(-1) !== '') lines.push('')
      continue
    }
    // A heading of the note's own, at its top level, becomes a paragraph of its own in bold.
    if (setextUnderline.test(line) && startsParagraph(lines)) {
      lines[lines.length - 1] = strongText(lines[lines.length - 1])
      lines.push('')
      continue
    }
    const heading = atxHeading.test(line) ? demotedHeading(line) : null
    if (heading !== null) {
      if (lines.length > 0 && lines.at(-1) !== '') lines.push('')
      lines.push(escapedAngles(heading), '')
      continue
    }
    const opening = topLevelFence.exec(line)
    if (opening) {
      fence = opening[1]
      lines.push(line)
    } else lines.push(neutralizedLine(line))
  }
  if (fence !== null) lines.push(fence)
  while (lines.at(-1) === '') lines.pop()
  return lines
}

/** `lines` with each non-blank one indented by `width` spaces, as a list item's content is. */
export function indentLines(lines: readonly string[], width: number): string[] {
  const indent = ' '.repeat(width)
  return lines.map((line) => (line === '' ? '' : indent + line))
}

/**
 * A string as a YAML double-quoted scalar: JSON's string syntax (which YAML's double-quoted style
 * includes), with the characters YAML forbids or reads as line breaks also written as `\uXXXX`,
 * and half surrogate pairs replaced by U+FFFD.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text.toWellFormed()).replace(
    yamlUnsafe,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/**
 * Whether the last of `lines` is a paragraph's only line so far, at the top level of the note, so
 * that a setext underline after it makes it a heading of its own.
 */
function startsParagraph(lines: readonly string[]): boolean {
  const last = lines.at(-1)
  return (
    last !== undefined &&
    plainLineStart.test(last) &&
    (lines.length === 1 || lines[lines.length - 2] === '')
  )
}

/**
 * The text of a heading as bold inline text: "**Plenary**". A backslash at its end, which a
 * heading shows as typed, is doubled so that it does not escape the closing `**`.
 */
function strongText(text: string): string {
  const trimmed = text.trim()
  const trailingSlashes = /\\*$/u.exec(trimmed)?.[0].length ?? 0
  return `**${trailingSlashes % 2 === 1 ? `${trimmed}\\` : trimmed}**`
}

/**
 * An ATX heading ("## Plenary ##") as bold text ("**Plenary**"), or null if it has no text or
 * its bold form would read as a thematic break ("## ***").
 */
function demotedHeading(heading: string): string | null {
  const text = heading
    .replace(atxHeading, '')
    .replace(/(?:^|[\t ])#+[\t ]*$/u, '')
    .trim()
  if (text === '') return null
  const strong = strongText(text)
  return thematicBreak.test(strong) ? null : strong
}

/**
 * A line of a note outside code blocks with its structure made harmless. Looking through the
 * note's own blockquote and list markers, a heading with text becomes bold text; an empty heading,
 * setext underline, thematic break, code fence,
 * link reference definition or empty list item has its first character escaped (an empty ordered
 * item its "." or ")"); and every `<`, escaped or not, becomes `&lt;`, since a bare link before it
 * would take a backslash for part of its address. Code inside the note's containers, and indented
 * code, may show the escapes: safety first.
 */
function neutralizedLine(line: string): string {
  if (plainLineStart.test(line)) return line.includes('<') ? escapedAngles(line) : line
  let at = 0
  let escapeAt = -1
  for (;;) {
    while (line[at] === ' ' || line[at] === '\t') at++
    const rest = line.slice(at)
    const demoted = atxHeading.test(rest) ? demotedHeading(rest) : null
    if (demoted !== null) return escapedAngles(line.slice(0, at) + demoted)
    if (
      setextUnderline.test(rest) ||
      thematicBreak.test(rest) ||
      atxHeading.test(rest) ||
      fenceRun.test(rest) ||
      definitionStart.test(rest)
    ) {
      escapeAt = at
      break
    }
    const marker = containerMarker.exec(rest)
    if (!marker) break
    if (marker[0] !== '>' && blankLine.test(rest.slice(marker[0].length))) {
      // An empty list item says nothing, and marked 18 throws on one ending a blockquote in a
      // list item when a lazy line follows ("- a\n  > 1.\n  b"). Write it as text.
      escapeAt = at + marker[0].length - 1
      break
    }
    at += marker[0].length
  }
  return escapedAngles(escapeAt < 0 ? line : `${line.slice(0, escapeAt)}\\${line.slice(escapeAt)}`)
}

/** `line` with every `<` written `&lt;`, dropping the backslash that escaped it, if any. */
function escapedAngles(line: string): string {
  return line.replace(/(\\*)</gu, (_, slashes: string) =>
    slashes.length % 2 === 0 ? `${slashes}&lt;` : `${slashes.slice(1)}&lt;`
  )
}

/**
 * A character escaped: `<` as a character reference, since a bare link before it would take a
 * backslash for part of its address; anything else with a backslash.
 */
function escapeCharacter(character: string): string {
  return character === '<' ? '&lt;' : `\\${character}`
}

/**
 * Whether `line` closes the code block opened by `fence`. CommonMark closes on a run of the same
 * character at least as long, then spaces or tabs; marked on the opening run followed by any
 * backticks or tildes, then spaces. A line either would take as closing is closing, and is written
 * as the opening run, so that every renderer agrees where the block ends.
 */
function closesFence(line: string, fence: string): boolean {
  const indent = /^ {0,3}/u.exec(line)?.[0].length ?? 0
  const rest = line.slice(indent)
  const character = fence[0]
  let run = 0
  while (rest[run] === character) run++
  if (run >= fence.length && /^[\t ]*$/u.test(rest.slice(run))) return true
  return rest.startsWith(fence) && /^[`~]* *$/u.test(rest.slice(fence.length))
}

/** `line` with the tabs in its indentation turned into spaces, to the next multiple of four columns. */
function expandLeadingTabs(line: string): string {
  if (line[0] !== '\t' && line[0] !== ' ') return line
  const indentation = /^[\t ]*/u.exec(line)?.[0] ?? ''
  if (!indentation.includes('\t')) return line
  let columns = 0
  for (const character of indentation)
    columns = character === '\t' ? columns + 4 - (columns % 4) : columns + 1
  return ' '.repeat(columns) + line.slice(indentation.length)
}
