/**
 * Opens the delegate's notes: the database and the notebook store, and answers the desktop
 * app's requests for automatic backups. The app imports this
 * module only once the reference pane is on screen, so the database, anchoring and Markdown
 * code load after the text is readable rather than before.
 */
import { NotesDatabase } from '../storage/database'
import { Notebook } from '../notebook/Notebook.svelte'
import type { ParagraphText } from './anchor-text'

export { followBackupRequests } from '../backup/automatic-backups'
export { decorateAcronyms } from '../glossary/decorate-acronyms'
export { extractGlossary } from '../glossary/glossary'
// The notes side and the dialogs load in this one request, so that code they share is not split
// into chunks of its own (which the bundler may merge into what the page loads at start).
export { default as NotesSide } from '../../components/NotesSide.svelte'
export { default as BriefDialog } from '../../components/BriefDialog.svelte'
export { default as DataDialog } from '../../components/DataDialog.svelte'
export { default as SearchResultsPanel } from '../../components/SearchResultsPanel.svelte'
export { default as FilterBar } from '../../components/FilterBar.svelte'
export { default as CommandPalette } from '../../components/CommandPalette.svelte'
export { default as DisplayDialog } from '../../components/DisplayDialog.svelte'

/** The annotations store over the app's database, with its stored annotations read. */
export async function openNotes(paragraphs: readonly ParagraphText[]): Promise<Notebook> {
  const annotations = new Notebook(new NotesDatabase(), paragraphs)
  await annotations.load()
  return annotations
}
