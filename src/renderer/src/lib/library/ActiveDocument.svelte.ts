/**
 * Which document of the library the reference pane shows: the shipped summary at first, then
 * whichever an address (`#doc/<id>`, `#doc/<id>/para-N`, `#para-N`) opens. An imported document
 * is read through the notebook each time it is opened, so a rename or a removal made meanwhile
 * (in the Library, or in another window) is what the pane shows.
 */
import { documentOpening, type DocumentOpening } from './document-opening'
import type { DocumentPaneContent } from './library-document-html'
import {
  importedEntry,
  shippedDocumentId,
  type AddressTarget,
  type ImportedDocument,
  type LibraryEntry
} from './library-document'

/** A document as the pane shows it: its library entry, footnotes and how it was read. */
export type ShownDocument = DocumentPaneContent

/** What `resolve` found: the document to show with its paragraph, or the notice why not. */
export type Opening =
  | (Extract<DocumentOpening, { ok: true }> & { document: ShownDocument })
  | Extract<DocumentOpening, { ok: false }>

export class ActiveDocument {
  /** The document the pane shows now. */
  shown = $state.raw<ShownDocument>() as ShownDocument
  readonly #summary: ShownDocument
  readonly #find: (id: string) => Promise<ImportedDocument | undefined>
  /** Counts the openings asked for, so that only the latest one is shown. */
  #requests = 0

  /**
   * @param summary the shipped summary's library entry, shown first
   * @param find reads an imported document from the library (the notebook's `importedDocument`)
   */
  constructor(summary: LibraryEntry, find: (id: string) => Promise<ImportedDocument | undefined>) {
    this.#summary = { entry: summary, footnotes: [], notice: null }
    this.#find = find
    this.shown = this.#summary
  }

  /** The id of the document shown. */
  get id(): string {
    return this.shown.entry.id
  }

  /** Whether the pane shows the shipped summary. */
  get isSummary(): boolean {
    return this.shown.entry.id === shippedDocumentId
  }

  /**
   * Looks up the document an address names. Resolves to null if another opening was asked for
   * meanwhile (that one wins), else to what to show or the notice why not. It shows nothing
   * itself, so that the caller changes the pane and this state together (`show`).
   */
  async resolve(target: AddressTarget): Promise<Opening | null> {
    const request = ++this.#requests
    let document: ShownDocument | undefined
    try {
      document = await this.#lookUp(target.documentId)
    } catch {
      // An unreadable record is, to the reader, a document that is not there.
      document = undefined
    }
    if (request !== this.#requests) return null
    const opening = documentOpening(target, document?.entry)
    if (!opening.ok) return opening
    return {
      ...opening,
      document: document ?? { entry: opening.entry, footnotes: [], notice: null }
    }
  }

  /** Makes a document `resolve` gave the one shown. */
  show(document: ShownDocument): void {
    this.shown = document
  }

  async #lookUp(id: string): Promise<ShownDocument | undefined> {
    if (id === shippedDocumentId) return this.#summary
    const imported = await this.#find(id)
    if (!imported) return undefined
    return {
      entry: importedEntry(imported),
      footnotes: imported.document.footnotes,
      notice: imported.document.notice
    }
  }
}
