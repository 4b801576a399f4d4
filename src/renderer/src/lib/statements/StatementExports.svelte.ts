/**
 * Saving a statement from its editor, one export at a time: as Word (the bytes `statementWord`
 * builds), as Markdown (the app's text-file save) or as PDF (the app's print path, with only the
 * statement laid out for print). A failure is kept as a sentence for the editor to show.
 */
import type { Result, SavedFile } from '@shared/bridge'
import { DialogAction } from '../notebook/DialogAction.svelte'
import type { Notices } from '../notices/Notices.svelte'
import { platform } from '../platform/platform'
import { showSavedFile } from '../platform/saved-file'
import type { Statement } from './statement'
import {
  statementFileName,
  statementMarkdown,
  type StatementExportContext
} from './statement-export'
import { statementWord } from './statement-word'

/** The statement to export, as on screen (its editor saves it first). */
export type ShownStatement = () => Promise<Statement>

/**
 * What printing needs of the screen: the statement laid out alone for print, resolving once it
 * is in place, until `done()`.
 */
export type PrintSheet = (markdown: string) => Promise<{ done(): void }>

/** The editor's exports: whether one is running, and why the last one failed. */
export class StatementExports {
  #action = new DialogAction()
  #now: () => Date

  /** @param now the clock that dates the files' names */
  // A date read once to name a file, never watched: a plain Date is right here.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  constructor(now: () => Date = () => new Date()) {
    this.#now = now
  }

  /** Whether an export is running (its buttons wait). */
  get busy(): boolean {
    return this.#action.busy
  }

  /** Why the last export failed, or ''. */
  get problem(): string {
    return this.#action.problem
  }

  /** Saves the statement as a Word document where the delegate chooses (a download in a browser). */
  saveWord(
    shown: ShownStatement,
    context: StatementExportContext,
    notices: Notices
  ): Promise<void> {
    return this.#save('save the statement as Word', shown, notices, async (statement) =>
      platform().saveBinaryFile({
        suggestedName: statementFileName(statement, 'docx', this.#now()),
        content: await statementWord(statement, context),
        kind: 'word'
      })
    )
  }

  /** Saves the statement as Markdown where the delegate chooses (a download in a browser). */
  saveMarkdown(
    shown: ShownStatement,
    context: StatementExportContext,
    notices: Notices
  ): Promise<void> {
    return this.#save('save the statement as Markdown', shown, notices, (statement) =>
      platform().saveTextFile({
        suggestedName: statementFileName(statement, 'md', this.#now()),
        content: statementMarkdown(statement, context),
        kind: 'markdown'
      })
    )
  }

  /** Runs `action` ("save the statement as Word"): the statement as shown, saved, and where said. */
  #save(
    action: string,
    shown: ShownStatement,
    notices: Notices,
    save: (statement: Statement) => Promise<Result<SavedFile>>
  ): Promise<void> {
    return this.#action.run(action, async () => {
      showSavedFile(await save(await shown()), 'Statement', notices, 'downloads')
    })
  }

  /** Prints the statement alone, to PDF in the desktop app, to the print dialog in a browser. */
  print(
    shown: ShownStatement,
    context: StatementExportContext,
    notices: Notices,
    sheet: PrintSheet
  ): Promise<void> {
    return this.#action.run('print the statement', async () => {
      const statement = await shown()
      const laidOut = await sheet(statementMarkdown(statement, context))
      try {
        const result = await platform().printToPdf({
          suggestedName: statementFileName(statement, 'md', this.#now()).replace(/\.md$/u, '.pdf')
        })
        if (!result.ok) throw new Error(result.error)
        if (result.value.saved && result.value.path) {
          notices.show(`Statement saved as PDF to ${result.value.path}.`)
        }
      } finally {
        laidOut.done()
      }
    })
  }
}
