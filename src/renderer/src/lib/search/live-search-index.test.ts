/**
 * Tests of the search index's life beside what is stored: when it is built, in what slices, how
 * it follows saves and deletions, and when it is built again, on a clock the test moves.
 */
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../annotations/annotation'
import { meetingDocument } from '../document/meeting-text'
import { shippedEntry } from '../library/library-document'
import {
  builtWhileIdleMeasure,
  indexWaitMeasure,
  LiveSearchIndex,
  type StoredRecords
} from './live-search-index'
import { SearchIndex, type SearchResults } from './search-index'
import { fakeScheduler, type FakeScheduler } from '@test-support/fake-scheduler'
import {
  defaultAnnotation,
  fixtureAnnotations,
  fixtureId,
  fixtureReport,
  fixtureSessionNote,
  fixtureUnnumberedPaper
} from '@test-support/search-fixtures'
import { fixtureStatement } from '@test-support/backup-fixtures'

/** A live index over records the test replaces whole, as the notebook does, with its scheduler. */
function liveIndex(scheduler: FakeScheduler = fakeScheduler()) {
  const records: { stored: StoredRecords } = {
    stored: {
      annotations: fixtureAnnotations(),
      sessionNotes: [fixtureSessionNote()],
      statements: []
    }
  }
  const live = new LiveSearchIndex(meetingDocument, () => records.stored, scheduler)
  return { live, records, scheduler }
}

/** The ids of the notes, follow-ups and session notes found (not the meeting's paragraphs). */
function idsFound(results: SearchResults): string[] {
  return results.groups
    .filter((group) => group.kind !== 'paragraph')
    .flatMap((group) => group.results.map((result) => result.id))
}

/** A note on paragraph 16 about Zanzibar, numbered `n`. */
function zanzibarNote(n: number): Annotation {
  return defaultAnnotation({ id: fixtureId(n), paragraph: 16, note: `Zanzibar routes ${n}.` })
}

describe('LiveSearchIndex.start', () => {
  it('builds nothing until nothing was clicked or typed for two seconds', () => {
    const { live, scheduler } = liveIndex()
    live.start()
    scheduler.advance(1500)
    scheduler.input()
    scheduler.advance(500)
    // The slice due now finds the delegate busy and waits the rest of the quiet time.
    expect(scheduler.runBackground()).toBe(1)
    expect(live.built).toBe(false)
    scheduler.advance(1499)
    expect(scheduler.runBackground()).toBe(0)
    expect(live.built).toBe(false)
    scheduler.advance(1)
    expect(scheduler.runBackground()).toBe(1)
    expect(live.built).toBe(true)
    // Recorded for the e2e specs, which wait for it instead of sleeping.
    expect(scheduler.measures).toEqual([{ name: builtWhileIdleMeasure, start: 4500, end: 4500 }])
  })

  it('builds a slice of 4 ms at a time, each a background task, the index build makes at once', () => {
    // The clock moves 1 ms a reading: each slice indexes 3 items. 87 paragraphs, 3 annotations
    // and a session note are 91 items, and a 92nd step finds nothing left: 31 slices.
    const { live, scheduler } = liveIndex(fakeScheduler({ perReading: 1 }))
    live.start()
    scheduler.advance(2000)
    expect(scheduler.runBackground()).toBe(31)
    expect(live.built).toBe(true)
    const whole = SearchIndex.build(meetingDocument, fixtureAnnotations(), [fixtureSessionNote()])
    for (const query of ['early warning', 'precursors', 'briefing', '"synthetic drugs"', '47']) {
      expect(live.index().search(query)).toEqual(whole.search(query))
    }
  })
})

describe('LiveSearchIndex.index', () => {
  it('builds at once when asked first, and records once how long that took', () => {
    const { live, scheduler } = liveIndex()
    live.start()
    expect(idsFound(live.index().search('briefing'))).toEqual([`session-note:${fixtureId(100)}`])
    expect(scheduler.measures).toEqual([{ name: indexWaitMeasure, start: 1000, end: 1000 }])
    live.index()
    expect(scheduler.measures).toHaveLength(1)
    // The idle build due later finds the index built and does nothing.
    scheduler.advance(2000)
    expect(scheduler.runBackground()).toBe(1)
    expect(scheduler.queued).toBe(0)
  })

  it('finishes a build under way, with what was saved meanwhile', () => {
    const { live, records, scheduler } = liveIndex(fakeScheduler({ perReading: 1 }))
    live.start()
    scheduler.advance(2000)
    scheduler.runBackground(2)
    expect(live.built).toBe(false)
    records.stored = {
      ...records.stored,
      annotations: [...records.stored.annotations, zanzibarNote(7)]
    }
    expect(idsFound(live.index().search('zanzibar'))).toEqual([`annotation:${fixtureId(7)}`])
    expect(live.built).toBe(true)
  })

  it('takes in what was saved or deleted since it was last asked for', () => {
    const { live, records } = liveIndex()
    expect(idsFound(live.index().search('bilateral'))).toEqual([`follow-up:${fixtureId(1)}`])
    const [, french, precursor] = records.stored.annotations
    records.stored = { ...records.stored, annotations: [french, precursor, zanzibarNote(7)] }
    expect(idsFound(live.index().search('zanzibar'))).toEqual([`annotation:${fixtureId(7)}`])
    expect(idsFound(live.index().search('bilateral'))).toEqual([])
  })
})

describe('LiveSearchIndex.followStored', () => {
  it('does nothing before the index is built', () => {
    const { live, scheduler } = liveIndex()
    live.followStored()
    expect(scheduler.queued).toBe(0)
    expect(scheduler.timers).toBe(0)
  })

  it('takes in a change as a background task, into the same index', () => {
    const { live, records, scheduler } = liveIndex()
    const index = live.index()
    records.stored = {
      ...records.stored,
      annotations: [...records.stored.annotations, zanzibarNote(7)]
    }
    live.followStored()
    expect(idsFound(index.search('zanzibar'))).toEqual([])
    expect(scheduler.runBackground()).toBe(1)
    expect(idsFound(index.search('zanzibar'))).toEqual([`annotation:${fixtureId(7)}`])
    expect(live.index()).toBe(index)
  })

  it('takes in a statement saved, changed and deleted, into the same index', () => {
    const { live, records, scheduler } = liveIndex()
    const index = live.index()
    const statement = fixtureStatement({ text: 'Zanzibar routes matter (para. 16).' })
    records.stored = { ...records.stored, statements: [statement] }
    live.followStored()
    expect(scheduler.runBackground()).toBe(1)
    expect(idsFound(index.search('zanzibar'))).toEqual([`statement:${statement.id}`])
    records.stored = {
      ...records.stored,
      statements: [{ ...statement, text: 'Thank you, Chair.' }]
    }
    live.followStored()
    expect(scheduler.runBackground()).toBe(1)
    expect(idsFound(index.search('zanzibar'))).toEqual([])
    expect(idsFound(index.search('chair'))).toEqual([`statement:${statement.id}`])
    records.stored = { ...records.stored, statements: [] }
    expect(idsFound(live.index().search('chair'))).toEqual([])
    expect(live.index()).toBe(index)
  })

  it('builds the index again in idle moments after a change too big to follow', () => {
    const { live, records, scheduler } = liveIndex()
    const index = live.index()
    const many = Array.from({ length: 201 }, (_, n) => zanzibarNote(1000 + n))
    records.stored = { ...records.stored, annotations: many }
    live.followStored()
    expect(live.built).toBe(false)
    scheduler.advance(2000)
    expect(scheduler.runBackground()).toBe(1)
    expect(live.built).toBe(true)
    const rebuilt = live.index()
    expect(rebuilt).not.toBe(index)
    expect(rebuilt.search('zanzibar', { limit: 300 }).total).toBe(201)
    expect(idsFound(rebuilt.search('bilateral'))).toEqual([])
  })
})

describe('LiveSearchIndex.stop', () => {
  it('cancels the idle build and stops following input', () => {
    const { live, scheduler } = liveIndex()
    live.start()
    expect(scheduler.listeners).toBe(1)
    live.stop()
    expect(scheduler.listeners).toBe(0)
    expect(scheduler.timers).toBe(0)
    scheduler.advance(5000)
    expect(scheduler.runBackground()).toBe(0)
    expect(live.built).toBe(false)
  })
})

describe('LiveSearchIndex.setDocuments', () => {
  /** A live index over the shipped summary, with a note on the report and one on the paper. */
  function libraryLive() {
    const { live, records, scheduler } = liveIndex()
    records.stored = {
      ...records.stored,
      annotations: [
        ...records.stored.annotations,
        defaultAnnotation({
          id: fixtureId(8),
          documentId: 'report',
          paragraph: 2,
          note: 'Zanzibar'
        }),
        defaultAnnotation({ id: fixtureId(9), documentId: 'paper', paragraph: 1, note: 'Zanzibar' })
      ]
    }
    return { live, records, scheduler }
  }

  /** The citations of what is found for "zanzibar". */
  const zanzibar = (live: LiveSearchIndex) =>
    live
      .index()
      .search('zanzibar')
      .groups.flatMap((group) => group.results.map((result) => `${result.kind} ${result.citation}`))

  const shipped = shippedEntry(meetingDocument)

  it('builds over the documents given before the index is built', () => {
    const { live } = libraryLive()
    live.setDocuments([shipped, fixtureReport()])
    expect(zanzibar(live)).toEqual([
      'note E/CN.7/2024/99, para. 2',
      'paragraph E/CN.7/2024/99, para. 2'
    ])
  })

  it('takes in a document added, with the notes on it, into the same index in the background', () => {
    const { live, scheduler } = libraryLive()
    const index = live.index()
    expect(zanzibar(live)).toEqual([])
    live.setDocuments([shipped, fixtureReport()])
    expect(scheduler.runBackground()).toBe(1)
    expect(index.search('zanzibar').total).toBe(2)
    live.setDocuments([shipped, fixtureReport(), fixtureUnnumberedPaper()])
    expect(zanzibar(live)).toHaveLength(4)
    expect(live.index()).toBe(index)
  })

  it('takes in a document renamed or removed, and nothing for the same documents handed again', () => {
    const { live, scheduler } = libraryLive()
    live.setDocuments([shipped, fixtureReport(), fixtureUnnumberedPaper()])
    const index = live.index()
    live.setDocuments([shipped, fixtureReport(), fixtureUnnumberedPaper()])
    expect(scheduler.queued).toBe(0)
    live.setDocuments([shipped, fixtureReport({ symbol: 'E/CN.7/2024/100' })])
    expect(scheduler.runBackground()).toBe(1)
    expect(zanzibar(live)).toEqual([
      'note E/CN.7/2024/100, para. 2',
      'paragraph E/CN.7/2024/100, para. 2'
    ])
    expect(live.index()).toBe(index)
  })
})
