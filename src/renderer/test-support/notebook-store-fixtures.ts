/**
 * Fixtures for the notebook's store tests: `notebookTest`, an `it` that gives each test a loaded
 * notebook over a database of its own in fake-indexeddb (callers import 'fake-indexeddb/auto')
 * with a check that the database holds exactly what the stores show, a second window's notebook
 * on the same database when a test needs one, and records to store in it.
 */
import { expect, test } from 'vitest'
import type { NewAnnotation } from '@renderer/lib/annotations/annotation-repository'
import { loadAgendaItems } from '@renderer/lib/follow-ups/agenda-item-repository'
import { newFollowUp, type FollowUp } from '@renderer/lib/follow-ups/follow-up'
import { Notebook } from '@renderer/lib/notebook/Notebook.svelte'
import type { SessionNoteFields } from '@renderer/lib/session-notes/session-note-repository'
import { openChangeFeed } from '@renderer/lib/storage/change-feed'
import { NotesDatabase } from '@renderer/lib/storage/database'
import { fixtureParagraphs, steppingClock } from './annotations-fixtures'
import { channelHub } from './window-fixtures'

/** A notebook under test, its database, and the waits before it writes the start-up copy. */
export interface TestNotebook {
  db: NotesDatabase
  notebook: Notebook
  /** The notebook's waits before writing the start-up copy again, run when a test says so. */
  copyWaits: (() => void)[]
}

/**
 * A loaded notebook over a new database named `name` and the two {@link fixtureParagraphs}, with
 * a {@link steppingClock} and the start-up copy's waits held for the test to run.
 */
async function openTestNotebook(name: string): Promise<TestNotebook> {
  const db = new NotesDatabase(name)
  const copyWaits: (() => void)[] = []
  const notebook = new Notebook(db, fixtureParagraphs(), steppingClock(), {
    later: (run) => {
      copyWaits.push(run)
      return () => copyWaits.splice(copyWaits.indexOf(run), 1)
    }
  })
  await notebook.load()
  return { db, notebook, copyWaits }
}

/** A second window's notebook over the test's database, each window hearing the other's writes. */
export interface SecondWindow {
  other: Notebook
  /** Resolves once the other window has read again what the first one wrote. */
  caughtUp: () => Promise<void>
  /** Closes the other window's database and both windows' change feeds. */
  close: () => void
}

/**
 * Opens a second window on `first`'s database, as a second tab of one browser profile would: its
 * own connection and notebook, loaded, and a change feed in each window joined by one channel.
 */
async function openSecondWindow(first: TestNotebook): Promise<SecondWindow> {
  const hub = channelHub()
  const firstFeed = openChangeFeed(first.db, hub.open())
  const otherDb = new NotesDatabase(first.db.name)
  // The other window's clock reads an hour later, as saves there come after the ones here.
  const clock = steppingClock()
  const later = { now: () => new Date(clock.now().getTime() + 3_600_000), newId: clock.newId }
  const other = new Notebook(otherDb, fixtureParagraphs(), later, { later: () => () => {} })
  await other.load()
  const feed = openChangeFeed(otherDb, hub.open())
  feed.follow((tables) => other.reload(tables))
  return {
    other,
    async caughtUp() {
      await hub.delivered()
      await feed.settled()
    },
    close() {
      feed.close()
      firstFeed.close()
      otherDb.close()
    }
  }
}

/** What each test of {@link notebookTest} may ask for. */
export interface NotebookFixtures extends TestNotebook {
  /** Checks that the database holds exactly what the notebook's stores show. */
  expectStoredAsShown: () => Promise<void>
  /** The tags a notebook (this one unless another is given) lists, as "tag ×count". */
  tagCounts: (of?: Notebook) => string[]
  /** A second window on the same database, opened for the tests that name it. */
  secondWindow: SecondWindow
}

/**
 * `it` for the notebook's stores: each test that names `notebook` (or `db`, `copyWaits`, the
 * checks, `secondWindow`) gets a notebook of its own from {@link openTestNotebook}, its database deleted after.
 */
export const notebookTest = test.extend<NotebookFixtures & { opened: TestNotebook }>({
  opened: async ({ task }, use) => {
    const opened = await openTestNotebook(`store-${task.id}`)
    await use(opened)
    await opened.db.delete()
  },
  db: async ({ opened }, use) => use(opened.db),
  notebook: async ({ opened }, use) => use(opened.notebook),
  copyWaits: async ({ opened }, use) => use(opened.copyWaits),
  expectStoredAsShown: async ({ opened }, use) => use(() => expectStoredAsShown(opened)),
  tagCounts: async ({ opened }, use) => use((of = opened.notebook) => tagCounts(of)),
  secondWindow: async ({ opened }, use) => {
    const second = await openSecondWindow(opened)
    await use(second)
    second.close()
  }
})

/** A note on the whole of paragraph 1 or 2, with whatever else a test gives it. */
export function noteOn(paragraph: 1 | 2, changes: Partial<NewAnnotation> = {}): NewAnnotation {
  return { paragraph, target: null, color: 'yellow', note: `On para. ${paragraph}`, ...changes }
}

/** An open follow-up under agenda item 6, with whatever else a test gives it. */
export function followUp(changes: Partial<FollowUp> = {}): FollowUp {
  return { ...newFollowUp(), action: 'Raise with UNODC', agendaItemId: 'agenda-item-6', ...changes }
}

/** A session note's fields, with whatever a test gives it. */
export function sessionNoteFields(changes: Partial<SessionNoteFields> = {}): SessionNoteFields {
  return {
    title: 'Bilaterals, day 1',
    body: '- Canada: early warning',
    agendaItemId: null,
    sessionDay: '2024-03-14',
    tags: [],
    ...changes
  }
}

/** Records in id order, so that memory and the database can be compared. */
export function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Checks that the database holds exactly what the notebook's stores show. */
async function expectStoredAsShown({ db, notebook }: TestNotebook): Promise<void> {
  expect(await db.annotations.orderBy('id').toArray()).toStrictEqual(byId(notebook.annotations.all))
  expect(await db.sessionNotes.orderBy('id').toArray()).toStrictEqual(
    byId(notebook.sessionNotes.all)
  )
  expect(await loadAgendaItems(db)).toStrictEqual(notebook.agendaItems.all)
  expect(await db.statements.orderBy('id').toArray()).toStrictEqual(byId(notebook.statements.all))
}

/** The tags the notebook lists, as "tag ×count". */
function tagCounts(notebook: Notebook): string[] {
  return notebook.tags.all.map((usage) => `${usage.tag} ×${usage.count}`)
}
