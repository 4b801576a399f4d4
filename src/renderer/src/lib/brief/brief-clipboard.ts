/**
 * Copying the brief: `text/html` for programs that keep formatting (Word, Outlook keep its
 * headings, lists, bold and links), and `text/plain` for those that do not. The HTML is the
 * brief's Markdown without front matter, rendered and sanitized as notes are (render-note.ts).
 * Needs a DOM `window`.
 */
import { renderNote } from '../notes/render-note'
import type { BriefModel } from './brief-model'
import { briefMarkdown } from './brief-markdown'
import { briefPlainText } from './brief-plain-text'

/** The part of the Clipboard API copying uses, so tests can pass a fake. */
export type BriefClipboard = Pick<Clipboard, 'write' | 'writeText'>

/** The brief as sanitized HTML: what the preview shows and the clipboard carries. */
export function briefHtml(model: BriefModel): string {
  return renderNote(briefMarkdown(model, { frontMatter: false }))
}

/**
 * Puts the brief on the clipboard as HTML and plain text; where the browser cannot write HTML
 * (no `ClipboardItem`), as plain text only. Resolves with what was written.
 */
export async function copyBrief(
  model: BriefModel,
  clipboard: BriefClipboard = navigator.clipboard
): Promise<'html' | 'text'> {
  const text = briefPlainText(model)
  if (typeof ClipboardItem === 'undefined') {
    await clipboard.writeText(text)
    return 'text'
  }
  await clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([briefHtml(model)], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' })
    })
  ])
  return 'html'
}
