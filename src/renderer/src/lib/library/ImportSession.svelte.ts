/**
 * One import of a document as the window follows it: reading (with the pages read so far, for a
 * PDF), then added, failed (with the reason in plain words) or cancelled. Cancel stops the
 * reading; nothing is stored unless the import finished. The dialog that shows it only renders
 * this state.
 */
import { DocumentFileError } from '../document-import/import-errors'
import { failureMessage } from '../notebook/change-notices'
import { countOf } from '../ui/wording'
import type { LibraryDocument } from './library-rows'
import {
  DuplicateDocumentError,
  type DocumentFile,
  type DocumentImportOptions
} from './LibraryStore.svelte'

/** Where an import is. */
export type ImportState =
  | { phase: 'idle' }
  | {
      phase: 'reading'
      fileName: string
      /** Pages read and pages in all, once a PDF's reading has begun; null before or for other files. */
      pages: { done: number; total: number } | null
      /** Whether Cancel was pressed and the reading is stopping. */
      cancelling: boolean
    }
  | { phase: 'done'; fileName: string; document: LibraryDocument }
  | { phase: 'failed'; fileName: string; message: string }
  | { phase: 'cancelled'; fileName: string }

/** What the session imports with: the library's `import`. */
export interface DocumentImporter {
  import(file: DocumentFile, options: DocumentImportOptions): Promise<LibraryDocument>
}

/** The reason an aborted import rejects with. */
function cancelledReason(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError')
}

/** Why an import failed, in the words the delegate is shown. */
export function importFailureMessage(cause: unknown): string {
  if (cause instanceof DocumentFileError || cause instanceof DuplicateDocumentError) {
    return cause.message
  }
  return failureMessage(cause, 'import the file')
}

/** What the window says while a file is read: "Reading page 12 of 116…". */
export function readingMessage(state: Extract<ImportState, { phase: 'reading' }>): string {
  if (state.cancelling) return 'Cancelling…'
  if (!state.pages) return `Reading “${state.fileName}”…`
  const page = Math.min(state.pages.done + 1, state.pages.total)
  return `Reading page ${page.toLocaleString('en')} of ${state.pages.total.toLocaleString('en')}…`
}

/** What the window says once a document is added: "Added “Title” to your library: 87 paragraphs." */
export function addedMessage(document: LibraryDocument): string {
  return `Added “${document.title}” to your library: ${countOf(document.document.paragraphs.length, 'paragraph')}.`
}

/** What the window says after Cancel. */
export const cancelledMessage = 'Import cancelled: nothing was added to your library.'

/** The window's import of a document, one at a time. */
export class ImportSession {
  /** Where the current (or last) import is. */
  state = $state.raw<ImportState>({ phase: 'idle' })
  #importer: DocumentImporter
  #controller: AbortController | null = null

  constructor(importer: DocumentImporter) {
    this.#importer = importer
  }

  /** Whether a file is being read now. */
  get reading(): boolean {
    return this.state.phase === 'reading'
  }

  /**
   * Imports `file`, following its progress; resolves once it is added, refused or cancelled (the
   * state says which). An import still running is cancelled first.
   */
  async start(file: DocumentFile): Promise<void> {
    this.cancel()
    const controller = new AbortController()
    this.#controller = controller
    const fileName = file.name
    this.state = { phase: 'reading', fileName, pages: null, cancelling: false }
    const current = () => this.#controller === controller
    try {
      const document = await this.#importer.import(file, {
        signal: controller.signal,
        onProgress: (done, total) => {
          if (current() && this.state.phase === 'reading') {
            this.state = { ...this.state, pages: { done, total } }
          }
        }
      })
      if (current()) this.state = { phase: 'done', fileName, document }
    } catch (cause) {
      if (!current()) return
      this.state = controller.signal.aborted
        ? { phase: 'cancelled', fileName }
        : { phase: 'failed', fileName, message: importFailureMessage(cause) }
    } finally {
      if (current()) this.#controller = null
    }
  }

  /** Stops the import under way, if any; it ends as cancelled unless it had already finished. */
  cancel(): void {
    if (!this.#controller || this.state.phase !== 'reading') return
    this.state = { ...this.state, cancelling: true }
    this.#controller.abort(cancelledReason())
  }

  /** Forgets the last import's outcome. */
  reset(): void {
    if (this.state.phase !== 'reading') this.state = { phase: 'idle' }
  }
}
