/**
 * Fixture factories for component tests: a notebook over a fresh in-memory database, and a way to
 * mount a component below it and the notices, as the app does.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import type { Component } from 'svelte'
import { render } from '@testing-library/svelte'
import { meetingDocument } from '@renderer/lib/document/meeting-text'
import { Notebook } from '@renderer/lib/notebook/Notebook.svelte'
import type { Notices } from '@renderer/lib/notices/Notices.svelte'
import { NotesDatabase } from '@renderer/lib/storage/database'
import { steppingClock } from './annotations-fixtures'
import WithNotebook from './WithNotebook.svelte'

/**
 * A loaded notebook on the meeting's own paragraphs, in a database of its own (fake-indexeddb),
 * with a clock that steps a minute per reading. `close()` deletes the database.
 */
export async function fixtureNotebook(): Promise<{ notebook: Notebook; close(): Promise<void> }> {
  // Handed to Dexie rather than installed as globals, which Dexie may have looked for already.
  const db = new NotesDatabase(`component-${crypto.randomUUID()}`, {
    indexedDB: new IDBFactory(),
    IDBKeyRange
  })
  const notebook = new Notebook(db, meetingDocument.paragraphs, steppingClock(), {
    later: () => () => {}
  })
  await notebook.load()
  return { notebook, close: () => db.delete() }
}

/** Mounts `component` with `props` below `notebook` and `notices`, with Testing Library. */
export function renderWithNotebook<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props,
  { notebook, notices }: { notebook: Notebook; notices: Notices }
): ReturnType<typeof render<typeof WithNotebook>> {
  // The harness mounts any component; the props were checked against this one's just above.
  const tested = component as unknown as Component<Record<string, unknown>>
  return render(WithNotebook, { props: { notebook, notices, component: tested, props } })
}
