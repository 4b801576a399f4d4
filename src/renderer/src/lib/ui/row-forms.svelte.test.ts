// @vitest-environment jsdom
/** One form open on one row of a list, and where the focus goes as it closes. */
import { afterEach, describe, expect, it } from 'vitest'
import { RowForms } from './row-forms.svelte'

afterEach(() => document.body.replaceChildren())

/** A list's heading and, for each row, its Edit button. */
function list(rowIds: readonly string[]) {
  const heading = document.createElement('h2')
  heading.tabIndex = -1
  document.body.append(heading)
  const forms = new RowForms(['edit', 'remove'] as const, () => heading)
  for (const id of rowIds) {
    const button = document.createElement('button')
    button.textContent = `Edit ${id}`
    document.body.append(button)
    forms.buttons.edit[id] = button
  }
  return { forms, heading }
}

describe('RowForms', () => {
  it('opens one form at a time, each opening clearing the last failure', () => {
    const { forms } = list(['a', 'b'])
    forms.openOn('edit', 'a')
    forms.failure = 'The change could not be saved.'
    forms.openOn('remove', 'b')
    expect(forms.isOpen('edit', 'a')).toBe(false)
    expect(forms.isOpen('remove', 'b')).toBe(true)
    expect(forms.failure).toBe('')
  })

  it('gives the focus back to the button that opened the form', async () => {
    const { forms } = list(['a', 'b'])
    forms.openOn('edit', 'b')
    await forms.close()
    expect(forms.open).toBeNull()
    expect(document.activeElement).toBe(forms.buttons.edit.b)
  })

  it('after a removal, focuses the row that took its place, or the heading when none did', async () => {
    const { forms, heading } = list(['a', 'b'])
    forms.openOn('remove', 'a')
    await forms.closeRemoved('edit', 'b')
    expect(document.activeElement).toBe(forms.buttons.edit.b)
    forms.openOn('remove', 'b')
    await forms.closeRemoved('edit', undefined)
    expect(document.activeElement).toBe(heading)
  })
})
