/**
 * Turns one run of source text into formatted inline parts: `**bold**` becomes strong text,
 * `*italic*` emphasis, `<https://…>` a link. The markup characters themselves are never kept.
 */
// A relative path, not the @shared alias: the build's config loads the parser with plain Node.
import { isOpenableExternalUrl } from '../../../../shared/bridge'
import type { Inline } from './meeting-document'

const inlineMarkup = /\*\*(.+?)\*\*|\*(?=\S)(.+?)(?<=\S)\*|<([a-z][a-z0-9+.-]*:[^<>\s]+)>/giu

/** Splits source text into inline parts; adjacent plain text is merged into one part. */
export function parseInline(source: string): Inline[] {
  const parts: Inline[] = []
  const pushText = (text: string) => {
    if (text === '') return
    const last = parts.at(-1)
    if (last?.type === 'text') last.text += text
    else parts.push({ type: 'text', text })
  }
  let position = 0
  for (const match of source.matchAll(inlineMarkup)) {
    pushText(source.slice(position, match.index))
    const [, strong, emphasis, address] = match
    if (strong !== undefined) parts.push({ type: 'strong', text: strong })
    else if (emphasis !== undefined) parts.push({ type: 'emphasis', text: emphasis })
    else if (isOpenableExternalUrl(address))
      parts.push({ type: 'link', text: address, href: address })
    else pushText(address ?? '')
    position = match.index + match[0].length
  }
  pushText(source.slice(position))
  return parts
}

/** The plain text of inline parts, as a reader sees it. */
export function inlineText(parts: readonly Inline[]): string {
  return parts.map((part) => part.text).join('')
}
