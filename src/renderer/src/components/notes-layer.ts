/**
 * The notes layer: the delegate's notes (database and notebook store), the side panel and the
 * filter bar that show them, the text's own model that they work on, the other documents of the
 * library the reference pane can show, and the answers to the desktop app's requests for
 * automatic backups. The app imports this module only once the
 * reference pane is on screen, so the database, anchoring and Markdown code load after the text
 * is readable rather than before. Dialogs, search and the side panel's other views are chunks of
 * their own, each fetched when it is first used (see App.svelte and NotesSide.svelte).
 */
import { openChangeFeed } from '../lib/storage/change-feed'
import { meetingDocument } from '../lib/document/meeting-text'
import { openNotesDatabase } from '../lib/storage/open-database'
import { Notebook } from '../lib/notebook/Notebook.svelte'
import { htmlSanitizer } from '../lib/platform/trusted-html'

export { meetingDocument }
export { ReadingFilter } from '../lib/filters/ReadingFilter.svelte'
export { followBackupRequests } from '../lib/backup/automatic-backups'
export { platform } from '../lib/platform/platform'
export { decorateAcronyms } from '../lib/glossary/decorate-acronyms'
export { extractGlossary } from '../lib/glossary/glossary'
export { default as NotesSide } from './NotesSide.svelte'
export { default as FilterBar } from './FilterBar.svelte'
export { ActiveDocument, type ShownDocument } from '../lib/library/ActiveDocument.svelte'
export { documentFragment } from '../lib/library/document-fragment'
export { readingPositionKeyOf } from '../lib/library/document-opening'
export {
  addressTarget,
  documentAddress,
  documentIdOf,
  paragraphAddress,
  shippedDocumentId,
  shippedEntry
} from '../lib/library/library-document'

/**
 * The notebook over the app's database, with what is stored read, and kept up to date with what
 * other windows of the app write.
 */
export async function openNotes(): Promise<Notebook> {
  const db = openNotesDatabase()
  const notebook = new Notebook(db, meetingDocument.paragraphs)
  // Opened before reading, so that a change made elsewhere during the read is read again after.
  const feed = openChangeFeed(db)
  // Notes show as sanitized HTML: the page's one Trusted Types policy is made before any is shown.
  htmlSanitizer()
  await notebook.load()
  feed.follow((tables) => notebook.reload(tables))
  return notebook
}
