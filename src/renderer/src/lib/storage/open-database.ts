/**
 * Opens the app's database. The one place outside the repositories that makes a database object,
 * so that the lint rule keeping writes in storage and repository modules has no exception.
 */
import { NotesDatabase } from './database'

/** The delegate's notes database, under its one name. */
export function openNotesDatabase(): NotesDatabase {
  return new NotesDatabase()
}
