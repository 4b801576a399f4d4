/**
 * The text of an HTML fragment, for notes that other annotation tools store as HTML. The fragment
 * is read by htmlparser2's tokenizer, which decodes every character reference as HTML does and
 * never builds a document: not the browser's DOMParser, because Chromium checks the page's
 * Content Security Policy on the attributes of even an inert document, so an imported note with
 * `onerror=` or `style=` would set off a policy violation report for every such attribute. Notes
 * are Markdown shown through a renderer that displays any HTML left in them as typed text, so this
 * only has to make the note readable; the app's safety does not rest on it.
 */
import { Parser } from 'htmlparser2'

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
 * trimmed.
 */
export function htmlToText(html: string): string {
  const parts: string[] = []
  /** How many hidden elements the parser is inside (a `<script>` in a `<template>` is two). */
  let hiddenDepth = 0
  const parser = new Parser(
    {
      onopentag(name) {
        if (hiddenElements.has(name)) hiddenDepth++
      },
      ontext(text) {
        if (hiddenDepth === 0) parts.push(text)
      },
      onclosetag(name) {
        if (hiddenElements.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1)
        else if (hiddenDepth > 0) return
        else if (lineEnds.has(name)) parts.push('\n')
        else if (blockEnds.has(name)) parts.push('\n\n')
      }
    },
    { decodeEntities: true, lowerCaseTags: true }
  )
  parser.end(html)
  return parts
    .join('')
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim()
}
