/**
 * Test support: the app's database (in fake-indexeddb, which a test imports first) holding the
 * backup fixture data, and the Notebook over it that the Data dialog would be given, loaded.
 */
import { meetingDocument } from '@renderer/lib/document/meeting-text'
import { Notebook } from '@renderer/lib/notebook/Notebook.svelte'
import { NotesDatabase } from '@renderer/lib/storage/database'
import { fixtureData } from './backup-fixtures'

/** A new database, named after `purpose`, holding {@link fixtureData}, and its Notebook. */
export async function notebookWithFixtureData(
  purpose: string
): Promise<{ db: NotesDatabase; notebook: Notebook }> {
  const db = new NotesDatabase(`${purpose}-${crypto.randomUUID()}`)
  const notebook = new Notebook(db, meetingDocument.paragraphs)
  await notebook.load()
  await notebook.backup.restore(await notebook.backup.planRestore(fixtureData(), 'replace'))
  return { db, notebook }
}

/** A file as the delegate picks it, from its bytes or its text (as UTF-8). */
export function pickedFile(content: string | Uint8Array, name = 'picked.json'): File {
  // The tests' bytes are never over a SharedArrayBuffer, which a File cannot be made from.
  return new File([content as string | Uint8Array<ArrayBuffer>], name)
}
