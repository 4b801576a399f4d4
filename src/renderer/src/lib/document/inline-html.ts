/**
 * The HTML of a run of document text: every character of the text escaped, formatting as
 * `<strong>` and `<em>`, and only `https:` addresses as links. Rendering the shipped document
 * this way lets the reference pane adopt its prerendered HTML instead of rebuilding it node by
 * node; user-written text never goes through here.
 */
import { isOpenableExternalUrl } from '@shared/bridge'
import type { Inline } from './meeting-document'

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** Escapes text for use in HTML content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => escapes[character])
}

/** The HTML of inline parts. */
export function inlineHtml(parts: readonly Inline[]): string {
  return parts
    .map((part) => {
      const text = escapeHtml(part.text)
      switch (part.type) {
        case 'strong':
          return `<strong>${text}</strong>`
        case 'emphasis':
          return `<em>${text}</em>`
        case 'link':
          return isOpenableExternalUrl(part.href)
            ? `<a href="${escapeHtml(part.href)}" rel="noopener noreferrer external">${text}</a>`
            : text
        default:
          return text
      }
    })
    .join('')
}
