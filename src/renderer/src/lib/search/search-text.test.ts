/** Tests of how search reads words, queries and phrases, and cuts snippets. */
import { describe, expect, it } from 'vitest'
import { foldedWords } from '../text/fold-text'
import { buildSnippet, containsPhrase, haystackOf, parseQuery, snippetLength } from './search-text'

describe('parseQuery', () => {
  it('splits loose words from quoted phrases', () => {
    expect(parseQuery('"Early warning" Canada')).toEqual({
      words: ['canada'],
      phrases: [{ words: ['early', 'warning'], complete: true }]
    })
  })

  it('reads typographic quotes as quotes', () => {
    expect(parseQuery('“drug strategy” peru')).toEqual({
      words: ['peru'],
      phrases: [{ words: ['drug', 'strategy'], complete: true }]
    })
  })

  it('takes an open quote as a phrase still being typed', () => {
    expect(parseQuery('canada "early warn')).toEqual({
      words: ['canada'],
      phrases: [{ words: ['early', 'warn'], complete: false }]
    })
  })

  it('leaves out loose single letters and a single letter ending an open phrase', () => {
    expect(parseQuery('early warning c')).toEqual({ words: ['early', 'warning'], phrases: [] })
    expect(parseQuery('"early w')).toEqual({
      words: [],
      phrases: [{ words: ['early'], complete: true }]
    })
    expect(parseQuery('item 6')).toEqual({ words: ['item', '6'], phrases: [] })
  })

  it('keeps single letters inside a closed phrase', () => {
    expect(parseQuery('"item 6 (c)"')).toEqual({
      words: [],
      phrases: [{ words: ['item', '6', 'c'], complete: true }]
    })
  })

  it('lists each loose word once and drops empty phrases', () => {
    expect(parseQuery('Peru peru "" PERU " "')).toEqual({ words: ['peru'], phrases: [] })
  })

  it('finds nothing to search in blank or punctuation-only queries', () => {
    for (const query of ['', '   ', '"', '""', '!!! ?', 'a b c']) {
      expect(parseQuery(query)).toEqual({ words: [], phrases: [] })
    }
  })

  it('ignores words past the 24th', () => {
    const query = Array.from({ length: 30 }, (_, index) => `word${index}`).join(' ')
    expect(parseQuery(query).words).toHaveLength(24)
  })
})

describe('containsPhrase', () => {
  const haystack = haystackOf(
    foldedWords('Canada emphasized the significance of Early-Warning Systems.')
  )

  it('finds adjacent words in order, whatever separates them', () => {
    expect(containsPhrase(haystack, { words: ['early', 'warning'], complete: true })).toBe(true)
    expect(containsPhrase(haystack, { words: ['warning', 'early'], complete: true })).toBe(false)
    expect(containsPhrase(haystack, { words: ['significance', 'early'], complete: true })).toBe(
      false
    )
  })

  it('matches whole words once closed, and the start of the last word while open', () => {
    expect(containsPhrase(haystack, { words: ['early', 'warn'], complete: true })).toBe(false)
    expect(containsPhrase(haystack, { words: ['early', 'warn'], complete: false })).toBe(true)
    expect(containsPhrase(haystack, { words: ['arly', 'warning'], complete: false })).toBe(false)
  })
})

describe('buildSnippet', () => {
  const long =
    'The Drug Policy Officer for LSS presented on how Early Warning Systems inform and guide evidence-based international drug policy and enable the international community to respond to threats posed by synthetic drugs.'

  it('gives a short text whole, with every matched word', () => {
    expect(buildSnippet('Türkiye and TÜRKIYE, not Turkiyes', new Set(['turkiye']))).toEqual({
      text: 'Türkiye and TÜRKIYE, not Turkiyes',
      matches: [
        [0, 7],
        [12, 19]
      ]
    })
  })

  it('cuts a long text at word boundaries, a little before the first match', () => {
    const text = `${'Opening words. '.repeat(12)}Canada emphasized early warning. ${'Closing words. '.repeat(12)}`
    expect(buildSnippet(text, new Set(['canada', 'warning']))).toEqual({
      text: '…Opening words. Opening words. Opening words. Canada emphasized early warning. Closing words. Closing words. Closing words. Closing words. Closing words. Closing…',
      matches: [
        [46, 52],
        [70, 77]
      ]
    })
  })

  it('keeps the window full when the match is near the end of a long text', () => {
    const snippet = buildSnippet(long, new Set(['synthetic']))
    expect(snippet).toEqual({
      text: '…Warning Systems inform and guide evidence-based international drug policy and enable the international community to respond to threats posed by synthetic drugs.',
      matches: [[145, 154]]
    })
    expect(snippet.text.length).toBe(snippetLength + 1)
  })

  it('starts a long text at its beginning when the first match is near it', () => {
    const snippet = buildSnippet(long, new Set(['warning', 'systems']))
    expect(snippet).toEqual({
      text: 'The Drug Policy Officer for LSS presented on how Early Warning Systems inform and guide evidence-based international drug policy and enable the international…',
      matches: [
        [55, 62],
        [63, 70]
      ]
    })
    expect(snippet.text.length).toBeLessThanOrEqual(snippetLength + 1)
  })

  it('finds the first match in a long text, whether it is all ASCII or not', () => {
    for (const filler of ['Filler words. ', 'Filler wörds. ']) {
      const text = `${filler.repeat(1000)}Ask TÜRKIYE, then Turkiye; not turkiyes. ${filler.repeat(20)}`
      const cut = filler.slice('Filler '.length)
      expect(buildSnippet(text, new Set(['turkiye', 'ask']))).toEqual({
        text: `…${cut}${filler.repeat(3)}Ask TÜRKIYE, then Turkiye; not turkiyes. ${filler.repeat(4)}${filler.trim()}…`,
        matches: [
          [50, 53],
          [54, 61],
          [68, 75]
        ]
      })
    }
  })

  it('shows the start of the text when no word matches', () => {
    expect(buildSnippet('Short text.', new Set())).toEqual({ text: 'Short text.', matches: [] })
  })
})
