/**
 * Turns a delegate's Markdown note into HTML that is safe to display, and into a one-line plain
 * excerpt for lists. Notes are untrusted text: whatever a note holds, its rendering can neither
 * run code nor load anything, and only `https:` links survive.
 */
import type { Config, DOMPurify as Purifier } from 'dompurify'
import { Marked, type Tokens } from 'marked'
import { isOpenableExternalUrl } from '@shared/bridge'
import { splitsSurrogatePair } from '@shared/well-formed-text'
import { escapeHtml } from '../document/inline-html'
import { hostNamedBy, namesAnotherHost } from '../platform/link-host'
import { htmlSanitizer } from '../platform/trusted-html'

/** What the app's click handler looks for to open a link in the system browser. */
const externalLinkRel = 'noopener noreferrer external'

/** The only elements a rendered note may contain: what Markdown itself produces, minus images. */
export const noteTags: readonly string[] = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td'
]

/** Elements that flow within a line; every other element ends a run of text in an excerpt. */
const inlineTags = new Set(['a', 'strong', 'em', 'del', 'code'])

/**
 * The sanitizer's settings. Marked only emits `href`, `title`, `start` and `align` on the tags
 * above; `title` is dropped, since its text is the author's and would show as if it were the
 * link's address. `rel` and `data-link-host` are not listed: the link hook sets them itself
 * after sanitizing. DOMPurify
 * holds every attribute it does not know to be URI-safe to the URI pattern, so the list start
 * and the column alignment are declared safe rather than loosening the pattern.
 */
const purifyConfig: Config = {
  ALLOWED_TAGS: [...noteTags],
  ALLOWED_ATTR: ['href', 'start', 'align'],
  ADD_URI_SAFE_ATTR: ['start', 'align'],
  ALLOWED_URI_REGEXP: /^https:/iu,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false
}

/** Notes up to this many characters of Markdown are excerpted whole; see `excerptText`. */
const excerptSourceMinimum = 4096

/** Checkbox markers of GFM task lists; an `<input>` would be an interactive element. */
const taskMarkers = { open: '☐ ', done: '☑ ' }

/**
 * Markdown with GitHub's extensions and a line break for every newline, as a note is typed.
 * Raw HTML is shown as the text the delegate typed, images as their alt text (nothing fetches),
 * links that the app would refuse to open as their plain text, and the definitions of such
 * reference-style links as typed.
 */
const noteMarked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html({ text, block }: Tokens.HTML | Tokens.Tag) {
      if (!block) return escapeHtml(text)
      const lines = text.replace(/\n+$/u, '').split('\n').map(escapeHtml)
      return `<p>${lines.join('<br>')}</p>\n`
    },
    image({ raw, text, tokens }: Tokens.Image) {
      // The alt text alone, with its emphasis; when there is none, what was typed, so that no
      // part of the note silently disappears.
      if (text.trim() === '') return escapeHtml(raw)
      return tokens ? this.parser.parseInline(tokens) : escapeHtml(text)
    },
    link({ href, text, tokens, autolink }: Tokens.Link) {
      // `false` hands the link to marked's own rendering; the sanitizer's hook adds `rel`.
      if (isOpenableExternalUrl(href)) return false
      return autolink ? escapeHtml(text) : this.parser.parseInline(tokens)
    },
    def({ raw, href }: Tokens.Def) {
      // A definition shows nothing itself; where the app would not open its address, no link
      // shows it either, so it is shown as typed rather than vanish.
      if (isOpenableExternalUrl(href)) return ''
      const lines = raw.trim().split('\n').map(escapeHtml)
      return `<p>${lines.join('<br>')}</p>\n`
    },
    checkbox({ checked }: Tokens.Checkbox) {
      return checked ? taskMarkers.done : taskMarkers.open
    }
  }
})

/**
 * What the sanitizer does to each link of a note: an address the app would open keeps its `href`,
 * gains the `rel` the app's click handler looks for and, unless its text names it, the host it
 * really opens; any other address loses its `href` and the link is plain text.
 */
function checkNoteLink(element: Element): void {
  if (element.localName !== 'a') return
  // Checked on the parsed attribute, after entities are decoded, whatever Markdown made of it.
  const href = element.getAttribute('href')
  if (isOpenableExternalUrl(href)) {
    element.setAttribute('rel', externalLinkRel)
    // The host the link really opens, shown beside it (app.css) unless its text names it.
    const text = element.textContent ?? ''
    if (hostNamedBy(text) === undefined || namesAnotherHost(text, href)) {
      element.setAttribute('data-link-host', new URL(href).host)
    }
  } else {
    element.removeAttribute('href')
    element.removeAttribute('rel')
  }
}

/**
 * Runs `sanitize` on the page's one sanitizer with the note's link rule added for the length of
 * the call only, so that it never applies to other HTML the page cleans.
 */
function withNoteLinks<T>(sanitize: (purifier: Purifier) => T): T {
  const purifier = htmlSanitizer()
  purifier.addHook('afterSanitizeAttributes', checkNoteLink)
  try {
    return sanitize(purifier)
  } finally {
    purifier.removeHook('afterSanitizeAttributes', checkNoteLink)
  }
}

/** The note as HTML before sanitizing. */
function markdownHtml(markdown: string): string {
  return noteMarked.parse(markdown, { async: false })
}

/**
 * The HTML of a note for display: Markdown rendered with GitHub's extensions, then sanitized
 * to a small allow-list of tags. Raw HTML in the note appears as the text that was typed,
 * images as their alt text, and only links `isOpenableExternalUrl` accepts stay links, each
 * marked `rel="noopener noreferrer external"` so the app opens it in the system browser, with
 * no `title`, and with the host it opens in `data-link-host` unless its text already names it.
 * Needs a DOM `window` (the renderer's own).
 */
export function renderNote(markdown: string): string {
  return sanitizeNoteHtml(markdownHtml(markdown))
}

/**
 * The note rendered as `renderNote` does, as the value an HTML sink of the page accepts under its
 * Trusted Types policy: what `{@html}` is given to show a note.
 */
export function noteHtml(markdown: string) {
  const html = markdownHtml(markdown)
  return withNoteLinks((purifier) =>
    purifier.sanitize(html, { ...purifyConfig, RETURN_TRUSTED_TYPE: true })
  )
}

/**
 * The safety net under `renderNote`: any HTML reduced to the tags a note may show, with no
 * attribute that could run or load anything and `href` only where `isOpenableExternalUrl`
 * allows it. Exported so that it can be checked against markup that rendering a note never
 * produces, since `renderNote` escapes raw HTML before it gets here.
 */
export function sanitizeNoteHtml(html: string): string {
  return withNoteLinks((purifier) => purifier.sanitize(html, purifyConfig))
}

/**
 * A plain one-line excerpt of a note for lists: the rendered note's text with Markdown syntax
 * gone, whitespace collapsed, and, when longer than `maxLength` UTF-16 code units, cut at the
 * last word boundary that fits and ended with "…" (cut mid-word only when the last boundary
 * would lose more than half the room, e.g. within a long address). Needs a DOM `window`.
 */
export function noteExcerpt(markdown: string, maxLength = 160): string {
  const text = excerptText(markdown, maxLength)
  if (text.length <= maxLength) return text
  if (maxLength < 1) return ''
  const room = maxLength - 1
  // A space just past the room is a boundary too: the word before it fits whole.
  let cut = text.slice(0, room + 1).lastIndexOf(' ')
  if (cut < room / 2) {
    cut = room
    // Never end on half of a surrogate pair (most emoji).
    if (splitsSurrogatePair(text, cut)) cut -= 1
  }
  return `${text.slice(0, cut).replace(/[\s,;:]+$/u, '')}…`
}

/**
 * Enough of a note's text for an excerpt of `maxLength`. A long note is first tried by its
 * opening blocks only, cut at a blank line, so that a list of notes does not render whole
 * megabytes to show one line each; the whole note is used when that opening is too short.
 * (A reference-style link defined only after the cut shows as typed in such an excerpt.)
 */
function excerptText(markdown: string, maxLength: number): string {
  const sourceLimit = Math.max(excerptSourceMinimum, maxLength * 16)
  const blankLine = markdown.length > sourceLimit ? markdown.lastIndexOf('\n\n', sourceLimit) : -1
  if (blankLine > 0) {
    const opening = noteText(markdown.slice(0, blankLine))
    if (opening.length > maxLength) return opening
  }
  return noteText(markdown)
}

/** The visible text of a rendered note on one line, with a space wherever a block or line ends. */
function noteText(markdown: string): string {
  const html = markdownHtml(markdown)
  const fragment = withNoteLinks((purifier) =>
    purifier.sanitize(html, { ...purifyConfig, RETURN_DOM_FRAGMENT: true })
  )
  const parts: string[] = []
  const walker = fragment.ownerDocument.createTreeWalker(
    fragment,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT
  )
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '')
    else if (!inlineTags.has(node.nodeName.toLowerCase())) parts.push(' ')
  }
  return parts.join('').replace(/\s+/gu, ' ').trim()
}
