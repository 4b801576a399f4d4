/**
 * StatementExports: each export saves the statement as on screen under the data half's file
 * name, through the bridge (Word as bytes, Markdown as text, PDF through the print path with the
 * statement laid out alone until printing is done), and a refusal is kept as a sentence.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Bridge } from '@shared/bridge'
import { Notices } from '../notices/Notices.svelte'
import { newStatement } from './statement'
import { StatementExports } from './StatementExports.svelte'

const bridge = {
  saveBinaryFile: vi.fn<Bridge['saveBinaryFile']>(),
  saveTextFile: vi.fn<Bridge['saveTextFile']>(),
  printToPdf: vi.fn<Bridge['printToPdf']>()
}
vi.mock('../platform/platform', () => ({ platform: () => bridge }))
vi.mock('./statement-word', () => ({
  statementWord: vi.fn(async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04]))
}))

const statement = newStatement(
  { title: 'Item 6 statement', speakingFor: 'Ruritania', text: 'Madam Chair, **thank you**.' },
  new Date('2024-03-14T09:00:00Z')
)
const shown = () => Promise.resolve(statement)
const context = { agendaItem: { label: 'Item 6', title: 'Synthetic drugs' } }
const saved = { ok: true as const, value: { saved: true, path: '/home/delegate/file' } }

let notices: Notices
let exports: StatementExports

beforeEach(() => {
  vi.clearAllMocks()
  notices = new Notices()
  exports = new StatementExports(() => new Date(2024, 2, 18, 12))
})

describe('StatementExports', () => {
  it('saves Word as bytes, named for the statement and the day', async () => {
    bridge.saveBinaryFile.mockResolvedValue(saved)
    await exports.saveWord(shown, context, notices)
    expect(bridge.saveBinaryFile).toHaveBeenCalledWith({
      suggestedName: 'CND67-statement-item-6-statement-2024-03-18.docx',
      content: new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      kind: 'word'
    })
    expect(notices.current.map((notice) => notice.message)).toEqual([
      'Statement saved to /home/delegate/file.'
    ])
  })

  it('saves Markdown with "Check against delivery" and the text', async () => {
    bridge.saveTextFile.mockResolvedValue(saved)
    await exports.saveMarkdown(shown, context, notices)
    const [request] = bridge.saveTextFile.mock.calls[0]
    expect(request.suggestedName).toBe('CND67-statement-item-6-statement-2024-03-18.md')
    expect(request.kind).toBe('markdown')
    expect(request.content).toContain('Check against delivery')
    expect(request.content).toContain('Madam Chair, **thank you**.')
  })

  it('prints the statement laid out alone, and takes the layout away after', async () => {
    bridge.printToPdf.mockResolvedValue(saved)
    const done = vi.fn()
    const sheet = vi.fn(async () => ({ done }))
    await exports.print(shown, context, notices, sheet)
    expect(sheet).toHaveBeenCalledWith(expect.stringContaining('Madam Chair'))
    expect(bridge.printToPdf).toHaveBeenCalledWith({
      suggestedName: 'CND67-statement-item-6-statement-2024-03-18.pdf'
    })
    expect(done).toHaveBeenCalledTimes(1)
  })

  it('keeps a refusal as a sentence, and is not busy after', async () => {
    bridge.saveBinaryFile.mockResolvedValue({ ok: false, error: 'The disk is full.' })
    await exports.saveWord(shown, context, notices)
    expect(exports.problem).toMatch(/^Could not save the statement as Word: The disk is full/u)
    expect(exports.busy).toBe(false)
  })
})
