/**
 * Describes a highlighted passage by W3C selectors, and finds it again after the meeting text has
 * changed: by position, then by quote and context, then approximately, then anywhere in the
 * document (the order Hypothesis uses). Plain strings in, UTF-16 offsets out.
 */
import search from 'approx-string-match'
import { splitsSurrogatePair } from '@shared/well-formed-text'
import type { PassageTarget, TextQuoteSelector } from './annotation'

/** How much text either side of a passage its quote selector keeps. */
const contextLength = 32

/**
 * Quotes shorter than this are only found exactly. With one error allowed, a four-letter quote
 * such as "UNGA" would match a quarter-different word anywhere; that is a misplacement, not a find.
 */
const minFuzzyQuoteLength = 5

/** One error allowed per this many quoted characters, as in "a typo or a changed word". */
const charactersPerError = 5

/** However long the quote, a match this different is another passage. */
const maxQuoteErrors = 32

/** A paragraph's number and plain text, as the document provides them. */
export interface ParagraphText {
  number: number
  text: string
}

/** Where an annotation's passage was found, or that it was not. */
export type AnchorResult =
  | {
      status: 'anchored'
      /** The paragraph the passage is in now (another one when `method` is 'document'). */
      paragraph: number
      /** Offset of the passage's first character in that paragraph's text, in UTF-16 code units. */
      start: number
      /** Offset just past its last character. */
      end: number
      /**
       * Which step found it: the stored position still holds the quote ('position'); the quote is
       * elsewhere in its paragraph ('quote'); something close to it is ('fuzzy-quote'); it, or
       * something close to it, is in another paragraph ('document').
       */
      method: 'position' | 'quote' | 'fuzzy-quote' | 'document'
    }
  | { status: 'orphaned' }

/** A place in one paragraph's text where the quote, or something like it, occurs. */
interface QuoteMatch {
  start: number
  end: number
  /** Edits between the quote and the matched text; 0 for an exact match. */
  errors: number
}

/** A match with what decides between matches: how well the text around it fits the context. */
interface RankedMatch extends QuoteMatch {
  /** Edits between the stored prefix and suffix and the text either side of the match. */
  contextErrors: number
  /** How far the match starts from where the passage used to start. */
  distance: number
}

/**
 * The selectors for the passage `start`–`end` of a paragraph's plain text: the quote with up to
 * 32 characters of context either side (never beyond the paragraph), and the offsets.
 *
 * @throws RangeError if the passage is empty, or not within the text.
 */
export function describePassage(paragraphText: string, start: number, end: number): PassageTarget {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > paragraphText.length
  ) {
    throw new RangeError(
      `The passage ${start}–${end} is not within a paragraph of ${paragraphText.length} characters`
    )
  }
  if (start >= end) {
    throw new RangeError(`The passage ${start}–${end} is empty`)
  }
  let prefixStart = Math.max(0, start - contextLength)
  let suffixEnd = Math.min(paragraphText.length, end + contextLength)
  // Context cut through an emoji or other astral character would store half of it.
  if (splitsSurrogatePair(paragraphText, prefixStart)) prefixStart += 1
  if (splitsSurrogatePair(paragraphText, suffixEnd)) suffixEnd -= 1
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: paragraphText.slice(start, end),
      prefix: paragraphText.slice(prefixStart, start),
      suffix: paragraphText.slice(end, suffixEnd)
    },
    position: { type: 'TextPositionSelector', start, end }
  }
}

/**
 * Finds an annotation's passage in the current text of the document. In order: the stored
 * position, if the quote is still there; the quote elsewhere in its paragraph, choosing among
 * repeats by context, then by nearness to the stored position; the quote with a few differences
 * in its paragraph; the quote, exactly and then approximately, in the other paragraphs.
 * A target with an empty quote is orphaned: there is nothing to look for.
 *
 * @param paragraphNumber the paragraph the annotation was made on
 * @param paragraphs every paragraph of the document, in document order
 */
export function anchorPassage(
  target: PassageTarget,
  paragraphNumber: number,
  paragraphs: readonly ParagraphText[]
): AnchorResult {
  const { quote, position } = target
  if (quote.exact.length === 0) return { status: 'orphaned' }
  const maxErrors = maxErrorsFor(quote.exact)
  const home = findParagraph(paragraphs, paragraphNumber)

  if (home) {
    if (home.text.slice(position.start, position.end) === quote.exact) {
      return anchored(home.number, position, 'position')
    }
    const exact = bestMatch(home.text, findExact(home.text, quote.exact), quote, position.start)
    if (exact) return anchored(home.number, exact, 'quote')
    const fuzzy = bestMatch(
      home.text,
      findApproximate(home.text, quote.exact, maxErrors),
      quote,
      position.start
    )
    if (fuzzy) return anchored(home.number, fuzzy, 'fuzzy-quote')
  }

  const elsewhere = paragraphs.filter((paragraph) => paragraph !== home)
  const exact = bestInDocument(elsewhere, quote, position.start, (text) =>
    findExact(text, quote.exact)
  )
  if (exact) return anchored(exact.paragraph, exact.match, 'document')
  // Once one paragraph has a match with n errors, matches with more cannot win, so later
  // paragraphs are searched with n as the limit; that keeps the whole-document pass cheap.
  let errorLimit = maxErrors
  const fuzzy = bestInDocument(elsewhere, quote, position.start, (text) => {
    const matches = findApproximate(text, quote.exact, errorLimit)
    if (matches.length > 0) errorLimit = matches[0].errors
    return matches
  })
  if (fuzzy) return anchored(fuzzy.paragraph, fuzzy.match, 'document')
  return { status: 'orphaned' }
}

/** How many edits an approximate match of this quote may have. */
function maxErrorsFor(exact: string): number {
  if (exact.length < minFuzzyQuoteLength) return 0
  return Math.min(maxQuoteErrors, Math.floor(exact.length / charactersPerError))
}

/** The paragraph numbered `number`; paragraph n is usually at index n - 1, so look there first. */
function findParagraph(
  paragraphs: readonly ParagraphText[],
  number: number
): ParagraphText | undefined {
  const likely = paragraphs[number - 1]
  if (likely?.number === number) return likely
  return paragraphs.find((paragraph) => paragraph.number === number)
}

/** Every occurrence of `exact` in `text`, overlapping ones included. */
function findExact(text: string, exact: string): QuoteMatch[] {
  const matches: QuoteMatch[] = []
  for (let start = text.indexOf(exact); start !== -1; start = text.indexOf(exact, start + 1)) {
    matches.push({ start, end: start + exact.length, errors: 0 })
  }
  return matches
}

/** The matches of `exact` in `text` with the fewest edits, if that is at most `maxErrors`. */
function findApproximate(text: string, exact: string, maxErrors: number): QuoteMatch[] {
  if (maxErrors < 1) return []
  return search(text, exact, maxErrors)
}

/**
 * The best of a paragraph's matches: fewest errors, then context that fits best, then nearest
 * the stored start.
 */
function bestMatch(
  text: string,
  matches: readonly QuoteMatch[],
  quote: TextQuoteSelector,
  storedStart: number
): RankedMatch | undefined {
  let best: RankedMatch | undefined
  for (const match of matches) {
    const ranked: RankedMatch = {
      ...match,
      contextErrors: contextErrors(text, match, quote),
      distance: Math.abs(match.start - storedStart)
    }
    if (!best || compareMatches(ranked, best) < 0) best = ranked
  }
  return best
}

/**
 * The best match across paragraphs: fewest errors, then best-fitting context; on a tie, the
 * earlier paragraph.
 */
function bestInDocument(
  paragraphs: readonly ParagraphText[],
  quote: TextQuoteSelector,
  storedStart: number,
  find: (text: string) => QuoteMatch[]
): { paragraph: number; match: RankedMatch } | undefined {
  let best: { paragraph: number; match: RankedMatch } | undefined
  for (const paragraph of paragraphs) {
    const match = bestMatch(paragraph.text, find(paragraph.text), quote, storedStart)
    if (!match) continue
    if (
      !best ||
      match.errors < best.match.errors ||
      (match.errors === best.match.errors && match.contextErrors < best.match.contextErrors)
    ) {
      best = { paragraph: paragraph.number, match }
    }
  }
  return best
}

/** Orders matches best first: fewest errors, then fewest context errors, then nearest. */
function compareMatches(a: RankedMatch, b: RankedMatch): number {
  return a.errors - b.errors || a.contextErrors - b.contextErrors || a.distance - b.distance
}

/** How far the text either side of a match is from the stored prefix and suffix. */
function contextErrors(text: string, match: QuoteMatch, quote: TextQuoteSelector): number {
  const before = text.slice(Math.max(0, match.start - quote.prefix.length), match.start)
  const after = text.slice(match.end, match.end + quote.suffix.length)
  return affixErrors(before, quote.prefix) + affixErrors(after, quote.suffix)
}

/** Edits needed to find `affix` in `window`; every character of it when the window is empty. */
function affixErrors(window: string, affix: string): number {
  if (affix.length === 0) return 0
  if (window.length === 0) return affix.length
  // Allowing as many errors as the affix is long always yields a match, the best one first.
  return search(window, affix, affix.length)[0]?.errors ?? affix.length
}

/** The result for a passage found at `start`–`end` of paragraph `paragraph`. */
function anchored(
  paragraph: number,
  { start, end }: { start: number; end: number },
  method: 'position' | 'quote' | 'fuzzy-quote' | 'document'
): AnchorResult {
  return { status: 'anchored', paragraph, start, end, method }
}
