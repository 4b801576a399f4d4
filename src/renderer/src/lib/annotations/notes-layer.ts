/**
 * Opens the delegate's notes: the database and the annotations store. The app imports this
 * module only once the reference pane is on screen, so the database, anchoring and Markdown
 * code load after the text is readable rather than before.
 */
import { NotesDatabase } from '../storage/database'
import { Notebook } from '../notebook/Notebook.svelte'
import type { ParagraphText } from './anchor-text'

/** The annotations store over the app's database, with its stored annotations read. */
export async function openNotes(paragraphs: readonly ParagraphText[]): Promise<Notebook> {
  const annotations = new Notebook(new NotesDatabase(), paragraphs)
  await annotations.load()
  return annotations
}
