/**
 * StatementsView: New statement (the button or the palette's command) starts a statement with
 * the focus in its title; closing the editor puts the focus on the statement in the list, which
 * shows its length and whether it runs over.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { fixtureNotebook, renderWithNotebook } from '@test-support/notebook-fixtures'
import type { Notebook } from '../lib/notebook/Notebook.svelte'
import { Notices } from '../lib/notices/Notices.svelte'
import type { StatementRequest } from '../lib/statements/statement-request'
import StatementsView from './StatementsView.svelte'

let notebook: Notebook
let close: () => Promise<void>

beforeEach(async () => {
  ;({ notebook, close } = await fixtureNotebook())
  localStorage.clear()
})

afterEach(async () => {
  await close()
})

function openView(request: StatementRequest | null = null) {
  return renderWithNotebook(
    StatementsView,
    { onshowparagraph: vi.fn<(paragraph: number) => void>(), request },
    { notebook, notices: new Notices() }
  )
}

describe('StatementsView', () => {
  it('starts a statement with the focus in its title, and lists it once closed', async () => {
    const user = userEvent.setup()
    openView()
    expect(screen.getByText(/No statements yet/u).textContent?.trim()).toBe(
      'No statements yet. Use New statement to draft what your delegation will say, with quotes ' +
        'from your highlights and a clock against the time limit.'
    )
    await user.click(screen.getByRole('button', { name: 'New statement' }))
    const title = await screen.findByRole('textbox', { name: 'Title' })
    expect(document.activeElement).toBe(title)
    await user.type(title, 'Item 6 statement')
    await user.click(screen.getByRole('button', { name: 'Close' }))
    const entry = await screen.findByRole('button', { name: 'Item 6 statement' })
    await vi.waitFor(() => expect(document.activeElement).toBe(entry))
    expect(notebook.statements.all.map((statement) => statement.title)).toEqual([
      'Item 6 statement'
    ])
    expect(entry.closest('li')?.textContent).toContain('0 words')
  })

  it('starts one when the New statement command asks for it', async () => {
    openView({ kind: 'new' })
    const title = await screen.findByRole('textbox', { name: 'Title' })
    expect(document.activeElement).toBe(title)
    expect(notebook.statements.all).toHaveLength(1)
  })

  it('opens the statement a search result asks for', async () => {
    const { id } = await notebook.statements.create({ title: 'Found', text: 'Madam Chair' })
    openView({ kind: 'open', statementId: id })
    expect(await screen.findByRole('textbox', { name: 'Statement' })).toHaveProperty(
      'value',
      'Madam Chair'
    )
  })

  it('says when a statement runs over its limit', async () => {
    await notebook.statements.create({
      title: 'Long',
      text: Array.from({ length: 450 }, () => 'word').join(' ')
    })
    openView()
    const entry = screen.getByRole('button', { name: 'Long' }).closest('li')
    expect(entry?.textContent).toContain('450 words')
    expect(entry?.textContent).toContain('Over the 3:00 limit by 0:45')
  })
})
