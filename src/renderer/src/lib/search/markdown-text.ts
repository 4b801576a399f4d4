/**
 * A delegate's Markdown note as the plain text search indexes and cuts snippets from. Linear in
 * the note's length whatever it holds: marked, which renders notes, takes quadratic time on some
 * runs of emphasis marks and overflows the stack on deeply nested quotes, and the index reads
 * every note at start. Search needs the words, not the layout, so the syntax is simply removed.
 */

/**
 * Each pattern below is linear: quantifiers are bounded or cannot overlap, and none of them
 * crosses a line break unless it means to.
 */

/** A code fence line, with its info string: "```ts", "~~~". */
const fenceLine = /^[ \t]*(?:`{3,}|~{3,})[^\n`]*$/gmu

/** A link reference definition: "[1]: https://example.org". */
const linkDefinition = /^[ \t]{0,3}\[[^\]\n]{1,500}\]:[^\n]*$/gmu

/**
 * What opens a line: quote marks and list markers (nested lists may open on one line), then a
 * heading's hashes, then a task box. "> - [x] Done" keeps "Done". Each repetition starts with a
 * different character, so the pattern never backtracks.
 */
const lineOpening =
  /^[ \t]*(?=[>#*+\d-])(?:>[ \t]*|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))*(?:#{1,6}(?:[ \t]+|$))?(?:\[[ xX]\](?=[ \t]))?/gmu

/** A line of syntax alone: a thematic break, a table's rule, a heading's underline. */
const syntaxLine = /^[ \t|:=*_+-]+$/gmu

/** An inline link or image: "[text](https://…)" or "![alt](plan.png "Title")". */
const inlineLink =
  /(!?)(?<!\\)\[([^\][\n]{0,500})\]\([ \t]*(?:<[^<>\n]{0,2000}>|[^()\s]{0,2000})(?:[ \t]+(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'))?[ \t]*\)/gu

/** A reference link: "[text][1]". */
const referenceLink = /(?<!\\)\[([^\][\n]{1,500})\]\[[^\][\n]{0,500}\]/gu

/** An autolink: "<https://example.org>". */
const autolink = /<((?:https?|mailto|ftp):[^\s<>]{1,2000})>/giu

/** A table's column separator, unless escaped. */
const tablePipe = /(?<!\\)\|/gu

/**
 * A backslash escape (replaced by the character it escapes), or an inline mark to drop:
 * emphasis, strikethrough and code marks, and underscores at the edge of a word (not inside
 * snake_case). Replaced by `$1`, not by a function, which is several times slower per match.
 */
const inlineMark = /\\([!-/:-@[-`{-~])|[*`~]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu

/**
 * The words of a Markdown note on one line, syntax removed: "## Ask **Mexico** about
 * [precursors](https://…)" is "Ask Mexico about precursors". An image is its alt text (what was
 * typed, if it has none) and raw HTML stays as typed, as `renderNote` shows them.
 */
export function markdownPlainText(markdown: string): string {
  return markdown
    .replace(/\r\n?/gu, '\n')
    .replace(fenceLine, '')
    .replace(linkDefinition, '')
    .replace(lineOpening, '')
    .replace(syntaxLine, '')
    .replace(inlineLink, (typed: string, image: string, text: string) =>
      image && text.trim() === '' ? typed : text
    )
    .replace(referenceLink, '$1')
    .replace(autolink, '$1')
    .replace(tablePipe, ' ')
    .replace(inlineMark, '$1')
    .replace(/\s+/gu, ' ')
    .trim()
}
