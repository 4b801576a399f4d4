/**
 * SearchResultsPanel over the library: results name their document, and a labelled select,
 * offered once the library holds more than the shipped summary, narrows them to one document and
 * is reached and used from the keyboard.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { fixtureNotebook } from '@test-support/notebook-fixtures'
import { fixtureReport, fixtureUnnumberedPaper } from '@test-support/search-fixtures'
import { meetingDocument } from '../lib/document/meeting-text'
import { shippedEntry, type LibraryEntry } from '../lib/library/library-document'
import type { Notebook } from '../lib/notebook/Notebook.svelte'
import type { SearchResult } from '../lib/search/search-index'
import SearchResultsPanel from './SearchResultsPanel.svelte'

let notebook: Notebook
let close: () => Promise<void>

beforeEach(async () => {
  ;({ notebook, close } = await fixtureNotebook())
})

afterEach(async () => {
  await close()
})

const library = [shippedEntry(meetingDocument), fixtureReport(), fixtureUnnumberedPaper()]

/** The panel showing the results for `query` over `documents` (the shipped summary alone unless given). */
function showResults(query: string, documents?: readonly LibraryEntry[]) {
  const onpick = vi.fn<(result: SearchResult) => void>()
  render(SearchResultsPanel, {
    props: { notebook, documents, query, open: true, current: null, onpick, onleave: vi.fn() }
  })
  return { onpick, results: screen.getByRole('region', { name: 'Search results' }) }
}

/** The citation of each result listed, in order. */
function citations(results: HTMLElement): string[] {
  return [...results.querySelectorAll('.search-result strong')].map((cited) => cited.textContent)
}

describe('SearchResultsPanel', () => {
  it('offers no document filter while the library holds the shipped summary alone', () => {
    const { results } = showResults('precursors')
    expect(within(results).queryByRole('combobox')).toBeNull()
    expect(citations(results)[0]).toMatch(/^para\. \d+$/u)
  })

  it('names the document of each result, and narrows them to the document chosen', async () => {
    const user = userEvent.setup()
    const { results, onpick } = showResults('zanzibar', library)
    expect(citations(results)).toEqual([
      'Chair’s summary of the informal consultations, para. 1',
      'E/CN.7/2024/99, para. 2'
    ])
    const filter = within(results).getByRole('combobox', { name: 'Search in' })
    expect(filter).toHaveProperty('value', '')
    expect(
      within(filter)
        .getAllByRole('option')
        .map((option) => option.textContent)
    ).toEqual([
      'All documents',
      meetingDocument.title,
      'E/CN.7/2024/99: Report on precursor routes',
      'Chair’s summary of the informal consultations'
    ])
    await user.selectOptions(filter, 'E/CN.7/2024/99: Report on precursor routes')
    expect(citations(results)).toEqual(['E/CN.7/2024/99, para. 2'])
    expect(within(results).getByRole('status').textContent).toBe('1 result')
    await user.click(within(results).getByRole('button', { name: /E\/CN\.7\/2024\/99, para\. 2/u }))
    expect(onpick).toHaveBeenCalledWith(
      expect.objectContaining({ documentId: 'report', paragraph: 2 })
    )
  })

  it('keeps the arrow keys for the filter, and goes on to the results with Tab', async () => {
    const user = userEvent.setup()
    const { results } = showResults('zanzibar', library)
    const filter = within(results).getByRole('combobox', { name: 'Search in' })
    filter.focus()
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(filter)
    await user.tab()
    expect(document.activeElement).toBe(results.querySelector('.search-result'))
    await user.tab({ shift: true })
    expect(document.activeElement).toBe(filter)
  })
})
