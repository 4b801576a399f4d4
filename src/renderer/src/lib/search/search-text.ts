/**
 * The text side of search: how a typed query splits into words and quoted phrases, and the
 * snippet shown for a result with its matched words marked. What a word is and when two words
 * are the same is `foldText`'s rule, shared with the command palette and counterparts.
 */
import { foldText, foldedWords, isAscii, wordPattern } from '../text/fold-text'

/** Typographic double quotes, which pasted text often has, work as `"` does. */
const curlyQuotes = /[“”„]/gu

/** A query's words beyond this many are ignored: nobody types more, and each costs a lookup. */
const maxQueryWords = 24

/**
 * A text as a phrase is looked for in it, from its folded words (`foldedWords`): each
 * preceded by one space and the whole followed by one, so that a phrase can only start (and,
 * once closed, end) at a word boundary, whatever punctuation or line breaks separated the words.
 */
export function haystackOf(words: readonly string[]): string {
  return words.length === 0 ? '' : ` ${words.join(' ')} `
}

/** A phrase typed in double quotes. */
export interface QueryPhrase {
  /** Its folded words, in order. */
  words: string[]
  /**
   * False while its closing quote is still to be typed: its last word may then be the start of
   * a word, as the delegate is probably typing it.
   */
  complete: boolean
}

/** A query as typed, split into loose words and quoted phrases. */
export interface ParsedQuery {
  /** Folded words outside quotes, each once, in the order typed. */
  words: string[]
  phrases: QueryPhrase[]
}

/** Whether `word` is a single letter, which search leaves out (see `parseQuery`). */
function isSingleLetter(word: string): boolean {
  return word.length === 1 && /\p{L}/u.test(word)
}

/**
 * Splits a typed query: text in double quotes is a phrase, the rest loose words; a quote left
 * open runs to the end. `"early warning" canada` is the phrase "early warning" and the word
 * "canada". A loose word of one letter is left out: it is the first keystroke of a word (or an
 * initial) that would match nearly everything, so "early warning c" finds what "early warning"
 * does until the next letter. So is the last word of an open phrase if it is one letter; the
 * phrase's other words are then whole. Words past the first `maxQueryWords` are ignored.
 */
export function parseQuery(query: string): ParsedQuery {
  const parts = query.replace(curlyQuotes, '"').split('"')
  const words: string[] = []
  const phrases: QueryPhrase[] = []
  let budget = maxQueryWords
  parts.forEach((part, index) => {
    const partWords = foldedWords(part).slice(0, budget)
    budget -= partWords.length
    if (index % 2 === 0) {
      for (const word of partWords) {
        if (!isSingleLetter(word) && !words.includes(word)) words.push(word)
      }
      return
    }
    let complete = index < parts.length - 1
    if (!complete && isSingleLetter(partWords.at(-1) ?? '')) {
      partWords.pop()
      complete = true
    }
    if (partWords.length > 0) phrases.push({ words: partWords, complete })
  })
  return { words, phrases }
}

/**
 * Whether `haystack` (from `haystackOf`) contains `phrase`: its words adjacent and in order,
 * starting at a word boundary, and ending at one unless the phrase is still being typed.
 */
export function containsPhrase(haystack: string, phrase: QueryPhrase): boolean {
  const needle = ` ${phrase.words.join(' ')}${phrase.complete ? ' ' : ''}`
  return haystack.includes(needle)
}

/** `text` with every run of whitespace made one space, and none at either end. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/** Part of a result's text, with the matched words to mark. */
export interface Snippet {
  /** Plain text, never HTML; "…" where it was cut from a longer text. */
  text: string
  /** Start and end offsets in `text` (UTF-16, end exclusive) of each matched word, in order. */
  matches: [number, number][]
}

/** How many characters a snippet shows at most, not counting the "…" marks. */
export const snippetLength = 160

/**
 * How far before the first matched word a snippet starts, at most; a match that ends within the
 * text's first `snippetLength - snippetLead` characters is shown from the start.
 */
const snippetLead = 50

/**
 * The snippet of `text` for a result: the whole text if short, else a window of about
 * `snippetLength` characters cut at word boundaries, from the start of the text or from a little
 * before the first word whose folded form is in `matchedWords`. Every such word in the window
 * is marked, so "turkiye" marks "Türkiye".
 */
export function buildSnippet(text: string, matchedWords: ReadonlySet<string>): Snippet {
  return cutSnippet(text, firstMatch(text, matchedWords), matchedWords)
}

/**
 * The snippet (see `buildSnippet`) of the first of `texts` that has a matched word, or of the
 * first text if none has. Each text is read once, however long.
 */
export function snippetOfFirstMatch(
  texts: readonly string[],
  matchedWords: ReadonlySet<string>
): Snippet {
  for (const text of texts) {
    const first = firstMatch(text, matchedWords)
    if (first) return cutSnippet(text, first, matchedWords)
  }
  return cutSnippet(texts[0] ?? '', null, matchedWords)
}

/** Where a matched word is in a text. */
interface WordSpan {
  start: number
  end: number
}

/** The snippet of `text` whose first matched word is `first`. */
function cutSnippet(
  text: string,
  first: WordSpan | null,
  matchedWords: ReadonlySet<string>
): Snippet {
  let start = 0
  let end = text.length
  if (text.length > snippetLength) {
    if (first && first.end > snippetLength - snippetLead) {
      // Far enough in to need a window of its own, which is kept full near the end of the text.
      start = Math.max(0, Math.min(first.start - snippetLead, text.length - snippetLength))
      // Start at a word, not within one, but never after the matched word.
      const space = text.indexOf(' ', start - 1)
      start = space >= 0 && space < first.start ? space + 1 : first.start
    }
    end = Math.min(text.length, start + snippetLength)
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end)
      if (space > (first ? first.end : start)) end = space
    }
  }
  const lead = start > 0 ? '…' : ''
  const window = text.slice(start, end).trimEnd()
  const matches: [number, number][] = []
  for (const word of window.matchAll(wordPattern)) {
    if (matchedWords.has(foldText(word[0]))) {
      matches.push([lead.length + word.index, lead.length + word.index + word[0].length])
    }
  }
  return { text: `${lead}${window}${end < text.length ? '…' : ''}`, matches }
}

/** Texts longer than this are searched by `firstAsciiMatch` when they are all ASCII. */
const longText = 2000

/** Where the first word of `text` in `matchedWords` is, or null. */
function firstMatch(text: string, matchedWords: ReadonlySet<string>): WordSpan | null {
  if (matchedWords.size === 0) return null
  if (text.length > longText && isAscii(text)) return firstAsciiMatch(text, matchedWords)
  for (const word of text.matchAll(wordPattern)) {
    if (matchedWords.has(foldText(word[0]))) {
      return { start: word.index, end: word.index + word[0].length }
    }
  }
  return null
}

/** An ASCII letter or digit: a character of a word in a text all in ASCII. */
const asciiWordCharacter = /[a-z0-9]/u

/**
 * `firstMatch` for a text all in ASCII, where lower-casing is the whole folding and keeps
 * every offset: each matched word is looked for with `indexOf` in the lower-cased text, rather
 * than every word of the text folded in turn, which a note of a megabyte would make a
 * keystroke wait for.
 */
function firstAsciiMatch(text: string, matchedWords: ReadonlySet<string>): WordSpan | null {
  const lower = text.toLowerCase()
  const isWordAt = (index: number) => asciiWordCharacter.test(lower.charAt(index))
  let first: WordSpan | null = null
  for (const word of matchedWords) {
    const limit = first ? first.start : lower.length
    for (let index = lower.indexOf(word); index >= 0 && index < limit;) {
      const end = index + word.length
      if (!isWordAt(index - 1) && !isWordAt(end)) {
        first = { start: index, end }
        break
      }
      index = lower.indexOf(word, index + 1)
    }
  }
  return first
}
