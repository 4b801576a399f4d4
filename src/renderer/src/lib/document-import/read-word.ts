/**
 * Reads a Word file (.docx) into the UN document parser's lines: checked first (inspect-word-file),
 * converted to HTML by `mammoth`, cleaned by the app's one sanitizer, then walked block by block:
 * headings with their level, paragraphs with bold and italic runs as Markdown marks, footnote
 * references as references and the footnotes as footnotes.
 */
import { htmlSanitizer } from '../platform/trusted-html'
import { wordDocumentFiles } from '../file-formats/text-files'
import {
  footnoteReference,
  type SourceLine,
  type UnDocumentSource
} from '../document/un-document/un-source'
import { documentFileError } from './import-errors'
import { inspectWordFile } from './inspect-word-file'

/** The elements a Word file's HTML keeps: its text, structure and footnote links. */
const wordTags = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'sup',
  'sub',
  'a',
  'ol',
  'ul',
  'li',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th'
]
const blockTags = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'OL', 'UL', 'LI'])
const blockSelector = 'p, h1, h2, h3, h4, h5, h6'

/** Reads the text of a Word file's bytes. */
export async function readWord(bytes: Uint8Array): Promise<UnDocumentSource> {
  await inspectWordFile(bytes)
  const mammoth = await import('mammoth')
  let html: string
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    // mammoth's browser build reads `arrayBuffer`, its Node build (in tests) `buffer`.
    const input = { arrayBuffer: buffer, buffer } as { arrayBuffer: ArrayBuffer }
    html = (await mammoth.convertToHtml(input)).value
  } catch {
    throw documentFileError('damaged', wordDocumentFiles)
  }
  const fragment = htmlSanitizer().sanitize(html, {
    ALLOWED_TAGS: wordTags,
    ALLOWED_ATTR: ['href', 'id'],
    ALLOWED_URI_REGEXP: /^(?:https:|#)/iu,
    RETURN_DOM_FRAGMENT: true
  })
  const lines: SourceLine[] = []
  const listNumbers = { paragraphs: 0 }
  for (const block of fragment.querySelectorAll(`${blockSelector}, li`)) {
    // A list item whose text is in paragraphs of its own is read through them.
    if (block.tagName === 'LI' && block.querySelector(`:scope > :is(${blockSelector})`)) continue
    if (block.tagName !== 'LI' && block.querySelector(blockSelector)) continue
    const footnote = block.closest('li[id^="footnote-"]')
    const own = inlineSource(block).replace(/\s+/gu, ' ').trim()
    if (own === '') continue
    const text =
      block.tagName === 'LI' && !footnote ? listLabel(block, own, listNumbers) + own : own
    if (footnote) {
      lines.push({
        text: text.replace(/\s*↑$/u, ''),
        footnoteMark: footnote.id.slice('footnote-'.length)
      })
      continue
    }
    const level = /^H(\d)$/u.exec(block.tagName)
    const wholeBold =
      block.children.length === 1 &&
      block.firstElementChild?.tagName === 'STRONG' &&
      block.firstElementChild.textContent?.trim() === block.textContent?.trim()
    lines.push({
      text: wholeBold ? (block.textContent ?? '').replace(/\s+/gu, ' ').trim() : text,
      ...(level ? { headingLevel: Number(level[1]) } : {}),
      ...(wholeBold ? { bold: true } : {})
    })
    lines.push({ text: '' })
  }
  if (!lines.some((line) => /\p{L}/u.test(line.text))) {
    throw documentFileError('no-text', wordDocumentFiles)
  }
  return { lines }
}

/**
 * The number Word's list numbering gave an item, which mammoth does not write: items of a
 * top-level numbered list are the document's paragraphs, numbered on across lists; items of a
 * list inside one are its lettered items. Nothing is added where the text has its own label.
 */
function listLabel(item: Element, text: string, numbers: { paragraphs: number }): string {
  const list = item.parentElement
  if (list?.tagName !== 'OL' || /^(?:\d+\.|\([a-z]\))\s/u.test(text)) return ''
  const depth = ancestorLists(list)
  if (depth === 0) return `${++numbers.paragraphs}. `
  if (depth === 1) {
    const index = [...list.children].indexOf(item)
    return index < 26 ? `(${String.fromCharCode(97 + index)}) ` : ''
  }
  return ''
}

/** How many lists a list is inside. */
function ancestorLists(list: Element): number {
  let depth = 0
  for (let at = list.parentElement; at; at = at.parentElement) {
    if (at.tagName === 'OL' || at.tagName === 'UL') depth++
  }
  return depth
}

/** A block's text, bold and italic runs marked as Markdown, footnote links as references. */
function inlineSource(node: Node): string {
  let source = ''
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      source += child.textContent ?? ''
      continue
    }
    if (!(child instanceof Element) || blockTags.has(child.tagName)) continue
    const reference = /^#footnote-(\d+)$/u.exec(child.getAttribute('href') ?? '')
    if (child.tagName === 'A' && reference) source += footnoteReference(reference[1])
    else if (child.tagName === 'A' && child.getAttribute('href')?.startsWith('#footnote-ref'))
      continue
    else if (child.tagName === 'BR') source += ' '
    else if (child.tagName === 'A' && child.textContent === child.getAttribute('href')) {
      // An address written out as its own link: kept as one, as the Markdown reader would.
      source += `<${child.textContent}>`
    } else {
      const inner = inlineSource(child)
      if (inner.trim() === '') source += inner
      else if (child.tagName === 'STRONG') source += `**${inner}**`
      else if (child.tagName === 'EM') source += `*${inner}*`
      else source += inner
    }
  }
  return source
}
