/**
 * The text of an HTML fragment, for notes that other annotation tools store as HTML. The fragment
 * is parsed by the browser's own HTML parser into an inert document (no script runs, nothing
 * loads), so every tag, comment and character reference is read as a browser reads it. Notes are
 * Markdown shown through a renderer that displays any HTML left in them as typed text, so this
 * only has to make the note readable; the app's safety does not rest on it.
 */

/** Elements whose content is not text a reader sees. */
const hiddenElements = new Set(['script', 'style', 'template', 'head', 'title', 'noscript'])

/** Elements after which the text continues on a new line. */
const lineEnds = new Set(['br', 'li', 'tr', 'dt', 'dd'])

/** Elements that end a block: the text continues after a blank line. */
const blockEnds = new Set([
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['p', 'div', 'blockquote', 'pre', 'ul', 'ol', 'table', 'section', 'article']
])

/**
 * The text an HTML fragment shows: line breaks and paragraphs kept as newlines, every tag
 * removed, character references decoded, runs of blank lines reduced to one, and the ends
 * trimmed. Needs a DOM `DOMParser`.
 */
export function htmlToText(html: string): string {
  // A document made by DOMParser has no browsing context: its scripts never run and its images
  // never load.
  const body = new DOMParser().parseFromString(html, 'text/html').body
  const parts: string[] = []
  appendText(body, parts)
  return parts
    .join('')
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim()
}

/** Appends the text `node` shows to `parts`, with a newline or blank line after blocks. */
function appendText(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      parts.push(child.nodeValue ?? '')
      continue
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue
    const name = child.nodeName.toLowerCase()
    if (hiddenElements.has(name)) continue
    appendText(child, parts)
    if (lineEnds.has(name)) parts.push('\n')
    else if (blockEnds.has(name)) parts.push('\n\n')
  }
}
