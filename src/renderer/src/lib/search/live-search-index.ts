/**
 * The search index's life beside what is stored: built in the page's idle moments once the
 * delegate leaves the app alone, finished at once when a search needs it first, kept current as
 * records are saved and deleted and as documents join or leave the library, and built again when
 * too much changed to follow record by record.
 */
import type { Annotation } from '../annotations/annotation'
import type { LibraryEntry } from '../library/library-document'
import { changesBetween } from '../notebook/list-changes'
import type { SessionNote } from '../session-notes/session-note'
import type { Statement } from '../statements/statement'
import {
  libraryEntriesOf,
  SearchIndex,
  type SearchedDocuments,
  type SearchIndexBuilder
} from './search-index'

/** The records the index holds, as the notebook keeps them (lists replaced whole on a change). */
export interface StoredRecords {
  annotations: readonly Annotation[]
  sessionNotes: readonly SessionNote[]
  statements: readonly Statement[]
}

/**
 * The page's clock, task queues and input, injected so that tests decide when time passes and
 * when each task runs.
 */
export interface IdleScheduler {
  /** The time in milliseconds, as `performance.now()` gives it. */
  now(): number
  /** Runs `run` after `ms`; the function returned cancels it. */
  after(ms: number, run: () => void): () => void
  /** Runs `run` as a task of the lowest priority, after input and rendering. */
  inBackground(run: () => void): void
  /** Calls `listener` whenever the delegate clicks, types or scrolls; the function returned stops it. */
  onInput(listener: () => void): () => void
  /** Records that something took from `start` to `end`, for the benches (`performance.measure`). */
  measure(name: string, start: number, end: number): void
}

/** What the delegate's input is, for knowing when they leave the app alone. */
const inputEvents = ['pointerdown', 'keydown', 'wheel'] as const

/** The page's own clock and queues. */
export const pageScheduler: IdleScheduler = {
  now: () => performance.now(),
  after(ms, run) {
    const timer = window.setTimeout(run, ms)
    return () => window.clearTimeout(timer)
  },
  inBackground(run) {
    const scheduler = (
      globalThis as {
        scheduler?: { postTask?: (task: () => void, options: { priority: string }) => unknown }
      }
    ).scheduler
    // Where there is no task of a lower priority than input and rendering, a plain task.
    if (scheduler?.postTask) void scheduler.postTask(run, { priority: 'background' })
    else window.setTimeout(run, 0)
  },
  onInput(listener) {
    for (const type of inputEvents) window.addEventListener(type, listener, { capture: true })
    return () => {
      for (const type of inputEvents) window.removeEventListener(type, listener, { capture: true })
    }
  },
  measure(name, start, end) {
    performance.measure(name, { start, end })
  }
}

/** The name of the measure of an index built in the delegate's idle moments, from first slice to done. */
export const builtWhileIdleMeasure = 'search-index-built-while-idle'

/** More changed records than this build the index again rather than update it one by one. */
export const rebuildAbove = 200

/** How long one slice of building may take: a click or a keystroke waits for no more. */
export const sliceMs = 4

/** How long the delegate leaves the app alone before the index is built. */
export const quietMs = 2000

/**
 * The name of the measure of how long the first search waited for the index: all of its
 * building, or none if it was built while the delegate was reading. The benches read it.
 */
export const indexWaitMeasure = 'search-index-built'

/** An index being built, and the records it is being built from. */
interface Building extends StoredRecords {
  builder: SearchIndexBuilder
}

/**
 * The search index of the library's documents and of what is stored, kept current. `start` it
 * when the notes are shown, ask it for `index()` to search, and tell it when what is stored
 * changed while no results are shown (`followStored`) and when the library's documents changed
 * (`setDocuments`); `stop` it when it is no longer needed.
 */
export class LiveSearchIndex {
  /** The documents to index, the shipped summary first. */
  #documents: readonly LibraryEntry[]
  /** The documents the index (or the one being built) was last brought up to. */
  #documentsIndexed: readonly LibraryEntry[] | null = null
  readonly #stored: () => StoredRecords
  readonly #scheduler: IdleScheduler
  #index: SearchIndex | null = null
  #building: Building | null = null
  /** The records the index holds, as they were when it last took in changes. */
  #indexed: StoredRecords = { annotations: [], sessionNotes: [], statements: [] }
  /** Whether a search has asked for the index yet. */
  #asked = false
  /** When the delegate last clicked or typed. */
  #lastInput: number
  #cancelBuild = () => {}
  #stopListening = () => {}

  /**
   * An index of `documents` (the library's entries, or the shipped summary alone) and of what
   * `stored` gives at each moment, on `scheduler`'s time.
   */
  constructor(
    documents: SearchedDocuments,
    stored: () => StoredRecords,
    scheduler: IdleScheduler = pageScheduler
  ) {
    this.#documents = libraryEntriesOf(documents)
    this.#stored = stored
    this.#scheduler = scheduler
    this.#lastInput = scheduler.now()
  }

  /** Whether the index is built (it may still have changes to take in). */
  get built(): boolean {
    return this.#index !== null
  }

  /**
   * Starts following the delegate's input and builds the index once they have left the app alone
   * for `quietMs`, in the page's idle moments, `sliceMs` at a time.
   */
  start(): void {
    this.#stopListening()
    this.#stopListening = this.#scheduler.onInput(() => (this.#lastInput = this.#scheduler.now()))
    this.#buildWhenIdle(quietMs)
  }

  /** Stops building and following input; the index, if built, stays usable. */
  stop(): void {
    this.#cancelBuild()
    this.#stopListening()
  }

  /**
   * The index, holding what is stored now: built at once if it is not yet (the search box calls
   * this on focus, so that the first keystroke does not wait), else first brought up to date.
   * The first call records how long it took (`indexWaitMeasure`).
   */
  index(): SearchIndex {
    const started = this.#scheduler.now()
    const ready = this.#index
      ? this.#caughtUp(this.#index)
      : this.#adopt(this.#building ?? this.#startBuilding())
    this.#index = ready
    if (!this.#asked) {
      this.#asked = true
      this.#scheduler.measure(indexWaitMeasure, started, this.#scheduler.now())
    }
    return ready
  }

  /**
   * Takes in what was saved or deleted since the index last did, as a background task so that
   * saving never waits for it; a change too big to follow has the index built again in idle
   * moments. Nothing to do before the index is built: it takes in what changed when it is.
   */
  followStored(): void {
    if (!this.#index) return
    if (this.#pendingChanges()) {
      this.#scheduler.inBackground(() => {
        if (this.#index) this.#index = this.#caughtUp(this.#index)
      })
    } else {
      this.#index = null
      this.#buildWhenIdle(0)
    }
  }

  /**
   * Indexes the library's documents from now on: those added with the notes made on them, those
   * renamed under their new names, and no more those removed; the others stay as they are. Taken
   * in as `followStored` takes in records.
   */
  setDocuments(entries: readonly LibraryEntry[]): void {
    if (
      entries.length === this.#documents.length &&
      entries.every((entry, at) => sameDocument(entry, this.#documents[at]))
    ) {
      return
    }
    this.#documents = entries
    this.followStored()
  }

  #startBuilding(): Building {
    const { annotations, sessionNotes, statements } = this.#stored()
    this.#documentsIndexed = this.#documents
    this.#building = {
      builder: SearchIndex.builder(this.#documents, annotations, sessionNotes, statements),
      annotations,
      sessionNotes,
      statements
    }
    return this.#building
  }

  /** What is stored now that the index does not hold; null if too much changed to follow. */
  #pendingChanges() {
    const stored = this.#stored()
    const annotations = changesBetween(this.#indexed.annotations, stored.annotations, rebuildAbove)
    const notes = changesBetween(this.#indexed.sessionNotes, stored.sessionNotes, rebuildAbove)
    const statements = changesBetween(this.#indexed.statements, stored.statements, rebuildAbove)
    return annotations && notes && statements ? { annotations, notes, statements } : null
  }

  /**
   * `current`, brought up to the library's documents and what is stored now; a fresh index if
   * too much changed.
   */
  #caughtUp(current: SearchIndex): SearchIndex {
    const pending = this.#pendingChanges()
    const stored = this.#stored()
    if (!pending) {
      current = SearchIndex.build(
        this.#documents,
        stored.annotations,
        stored.sessionNotes,
        stored.statements
      )
    } else {
      if (this.#documentsIndexed !== this.#documents) {
        const indexed = current.documents
        const wanted = new Set(this.#documents.map((entry) => entry.id))
        for (const id of indexed.keys()) if (!wanted.has(id)) current.removeDocument(id)
        for (const entry of this.#documents) {
          const known = indexed.get(entry.id)
          if (!known || !sameDocument(known, entry)) current.addDocument(entry, stored.annotations)
        }
      }
      for (const annotation of pending.annotations.put) current.upsertAnnotation(annotation)
      for (const id of pending.annotations.gone) current.removeAnnotation(id)
      for (const note of pending.notes.put) current.upsertSessionNote(note)
      for (const id of pending.notes.gone) current.removeSessionNote(id)
      for (const statement of pending.statements.put) current.upsertStatement(statement)
      for (const id of pending.statements.gone) current.removeStatement(id)
    }
    this.#documentsIndexed = this.#documents
    this.#indexed = stored
    return current
  }

  /** Finishes the index being built and makes it the index, with what changed meanwhile. */
  #adopt(building: Building): SearchIndex {
    const finished = building.builder.finish()
    this.#building = null
    this.#indexed = {
      annotations: building.annotations,
      sessionNotes: building.sessionNotes,
      statements: building.statements
    }
    this.#index = this.#caughtUp(finished)
    return this.#index
  }

  /**
   * Builds the index a slice at a time, each a task of its own so that a click or a key is
   * handled between two, once nothing was clicked or typed for `quietMs`; after `delayMs`.
   */
  #buildWhenIdle(delayMs: number): void {
    this.#cancelBuild()
    const scheduler = this.#scheduler
    let cancelled = false
    let cancelTimer = () => {}
    /** When the first slice of this build ran. */
    let started: number | null = null
    const slice = () => {
      if (cancelled || this.#index) return
      const quietFor = scheduler.now() - this.#lastInput
      if (quietFor < quietMs) {
        cancelTimer = scheduler.after(quietMs - quietFor, () => scheduler.inBackground(slice))
        return
      }
      const building = this.#building ?? this.#startBuilding()
      started ??= scheduler.now()
      if (building.builder.step(scheduler.now() + sliceMs, () => scheduler.now())) {
        this.#adopt(building)
        // The e2e specs wait for this rather than for a guess at how long building takes.
        scheduler.measure(builtWhileIdleMeasure, started, scheduler.now())
      } else scheduler.inBackground(slice)
    }
    cancelTimer = scheduler.after(delayMs, () => scheduler.inBackground(slice))
    this.#cancelBuild = () => {
      cancelled = true
      cancelTimer()
    }
  }
}

/**
 * Whether two library entries index alike: the same document under the same name (a document's
 * text does not change once imported; the library may hand a fresh entry object for it).
 */
function sameDocument(a: LibraryEntry, b: LibraryEntry): boolean {
  return a.id === b.id && a.title === b.title && a.symbol === b.symbol
}
