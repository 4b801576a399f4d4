/**
 * What the stores whose changes reach both annotations and session notes (agenda items, tags)
 * start from: the notebook's writer and the two stores they show their changes in. Declared once
 * so that every such store is built the same way.
 */
import type { AnnotationsStore } from '../annotations/AnnotationsStore.svelte'
import type { SessionNotesStore } from '../session-notes/SessionNotesStore.svelte'
import type { NotebookWriter } from './NotebookWriter.svelte'

/** The notebook's writer and its stores of annotations and session notes. */
export interface NotesStores {
  writer: NotebookWriter
  annotations: AnnotationsStore
  sessionNotes: SessionNotesStore
}

/** A store whose changes reach annotations and session notes, written through the writer. */
export abstract class StoreOverNotes {
  protected readonly writer: NotebookWriter
  protected readonly annotations: AnnotationsStore
  protected readonly sessionNotes: SessionNotesStore

  constructor({ writer, annotations, sessionNotes }: NotesStores) {
    this.writer = writer
    this.annotations = annotations
    this.sessionNotes = sessionNotes
  }
}
