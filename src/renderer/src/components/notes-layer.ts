/**
 * Opens the delegate's notes: the database and the notebook store, and answers the desktop
 * app's requests for automatic backups. The app imports this
 * module only once the reference pane is on screen, so the database, anchoring and Markdown
 * code load after the text is readable rather than before.
 */
import { openChangeFeed } from '../lib/storage/change-feed'
import { openNotesDatabase } from '../lib/storage/open-database'
import { Notebook } from '../lib/notebook/Notebook.svelte'
import type { ParagraphText } from '../lib/annotations/anchor-text'

export { followBackupRequests } from '../lib/backup/automatic-backups'
export { decorateAcronyms } from '../lib/glossary/decorate-acronyms'
export { extractGlossary } from '../lib/glossary/glossary'
// The notes side and the dialogs load in this one request, so that code they share is not split
// into chunks of its own (which the bundler may merge into what the page loads at start).
export { default as NotesSide } from './NotesSide.svelte'
export { default as BriefDialog } from './BriefDialog.svelte'
export { default as DataDialog } from './DataDialog.svelte'
export { default as SearchResultsPanel } from './SearchResultsPanel.svelte'
export { default as FilterBar } from './FilterBar.svelte'
export { default as CommandPalette } from './CommandPalette.svelte'
export { default as DisplayDialog } from './DisplayDialog.svelte'

/**
 * The notebook over the app's database, with everything stored read, and kept up to date with
 * what other windows of the app write.
 */
export async function openNotes(paragraphs: readonly ParagraphText[]): Promise<Notebook> {
  const db = openNotesDatabase()
  const annotations = new Notebook(db, paragraphs)
  // Opened before reading, so that a change made elsewhere during the read is read again after.
  const feed = openChangeFeed(db)
  await annotations.load()
  feed.follow((tables) => annotations.reload(tables))
  return annotations
}
