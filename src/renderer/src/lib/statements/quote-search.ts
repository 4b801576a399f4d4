/**
 * What Insert quote offers: the delegate's highlights and annotations as quotations to pick
 * from, and which of them match what is typed in the picker (a paragraph number, a Member State
 * or words of the passage or note), folded as search folds text.
 */
import type { Annotation } from '../annotations/annotation'
import type { Paragraph } from '../document/meeting-document'
import { foldedWords } from '../text/fold-text'

/** One annotation as the picker lists it. */
export interface QuoteCandidate {
  /** The annotation quoted. */
  annotation: Annotation
  /** The paragraph it is on. */
  paragraph: number
  /** The Member State speaking in that paragraph, if one is. */
  memberState: string | null
  /** The words quoted: the highlighted passage, else the paragraph's opening. */
  passage: string
  /** The note on it, as typed (Markdown), possibly empty. */
  note: string
  /** The folded words the candidate is found by, other than its paragraph number. */
  words: readonly string[]
}

/** How much of a paragraph stands for it when the annotation is on the whole paragraph. */
export const paragraphOpeningLength = 160

/**
 * The annotations as candidates, in document order (paragraph, then where the passage starts;
 * a note on a whole paragraph before the passages of that paragraph).
 */
export function quoteCandidates(
  annotations: readonly Annotation[],
  paragraphs: readonly Pick<Paragraph, 'number' | 'speaker' | 'text'>[]
): QuoteCandidate[] {
  const byNumber = new Map(paragraphs.map((paragraph) => [paragraph.number, paragraph]))
  return [...annotations]
    .sort(
      (a, b) =>
        a.paragraph - b.paragraph ||
        (a.target?.position.start ?? -1) - (b.target?.position.start ?? -1) ||
        (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)
    )
    .map((annotation) => {
      const paragraph = byNumber.get(annotation.paragraph)
      const memberState =
        paragraph?.speaker?.kind === 'member-state' ? paragraph.speaker.name : null
      const passage = annotation.target?.quote.exact ?? opening(paragraph?.text ?? '')
      return {
        annotation,
        paragraph: annotation.paragraph,
        memberState,
        passage,
        note: annotation.note,
        words: foldedWords([memberState ?? '', passage, annotation.note].join(' '))
      }
    })
}

/** The first `paragraphOpeningLength` characters of `text`, cut at a word, with "…" if cut. */
function opening(text: string): string {
  const trimmed = text.trim()
  if (trimmed.length <= paragraphOpeningLength) return trimmed
  const cut = trimmed.slice(0, paragraphOpeningLength)
  const atWord = cut.replace(/\s+\S*$/u, '')
  return `${atWord === '' ? cut : atWord}…`
}

/**
 * The candidates matching `typed`, in their own order: every typed word must match. A number
 * matches the paragraph it is the number of (or the same number in the words); "para", "paras"
 * and "paragraph" say that a number follows and match every candidate; any other word matches
 * the start of a word of the Member State, the passage or the note. Nothing typed matches all.
 */
export function searchQuoteCandidates(
  candidates: readonly QuoteCandidate[],
  typed: string
): QuoteCandidate[] {
  const query = foldedWords(typed).filter((word) => !citationWords.has(word))
  if (query.length === 0) return [...candidates]
  return candidates.filter((candidate) =>
    query.every((word) =>
      /^\d+$/u.test(word)
        ? Number(word) === candidate.paragraph || candidate.words.includes(word)
        : candidate.words.some((candidateWord) => candidateWord.startsWith(word))
    )
  )
}

/** Words that only say a paragraph number follows. */
const citationWords = new Set(['para', 'paras', 'paragraph', 'paragraphs', 'p'])
