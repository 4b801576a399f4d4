/** GoToParagraphDialog: a number jumps there; anything else says what to type, and stays open. */
import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import GoToParagraphDialog from './GoToParagraphDialog.svelte'

// jsdom has <dialog> but not its modal methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true
}
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false
}

describe('GoToParagraphDialog', () => {
  it('jumps to a typed paragraph and closes', async () => {
    const onjump = vi.fn()
    const { component } = render(GoToParagraphDialog, { paragraphCount: 87, onjump })
    component.open()
    const box = screen.getByRole('textbox', { name: 'Go to paragraph' })
    expect(document.activeElement).toBe(box)
    await userEvent.type(box, 'para. 59{Enter}')
    expect(onjump).toHaveBeenCalledWith(59)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('says what to type when the number is out of range, and keeps the dialog open', async () => {
    const onjump = vi.fn()
    const { component } = render(GoToParagraphDialog, { paragraphCount: 87, onjump })
    component.open()
    await userEvent.type(screen.getByRole('textbox', { name: 'Go to paragraph' }), '88{Enter}')
    expect(onjump).not.toHaveBeenCalled()
    expect(screen.getByRole('dialog').textContent).toMatch(/87/)
  })
})
