/**
 * How long a statement takes to deliver: its words as spoken, the time they take at a pace, and
 * the one wording of both ("412 words · 3:26 at 120 words a minute", "Over the 3:00 limit by
 * 0:26") that the editor, the read-through and the exports show.
 *
 * Words are counted as they are spoken. Markdown syntax is not spoken (marks of emphasis, list
 * markers, quote marks, a link's address), nor is punctuation or raw HTML. A citation is read
 * out: "(para. 58)" is two words, "para 58", and a dash between two numbers is spoken "to", so
 * "(paras. 45–47)" is four, "paras 45 to 47". A document's symbol is read part by part, so
 * "(E/CN.7/2024/99, para. 3)" is six, "E CN.7 2024 99 para 3"; a title cited is its words. A
 * hyphenated word ("follow-up") is one word.
 */
import { documentSymbolSource } from '../library/document-citation'
import { markdownPlainText } from '../search/markdown-text'
import { countOf } from '../ui/wording'

/** An HTML tag, which is not spoken: "<br>", "</script>". */
const htmlTag = /<\/?[A-Za-z][^<>\n]{0,500}>/gu

/** A dash between two numbers, spoken "to": "45–47", "2024-2025". */
const numberRange = /(?<=\p{N})[-–—](?=\p{N})/gu

/** A document symbol, whose slashes are spoken as pauses between its parts: "E CN.7 2024 99". */
const documentSymbol = new RegExp(`(?<![\\p{L}\\p{N}/])${documentSymbolSource}`, 'gu')

/** What makes a run of characters a word: a letter or a digit somewhere in it. */
const spoken = /[\p{L}\p{N}]/u

/** How many words `markdown` has as it is read aloud (see the module's comment). */
export function wordCount(markdown: string): number {
  const text = markdownPlainText(markdown)
    .replace(htmlTag, ' ')
    .replace(documentSymbol, (symbol) => symbol.replaceAll('/', ' '))
    .replace(numberRange, ' to ')
  let words = 0
  for (const token of text.split(/\s+/u)) if (spoken.test(token)) words++
  return words
}

/** How many whole seconds `words` take to say at `wordsPerMinute` (rounded to the nearest). */
export function spokenSeconds(words: number, wordsPerMinute: number): number {
  return Math.round((words * 60) / wordsPerMinute)
}

/** A length of time as a clock shows it: "3:45", "0:26", "1:02:05". */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const rest = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}

/** By how much a statement runs over its limit, and the sentence that says so. */
export interface SpeakingOverrun {
  seconds: number
  /** "Over the 3:00 limit by 0:26". */
  label: string
}

/** A statement's length as spoken, against its time limit. */
export interface SpeakingSummary {
  words: number
  seconds: number
  /** "412 words · 3:26 at 120 words a minute". */
  label: string
  /** How far it runs over the limit, or null when it fits. */
  over: SpeakingOverrun | null
}

/** The sentence saying by how much a statement runs over: "Over the 3:00 limit by 0:26". */
export function overrunLabel(overSeconds: number, limitSeconds: number): string {
  return `Over the ${formatDuration(limitSeconds)} limit by ${formatDuration(overSeconds)}`
}

/** How long `text` takes at `wordsPerMinute`, and whether it fits in `limitSeconds`. */
export function speakingSummary(
  text: string,
  wordsPerMinute: number,
  limitSeconds: number
): SpeakingSummary {
  const words = wordCount(text)
  const seconds = spokenSeconds(words, wordsPerMinute)
  const overBy = seconds - limitSeconds
  return {
    words,
    seconds,
    label: `${countOf(words, 'word')} · ${formatDuration(seconds)} at ${countOf(wordsPerMinute, 'word')} a minute`,
    over: overBy > 0 ? { seconds: overBy, label: overrunLabel(overBy, limitSeconds) } : null
  }
}
