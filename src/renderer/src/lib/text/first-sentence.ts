/**
 * The first sentence of a passage, for quoting it briefly. Sentences are found by the platform's
 * sentence segmenter (Intl.Segmenter), joined again where it breaks after an abbreviation that
 * the meeting summaries use ("para. 47", "e.g. the EWA") or before a word in lower case.
 */

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Abbreviations after which a sentence goes on, as they end a segment: "para. ", "e.g. ". */
const abbreviationEnd =
  /(?:^|[\s(])(?:paras?|e\.g|i\.e|No|Nos|Mr|Ms|Mrs|Dr|St|Art|art|vol|cf|etc)\.\s*$/u

/** What a sentence of its own starts with: a capital letter, maybe after a quote or parenthesis. */
const sentenceStart = /^[\s"'“‘(]*\p{Lu}/u

/** The first sentence of `text`, without the spaces after it; the whole text if it has one. */
export function firstSentence(text: string): string {
  let first = ''
  for (const { segment } of sentences.segment(text)) {
    if (first !== '' && !abbreviationEnd.test(first) && sentenceStart.test(segment)) break
    first += segment
  }
  return first.trimEnd()
}
