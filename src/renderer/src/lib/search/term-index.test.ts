/**
 * Tests of the term index: that it scores as MiniSearch, which search used before it, scored the
 * same documents; what exact, prefix and misspelt words match; and that removing a document
 * leaves the index as if it had never been added.
 */
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { foldedWords, foldText, splitWords } from '../text/fold-text'
import { TermIndex, type DocumentWords, type WordMatches, type WordQuery } from './term-index'

const fields = ['title', 'text'] as const
type Field = (typeof fields)[number]
const boosts = { title: 2, text: 1 }

type Document = Partial<Record<Field, string>>

/** A document per paragraph of the meeting: its speaker (or "Procedural") and its text. */
const paragraphDocuments: Document[] = meetingDocument.paragraphs.map((paragraph) => ({
  title: paragraph.speaker?.name ?? 'Procedural',
  text: paragraph.text
}))

/** The word queries compared: exact, by prefix, with typos, and both. */
const queries: WordQuery[] = [
  { word: 'precursors', prefix: false, fuzzy: false },
  { word: 'precursor', prefix: true, fuzzy: false },
  { word: 'warnng', prefix: false, fuzzy: 0.2 },
  { word: 'synthetic', prefix: true, fuzzy: 0.2 },
  { word: 'pr', prefix: true, fuzzy: false },
  { word: 'canada', prefix: true, fuzzy: 0.2 },
  { word: 'unheardof', prefix: true, fuzzy: 0.2 }
]

/** The words of `document`'s fields, as search indexes them. */
function wordsOf(document: Document): DocumentWords<Field> {
  return {
    title: foldedWords(document.title ?? ''),
    text: foldedWords(document.text ?? '')
  }
}

/** An index of `documents`, numbered in order. */
function indexOf(documents: readonly Document[]): TermIndex<Field> {
  const index = new TermIndex(fields, boosts)
  for (const document of documents) index.add(wordsOf(document))
  return index
}

/** Each matched document's score, by number, in number order. */
function scoresOf(matches: WordMatches): [number, number][] {
  return [...matches.documents]
    .sort((a, b) => a - b)
    .map((number) => [number, matches.scores[number]])
}

describe('TermIndex', () => {
  it('scores every match as MiniSearch does', () => {
    // MiniSearch counts a field's length in distinct words as written and averages it over every
    // document; with every field present and written in lower case, the two agree exactly.
    const documents = paragraphDocuments.map((document) => ({
      title: foldText(document.title ?? ''),
      text: foldText(document.text ?? '')
    }))
    const engine = new MiniSearch<Document & { id: number }>({
      fields: [...fields],
      tokenize: splitWords,
      processTerm: (term) => foldText(term) || null,
      searchOptions: { boost: boosts }
    })
    engine.addAll(documents.map((document, id) => ({ id, ...document })))
    const index = indexOf(documents)
    for (const query of queries) {
      const expected = engine
        .search({ queries: [query.word], prefix: query.prefix, fuzzy: query.fuzzy })
        .map(({ id, score }) => [id as number, score] as const)
        .sort(([a], [b]) => a - b)
      const found = scoresOf(index.lookup(query))
      expect(
        found.map(([number]) => number),
        query.word
      ).toEqual(expected.map(([id]) => id))
      found.forEach(([, score], at) => expect(score).toBeCloseTo(expected[at][1], 10))
    }
    expect(scoresOf(index.lookup(queries[0])).length).toBeGreaterThan(3)
  })

  it('finds a word as itself, as the start of longer words, and a typo away', () => {
    const index = indexOf([
      { text: 'Precursors were seized' },
      { text: 'A precursor chemical' },
      { text: 'Precursory signs' },
      { text: 'Presursor, misspelt' },
      { title: 'Nothing of the kind' }
    ])
    const exact = index.lookup({ word: 'precursor', prefix: false, fuzzy: false })
    expect(exact.documents).toEqual([1])
    expect(exact.words).toEqual(['precursor'])
    const prefixed = index.lookup({ word: 'precursor', prefix: true, fuzzy: false })
    expect([...prefixed.documents].sort()).toEqual([0, 1, 2])
    expect([...prefixed.words].sort()).toEqual(['precursor', 'precursors', 'precursory'])
    // The word itself ranks before the longer words that start with it.
    expect(prefixed.scores[1]).toBeGreaterThan(prefixed.scores[0])
    const misspelt = index.lookup({ word: 'precursor', prefix: true, fuzzy: 0.2 })
    expect([...misspelt.documents].sort()).toEqual([0, 1, 2, 3])
    // A typo counts for less than the word.
    expect(misspelt.scores[3]).toBeLessThan(misspelt.scores[1])
    expect(misspelt.scores[4]).toBe(0)
    // "Precursory" starts with "precursor" and is one letter from it: it counts once, as longer.
    expect(misspelt.scores[2]).toBe(prefixed.scores[2])
  })

  it('tells the typos from the word and its longer forms, and scores without them apart', () => {
    const index = indexOf([
      { text: 'Bilateral talks' },
      { text: 'A trilateral dialogue' },
      { text: 'Bilateral and trilateral' }
    ])
    const strict = index.lookup({ word: 'bilateral', prefix: true, fuzzy: false })
    expect(strict.similarWords).toEqual([])
    expect(strict.strictScores).toBe(strict.scores)
    const fuzzy = index.lookup({ word: 'bilateral', prefix: true, fuzzy: 0.2 })
    expect(fuzzy.words).toEqual(['bilateral', 'trilateral'])
    expect(fuzzy.similarWords).toEqual(['trilateral'])
    // Document 1 holds only the typo; document 2 both, scored for both but strictly for one.
    expect([...fuzzy.strictScores]).toEqual([strict.scores[0], 0, strict.scores[2]])
    expect(fuzzy.scores[1]).toBeGreaterThan(0)
    expect(fuzzy.scores[2]).toBeGreaterThan(fuzzy.strictScores[2])
  })

  it('allows a typo per five letters of the word, rounded', () => {
    const index = indexOf([{ text: 'warning' }, { text: 'warming' }, { text: 'war' }])
    const lookup = (word: string): readonly number[] =>
      index.lookup({ word, prefix: false, fuzzy: 0.2 }).documents
    // Seven letters allow one typo: "warning" is one away, "warming" two.
    expect(lookup('warnixg')).toEqual([0])
    // Three letters allow one, two none.
    expect(lookup('wax')).toEqual([2])
    expect(lookup('wx')).toEqual([])
  })

  it('weighs each field by its boost', () => {
    const index = indexOf([{ title: 'Canada' }, { text: 'Canada' }])
    const matches = index.lookup({ word: 'canada', prefix: false, fuzzy: false })
    expect(matches.scores[0]).toBeGreaterThan(matches.scores[1])
  })

  it('says which of a query’s words a document holds', () => {
    const index = indexOf([{ title: 'Türkiye', text: 'precursors and precursory' }])
    const matches = index.lookup({ word: 'pre', prefix: true, fuzzy: false })
    expect(index.wordsIn(0, matches.words).sort()).toEqual(['precursors', 'precursory'])
    expect(index.wordsIn(0, ['turkiye', 'canada'])).toEqual(['turkiye'])
  })

  it('leaves out a field without words, so that it does not shorten the average', () => {
    const withEmpty = indexOf([
      { title: 'Canada', text: '' },
      { title: 'Canada', text: '— …' }
    ])
    const without = indexOf([{ title: 'Canada' }, { title: 'Canada' }])
    const query: WordQuery = { word: 'canada', prefix: false, fuzzy: false }
    expect(scoresOf(withEmpty.lookup(query))).toEqual(scoresOf(without.lookup(query)))
  })

  it('scores as if a removed document had never been added, and never reuses its number', () => {
    const kept = paragraphDocuments.slice(0, 40)
    const removed = paragraphDocuments.slice(40)
    const index = indexOf([...removed, ...kept])
    removed.forEach((document, number) => index.remove(number, wordsOf(document)))
    expect(index.size).toBe(kept.length)
    const fresh = indexOf(kept)
    for (const query of queries) {
      const found = scoresOf(index.lookup(query)).map(([number, score]) => [
        number - removed.length,
        score
      ])
      expect(found, query.word).toEqual(scoresOf(fresh.lookup(query)))
      // A word only the removed documents held is no longer found, even by prefix or typo.
      expect([...index.lookup(query).words].sort()).toEqual([...fresh.lookup(query).words].sort())
    }
    expect(index.add({ text: ['again'] })).toBe(paragraphDocuments.length)
  })

  it('keeps finding what is left when most of a word’s documents are removed', () => {
    const documents: Document[] = Array.from({ length: 100 }, (_, at) => ({
      text: `Delegation ${at % 2 === 0 ? 'even' : 'odd'} note`
    }))
    const index = indexOf(documents)
    for (let number = 0; number < 90; number++) index.remove(number, wordsOf(documents[number]))
    const fresh = indexOf(documents.slice(90))
    for (const word of ['delegation', 'even', 'odd']) {
      const query: WordQuery = { word, prefix: false, fuzzy: false }
      const found = scoresOf(index.lookup(query)).map(([number, score]) => [number - 90, score])
      expect(found, word).toEqual(scoresOf(fresh.lookup(query)))
    }
    expect(index.wordsIn(95, ['delegation', 'odd', 'even'])).toEqual(['delegation', 'odd'])
    expect(index.wordsIn(5, ['delegation', 'odd'])).toEqual([])
  })
})
