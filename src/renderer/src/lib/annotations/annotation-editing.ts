/**
 * What the annotation editor's Save, "Keep both" and Delete do: the annotation built from the
 * form, the save guarded against a change made in another window since the editor opened the
 * note (then the editor offers to keep both texts or reload), what a failed save says, and a
 * delete announced with Undo. The editor (AnnotationEditor.svelte) keeps only the screen.
 */
import { showWithUndo } from '../notebook/change-notices'
import type { Notices } from '../notices/Notices.svelte'
import { ChangedElsewhereError, keepBothTexts } from '../storage/edit-conflict'
import { StorageWriteError } from '../storage/storage-error'
import type { Annotation } from './annotation'
import type { AnnotationChanges, NewAnnotation } from './annotation-repository'
import type { EditorTarget } from './editor-target'

/** Everything the editor's form holds: the note, colour, tags, follow-up and position. */
export type AnnotationForm = Required<AnnotationChanges>

/** What a save needs of the annotations store. */
export interface AnnotationSaving {
  find(id: string): Annotation | undefined
  create(draft: NewAnnotation): Promise<Annotation>
  update(id: string, changes: AnnotationChanges, openedAt?: string): Promise<Annotation>
}

/** What a save did. */
export type AnnotationSaveOutcome =
  /** Saved; `openedAt` is the version now on screen, which the next save is guarded by. */
  | { kind: 'saved'; paragraph: number; openedAt: string }
  /** Refused: another window changed the note since it was opened; nothing was written. */
  | { kind: 'changed-elsewhere' }
  /** Not saved: `error` says why under the form, `notice` says it in the notices. */
  | { kind: 'failed'; error: string; notice: string }

/** Why a note being edited cannot be saved any more. */
export const deletedWhileEditingMessage =
  'This annotation was deleted; copy your text before closing.'

/**
 * Saves the form as `subject`: a new annotation, or the changes to the one being edited, written
 * only if it is still the version the editor opened (`openedAt`).
 */
export async function saveAnnotation(
  annotations: AnnotationSaving,
  subject: EditorTarget,
  form: AnnotationForm,
  openedAt: string | undefined
): Promise<AnnotationSaveOutcome> {
  try {
    const saved =
      subject.kind === 'edit'
        ? await updateExisting(annotations, subject.id, form, openedAt)
        : await annotations.create({
            paragraph: subject.paragraph,
            target: subject.target,
            ...form
          })
    return { kind: 'saved', paragraph: saved.paragraph, openedAt: saved.updatedAt }
  } catch (cause) {
    if (cause instanceof ChangedElsewhereError) return { kind: 'changed-elsewhere' }
    const error =
      cause instanceof StorageWriteError ? cause.message : `Could not save: ${String(cause)}`
    return {
      kind: 'failed',
      error,
      notice: `Your note was not saved. ${error} Your text is still in the editor.`
    }
  }
}

async function updateExisting(
  annotations: AnnotationSaving,
  id: string,
  form: AnnotationForm,
  openedAt: string | undefined
): Promise<Annotation> {
  const existing = annotations.find(id)
  if (!existing) throw new StorageWriteError(deletedWhileEditingMessage)
  return annotations.update(existing.id, form, openedAt)
}

/**
 * "Keep both": the note as another window stored it followed by the text typed here, and the
 * version to guard the next save by (the other window's, which this save now goes over).
 */
export function keepBothNotes(
  stored: Annotation | undefined,
  typed: string
): { note: string; openedAt: string | undefined } {
  return { note: keepBothTexts(stored?.note ?? '', typed), openedAt: stored?.updatedAt }
}

/** What a delete needs of the notebook: the annotations store, and the undo its notice offers. */
export interface AnnotationDeleting {
  annotations: { remove(id: string): Promise<string | null> }
  undo(): Promise<string | null>
}

/**
 * Deletes annotation `id`. Once it is deleted, `deleted` runs (the editor drops the draft and
 * closes) and a notice says what was deleted, with Undo; a failure is said in the notices.
 * Resolves to whether the annotation was deleted.
 */
export async function deleteAnnotation(
  notebook: AnnotationDeleting,
  notices: Notices,
  id: string,
  deleted: () => void
): Promise<boolean> {
  try {
    const description = await notebook.annotations.remove(id)
    deleted()
    if (description) showWithUndo(notices, notebook, `${description}.`)
    return true
  } catch (cause) {
    notices.show(cause instanceof StorageWriteError ? cause.message : String(cause), 'error')
    return false
  }
}
