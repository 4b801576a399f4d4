/**
 * TokenInput, the chip input for tags and counterparts: Enter, a comma or leaving the box adds
 * what is typed; suggestions follow the typing and are picked with the arrows or the mouse;
 * Backspace in an empty box and the × buttons remove values; a refused value is explained and
 * the typing kept. Every control has a name.
 */
import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import TokenInput from './TokenInput.svelte'

const known = ['Precursors', 'Prevention', 'Early warning']

/** Adds each comma-separated part, refusing a tag with "#" in it as the notebook would. */
function addTags(current: readonly string[], typed: string): string[] | { problem: string } {
  const parts = typed
    .split(/[,،，、]/u)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  if (parts.some((part) => part.includes('#'))) return { problem: 'A tag cannot contain “#”.' }
  return [...current, ...parts]
}

/** The tags starting with what is typed, leaving out those chosen. */
function suggestTags(typed: string, current: readonly string[]): string[] {
  return known.filter(
    (tag) => tag.toLowerCase().startsWith(typed.toLowerCase()) && !current.includes(tag)
  )
}

/** A TokenInput labelled Tags holding `values`, with `onchange` as a mock. */
function renderTags(values: string[] = []) {
  const onchange = vi.fn<(values: string[]) => void>()
  const rendered = render(TokenInput, {
    label: 'Tags',
    values,
    suggest: suggestTags,
    add: addTags,
    onchange,
    help: 'Enter or a comma adds a tag.'
  })
  return {
    onchange,
    box: screen.getByRole<HTMLInputElement>('textbox', { name: 'Tags' }),
    ...rendered
  }
}

describe('TokenInput', () => {
  it('names the box, the suggestions and every remove button', () => {
    renderTags(['Precursors', 'مراجعة'])
    expect(screen.getByRole('list', { name: 'Tags added' }).textContent).toContain('مراجعة')
    expect(screen.getByRole('listbox', { name: 'Tags suggestions' })).toBeTruthy()
    expect(
      screen.getAllByRole('button').map((button) => button.getAttribute('aria-label'))
    ).toEqual(['Remove Precursors', 'Remove مراجعة'])
    expect(screen.getByRole('textbox', { name: 'Tags' }).getAttribute('aria-describedby')).toBe(
      screen.getByText('Enter or a comma adds a tag.').id
    )
  })

  it('adds what is typed on Enter, and empties the box', async () => {
    const user = userEvent.setup()
    const { onchange, box } = renderTags(['Precursors'])
    await user.type(box, 'Fentanyl{Enter}')
    expect(onchange).toHaveBeenCalledWith(['Precursors', 'Fentanyl'])
    expect(box.value).toBe('')
  })

  it('adds what is typed before a comma', async () => {
    const user = userEvent.setup()
    const { onchange, box } = renderTags()
    await user.type(box, 'Fentanyl,')
    expect(onchange).toHaveBeenCalledWith(['Fentanyl'])
    expect(box.value).toBe('')
  })

  it('adds every part of pasted text with commas in it', async () => {
    const user = userEvent.setup()
    const { onchange, box } = renderTags()
    await user.click(box)
    await user.paste('Fentanyl، Nitazenes')
    expect(onchange).toHaveBeenCalledWith(['Fentanyl', 'Nitazenes'])
  })

  it('adds what is left typed when the box loses focus', async () => {
    const user = userEvent.setup()
    const { onchange, box } = renderTags()
    await user.type(box, 'Fentanyl')
    await user.tab()
    expect(onchange).toHaveBeenCalledWith(['Fentanyl'])
  })

  it('adds nothing for an empty box', async () => {
    const user = userEvent.setup()
    const { onchange, box } = renderTags()
    await user.type(box, '   {Enter}')
    expect(onchange).not.toHaveBeenCalled()
  })

  it('offers suggestions for the typing, and Enter picks the one the arrows reach', async () => {
    const user = userEvent.setup()
    const { onchange, box } = renderTags()
    await user.type(box, 'pr')
    expect(screen.getAllByRole('option').map((option) => option.textContent?.trim())).toEqual([
      'Precursors',
      'Prevention'
    ])
    await user.keyboard('{ArrowDown}{ArrowDown}')
    const prevention = screen.getByRole('option', { name: 'Prevention' })
    expect(prevention.getAttribute('aria-selected')).toBe('true')
    expect(box.getAttribute('aria-activedescendant')).toBe(prevention.id)
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(screen.getByRole('option', { name: 'Prevention' }).getAttribute('aria-selected')).toBe(
      'true'
    )
    await user.keyboard('{Enter}')
    expect(onchange).toHaveBeenCalledWith(['Prevention'])
    expect(screen.queryAllByRole('option')).toEqual([])
  })

  it('adds a suggestion clicked, without adding the half-typed text first', async () => {
    const { onchange, box } = renderTags()
    const user = userEvent.setup()
    await user.type(box, 'ea')
    await fireEvent.mouseDown(screen.getByRole('option', { name: 'Early warning' }))
    expect(onchange.mock.calls).toEqual([[['Early warning']]])
    expect(document.activeElement).toBe(box)
  })

  it('closes the suggestions on Escape without letting it reach the editor, then lets it', async () => {
    const user = userEvent.setup()
    const { box } = renderTags()
    const escaped = vi.fn()
    document.body.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') escaped()
    })
    await user.type(box, 'pr')
    await user.keyboard('{Escape}')
    expect(screen.queryAllByRole('option')).toEqual([])
    expect(escaped).not.toHaveBeenCalled()
    await user.keyboard('{Escape}')
    expect(escaped).toHaveBeenCalledTimes(1)
  })

  it('removes the last value with Backspace in an empty box, and a value with its button', async () => {
    const user = userEvent.setup()
    const { onchange, box } = renderTags(['Precursors', 'Prevention'])
    await user.type(box, '{Backspace}')
    expect(onchange).toHaveBeenLastCalledWith(['Precursors'])
    await user.click(screen.getByRole('button', { name: 'Remove Precursors' }))
    expect(onchange).toHaveBeenLastCalledWith(['Prevention'])
  })

  it('only edits the typing when Backspace has text to delete', async () => {
    const user = userEvent.setup()
    const { onchange, box } = renderTags(['Precursors'])
    await user.type(box, 'Fe{Backspace}')
    expect(box.value).toBe('F')
    expect(onchange).not.toHaveBeenCalled()
  })

  it('explains a refused value and keeps the typing', async () => {
    const user = userEvent.setup()
    const { onchange, box } = renderTags()
    await user.type(box, '#1{Enter}')
    expect(onchange).not.toHaveBeenCalled()
    expect(box.value).toBe('#1')
    expect(screen.getByRole('alert').textContent?.trim()).toBe('A tag cannot contain “#”.')
    expect(box.getAttribute('aria-invalid')).toBe('true')
    await user.type(box, '{Backspace}')
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
