/** ChangedElsewhereNotice: says why the note was not saved, and offers Keep both or Reload. */
import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import ChangedElsewhereNotice from './ChangedElsewhereNotice.svelte'

describe('ChangedElsewhereNotice', () => {
  it('says the note was changed in another window and what each choice does', () => {
    render(ChangedElsewhereNotice, { onkeepboth: vi.fn(), onreload: vi.fn() })
    expect(screen.getByRole('alert').textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'This note was changed in another window since you opened it, so your text was not saved over it. Keep both texts (the other window’s first, then yours), or reload the other window’s version and drop your changes? Keep both Reload'
    )
  })

  it('calls onkeepboth for Keep both and onreload for Reload, once each', async () => {
    const onkeepboth = vi.fn()
    const onreload = vi.fn()
    render(ChangedElsewhereNotice, { onkeepboth, onreload })
    await userEvent.click(screen.getByRole('button', { name: 'Keep both' }))
    expect(onkeepboth).toHaveBeenCalledOnce()
    expect(onreload).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }))
    expect(onreload).toHaveBeenCalledOnce()
  })
})
