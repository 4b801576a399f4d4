/**
 * The text of an HTML fragment, for notes that other annotation tools store as HTML. Notes are
 * Markdown shown through a renderer that displays any HTML left in them as typed text, so this
 * only has to make the note readable; the app's safety does not rest on it.
 */

/** Elements whose content is not text a reader sees. */
const hiddenElements = /<(script|style|template|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/giu

/** Tags after which the text continues on a new line. */
const lineBreaks = /<br\s*\/?>|<\/(?:li|tr|dt|dd)\s*>/giu

/** Tags that end a block: the text continues after a blank line. */
const blockEnds = /<\/(?:p|div|h[1-6]|blockquote|pre|ul|ol|table|section|article)\s*>/giu

/** Entities common in notes; others are written by number, which {@link decodeEntities} reads. */
const namedEntities: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['hellip', '…']
])

/**
 * The text an HTML fragment shows: line breaks and paragraphs kept as newlines, every tag
 * removed, entities decoded, runs of blank lines reduced to one, and the ends trimmed.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(hiddenElements, '')
    .replace(lineBreaks, '\n')
    .replace(blockEnds, '\n\n')
    .replace(/<\/?[a-z][^>]*>/giu, '')
  return decodeEntities(text)
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim()
}

/** `text` with character references (`&amp;`, `&#8211;`, `&#x2013;`) replaced by characters. */
function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/giu,
    (reference, decimal?: string, hex?: string, name?: string) => {
      if (name !== undefined) return namedEntities.get(name.toLowerCase()) ?? reference
      const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16)
      const isCharacter =
        codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff)
      return isCharacter ? String.fromCodePoint(codePoint) : reference
    }
  )
}
