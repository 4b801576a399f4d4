/**
 * One full-text index over what a delegate reads and writes: the paragraphs of every document of
 * the library (the shipped summary first), the notes and follow-ups of their annotations, session
 * notes and statements. Built once at start, kept current one record or document at a time, and
 * searched as the delegate types, in every document or in one.
 */
import type { Annotation } from '../annotations/annotation'
import { citationIn } from '../document/citation'
import type { MeetingDocument, Paragraph, Section } from '../document/meeting-document'
import type { FollowUp } from '../follow-ups/follow-up'
import type { SessionNote } from '../session-notes/session-note'
import { statementTitle, type Statement } from '../statements/statement'
import {
  collapseWhitespace,
  containsPhrase,
  haystackOf,
  parseQuery,
  snippetOfFirstMatch,
  type ParsedQuery,
  type QueryPhrase,
  type Snippet
} from './search-text'
import { foldedWords } from '../text/fold-text'
import { markdownPlainText } from './markdown-text'
import { TermIndex, type DocumentWords, type WordMatches, type WordQuery } from './term-index'
import {
  documentIdOf,
  shippedDocumentId,
  shippedEntry,
  type LibraryEntry
} from '../library/library-document'
import { inDocumentFilter, type DocumentFilter } from './document-filter'

/**
 * What a result can be, in the order results are grouped: the delegate's own writing first, so
 * that a note is never buried under the meeting text's many paragraphs.
 */
export const searchKinds = ['note', 'follow-up', 'session-note', 'statement', 'paragraph'] as const

/**
 * A paragraph of the meeting text, an annotation's note, its follow-up, a session note, or a
 * statement of the delegation.
 */
export type SearchKind = (typeof searchKinds)[number]

/** One thing found. */
export interface SearchResult {
  kind: SearchKind
  /**
   * The index's id for it, unique across kinds: "paragraph:47", "annotation:<id>",
   * "follow-up:<id>", "session-note:<id>" or "statement:<id>".
   */
  id: string
  /**
   * The id of the record to open: a note or follow-up's annotation, a session note, a statement;
   * else null.
   */
  recordId: string | null
  /**
   * The document its paragraph is in, for a paragraph, note or follow-up of a document other than
   * the shipped summary; absent for the shipped summary's (as on annotations, `documentIdOf`
   * reads it so), and for session notes and statements, which belong to no document.
   */
  documentId?: string
  /**
   * How the results name that document: its symbol ("E/CN.7/2024/99"), or its title where it
   * has none; absent where `documentId` is.
   */
  document?: string
  /** The paragraph it is, or is on; null for a session note or a statement. */
  paragraph: number | null
  /**
   * How a delegate cites that paragraph: "para. 47" in the shipped summary, "E/CN.7/2024/99,
   * para. 3" in another document (its title where it has no symbol); null for a session note or
   * a statement.
   */
  citation: string | null
  /**
   * The speaker of the paragraph it is or is on (null for procedural paragraphs), the session
   * note's title, or "Statement: " and the statement's title ("Statement: Untitled statement").
   */
  title: string | null
  /** Where in its text it matched. */
  snippet: Snippet
  /**
   * The folded words it matched, which are marked: for each word typed, the word itself or the
   * longer words it starts, or, only where it holds none of those, the words a typo away.
   */
  matchedWords: string[]
  /** Of `matchedWords`, those a typo away from a word typed, which are marked as such. */
  similarWords: string[]
  /**
   * Whether some word typed matched only a word a typo away ("trilateral" for "bilateral"):
   * such results rank after every result that matched each word as typed, and say so.
   */
  similar: boolean
}

/** The results of one kind, best first. */
export interface SearchResultGroup {
  kind: SearchKind
  /** How many of this kind matched, of which `results` holds the first `limit`. */
  total: number
  results: SearchResult[]
}

/** What a search found: one group per kind that matched, in `searchKinds` order. */
export interface SearchResults {
  groups: SearchResultGroup[]
  /** How many matched in all kinds. */
  total: number
}

/** How a search is run. */
export interface SearchOptions {
  /** The most results returned of each kind; 20 unless given. */
  limit?: number
  /** The most results of a kind, for those kinds that take more or fewer than `limit`. */
  limits?: Partial<Record<SearchKind, number>>
  /** The document the results must be in (see `inDocumentFilter`); every document unless given. */
  document?: DocumentFilter
}

/**
 * What an index is built over: the library's entries, the shipped summary first, or a meeting
 * document alone, which is taken as the shipped summary.
 */
export type SearchedDocuments = MeetingDocument | readonly LibraryEntry[]

/** The library entries of `documents`. */
export function libraryEntriesOf(documents: SearchedDocuments): readonly LibraryEntry[] {
  return Array.isArray(documents) ? documents : [shippedEntry(documents as MeetingDocument)]
}

/** The most results of each kind a search returns unless told otherwise. */
export const defaultResultLimit = 20

/** What is indexed of an item; every field but the id is searched. */
interface IndexedFields {
  id: string
  /** The paragraph's number, so that typing "47" finds the paragraph and what is written on it. */
  paragraph?: string
  /** A paragraph's speaker, a follow-up's counterparts, or the delegation a statement is for. */
  names?: string
  /** A session note's or a statement's title. */
  title?: string
  /** The titles of the sections a paragraph is in ("Early warning", "Interventions"). */
  section?: string
  /** The paragraph's text, a note or a session note as plain text, or a follow-up's action. */
  text?: string
  /** The passage an annotation highlights. */
  quote?: string
  tags?: string
}

const searchedFields = ['paragraph', 'names', 'title', 'section', 'text', 'quote', 'tags'] as const

type SearchedField = (typeof searchedFields)[number]

/**
 * Field weights. A number typed is most likely a paragraph being cited, so the paragraph and
 * what is written on it come before texts that merely contain the number. Names and titles say
 * most about what an item is about. A paragraph's section titles say which session it belongs
 * to, so "early warning" puts the Early warning session's paragraphs ahead of the few elsewhere
 * that mention early warning in passing. A note's own words and tags count for more than the
 * passage it quotes, which the paragraph itself holds.
 */
const fieldBoosts: Readonly<Record<SearchedField, number>> = {
  paragraph: 3,
  names: 2,
  title: 2,
  section: 2,
  text: 1,
  quote: 0.5,
  tags: 1.5
}

/** Loose words this long or longer are matched with typos: one per five letters. */
const fuzzyMinimumLength = 4
const fuzziness = 0.2

/** How many words' lookups are kept between keystrokes. */
const keptWordLookups = 16

/** An item as the index keeps it beside its words, to show and filter its results. */
interface IndexedItem {
  kind: SearchKind
  /** As in `SearchResult`. */
  recordId: string | null
  /** The document it is in or on; null for a session note or a statement. */
  documentId: string | null
  /**
   * Where that document comes in the library (0 for the shipped summary), which ranks equal
   * matches; infinity for a session note or a statement.
   */
  documentOrder: number
  paragraph: number | null
  title: string | null
  /** Exactly what was indexed, which removing it needs back unchanged. */
  fields: IndexedFields
  /** Plain texts a snippet may be cut from, in order of preference. */
  snippetSources: string[]
  /**
   * The texts a phrase may be found in, as `haystackOf` makes them, each on its own so that no phrase
   * spans two. Made when the item is indexed, so that no keystroke waits for thousands of them.
   */
  phraseHaystacks: string[]
}

/** An item as made from its record, before the index places its document. */
type NewItem = Omit<IndexedItem, 'documentOrder'>

/** Each section's title by id, subsections included. */
function sectionTitles(
  sections: readonly Section[],
  titles = new Map<string, string>()
): Map<string, string> {
  for (const section of sections) {
    titles.set(section.id, section.title)
    sectionTitles(section.children, titles)
  }
  return titles
}

/** The texts that are not empty, in order. */
function present(texts: readonly (string | null | undefined)[]): string[] {
  return texts.filter((text): text is string => typeof text === 'string' && text !== '')
}

/**
 * The folded words of an item's texts, each text split once however often its fields and
 * phrase haystacks ask for it: with 20,000 notes, splitting is much of building the index.
 */
class ItemWords {
  readonly #known = new Map<string, readonly string[]>()

  /** The folded words of `text`. */
  of(text: string): readonly string[] {
    let words = this.#known.get(text)
    if (!words) {
      words = foldedWords(text)
      this.#known.set(text, words)
    }
    return words
  }

  /** The phrase haystacks (`haystackOf`) of the texts that are not empty. */
  haystacks(texts: readonly (string | null | undefined)[]): string[] {
    return present(texts).map((text) => haystackOf(this.of(text)))
  }

  /** The words of each searched field of `fields`. */
  ofFields(fields: IndexedFields): DocumentWords<SearchedField> {
    const words: DocumentWords<SearchedField> = {}
    for (const field of searchedFields) {
      const text = fields[field]
      if (text) words[field] = this.of(text)
    }
    return words
  }
}

/**
 * The id of a paragraph in the index: "paragraph:47" in the shipped summary, as it has always
 * been, "paragraph:<document id>/3" in another document.
 */
function paragraphId(documentId: string, paragraph: number): string {
  return documentId === shippedDocumentId
    ? `paragraph:${paragraph}`
    : `paragraph:${documentId}/${paragraph}`
}

/** A paragraph of document `documentId` as an item, with the titles of the sections containing it. */
function paragraphItem(
  documentId: string,
  paragraph: Paragraph,
  sections: readonly string[],
  words: ItemWords
): NewItem {
  const text = collapseWhitespace(paragraph.text)
  const speaker = paragraph.speaker?.name ?? null
  return {
    kind: 'paragraph',
    recordId: null,
    documentId,
    paragraph: paragraph.number,
    title: speaker,
    fields: {
      id: paragraphId(documentId, paragraph.number),
      paragraph: String(paragraph.number),
      names: speaker ?? undefined,
      section: sections.join(' / '),
      text
    },
    snippetSources: [text],
    phraseHaystacks: words.haystacks([text, speaker, ...sections])
  }
}

/** An annotation's note (with its quote and tags) as an item. */
function noteItem(annotation: Annotation, speaker: string | null, words: ItemWords): NewItem {
  const text = markdownPlainText(annotation.note)
  const quote = collapseWhitespace(annotation.target?.quote.exact ?? '')
  return {
    kind: 'note',
    recordId: annotation.id,
    documentId: documentIdOf(annotation),
    paragraph: annotation.paragraph,
    title: speaker,
    fields: {
      id: `annotation:${annotation.id}`,
      paragraph: String(annotation.paragraph),
      text,
      quote,
      tags: annotation.tags.join(' ')
    },
    snippetSources: present([text, quote, annotation.tags.join(', ')]),
    phraseHaystacks: words.haystacks([text, quote, ...annotation.tags])
  }
}

/** An annotation's follow-up (its action and counterparts) as an item. */
function followUpItem(
  annotation: Annotation,
  followUp: FollowUp,
  speaker: string | null,
  words: ItemWords
): NewItem {
  const action = collapseWhitespace(followUp.action)
  const counterparts = followUp.counterparts.join(', ')
  return {
    kind: 'follow-up',
    recordId: annotation.id,
    documentId: documentIdOf(annotation),
    paragraph: annotation.paragraph,
    title: speaker,
    fields: {
      id: `follow-up:${annotation.id}`,
      paragraph: String(annotation.paragraph),
      names: counterparts,
      text: action
    },
    snippetSources: present([action, counterparts]),
    phraseHaystacks: words.haystacks([action, ...followUp.counterparts])
  }
}

/** A session note (title, body and tags) as an item. */
function sessionNoteItem(note: SessionNote, words: ItemWords): NewItem {
  const text = markdownPlainText(note.body)
  const title = collapseWhitespace(note.title)
  return {
    kind: 'session-note',
    recordId: note.id,
    documentId: null,
    paragraph: null,
    title,
    fields: { id: `session-note:${note.id}`, title, text, tags: note.tags.join(' ') },
    snippetSources: present([text, note.tags.join(', ')]),
    phraseHaystacks: words.haystacks([text, title, ...note.tags])
  }
}

/** A statement (title, text and the delegation it speaks for) as an item. */
function statementItem(statement: Statement, words: ItemWords): NewItem {
  const text = markdownPlainText(statement.text)
  const title = collapseWhitespace(statement.title)
  const speakingFor = collapseWhitespace(statement.speakingFor)
  return {
    kind: 'statement',
    recordId: statement.id,
    documentId: null,
    paragraph: null,
    title: `Statement: ${statementTitle(statement)}`,
    fields: { id: `statement:${statement.id}`, title, names: speakingFor, text },
    snippetSources: present([text, speakingFor]),
    phraseHaystacks: words.haystacks([text, title, speakingFor])
  }
}

/**
 * What the index is asked for a parsed query, one query per word: every word must match (so
 * each word typed narrows the list). Loose words match as the start of a word from two
 * characters on (a lone digit, such as a paragraph number, only as itself), and with a typo from
 * four letters on (two from eight); words of a phrase match exactly, but for the last word of a
 * phrase still being typed, which may be the start of one. Phrases' adjacency is checked on the
 * candidates afterwards.
 */
function wordQueries({ words, phrases }: ParsedQuery): WordQuery[] {
  const loose: WordQuery[] = words.map((word) => ({
    word,
    prefix: word.length > 1,
    fuzzy: word.length >= fuzzyMinimumLength && /\p{L}/u.test(word) ? fuzziness : false
  }))
  const phrased: WordQuery[] = phrases.flatMap((phrase) =>
    phrase.words.map((word, index) => ({
      word,
      prefix: !phrase.complete && index === phrase.words.length - 1 && word.length > 1,
      fuzzy: false
    }))
  )
  return [...loose, ...phrased]
}

/** An item matching every word: the sum of its words' scores. */
interface Match {
  item: IndexedItem
  /** Its number in the term index. */
  number: number
  score: number
  /** Where the item's document comes in the library (see `IndexedItem.documentOrder`). */
  document: number
  /** The item's paragraph, or infinity for a session note. */
  paragraph: number
  /** Whether some word matched it only through a typo (see `SearchResult.similar`). */
  similar: boolean
}

/** What ranks a match, before it is one. */
type Rank = Omit<Match, 'item'>

/**
 * How `a` ranks against `b`: negative if before it. A match of every word as typed (or by its
 * start) before one through a typo; then the higher score; among equal scores, the earlier
 * document in the library (session notes and statements last), the earlier paragraph, then the
 * one indexed first.
 */
function byRank(a: Rank, b: Rank): number {
  const { number, score, paragraph } = a
  if (a.similar !== b.similar) return a.similar ? 1 : -1
  if (score !== b.score) return b.score - score
  if (a.document !== b.document) return a.document - b.document
  if (paragraph !== b.paragraph) return paragraph - b.paragraph
  return number - b.number
}

/** Runs every step of `steps` at once. */
function runAll(steps: Iterator<void>): void {
  while (steps.next().done !== true);
}

/** An index being built: a slice at a time, or what is left all at once. */
export interface SearchIndexBuilder {
  /**
   * Indexes items until `deadline` passes on the clock `now` reads (`performance.now()` unless
   * given); says whether all are.
   */
  step(deadline: number, now?: () => number): boolean
  /** Indexes whatever is left and returns the index. */
  finish(): SearchIndex
}

/** A document as the index holds it, to name its results and the notes made on it. */
interface IndexedDocument {
  entry: LibraryEntry
  /** Where it comes in the library: the order it was added in, 0 for the first. */
  order: number
  /**
   * How its results name it: its symbol, or its title where it has none; null for the shipped
   * summary, whose results read "para. 47" as ever.
   */
  label: string | null
  /** The speaker of each paragraph that has one, to name the notes made on it. */
  speakers: ReadonlyMap<number, string>
}

/** `entry` as the index holds it, `order`th in the library. */
function indexedDocument(entry: LibraryEntry, order: number): IndexedDocument {
  return {
    entry,
    order,
    label: entry.id === shippedDocumentId ? null : (entry.symbol ?? entry.title),
    speakers: new Map(
      entry.meeting.paragraphs.flatMap((paragraph) =>
        paragraph.speaker ? [[paragraph.number, paragraph.speaker.name] as const] : []
      )
    )
  }
}

/**
 * The search index. Build it with `SearchIndex.build` when the app starts, then keep it current
 * with the upserts and removes as records are saved and deleted, and `addDocument` and
 * `removeDocument` as the library changes.
 */
export class SearchIndex {
  readonly #terms = new TermIndex(searchedFields, fieldBoosts)
  /** Each item's number in the term index, by id. */
  readonly #numbers = new Map<string, number>()
  /** The items, by their number in the term index. */
  readonly #items = new Map<number, IndexedItem>()
  /**
   * What each word matched in the latest searches, by word query. Typing changes one word at a
   * time, so the words before it are not looked up again; any change to the index empties it.
   */
  readonly #wordMatches = new Map<string, WordMatches>()
  /** The documents indexed, by id, in the order they were added. */
  readonly #documents = new Map<string, IndexedDocument>()
  /** How many documents were ever added, which gives the next its order. */
  #documentsAdded = 0

  private constructor() {
    // Made by `build` and `builder` only.
  }

  /**
   * An index of the paragraphs of `documents` and of the given annotations (those on one of
   * them), session notes and statements.
   */
  static build(
    documents: SearchedDocuments,
    annotations: readonly Annotation[],
    sessionNotes: readonly SessionNote[],
    statements: readonly Statement[] = []
  ): SearchIndex {
    return SearchIndex.builder(documents, annotations, sessionNotes, statements).finish()
  }

  /**
   * The same index, built a slice at a time, so that it can be built in the moments the page is
   * idle: with 20,000 notes, building it whole keeps the page busy for seconds. The documents
   * are indexed in the order given (the shipped summary first), then the records.
   */
  static builder(
    documents: SearchedDocuments,
    annotations: readonly Annotation[],
    sessionNotes: readonly SessionNote[],
    statements: readonly Statement[] = []
  ): SearchIndexBuilder {
    const index = new SearchIndex()
    const entries = libraryEntriesOf(documents)
    // One item indexed per step.
    const steps = (function* (): Generator<void, void, void> {
      for (const entry of entries) {
        yield* index.#documentSteps(entry)
      }
      for (const annotation of annotations) {
        index.upsertAnnotation(annotation)
        yield
      }
      for (const note of sessionNotes) {
        index.upsertSessionNote(note)
        yield
      }
      for (const statement of statements) {
        index.upsertStatement(statement)
        yield
      }
    })()
    let done = false
    return {
      step(deadline, now = () => performance.now()) {
        while (!done && now() < deadline) done = steps.next().done === true
        return done
      },
      finish() {
        while (!done) done = steps.next().done === true
        return index
      }
    }
  }

  /** The library entries indexed, by id. */
  get documents(): ReadonlyMap<string, LibraryEntry> {
    return new Map([...this.#documents].map(([id, { entry }]) => [id, entry]))
  }

  /**
   * Indexes a document's paragraphs, and the notes and follow-ups of those of `annotations` made
   * on it. A document already indexed under the same id only takes the entry's title and symbol
   * (renamed, say): a document's text does not change once imported.
   */
  addDocument(entry: LibraryEntry, annotations: readonly Annotation[] = []): void {
    const known = this.#documents.get(entry.id)
    if (known) {
      this.#documents.set(entry.id, indexedDocument(entry, known.order))
      return
    }
    runAll(this.#documentSteps(entry))
    for (const annotation of annotations) {
      if (documentIdOf(annotation) === entry.id) this.upsertAnnotation(annotation)
    }
  }

  /** Stops finding a document's paragraphs and the notes made on it. An unknown id is ignored. */
  removeDocument(id: string): void {
    if (!this.#documents.delete(id)) return
    const gone = [...this.#items.values()].filter((item) => item.documentId === id)
    for (const item of gone) this.#delete(item.fields.id)
  }

  /** Indexes `entry`'s paragraphs, one at each step. */
  *#documentSteps(entry: LibraryEntry): Generator<void, void, void> {
    this.#documents.set(entry.id, indexedDocument(entry, this.#documentsAdded++))
    const titles = sectionTitles(entry.meeting.sections)
    for (const paragraph of entry.meeting.paragraphs) {
      const sections = present(paragraph.sectionPath.map((id) => titles.get(id)))
      const words = new ItemWords()
      this.#put(paragraphItem(entry.id, paragraph, sections, words), words)
      yield
    }
  }

  /** How many items are indexed, of all kinds. */
  get size(): number {
    return this.#terms.size
  }

  /**
   * Indexes a new or changed annotation: its note, and its follow-up if it has one. A follow-up
   * it no longer has stops being found; an annotation on a document not indexed is not found.
   */
  upsertAnnotation(annotation: Annotation): void {
    const document = this.#documents.get(documentIdOf(annotation))
    // A note on a document not in the library (not yet fed in, or being removed) is not found.
    if (!document) return this.removeAnnotation(annotation.id)
    const speaker = document.speakers.get(annotation.paragraph) ?? null
    const words = new ItemWords()
    this.#put(noteItem(annotation, speaker, words), words)
    if (annotation.followUp) {
      this.#put(followUpItem(annotation, annotation.followUp, speaker, words), words)
    } else {
      this.#delete(`follow-up:${annotation.id}`)
    }
  }

  /** Stops finding an annotation's note and follow-up. An unknown id is ignored. */
  removeAnnotation(id: string): void {
    this.#delete(`annotation:${id}`)
    this.#delete(`follow-up:${id}`)
  }

  /** Indexes a new or changed session note. */
  upsertSessionNote(note: SessionNote): void {
    const words = new ItemWords()
    this.#put(sessionNoteItem(note, words), words)
  }

  /** Stops finding a session note. An unknown id is ignored. */
  removeSessionNote(id: string): void {
    this.#delete(`session-note:${id}`)
  }

  /** Indexes a new or changed statement. */
  upsertStatement(statement: Statement): void {
    const words = new ItemWords()
    this.#put(statementItem(statement, words), words)
  }

  /** Stops finding a statement. An unknown id is ignored. */
  removeStatement(id: string): void {
    this.#delete(`statement:${id}`)
  }

  /**
   * What matches `query`: loose words by prefix and with typos, phrases in double quotes as
   * adjacent words, case and accents aside; every word and phrase must match. Results are
   * grouped by kind in `searchKinds` order, best first (BM25 with field boosts; ties by
   * paragraph), at most `limit` of each, only those in `document` if it names one. A query
   * without words finds nothing.
   */
  search(
    query: string,
    { limit = defaultResultLimit, limits = {}, document = null }: SearchOptions = {}
  ): SearchResults {
    const parsed = parseQuery(query)
    if (parsed.words.length === 0 && parsed.phrases.length === 0) return { groups: [], total: 0 }
    const perWord = wordQueries(parsed).map((query) => this.#matchesOf(query))
    const ranked = this.#bestOfEvery(
      perWord,
      parsed.phrases,
      (kind) => limits[kind] ?? limit,
      document
    )
    const groups: SearchResultGroup[] = []
    let total = 0
    for (const kind of searchKinds) {
      const found = ranked.get(kind)
      if (!found) continue
      total += found.total
      // The words matched are gathered only for the results shown.
      const results = found.best.map(({ item, number, similar }) =>
        resultOf(item, this.#labelOf(item), this.#matchedWords(number, perWord), similar)
      )
      groups.push({ kind, total: found.total, results })
    }
    return { groups, total }
  }

  /** How `item`'s result names its document (see `IndexedDocument.label`). */
  #labelOf(item: IndexedItem): string | null {
    return item.documentId === null ? null : (this.#documents.get(item.documentId)?.label ?? null)
  }

  /**
   * The words item `number` matched, to mark: of each word's forms (`perWord`), those it holds
   * strictly (the word or longer ones), else the typos it holds.
   */
  #matchedWords(
    number: number,
    perWord: readonly WordMatches[]
  ): { words: string[]; similar: string[] } {
    const words: string[] = []
    const similar: string[] = []
    for (const matches of perWord) {
      const strict = this.#terms.wordsIn(
        number,
        matches.words.filter((word) => !matches.similarWords.includes(word))
      )
      if (strict.length > 0) words.push(...strict)
      else similar.push(...this.#terms.wordsIn(number, matches.similarWords))
    }
    return { words, similar }
  }

  /**
   * The items matched by every word (`perWord`, one lookup per word) and containing every
   * phrase, in the document `filter` names if any, counted by kind, with the best
   * `limitOf(kind)` of each kind in rank order. An item's score is
   * the sum of its words' scores. A common word can match thousands of notes: only those that
   * enter a kind's best few get an object, and nothing is sorted but those few, since what is
   * allocated on every keystroke is what the garbage collector later pauses for.
   */
  #bestOfEvery(
    perWord: readonly WordMatches[],
    phrases: readonly QueryPhrase[],
    limitOf: (kind: SearchKind) => number,
    filter: DocumentFilter
  ): Map<SearchKind, { total: number; best: Match[] }> {
    const [fewest, ...others] = [...perWord].sort((a, b) => a.documents.length - b.documents.length)
    const ranked = new Map<SearchKind, { total: number; best: Match[] }>()
    // One rank filled in for each candidate, and copied only for those that enter the best.
    const rank: Rank = { number: 0, score: 0, document: 0, paragraph: 0, similar: false }
    candidates: for (const number of fewest?.documents ?? []) {
      let score = fewest.scores[number]
      for (const other of others) {
        const otherScore = other.scores[number]
        if (!(otherScore > 0)) continue candidates
        score += otherScore
      }
      const item = this.#items.get(number)
      if (!item || !inDocumentFilter(filter, item.documentId)) continue
      if (phrases.length > 0 && !containsPhrases(item, phrases)) continue
      let found = ranked.get(item.kind)
      if (!found) {
        found = { total: 0, best: [] }
        ranked.set(item.kind, found)
      }
      found.total++
      const limit = limitOf(item.kind)
      rank.number = number
      rank.score = score
      rank.document = item.documentOrder
      rank.paragraph = item.paragraph ?? Number.POSITIVE_INFINITY
      rank.similar = false
      for (const word of perWord) {
        if (word.strictScores[number] === 0) {
          rank.similar = true
          break
        }
      }
      const { best } = found
      const last = best.at(-1)
      if (best.length >= limit && (!last || byRank(rank, last) >= 0)) continue
      let at = best.length
      while (at > 0 && byRank(rank, best[at - 1]) < 0) at--
      best.splice(at, 0, { item, ...rank })
      if (best.length > limit) best.pop()
    }
    return ranked
  }

  /** What one word query matches, by item id; looked up once while the index is unchanged. */
  #matchesOf(query: WordQuery): WordMatches {
    const key = JSON.stringify(query)
    const known = this.#wordMatches.get(key)
    if (known) return known
    const found = this.#terms.lookup(query)
    this.#wordMatches.set(key, found)
    // A search has a handful of words; the oldest lookups are the ones typed over.
    const oldest = this.#wordMatches.keys().next().value
    if (this.#wordMatches.size > keptWordLookups && oldest !== undefined) {
      this.#wordMatches.delete(oldest)
    }
    return found
  }

  /** Indexes `item`, whose texts' words `words` has, in place of any earlier version of it. */
  #put(item: NewItem, words: ItemWords): void {
    this.#delete(item.fields.id)
    this.#wordMatches.clear()
    const number = this.#terms.add(words.ofFields(item.fields))
    this.#numbers.set(item.fields.id, number)
    const document = item.documentId === null ? undefined : this.#documents.get(item.documentId)
    this.#items.set(number, { ...item, documentOrder: document?.order ?? Infinity })
  }

  /** Removes the item with `id` from the index, if there is one. */
  #delete(id: string): void {
    const number = this.#numbers.get(id)
    const item = number === undefined ? undefined : this.#items.get(number)
    if (number === undefined || !item) return
    this.#wordMatches.clear()
    this.#terms.remove(number, new ItemWords().ofFields(item.fields))
    this.#numbers.delete(id)
    this.#items.delete(number)
  }
}

/** Whether every phrase is in one of the item's texts. */
function containsPhrases(item: IndexedItem, phrases: readonly QueryPhrase[]): boolean {
  return phrases.every((phrase) =>
    item.phraseHaystacks.some((haystack) => containsPhrase(haystack, phrase))
  )
}

/**
 * The result shown for `item`, in the document named `label` (null for the shipped summary),
 * which matched `words` (and only through a typo if `similar`), its snippet cut from its first
 * text with one of them.
 */
function resultOf(
  item: IndexedItem,
  label: string | null,
  { words, similar: similarWords }: { words: readonly string[]; similar: readonly string[] },
  similar: boolean
): SearchResult {
  const matchedWords = [...new Set([...words, ...similarWords])]
  // The shipped summary's results, and session notes and statements, read as they always have.
  const inDocument =
    item.documentId === null || label === null
      ? {}
      : { documentId: item.documentId, document: label }
  return {
    kind: item.kind,
    id: item.fields.id,
    recordId: item.recordId,
    ...inDocument,
    paragraph: item.paragraph,
    citation: item.paragraph === null ? null : citationIn(label, item.paragraph),
    title: item.title,
    snippet: snippetOfFirstMatch(item.snippetSources, new Set(matchedWords)),
    matchedWords,
    similarWords: [...new Set(similarWords)].filter((word) => !words.includes(word)),
    similar
  }
}
