/**
 * What Insert quote offers: the delegate's highlights and annotations as quotations to pick
 * from, in one document or every document of the library, and which of them match what is typed
 * in the picker (a paragraph number, a Member State, a document's symbol or words of the passage
 * or note), folded as search folds text.
 */
import type { Annotation } from '../annotations/annotation'
import type { Paragraph } from '../document/meeting-document'
import { citedDocumentName, documentCitation } from '../library/document-citation'
import { documentIdOf, shippedDocumentId, type LibraryEntry } from '../library/library-document'
import { foldedWords } from '../text/fold-text'

/** One annotation as the picker lists it. */
export interface QuoteCandidate {
  /** The annotation quoted. */
  annotation: Annotation
  /** The document it is on. */
  documentId: string
  /** The paragraph it is on. */
  paragraph: number
  /** How that paragraph is cited: "para. 58", "E/CN.7/2024/99, para. 3". */
  citation: string
  /** The paragraph's whole text, quoted for a note on all of it. */
  paragraphText: string
  /** The Member State speaking in that paragraph, if one is. */
  memberState: string | null
  /** The words quoted: the highlighted passage, else the paragraph's opening. */
  passage: string
  /** The note on it, as typed (Markdown), possibly empty. */
  note: string
  /**
   * The folded words the candidate is found by, other than its paragraph number: its document's
   * name in citations (symbol or title), the Member State, the passage and the note.
   */
  words: readonly string[]
}

/** How much of a paragraph stands for it when the annotation is on the whole paragraph. */
export const paragraphOpeningLength = 160

/** The document candidates are quoted from: the shipped summary unless said. */
type QuotedDocument = Pick<LibraryEntry, 'id' | 'title' | 'symbol'>

const shippedDocument: QuotedDocument = { id: shippedDocumentId, title: '', symbol: null }

/**
 * The annotations, all on `document` (the shipped summary unless given), as candidates, in
 * document order (paragraph, then where the passage starts; a note on a whole paragraph before
 * the passages of that paragraph).
 */
export function quoteCandidates(
  annotations: readonly Annotation[],
  paragraphs: readonly Pick<Paragraph, 'number' | 'speaker' | 'text'>[],
  document: QuotedDocument = shippedDocument
): QuoteCandidate[] {
  const byNumber = new Map(paragraphs.map((paragraph) => [paragraph.number, paragraph]))
  const documentName = citedDocumentName(document) ?? ''
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
        documentId: document.id,
        paragraph: annotation.paragraph,
        citation: documentCitation(document, annotation.paragraph),
        paragraphText: paragraph?.text ?? '',
        memberState,
        passage,
        note: annotation.note,
        words: foldedWords([documentName, memberState ?? '', passage, annotation.note].join(' '))
      }
    })
}

/**
 * The candidates of the library: those on the document `documentId`, or on every document (null)
 * in the library's order. Annotations on a document the library does not hold are not offered.
 */
export function libraryQuoteCandidates(
  annotations: readonly Annotation[],
  documents: readonly LibraryEntry[],
  documentId: string | null
): QuoteCandidate[] {
  const byDocument = new Map<string, Annotation[]>()
  for (const annotation of annotations) {
    const id = documentIdOf(annotation)
    if (documentId !== null && id !== documentId) continue
    const list = byDocument.get(id)
    if (list) list.push(annotation)
    else byDocument.set(id, [annotation])
  }
  return documents.flatMap((document) => {
    const onDocument = byDocument.get(document.id)
    return onDocument ? quoteCandidates(onDocument, document.meeting.paragraphs, document) : []
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
