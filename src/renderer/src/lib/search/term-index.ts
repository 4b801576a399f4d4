/**
 * The inverted index under search: which documents hold each word, in which field and how often,
 * and each word's matches scored with BM25 and field boosts. Words are also kept in MiniSearch's
 * radix tree (`SearchableMap`), which finds the words that start with what was typed or are a
 * typo away from it. What each word is in is kept here as arrays of numbers, so that indexing a
 * note appends to a few arrays and a word found in 10,000 notes is scored in one pass, with no
 * object made per note.
 *
 * Written by hand on purpose, rather than searching with MiniSearch itself: MiniSearch built an
 * object per matching note for every word typed and sorted them all, so that with 20,000 notes a
 * common word cost 70–130 ms a keystroke. Scoring into one array per word took the scale bench's
 * p95 per keystroke from 86.8 to 21.4 ms at 20,000 notes and from 24.4 to 10.6 ms at 5,000, and
 * the search bench's from 13.7–15.5 to 8.6 ms (commit bf7f567, "Search: score matches in one pass
 * over our own postings"). A test checks the scores against MiniSearch's on the meeting text.
 */
import SearchableMap from 'minisearch/SearchableMap'

/** One word looked up: as itself, as the start of longer words, or with typos. */
export interface WordQuery {
  /** Folded, as `foldedWords` gives it. */
  word: string
  /** Whether words starting with it match too. */
  prefix: boolean
  /** How many typos are allowed, per letter of `word` (0.2 is one in five); none if false. */
  fuzzy: number | false
}

/** What a word query matched. */
export interface WordMatches {
  /**
   * Each document's score, by document number; 0 for one it did not match (every match scores
   * more than 0).
   */
  readonly scores: Float64Array
  /** The documents matched, in no particular order. */
  readonly documents: readonly number[]
  /**
   * The same, counting only the word itself and the longer words it starts: 0 for a document it
   * matched only through a typo. The same array as `scores` when typos were not looked for.
   */
  readonly strictScores: Float64Array
  /** The indexed words it stood for: itself if indexed, and the longer and misspelt forms found. */
  readonly words: readonly string[]
  /** Of `words`, those that are a typo away from it rather than itself or a longer form. */
  readonly similarWords: readonly string[]
}

/**
 * The documents holding one word in one field, in the order they were added (so by number), and
 * how often each holds it. A removed document stays listed until the list is compacted, and is
 * skipped meanwhile: its length in the field is 0.
 */
interface Holding {
  documents: number[]
  counts: number[]
  /** How many of `documents` are not removed. */
  live: number
}

/** Where one word is: its holding in each field, by the field's position. */
type Postings = (Holding | undefined)[]

/** A document's words, folded, by field; a field that is absent or holds none is left out. */
export type DocumentWords<Field extends string> = Partial<Record<Field, readonly string[]>>

/**
 * BM25's parameters: how fast repeating a word stops counting (k), how much a long field
 * dilutes a match (b), and a floor every match scores (d, as in BM25+). MiniSearch's defaults.
 */
const bm25 = { k: 1.2, b: 0.7, d: 0.5 }

/**
 * What a word counts for when it only starts, or is a typo away from, the word indexed; less the
 * further it is from it. MiniSearch's weights, as are the parameters above. Two things differ
 * from MiniSearch, which search used before: a field's length counts its distinct words once
 * folded ("United" and "united" are one), and its average is taken over the documents that
 * have the field rather than as a running figure over all; matches are the same, but their
 * order can differ where scores were close.
 */
const prefixWeight = 0.375
const fuzzyWeight = 0.45

/** The most typos allowed in one word, however long. */
const maxTypos = 6

/** An index of documents made of named text fields, each weighted by its boost. */
export class TermIndex<Field extends string> {
  readonly #fields: readonly Field[]
  readonly #boosts: readonly number[]
  /** Each word's postings. */
  readonly #postings = new Map<string, Postings>()
  /** The same, in a radix tree, to find the words starting with or a typo away from another. */
  readonly #words = new SearchableMap<Postings>()
  /**
   * For each field, each document's number of distinct words in it: 0 if it has none or was
   * removed.
   */
  readonly #lengths: number[][]
  /** For each field, the sum of its lengths and how many documents have it. */
  readonly #totalLength: number[]
  readonly #holders: number[]
  /** The number the next document added gets. */
  #next = 0
  #count = 0

  constructor(fields: readonly Field[], boosts: Readonly<Record<Field, number>>) {
    this.#fields = fields
    this.#boosts = fields.map((field) => boosts[field])
    this.#lengths = fields.map(() => [])
    this.#totalLength = fields.map(() => 0)
    this.#holders = fields.map(() => 0)
  }

  /** How many documents are indexed. */
  get size(): number {
    return this.#count
  }

  /**
   * Indexes a document, given as its words in each field, and returns its number, which `remove`
   * and the scores go by. Numbers are never reused. A field without words is left out rather
   * than counted as empty, which would shorten the field's average length that every match in
   * it is weighed against.
   */
  add(document: DocumentWords<Field>): number {
    const number = this.#next++
    this.#count++
    this.#fields.forEach((field, position) => {
      const counts = wordCounts(document[field])
      this.#lengths[position][number] = counts.size
      if (counts.size === 0) return
      this.#totalLength[position] += counts.size
      this.#holders[position]++
      for (const [word, count] of counts) {
        let postings = this.#postings.get(word)
        if (!postings) {
          postings = []
          this.#postings.set(word, postings)
          this.#words.set(word, postings)
        }
        const holding = postings[position]
        if (holding) {
          holding.documents.push(number)
          holding.counts.push(count)
          holding.live++
        } else {
          postings[position] = { documents: [number], counts: [count], live: 1 }
        }
      }
    })
    return number
  }

  /**
   * Removes document `number`, which was added with exactly the words `document`. Removing a
   * number that is not indexed is a mistake the index cannot detect.
   */
  remove(number: number, document: DocumentWords<Field>): void {
    this.#count--
    this.#fields.forEach((field, position) => {
      const counts = wordCounts(document[field])
      if (counts.size === 0) return
      this.#lengths[position][number] = 0
      this.#totalLength[position] -= counts.size
      this.#holders[position]--
      for (const word of counts.keys()) {
        const postings = this.#postings.get(word)
        const holding = postings?.[position]
        if (!postings || !holding) continue
        holding.live--
        if (holding.live > 0) {
          // Removed documents are dropped from a list once they are about half of it.
          if (holding.documents.length > 2 * holding.live + 8) this.#compact(holding, position)
          continue
        }
        postings[position] = undefined
        if (postings.every((other) => other === undefined)) {
          this.#postings.delete(word)
          this.#words.delete(word)
        }
      }
    })
  }

  /**
   * The documents `query` matches, each scored: BM25 of each indexed word it stands for in each
   * field, times the field's boost, and, for a longer or misspelt word, a weight that falls the
   * more letters it adds or changes; a document's scores for every such word and field are added.
   */
  lookup(query: WordQuery): WordMatches {
    const scores = new Float64Array(this.#next)
    let strictScores = scores
    const documents: number[] = []
    const words: string[] = []
    const similarWords: string[] = []
    for (const [word, postings, weight, typo] of this.#forms(query)) {
      words.push(word)
      if (typo) {
        // Typos come after every strict form: what is scored so far is the strict score.
        if (strictScores === scores) strictScores = scores.slice()
        similarWords.push(word)
      }
      this.#score(postings, weight, scores, documents)
    }
    return { scores, strictScores, documents, words, similarWords }
  }

  /** Of `words`, those that document `number` holds, in any field. */
  wordsIn(number: number, words: readonly string[]): string[] {
    return words.filter((word) =>
      this.#postings
        .get(word)
        ?.some(
          (holding, position) =>
            holding !== undefined &&
            this.#lengths[position][number] > 0 &&
            sortedIncludes(holding.documents, number)
        )
    )
  }

  /**
   * The indexed words `query` stands for, with where each is, the weight of a match and whether
   * it is a typo away; the typos last.
   */
  *#forms({ word, prefix, fuzzy }: WordQuery): Generator<[string, Postings, number, boolean]> {
    const exact = this.#postings.get(word)
    if (exact) yield [word, exact, 1, false]
    const prefixed = new Set<string>()
    if (prefix) {
      for (const [longer, postings] of this.#words.atPrefix(word)) {
        const added = longer.length - word.length
        if (added === 0) continue
        prefixed.add(longer)
        yield [
          longer,
          postings,
          (prefixWeight * longer.length) / (longer.length + 0.3 * added),
          false
        ]
      }
    }
    const typos = fuzzy === false ? 0 : Math.min(maxTypos, Math.round(word.length * fuzzy))
    if (typos === 0) return
    for (const [misspelt, [postings, distance]] of this.#words.fuzzyGet(word, typos)) {
      // A longer word that starts with it counts as such, not as a typo.
      if (distance === 0 || prefixed.has(misspelt)) continue
      yield [
        misspelt,
        postings,
        (fuzzyWeight * misspelt.length) / (misspelt.length + distance),
        true
      ]
    }
  }

  /**
   * Adds to `scores` what each document holding a word (at `postings`) scores for it, times
   * `weight`, listing in `documents` those that had no score yet.
   */
  #score(postings: Postings, weight: number, scores: Float64Array, documents: number[]): void {
    const { k, b, d } = bm25
    postings.forEach((holding, position) => {
      if (!holding) return
      const rarity = Math.log(1 + (this.#count - holding.live + 0.5) / (holding.live + 0.5))
      const factor = weight * this.#boosts[position] * rarity
      const lengths = this.#lengths[position]
      const averageLength = this.#totalLength[position] / this.#holders[position]
      const { documents: holders, counts } = holding
      for (let at = 0; at < holders.length; at++) {
        const number = holders[at]
        const length = lengths[number]
        if (length === 0) continue
        const count = counts[at]
        const saturation = (count * (k + 1)) / (count + k * (1 - b + (b * length) / averageLength))
        if (scores[number] === 0) documents.push(number)
        scores[number] += factor * (d + saturation)
      }
    })
  }

  /** Drops the removed documents from `holding`, a word's holding in field `position`. */
  #compact(holding: Holding, position: number): void {
    const lengths = this.#lengths[position]
    const documents: number[] = []
    const counts: number[] = []
    holding.documents.forEach((number, at) => {
      if (lengths[number] === 0) return
      documents.push(number)
      counts.push(holding.counts[at])
    })
    holding.documents = documents
    holding.counts = counts
  }
}

/** How many times each word is in `words`. */
function wordCounts(words: readonly string[] | undefined): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of words ?? []) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/** Whether `sorted`, in ascending order, includes `value`. */
function sortedIncludes(sorted: readonly number[], value: number): boolean {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    if (sorted[middle] === value) return true
    if (sorted[middle] < value) low = middle + 1
    else high = middle - 1
  }
  return false
}
