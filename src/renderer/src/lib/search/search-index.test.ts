/**
 * Tests of the search index, on the real meeting summary and notes made on it: what each kind of
 * query finds, in what order, with what snippet, and how the index follows edits.
 */
import { describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import {
  SearchIndex,
  searchKinds,
  type SearchKind,
  type SearchResult,
  type SearchResults
} from './search-index'
import {
  defaultAnnotation,
  earlyWarningNote,
  fixtureAnnotations,
  fixtureFollowUp,
  fixtureId,
  fixtureSessionNote,
  frenchNote,
  passageAnnotation,
  precursorNote
} from '@test-support/search-fixtures'
import { foldingCases } from '@test-support/folding-cases'
import { fixtureStatement } from '@test-support/backup-fixtures'

/** The index of the meeting with the fixture annotations and one session note. */
function fixtureIndex(): SearchIndex {
  return SearchIndex.build(meetingDocument, fixtureAnnotations(), [fixtureSessionNote()])
}

/** The paragraph numbers of the paragraph results, in order. */
function paragraphsFound(results: SearchResults): number[] {
  return resultsOf(results, 'paragraph').map(({ paragraph }) => paragraph ?? 0)
}

/** The results of `kind`, in order. */
function resultsOf(results: SearchResults, kind: SearchKind): SearchResult[] {
  return results.groups.find((group) => group.kind === kind)?.results ?? []
}

/** The ids of the results of `kind`, in order. */
function idsFound(results: SearchResults, kind: SearchKind): string[] {
  return resultsOf(results, kind).map(({ id }) => id)
}

/** The paragraphs containing precursor or precursors, in document order. */
const precursorParagraphs = [16, 20, 33, 37, 39, 54, 57, 63, 65, 71, 81]

/** The paragraphs of session D, "Early warning". */
const earlyWarningSession = Array.from({ length: 22 }, (_, index) => 45 + index)

describe('SearchIndex.build', () => {
  it('indexes every paragraph, each note and follow-up, and each session note', () => {
    // 87 paragraphs, 3 notes, 2 follow-ups, 1 session note.
    expect(fixtureIndex().size).toBe(93)
  })

  it('indexes an annotation given twice once, as last given', () => {
    const first = frenchNote()
    const index = SearchIndex.build(
      meetingDocument,
      [first, { ...first, note: 'Revised wording.' }],
      []
    )
    expect(index.size).toBe(88)
    expect(idsFound(index.search('proposer'), 'note')).toEqual([])
    expect(idsFound(index.search('revised'), 'note')).toEqual([`annotation:${fixtureId(2)}`])
  })
})

describe('SearchIndex.builder', () => {
  it('builds a slice at a time the index that build makes at once', () => {
    const builder = SearchIndex.builder(meetingDocument, fixtureAnnotations(), [
      fixtureSessionNote()
    ])
    let slices = 1
    // A deadline already passed still indexes nothing and says it is not done.
    expect(builder.step(performance.now() - 1)).toBe(false)
    while (!builder.step(performance.now() + 0.05)) slices++
    const sliced = builder.finish()
    const whole = fixtureIndex()
    expect(slices).toBeGreaterThan(1)
    expect(sliced.size).toBe(whole.size)
    for (const query of ['early warning', 'precursors', 'canada', '"synthetic drugs"', '47']) {
      expect(sliced.search(query)).toEqual(whole.search(query))
    }
  })

  it('finishes what is left at once', () => {
    const builder = SearchIndex.builder(meetingDocument, fixtureAnnotations(), [])
    builder.step(performance.now() + 0.05)
    expect(builder.finish().search('precursors')).toEqual(
      SearchIndex.build(meetingDocument, fixtureAnnotations(), []).search('precursors')
    )
  })
})

describe('SearchIndex.search', () => {
  describe('matching', () => {
    it('ignores case and accents, in the text and in the query', () => {
      const index = fixtureIndex()
      for (const query of ['turkiye', 'TÜRKIYE', 'Türkiye', 'tu\u0308rkiye']) {
        const results = index.search(query)
        expect(paragraphsFound(results)).toEqual([30, 13, 6])
        expect(idsFound(results, 'note')).toEqual([`annotation:${fixtureId(2)}`])
      }
    })

    it('finds "échange" by "ÉCHANGE" and "echange"', () => {
      const index = fixtureIndex()
      for (const query of ['ÉCHANGE', 'echange']) {
        expect(idsFound(index.search(query), 'note')).toEqual([`annotation:${fixtureId(2)}`])
      }
    })

    it('finds words by their start', () => {
      const results = fixtureIndex().search('precurs', { limit: 87 })
      expect([...paragraphsFound(results)].sort((a, b) => a - b)).toEqual(precursorParagraphs)
    })

    it('finds words typed with a typo', () => {
      const results = fixtureIndex().search('precurssors', { limit: 87 })
      expect([...paragraphsFound(results)].sort((a, b) => a - b)).toEqual(precursorParagraphs)
    })

    it('matches a word of three letters only as typed or as the start of a word', () => {
      // "pcb" starts "PCBT"; "pbt" is a typo away from it, but three letters are too few for typos.
      expect(paragraphsFound(fixtureIndex().search('pcb'))).toEqual([33, 32])
      expect(fixtureIndex().search('pbt').total).toBe(0)
    })

    it('needs every word to match', () => {
      expect(paragraphsFound(fixtureIndex().search('canada precursor'))).toEqual([37, 16])
    })

    it('finds a paragraph and what is written on it by its number', () => {
      const results = fixtureIndex().search('60')
      // Paragraph 30 has "60 recorded instances"; the paragraph cited comes first.
      expect(paragraphsFound(results)).toEqual([60, 30])
      expect(idsFound(results, 'note')).toEqual([`annotation:${fixtureId(1)}`])
      expect(idsFound(results, 'follow-up')).toEqual([`follow-up:${fixtureId(1)}`])
    })

    it('finds a phrase only where its words are adjacent and in order', () => {
      const index = fixtureIndex()
      const words = index.search('information sharing', { limit: 87 })
      const phrase = index.search('"information sharing"', { limit: 87 })
      expect([...paragraphsFound(words)].sort((a, b) => a - b)).toEqual([
        12, 15, 19, 20, 27, 29, 33, 40, 48, 52, 54, 58, 60, 66
      ])
      expect([...paragraphsFound(phrase)].sort((a, b) => a - b)).toEqual([
        12, 29, 33, 40, 48, 52, 54, 58, 60, 66
      ])
      expect(index.search('"warning early"').total).toBe(0)
    })

    it('combines phrases and loose words', () => {
      const results = fixtureIndex().search('"early warning" canada')
      expect(paragraphsFound(results)).toEqual([60, 14])
      expect(idsFound(results, 'note')).toEqual([`annotation:${fixtureId(1)}`])
      expect(idsFound(results, 'follow-up')).toEqual([`follow-up:${fixtureId(1)}`])
    })

    it('takes the last word of a phrase still being typed as the start of a word', () => {
      const results = fixtureIndex().search('"early warning sys', { limit: 87 })
      expect(paragraphsFound(results)).toEqual([53, 52, 49, 48, 47, 56, 63, 60, 14])
    })

    it('ignores a single letter still being typed', () => {
      const index = fixtureIndex()
      expect(index.search('early warning c')).toEqual(index.search('early warning'))
    })

    it('finds nothing for an empty, blank or wordless query', () => {
      const index = fixtureIndex()
      for (const query of ['', '   ', '\t\n', '""', '"', '— ?', 'c']) {
        expect(index.search(query)).toEqual({ groups: [], total: 0 })
      }
    })
  })

  describe('ranking and grouping', () => {
    it('lists the Early warning session first for "early warning"', () => {
      const found = paragraphsFound(fixtureIndex().search('early warning', { limit: 87 }))
      expect([...found.slice(0, 22)].sort((a, b) => a - b)).toEqual(earlyWarningSession)
      expect(found.slice(22)).toEqual([38, 14, 4])
    })

    it("lists a State's own interventions before mentions of it", () => {
      expect(paragraphsFound(fixtureIndex().search('canada'))).toEqual([
        14, 74, 60, 37, 35, 72, 13, 16, 6
      ])
    })

    it('groups results by kind, in a fixed order, with totals', () => {
      const results = fixtureIndex().search('precursors', { limit: 3 })
      // The fixture holds no statement, so no group of statements.
      expect(results.groups.map(({ kind }) => kind)).toEqual(
        searchKinds.filter((kind) => kind !== 'statement')
      )
      // The delegate's own notes, follow-ups, session notes and statements come before the
      // meeting text.
      expect(searchKinds).toEqual(['note', 'follow-up', 'session-note', 'statement', 'paragraph'])
      expect(results.groups.map(({ total }) => total)).toEqual([1, 1, 1, 11])
      expect(results.groups.map(({ results }) => results.length)).toEqual([1, 1, 1, 3])
      expect(results.total).toBe(14)
    })

    it('returns 20 results of each kind unless told otherwise', () => {
      const results = fixtureIndex().search('early warning')
      expect(results.groups.at(-1)).toMatchObject({ kind: 'paragraph', total: 25 })
      expect(results.groups.at(-1)?.results).toHaveLength(20)
    })

    it('returns as many of a kind as its own limit says', () => {
      const results = fixtureIndex().search('early warning', { limit: 3, limits: { paragraph: 7 } })
      expect(
        results.groups.map(({ kind, total, results }) => [kind, total, results.length])
      ).toEqual([
        ['note', 1, 1],
        ['follow-up', 1, 1],
        ['paragraph', 25, 7]
      ])
      expect(paragraphsFound(results)).toEqual(
        paragraphsFound(fixtureIndex().search('early warning')).slice(0, 7)
      )
    })

    it('breaks ties by paragraph number', () => {
      const notes = [50, 20, 35].map((paragraph, index) =>
        defaultAnnotation({ id: fixtureId(10 + index), paragraph, note: 'Same words.' })
      )
      const results = SearchIndex.build(meetingDocument, notes, []).search('same words')
      expect(resultsOf(results, 'note').map(({ paragraph }) => paragraph)).toEqual([20, 35, 50])
    })
  })

  describe('typos', () => {
    it('ranks what holds the word typed before what holds a word a typo away', () => {
      // "bilateral" is in paragraphs 14, 25, 27, 28, 43 and 54; "trilateral" in paragraph 16.
      const results = resultsOf(fixtureIndex().search('bilateral', { limit: 87 }), 'paragraph')
      const exact = results.filter(({ similar }) => !similar)
      expect(exact.map(({ paragraph }) => paragraph ?? 0).sort((a, b) => a - b)).toEqual([
        14, 25, 27, 28, 43, 54
      ])
      expect(exact.every(({ matchedWords }) => matchedWords.join() === 'bilateral')).toBe(true)
      expect(results.slice(exact.length)).toMatchObject([
        { paragraph: 16, similar: true, matchedWords: ['trilateral'], similarWords: ['trilateral'] }
      ])
    })

    it('marks only the word typed where it occurs, not the words a typo away', () => {
      const note = defaultAnnotation({
        id: fixtureId(20),
        paragraph: 5,
        note: 'Bilateral, not trilateral.'
      })
      const [found] = resultsOf(
        SearchIndex.build(meetingDocument, [note], []).search('bilateral'),
        'note'
      )
      expect(found).toMatchObject({
        similar: false,
        matchedWords: ['bilateral'],
        similarWords: [],
        snippet: { text: 'Bilateral, not trilateral.', matches: [[0, 9]] }
      })
    })

    it('marks the words a typo away where the word typed is not', () => {
      const [found] = resultsOf(fixtureIndex().search('precurssors'), 'paragraph')
      expect(found.similar).toBe(true)
      expect(found.matchedWords.length).toBeGreaterThan(0)
      expect(found.similarWords).toEqual(found.matchedWords)
      expect(found.snippet.matches.length).toBeGreaterThan(0)
    })

    it('ranks a prefix match as a match of the word typed', () => {
      const results = resultsOf(fixtureIndex().search('precurs', { limit: 87 }), 'paragraph')
      expect(results.every(({ similar }) => !similar)).toBe(true)
    })
  })

  describe('typing', () => {
    it('finds, a keystroke at a time, what a fresh index finds for the whole query', () => {
      const typed = fixtureIndex()
      const query = 'canada "early warning sys'
      for (let length = 1; length < query.length; length++) typed.search(query.slice(0, length))
      const fresh = fixtureIndex().search(query)
      expect(fresh.total).toBeGreaterThan(1)
      expect(typed.search(query)).toEqual(fresh)
      expect(typed.search('early warn')).toEqual(fixtureIndex().search('early warn'))
    })
  })

  describe('results', () => {
    it('describes a paragraph by its citation and speaker', () => {
      const [paragraph] = resultsOf(fixtureIndex().search('turkiye'), 'paragraph')
      expect(paragraph).toEqual({
        kind: 'paragraph',
        id: 'paragraph:30',
        recordId: null,
        paragraph: 30,
        citation: 'para. 30',
        title: 'Türkiye',
        snippet: {
          text: 'Türkiye outlined its multifaceted responses to the global synthetic drug problem, stressing the significance of international cooperation in addressing this…',
          matches: [[0, 7]]
        },
        matchedWords: ['turkiye'],
        similarWords: [],
        similar: false
      })
    })

    it('marks the matched word wherever the snippet starts', () => {
      const paragraph13 = resultsOf(fixtureIndex().search('turkiye'), 'paragraph')[1]
      expect(paragraph13.snippet).toEqual({
        text: '…Republic of Iran, France, Jordan, the United States, Egypt, the Bolivarian Republic of Venezuela, Colombia, Singapore, Australia, Cuba, Italy and Türkiye.',
        matches: [[147, 154]]
      })
    })

    it('describes a note, a follow-up and a session note', () => {
      const results = fixtureIndex().search('precursors')
      expect(results.groups.slice(0, 3)).toEqual([
        {
          kind: 'note',
          total: 1,
          results: [
            {
              kind: 'note',
              id: `annotation:${fixtureId(3)}`,
              recordId: fixtureId(3),
              paragraph: 39,
              citation: 'para. 39',
              title: 'Mexico',
              snippet: { text: 'precursors through international ports', matches: [[0, 10]] },
              matchedWords: ['precursors'],
              similarWords: [],
              similar: false
            }
          ]
        },
        {
          kind: 'follow-up',
          total: 1,
          results: [
            {
              kind: 'follow-up',
              id: `follow-up:${fixtureId(3)}`,
              recordId: fixtureId(3),
              paragraph: 39,
              citation: 'para. 39',
              title: 'Mexico',
              snippet: { text: 'Share port seizure data on precursors', matches: [[27, 37]] },
              matchedWords: ['precursors'],
              similarWords: [],
              similar: false
            }
          ]
        },
        {
          kind: 'session-note',
          total: 1,
          results: [
            {
              kind: 'session-note',
              id: `session-note:${fixtureId(100)}`,
              recordId: fixtureId(100),
              paragraph: null,
              citation: null,
              title: 'Briefing from the capital',
              snippet: {
                text: 'Support para. 47; raise precursors with Mexico.',
                matches: [[24, 34]]
              },
              matchedWords: ['precursors'],
              similarWords: [],
              similar: false
            }
          ]
        }
      ])
    })

    it('finds a follow-up by its counterparts and a note by its tags', () => {
      const index = fixtureIndex()
      expect(idsFound(index.search('pcbt'), 'follow-up')).toEqual([`follow-up:${fixtureId(3)}`])
      expect(resultsOf(index.search('pcbt'), 'follow-up')[0].snippet).toEqual({
        text: 'Mexico, Senior Programme Coordinator of PCBT',
        matches: [[40, 44]]
      })
      expect(idsFound(index.search('early warning'), 'note')).toEqual([
        `annotation:${fixtureId(1)}`
      ])
    })
  })

  describe('hostile text', () => {
    it('indexes HTML in a note as the text typed, and returns it as text', () => {
      const html = '<script>alert("x")</script><img src=x onerror=alert(1)>'
      const index = SearchIndex.build(meetingDocument, [defaultAnnotation({ note: html })], [])
      const [note] = resultsOf(index.search('script onerror'), 'note')
      expect(note.snippet).toEqual({
        text: html,
        matches: [
          [1, 7],
          [20, 26],
          [38, 45]
        ]
      })
    })

    it('indexes the Markdown of a note as its plain text', () => {
      const annotation = defaultAnnotation({
        note: '## Ask **Mexico** about [ports](https://example.org/hiddenword)'
      })
      const index = SearchIndex.build(meetingDocument, [annotation], [])
      expect(index.search('hiddenword').total).toBe(0)
      expect(resultsOf(index.search('ask ports'), 'note')[0].snippet).toEqual({
        text: 'Ask Mexico about ports',
        matches: [
          [0, 3],
          [17, 22]
        ]
      })
    })

    it('finds a word at the end of a very long note and shows it in a short snippet', () => {
      const note = `${'Filler words before. '.repeat(20_000)}The needle.`
      const index = SearchIndex.build(meetingDocument, [defaultAnnotation({ note })], [])
      const [result] = resultsOf(index.search('needle'), 'note')
      expect(result.snippet).toEqual({
        text: `…${'Filler words before. '.repeat(7)}The needle.`,
        matches: [[152, 158]]
      })
    })
  })
})

describe('SearchIndex.upsertAnnotation', () => {
  it('finds a new annotation', () => {
    const index = SearchIndex.build(meetingDocument, [], [])
    expect(index.search('ports').groups.map(({ kind }) => kind)).toEqual(['paragraph'])
    index.upsertAnnotation(precursorNote())
    expect(idsFound(index.search('ports'), 'note')).toEqual([`annotation:${fixtureId(3)}`])
    expect(idsFound(index.search('ports'), 'follow-up')).toEqual([`follow-up:${fixtureId(3)}`])
  })

  it('finds a changed note by its new words only', () => {
    const index = fixtureIndex()
    index.upsertAnnotation({ ...frenchNote(), note: 'Propose a joint workshop.', tags: [] })
    expect(idsFound(index.search('échange'), 'note')).toEqual([])
    expect(idsFound(index.search('workshop'), 'note')).toEqual([`annotation:${fixtureId(2)}`])
    expect(index.size).toBe(93)
  })

  it('stops finding a follow-up the annotation no longer has, but still finds its note', () => {
    const index = fixtureIndex()
    index.upsertAnnotation({ ...earlyWarningNote(), followUp: null })
    const results = index.search('canada')
    expect(idsFound(results, 'follow-up')).toEqual([])
    expect(idsFound(results, 'note')).toEqual([`annotation:${fixtureId(1)}`])
    expect(index.size).toBe(92)
  })

  it('finds a follow-up added to an annotation', () => {
    const index = fixtureIndex()
    const followUp = fixtureFollowUp({ action: 'Invite to the side event', counterparts: [] })
    index.upsertAnnotation({ ...frenchNote(), followUp })
    expect(idsFound(index.search('side event'), 'follow-up')).toEqual([`follow-up:${fixtureId(2)}`])
  })
})

describe('SearchIndex.removeAnnotation', () => {
  it('stops finding the note and its follow-up', () => {
    const index = fixtureIndex()
    index.removeAnnotation(fixtureId(1))
    const results = index.search('"early warning" canada')
    expect(results.groups.map(({ kind }) => kind)).toEqual(['paragraph'])
    expect(index.size).toBe(91)
  })

  it('ignores an id it does not know', () => {
    const index = fixtureIndex()
    index.removeAnnotation(fixtureId(99))
    expect(index.size).toBe(93)
  })

  it('lets an annotation be added again after removal', () => {
    const index = fixtureIndex()
    index.removeAnnotation(fixtureId(2))
    index.upsertAnnotation(passageAnnotation(30, 'Türkiye', { id: fixtureId(2), note: 'Back.' }))
    expect(idsFound(index.search('back'), 'note')).toEqual([`annotation:${fixtureId(2)}`])
  })
})

describe('SearchIndex.upsertSessionNote', () => {
  it('finds a new session note, and a changed one by its new words only', () => {
    const index = SearchIndex.build(meetingDocument, [], [])
    index.upsertSessionNote(fixtureSessionNote())
    expect(idsFound(index.search('briefing'), 'session-note')).toEqual([
      `session-note:${fixtureId(100)}`
    ])
    index.upsertSessionNote(fixtureSessionNote({ title: 'Meeting with Peru', tags: [] }))
    expect(idsFound(index.search('briefing'), 'session-note')).toEqual([])
    expect(idsFound(index.search('peru'), 'session-note')).toEqual([
      `session-note:${fixtureId(100)}`
    ])
  })
})

describe('SearchIndex.upsertStatement', () => {
  it('finds a statement by its title, text or delegation, shown as "Statement: <title>"', () => {
    const statement = fixtureStatement()
    const index = SearchIndex.build(meetingDocument, [], [], [statement])
    const [found] = resultsOf(index.search('welcomes'), 'statement')
    expect(found).toMatchObject({
      kind: 'statement',
      id: `statement:${statement.id}`,
      recordId: statement.id,
      paragraph: null,
      citation: null,
      title: 'Statement: Statement under Item 6',
      snippet: { text: 'Thank you, Chair. Canada welcomes the work on early warning (para. 60).' }
    })
    expect(idsFound(index.search('canada'), 'statement')).toEqual([`statement:${statement.id}`])
    expect(idsFound(index.search('"under item 6"'), 'statement')).toEqual([
      `statement:${statement.id}`
    ])
  })

  it('finds a changed statement by its new words only, and names an untitled one', () => {
    const index = SearchIndex.build(meetingDocument, [], [], [fixtureStatement()])
    index.upsertStatement(fixtureStatement({ title: ' ', text: 'Mexico supports it.' }))
    expect(idsFound(index.search('welcomes'), 'statement')).toEqual([])
    expect(resultsOf(index.search('mexico'), 'statement').map((result) => result.title)).toEqual([
      'Statement: Untitled statement'
    ])
  })
})

describe('SearchIndex.removeStatement', () => {
  it('stops finding the statement', () => {
    const statement = fixtureStatement()
    const index = SearchIndex.build(meetingDocument, [], [], [statement])
    index.removeStatement(statement.id)
    expect(idsFound(index.search('welcomes'), 'statement')).toEqual([])
    expect(index.size).toBe(87)
  })
})

describe('SearchIndex, Greek', () => {
  it('finds a word ending in a capital sigma, typed in either case', () => {
    const note = fixtureSessionNote({ body: 'ΠΡΟΤΑΣΗ ΤΗΣ.ΕΠΙΤΡΟΠΗΣ' })
    const index = SearchIndex.build(meetingDocument, [], [note])
    for (const query of ['της', 'ΤΗΣ', 'τησ']) {
      const [found] = resultsOf(index.search(query), 'session-note')
      expect(found?.snippet, query).toEqual({
        text: 'ΠΡΟΤΑΣΗ ΤΗΣ.ΕΠΙΤΡΟΠΗΣ',
        matches: [[8, 11]]
      })
    }
  })
})

describe('SearchIndex, folding', () => {
  it('finds a name by what is typed for it, as the palette and counterparts match it', () => {
    for (const { typed, name } of foldingCases) {
      const index = SearchIndex.build(meetingDocument, [], [fixtureSessionNote({ title: name })])
      expect(idsFound(index.search(typed), 'session-note'), typed).toEqual([
        `session-note:${fixtureId(100)}`
      ])
    }
  })
})

describe('SearchIndex.removeSessionNote', () => {
  it('stops finding the session note', () => {
    const index = fixtureIndex()
    index.removeSessionNote(fixtureId(100))
    expect(index.search('briefing capital').total).toBe(0)
    expect(index.size).toBe(92)
  })
})
