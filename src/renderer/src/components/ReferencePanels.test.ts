/**
 * ReferencePanels: paragraphs cited as "para. 65" or "paras. 14, 37, 60, 74"; a State that spoke
 * without being on the attendance list explained; the glossary A–Z unless asked otherwise.
 */
import { describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import ReferencePanels from './ReferencePanels.svelte'

/** The text of an element as read, its runs of whitespace as one space. */
function readText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/gu, ' ').trim()
}

function openView(view: 'member-states' | 'glossary') {
  const props = { view, onshow: vi.fn(), onfilterspeaker: vi.fn() }
  render(ReferencePanels, props)
  return props
}

describe('ReferencePanels, Member States', () => {
  it('cites one paragraph as "para." and lists several separated by commas', () => {
    openView('member-states')
    const speakers = screen.getByRole('region', { name: 'Member States' })
    const items = within(speakers).getAllByRole('listitem').map(readText)
    expect(items).toContain('Canada 4 interventions: paras. 14, 37, 60, 74 Show only')
    expect(items).toContain('Australia 4 interventions: paras. 27, 42, 64, 75 Show only')
    expect(items).toContain('Peru 1 intervention: para. 65 Show only')
    expect(items).toContain('Canada — paras. 14, 37, 60, 74')
    expect(items).toContain('Algeria — did not speak')
    expect(items.join('\n')).not.toMatch(/paras\. \d+ Show|\d ,/u)
  })

  it('explains that Peru spoke but is not on the attendance list of para. 6', async () => {
    const { onshow } = openView('member-states')
    const explanation = 'Peru spoke (para. 65) but is not in the attendance list of para. 6.'
    expect(screen.getByText(explanation, { exact: false }).textContent).toContain(explanation)
    await userEvent.click(screen.getByRole('button', { name: 'Show para. 6' }))
    expect(onshow).toHaveBeenCalledWith(6)
  })
})

describe('ReferencePanels, Glossary', () => {
  it('lists the acronyms A–Z by default, and in the order of definition when asked', async () => {
    openView('glossary')
    const acronyms = () =>
      [...document.querySelectorAll('.glossary dt')].map((term) => readText(term))
    expect(acronyms().slice(0, 3)).toEqual(['AIRCOP', 'CCP', 'DLSSB'])
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'document')
    expect(acronyms().slice(0, 3)).toEqual(['UNODC', 'DPA', 'DLSSB'])
  })
})
