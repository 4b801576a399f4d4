/**
 * Saving the brief as a Word document: the Word renderer (and the `docx` library with it) is
 * fetched the first time, as a chunk of its own, so that nothing of it is loaded before the
 * delegate asks; the document is then saved through the platform (the desktop app's save dialog
 * and atomic write, or the browser's downloads).
 */
import type { Result, SavedFile } from '@shared/bridge'
import { platform } from '../platform/platform'
import type { BriefModel } from './brief-model'
import { briefFileName } from './build-brief'

/** The Word renderer, once loaded. */
let wordRenderer: Promise<typeof import('./brief-word')> | null = null

/** Loads the Word renderer once; a failed load is tried again next time. */
function loadWordRenderer(): Promise<typeof import('./brief-word')> {
  wordRenderer ??= import('./brief-word').catch((error: unknown) => {
    wordRenderer = null
    throw error
  })
  return wordRenderer
}

/** Why a Word brief could not be made, in words a delegate can act on. */
export const wordRendererUnavailable =
  'The Word brief could not be made: part of the app did not load. Reload the window and try again.'

/**
 * Makes the brief's Word document, with `marking` in its header, and saves it as
 * "CND67-brief-YYYY-MM-DD.docx" for the day `now`.
 */
export async function saveWordBrief(
  model: BriefModel,
  marking: string,
  now: Date
): Promise<Result<SavedFile>> {
  let renderer: typeof import('./brief-word')
  try {
    renderer = await loadWordRenderer()
  } catch {
    return { ok: false, error: wordRendererUnavailable }
  }
  const content = await renderer.briefWord(model, { marking })
  return platform().saveBinaryFile({
    suggestedName: briefFileName(now, '.docx'),
    content,
    kind: 'word'
  })
}
