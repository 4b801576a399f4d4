/**
 * The app's IndexedDB database, through Dexie: the one schema, every version in order. Versions
 * are never edited once released; a change of schema is a new `version(n)` with an `.upgrade()`.
 */
import Dexie, { type EntityTable } from 'dexie'
import type { Annotation } from '../annotations/annotation'

/** The database's name; one per origin, so the same in every release of the app. */
export const databaseName = 'cnd67-notes'

/** A named setting, such as the colour labels. */
export interface Setting {
  key: string
  value: unknown
}

/** The delegate's data. Only repository modules write to it. */
export class NotesDatabase extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>
  settings!: EntityTable<Setting, 'key'>

  constructor(name: string = databaseName, options: ConstructorParameters<typeof Dexie>[1] = {}) {
    // Strict durability: a write is reported done only once it is on disk, so a note the app
    // says is saved survives a power cut or an OS crash too. Notes are saved one at a time, so
    // the cost (a flush per save) is paid where a delegate cannot notice it.
    super(name, { chromeTransactionDurability: 'strict', ...options })
    this.version(1).stores({
      // Annotations are read whole and ordered in memory; `paragraph` is indexed for the
      // per-paragraph lookups that the editor does.
      annotations: 'id, paragraph',
      settings: 'key'
    })
  }
}
