/**
 * StatementEditor: the title has the focus on opening; the count line follows the text and the
 * pace live, and says plainly when the statement runs over its limit and by how much, while
 * screen readers hear it only once typing pauses; the cited paragraphs are links back to the
 * text. Every control has a name.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { fixtureNotebook, renderWithNotebook } from '@test-support/notebook-fixtures'
import type { Notebook } from '../lib/notebook/Notebook.svelte'
import { Notices } from '../lib/notices/Notices.svelte'
import StatementEditor from './StatementEditor.svelte'
import { meetingDocument } from '../lib/document/meeting-text'
import { shippedEntry, type LibraryEntry } from '../lib/library/library-document'
import { reportEntry } from '@test-support/library-fixtures'

let notebook: Notebook
let close: () => Promise<void>
let statementId: string

/** `count` words and nothing else. */
function words(count: number): string {
  return Array.from({ length: count }, (_, index) => (index % 2 === 0 ? 'we' : 'support')).join(' ')
}

beforeEach(async () => {
  ;({ notebook, close } = await fixtureNotebook())
  localStorage.clear()
  statementId = (await notebook.statements.create({ title: 'Item 6', text: words(300) })).id
})

afterEach(async () => {
  vi.useRealTimers()
  await close()
})

function openEditor(documents?: LibraryEntry[]) {
  const props = {
    statementId,
    onclose: vi.fn<() => void>(),
    onshowparagraph: vi.fn<(paragraph: number) => void>(),
    ...(documents ? { documents } : {})
  }
  renderWithNotebook(StatementEditor, props, { notebook, notices: new Notices() })
  return props
}

const statementBox = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Statement' })
const countLine = () => document.querySelector('.count-line')?.textContent?.trim()
const overLine = () => document.querySelector('.over-line')?.textContent?.trim() ?? null

describe('StatementEditor', () => {
  it('opens with the title focused and every control named', () => {
    openEditor()
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Title' }))
    for (const role of ['button', 'textbox', 'combobox', 'spinbutton'] as const) {
      const controls = screen.queryAllByRole(role)
      expect(screen.queryAllByRole(role, { name: /\S/u })).toHaveLength(controls.length)
    }
    expect(statementBox().getAttribute('aria-describedby')).toBe(
      document.querySelector('.speaking-summary')?.id
    )
  })

  it('shows the word count and spoken length at the pace, and nothing over within the limit', () => {
    openEditor()
    expect(countLine()).toBe('300 words · 2:30 at 120 words a minute')
    expect(overLine()).toBeNull()
  })

  it('says by how much the statement runs over its limit as the delegate types', async () => {
    openEditor()
    await fireEvent.input(statementBox(), { target: { value: words(450) } })
    expect(countLine()).toBe('450 words · 3:45 at 120 words a minute')
    expect(overLine()).toBe('Over the 3:00 limit by 0:45')
  })

  it('follows a new pace and a new limit', async () => {
    const user = userEvent.setup()
    openEditor()
    const pace = screen.getByRole('spinbutton', { name: 'Words a minute' })
    await user.clear(pace)
    await user.type(pace, '80')
    await fireEvent.change(pace)
    expect(countLine()).toBe('300 words · 3:45 at 80 words a minute')
    expect(overLine()).toBe('Over the 3:00 limit by 0:45')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time limit' }), '300')
    expect(overLine()).toBeNull()
  })

  it('takes another limit in minutes under Other', async () => {
    const user = userEvent.setup()
    openEditor()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time limit' }), 'other')
    const minutes = screen.getByRole('spinbutton', { name: 'Minutes' })
    await user.clear(minutes)
    await user.type(minutes, '2.5')
    await fireEvent.change(minutes)
    expect(overLine()).toBeNull()
    await user.clear(minutes)
    await user.type(minutes, '2')
    await fireEvent.change(minutes)
    expect(overLine()).toBe('Over the 2:00 limit by 0:30')
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Time limit' }).value).toBe(
      'other'
    )
  })

  it('announces the count politely once typing pauses, not on every keystroke', async () => {
    vi.useFakeTimers()
    openEditor()
    const announcer = document.querySelector('.visually-hidden[role="status"]')
    expect(announcer?.getAttribute('aria-live')).toBe('polite')
    await vi.advanceTimersByTimeAsync(2000)
    await fireEvent.input(statementBox(), { target: { value: words(450) } })
    await vi.advanceTimersByTimeAsync(500)
    expect(announcer?.textContent).toBe('300 words · 2:30 at 120 words a minute')
    await vi.advanceTimersByTimeAsync(1500)
    expect(announcer?.textContent).toBe(
      '450 words · 3:45 at 120 words a minute. Over the 3:00 limit by 0:45.'
    )
  })

  it('lists the cited paragraphs as links to them', async () => {
    const { onshowparagraph } = openEditor()
    await fireEvent.input(statementBox(), {
      target: { value: 'We welcome “early warning” (para. 58).' }
    })
    const link = screen.getByRole('link', { name: 'para. 58' })
    expect(link.getAttribute('href')).toBe('#para-58')
    await fireEvent.click(link)
    expect(onshowparagraph).toHaveBeenCalledWith(58)
  })

  it('links a paragraph of another document by its address, cited with its symbol', async () => {
    const { onshowparagraph } = openEditor([shippedEntry(meetingDocument), reportEntry()])
    await fireEvent.input(statementBox(), {
      target: { value: '“Share forensic data” (E/CN.7/2024/99, para. 3), as in (para. 58).' }
    })
    const links = screen.getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['E/CN.7/2024/99, para. 3', '#doc/report-99/para-3'],
      ['para. 58', '#para-58']
    ])
    expect(countLine()).toMatch(/^13 words/u)
    await fireEvent.click(links[0])
    expect(onshowparagraph).not.toHaveBeenCalled()
  })
})
