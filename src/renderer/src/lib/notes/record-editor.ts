/**
 * What every record editor (session note, statement) does around its autosave: announce a
 * restored draft once its status line is on screen, save on leaving and say if that failed, and
 * delete the record with an Undo notice; and what a panel says when New could not create one.
 */
import { onDestroy, onMount } from 'svelte'
import { showWithUndo } from '../notebook/change-notices'
import type { Notices } from '../notices/Notices.svelte'
import { reasonOf, type RecordAutosave } from './record-autosave.svelte'

/**
 * Ties the autosave to the editor's life; call while the editor is created. Once mounted, the
 * editor gets the focus (`focusFirst`) and a restored draft is announced; when it goes, what is
 * unsaved is saved, and a failure is shown as a notice.
 */
export function autosaveForEditorLife<Fields extends object>(
  autosave: RecordAutosave<Fields>,
  notices: Notices,
  focusFirst: () => void
): void {
  onMount(() => {
    focusFirst()
    autosave.announceRestoredDraft()
  })
  onDestroy(() => {
    void autosave.leave().then((message) => {
      if (message) notices.show(message, 'error')
    })
  })
}

/**
 * Deletes the record being edited: once deleted, closes the editor (`closeEditor`) and offers
 * Undo; if it could not be, shows why and leaves the editor open.
 */
export async function deleteEditedRecord<Fields extends object>(
  autosave: RecordAutosave<Fields>,
  notices: Notices,
  notebook: { undo(): Promise<string | null> },
  closeEditor: () => void
): Promise<void> {
  const outcome = await autosave.remove()
  if (!outcome.ok) return notices.show(outcome.message, 'error')
  closeEditor()
  if (outcome.description) showWithUndo(notices, notebook, `${outcome.description}.`)
}

/** Said when a new record (`noun`: "statement") could not be created: "Could not create a …: why." */
export function createFailedMessage(noun: string, cause: unknown): string {
  return `Could not create a ${noun}: ${reasonOf(cause)}.`
}
