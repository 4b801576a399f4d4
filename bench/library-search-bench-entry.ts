/**
 * What `npm run bench` times of search across the library, loaded through Vite so that it runs
 * the app's own index, parser and meeting text: the shipped summary and nineteen UN-like
 * documents made from it, with the notes the bench gives spread over them, searched a keystroke at a
 * time; and the shipped summary alone with the same notes, as the baseline of the same run.
 */
import type { Annotation } from '../src/renderer/src/lib/annotations/annotation'
import { meetingDocument } from '../src/renderer/src/lib/document/meeting-text'
import { parseUnDocument } from '../src/renderer/src/lib/document/un-document/parse-un-document'
import { sourceFromText } from '../src/renderer/src/lib/document/un-document/source-from-text'
import {
  importedEntry,
  shippedEntry,
  type LibraryEntry
} from '../src/renderer/src/lib/library/library-document'
import { limitsFor } from '../src/renderer/src/lib/search/result-list'
import { SearchIndex } from '../src/renderer/src/lib/search/search-index'
import { benchAnnotations, benchSessionNotes } from './brief-bench-entry'

/** The section headings of a made document, one every twenty-odd paragraphs. */
const sectionTitles = [
  'Introduction',
  'Recent trends in the illicit manufacture of synthetic drugs',
  'Measures taken by Member States',
  'International cooperation and technical assistance',
  'Conclusions and recommendations'
]

/** A number from `seed`, the same on every run (a linear congruential generator). */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

/**
 * The shipped summary's paragraph numbers a made document's paragraphs take their text from,
 * in its order: the summary's paragraphs shuffled, 80 to 120 of them (some twice where more
 * than 87).
 */
function sourceParagraphs(document: number): number[] {
  const random = seeded(document + 1)
  const count = 80 + Math.floor(random() * 41)
  const numbers = meetingDocument.paragraphs.map((paragraph) => paragraph.number)
  const shuffled: number[] = []
  while (shuffled.length < count) {
    const round = [...numbers]
    for (let at = round.length - 1; at > 0; at--) {
      const other = Math.floor(random() * (at + 1))
      ;[round[at], round[other]] = [round[other], round[at]]
    }
    shuffled.push(...round)
  }
  return shuffled.slice(0, count)
}

/** A made document and where each of its paragraphs' text comes from in the shipped summary. */
interface MadeDocument {
  entry: LibraryEntry
  /** For each paragraph (1, 2, 3…), the number of the summary's paragraph it copies. */
  sources: number[]
}

/**
 * A UN-like document, parsed from text as an imported text file is: a symbol, the header, a
 * title, five sections and the summary's paragraphs shuffled, numbered anew.
 */
function madeDocument(document: number): MadeDocument {
  const sources = sourceParagraphs(document)
  const symbol = `E/CN.7/2024/${10 + document}`
  const title = `Report of the Secretariat on synthetic drugs, part ${document}`
  const perSection = Math.ceil(sources.length / sectionTitles.length)
  const lines = [
    symbol,
    'Distr.: General',
    '4 January 2024',
    'Original: English',
    'Commission on Narcotic Drugs',
    'Sixty-seventh session',
    title
  ]
  sources.forEach((source, at) => {
    if (at % perSection === 0) {
      const section = at / perSection
      lines.push(`${['I', 'II', 'III', 'IV', 'V'][section]}. ${sectionTitles[section]}`)
    }
    lines.push(`${at + 1}. ${meetingDocument.paragraphs[source - 1].text}`)
  })
  const parsed = parseUnDocument(sourceFromText(lines.join('\n\n')))
  if (parsed.paragraphs.length !== sources.length) {
    throw new Error(
      `${symbol} parsed as ${parsed.paragraphs.length} paragraphs, not ${sources.length}.`
    )
  }
  const entry = importedEntry({
    id: `bench-document-${document}`,
    title,
    document: parsed
  })
  return { entry, sources }
}

/**
 * `count` varied annotations (as the brief and scale figures make them) spread over `documents`
 * in turn, each on the paragraph of its document that copies the summary's paragraph it was made
 * on, so that its quote is that paragraph's text.
 */
function spreadAnnotations(count: number, documents: readonly MadeDocument[]): Annotation[] {
  return benchAnnotations(count, true).map((annotation, index) => {
    const { entry, sources } = documents[index % documents.length]
    if (entry.id === 'summary') return annotation
    const at = sources.indexOf(annotation.paragraph)
    const paragraph = at >= 0 ? at + 1 : 1 + (annotation.paragraph % sources.length)
    return { ...annotation, documentId: entry.id, paragraph }
  })
}

/** What is searched: the documents, their notes and the session notes. */
export interface LibrarySize {
  documents: number
  paragraphs: number
  annotations: number
  sessionNotes: number
}

/** The figures of one index: its build, and each keystroke's search, pass after pass. */
export interface LibrarySearchTimes {
  size: LibrarySize
  buildMs: number
  /** For each pass over the typed queries, the milliseconds of each keystroke's search. */
  passes: number[][]
  /**
   * The same in the process's CPU time (`cpuNow`), which a machine busy with other work inflates
   * less than the time on the clock; empty without `cpuNow`.
   */
  cpuPasses: number[][]
}

/**
 * Builds the index over the library of `documents` documents (the shipped summary and
 * `documents - 1` made ones) with `annotations` notes spread over them, and over the shipped
 * summary alone with the same number of notes; then, `passes` times (after one unmeasured pass),
 * types each of `queries` a character at a time into each in turn and times each keystroke's
 * search, as the results panel runs it (a few of each kind, every document), on the clock and,
 * if `cpuNow` reads it, in CPU time.
 */
export function timeLibrarySearch(
  queries: readonly string[],
  {
    documents,
    annotations,
    passes,
    cpuNow
  }: { documents: number; annotations: number; passes: number; cpuNow?: () => number }
): { library: LibrarySearchTimes; summaryAlone: LibrarySearchTimes } {
  const shipped: MadeDocument = {
    entry: shippedEntry(meetingDocument),
    sources: meetingDocument.paragraphs.map((paragraph) => paragraph.number)
  }
  const made = [shipped, ...Array.from({ length: documents - 1 }, (_, at) => madeDocument(at + 1))]
  const sessionNotes = benchSessionNotes(Math.round(annotations / 10), true)
  const build = (entries: readonly LibraryEntry[], notes: readonly Annotation[]) => {
    const start = performance.now()
    const index = SearchIndex.build(entries, notes, sessionNotes)
    return { index, buildMs: performance.now() - start }
  }
  const sizeOf = (entries: readonly LibraryEntry[]): LibrarySize => ({
    documents: entries.length,
    paragraphs: entries.reduce((sum, entry) => sum + entry.meeting.paragraphs.length, 0),
    annotations,
    sessionNotes: sessionNotes.length
  })
  const libraryEntries = made.map(({ entry }) => entry)
  const library = build(libraryEntries, spreadAnnotations(annotations, made))
  const alone = build([shipped.entry], benchAnnotations(annotations, true))
  const limits = limitsFor(new Set())
  const typePass = (index: SearchIndex, cpuTimes: number[][] = []) => {
    const times: number[] = []
    const cpu: number[] = []
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const cpuStart = cpuNow?.() ?? 0
        const start = performance.now()
        const found = index.search(query.slice(0, length), { limits })
        times.push(performance.now() - start)
        if (cpuNow) cpu.push(cpuNow() - cpuStart)
        if (length === query.length && found.total === 0) {
          throw new Error(`Nothing was found for "${query}".`)
        }
      }
    }
    if (cpuNow) cpuTimes.push(cpu)
    return times
  }
  typePass(library.index)
  typePass(alone.index)
  const libraryPasses: number[][] = []
  const alonePasses: number[][] = []
  const libraryCpu: number[][] = []
  const aloneCpu: number[][] = []
  for (let pass = 0; pass < passes; pass++) {
    // In turn, so that a slower moment of the machine affects both alike.
    libraryPasses.push(typePass(library.index, libraryCpu))
    alonePasses.push(typePass(alone.index, aloneCpu))
  }
  return {
    library: {
      size: sizeOf(libraryEntries),
      buildMs: library.buildMs,
      passes: libraryPasses,
      cpuPasses: libraryCpu
    },
    summaryAlone: {
      size: sizeOf([shipped.entry]),
      buildMs: alone.buildMs,
      passes: alonePasses,
      cpuPasses: aloneCpu
    }
  }
}
