/**
 * OpenDocumentDialog: while a long file is read it says which page it is on and offers Cancel;
 * Cancel stops the reading, nothing is added, and the delegate is told.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import type { DocumentImporter } from '../lib/library/ImportSession.svelte'
import type { DocumentImportOptions } from '../lib/library/LibraryStore.svelte'
import { Notices } from '../lib/notices/Notices.svelte'
import OpenDocumentDialogWithNotices from '@test-support/OpenDocumentDialogWithNotices.svelte'

// jsdom has <dialog> but not its modal methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true
}
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false
}

afterEach(() => cleanup())

describe('OpenDocumentDialog', () => {
  it('shows the page being read, and Cancel stops the import and says nothing was added', async () => {
    const user = userEvent.setup()
    let given: DocumentImportOptions = {}
    // A reader on page 12 of a 116-page PDF, which only Cancel ends.
    const slowLibrary: DocumentImporter = {
      import: (_file, options) =>
        new Promise((_resolve, reject) => {
          given = options
          options.onProgress?.(11, 116)
          options.signal?.addEventListener('abort', () => reject(options.signal?.reason))
        })
    }
    const notices = new Notices()
    render(OpenDocumentDialogWithNotices, { props: { library: slowLibrary, notices } })
    // The picker is opened from a button, as the Library's Open document… does.
    const before = screen.getByRole('button', { name: 'Before' })
    await user.click(before)
    await user.upload(screen.getByLabelText('Document to open'), new File(['%PDF'], 'long.pdf'))
    expect(await screen.findByText('Reading page 12 of 116…')).toHaveProperty('role', 'status')
    const cancel = screen.getByRole('button', { name: 'Cancel' })
    await user.click(cancel)
    expect(given.signal?.aborted).toBe(true)
    await screen.findByText('Import cancelled: nothing was added to your library.')
    expect(screen.getByRole('dialog', { hidden: true }).hasAttribute('open')).toBe(false)
  })
})
