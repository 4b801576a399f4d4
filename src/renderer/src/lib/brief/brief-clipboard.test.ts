// @vitest-environment jsdom
/**
 * Tests of what Copy puts on the clipboard: the brief as sanitized HTML with its headings, lists,
 * bold and links, and as plain text with no front matter and no Markdown marks.
 */
import { describe, expect, it, vi } from 'vitest'
import { buildBriefModel, defaultBriefOptions, type BriefModel } from './brief-model'
import { briefHtml, copyBrief, type BriefClipboard } from './brief-clipboard'
import { briefPlainText } from './brief-plain-text'
import {
  briefFixture,
  briefInput,
  fixedClock,
  fixtureFollowUp,
  fixtureId,
  paragraphNote
} from '@test-support/brief-fixtures'

function model(input = briefFixture()): BriefModel {
  return buildBriefModel(input, defaultBriefOptions, fixedClock())
}

const linkedNote =
  'We **support** this.\n\n- Raise with France\n- See [LSS](https://www.unodc.org/LSS/)\n\n' +
  '<img src=x onerror=alert(1)> [bad](javascript:alert(1))'

/** A Blob's text: jsdom's Blob has no `text()`. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('The blob could not be read'))
    reader.readAsText(blob)
  })
}

describe('briefHtml', () => {
  it('has the headings, lists, bold and https: links, and nothing that runs', () => {
    const html = briefHtml(
      model(
        briefInput({ annotations: [paragraphNote(22, { id: fixtureId(1), note: linkedNote })] })
      )
    )
    expect(html).toMatch(/^<h1>Brief for CND67: /u)
    expect(html).toContain('<h2>Annotations</h2>')
    expect(html).toContain('<li>Raise with France</li>')
    expect(html).toContain('<strong>support</strong>')
    expect(html).toMatch(/<a href="https:\/\/www\.unodc\.org\/LSS\/"[^>]*>LSS<\/a>/u)
    expect(html).not.toMatch(/<img|javascript:|---/u)
  })
})

describe('briefPlainText', () => {
  it('reads cleanly: no front matter, no Markdown marks', () => {
    const text = briefPlainText(model())
    expect(text).toMatch(/^Brief for CND67: Summary of/u)
    expect(text).not.toMatch(/^---$|\*\*|^#|^>|_Summary/mu)
    expect(text).toContain('\n\nFOLLOW-UPS FOR CND67\n\n')
    expect(text).toContain(
      '☐ Ask the Iranian delegation which EWA data they would share through the INCB system — ' +
        'High priority; due Monday 18 March 2024; Item 6; with Iran (Islamic Republic of) (para. 58)'
    )
    expect(text).toContain(
      '• para. 47 · International Coordinator on Technical Cooperation for LSS · Colour: Yellow · ' +
        'Position: Support · Tags: EWA, WHO\n' +
        '    “LSS generates recommendations'
    )
    expect(text).toContain('    Questions for LSS\n    – Which substances?\n')
    expect(text).toContain('Session day: Monday 18 March 2024 · Agenda item: Item 6')
  })

  it('writes a follow-up done with a ticked box', () => {
    const input = briefInput({
      annotations: [
        paragraphNote(63, {
          id: fixtureId(1),
          followUp: fixtureFollowUp({ action: 'Thank **France**', status: 'done' })
        })
      ]
    })
    expect(briefPlainText(model(input))).toContain(
      '☑ Thank **France** — Normal priority (para. 63)'
    )
  })
})

describe('copyBrief', () => {
  it('writes text/html and text/plain in one clipboard item', async () => {
    const written: ClipboardItem[] = []
    const clipboard: BriefClipboard = {
      write: vi.fn(async (items: ClipboardItem[]) => void written.push(...items)),
      writeText: vi.fn(async () => undefined)
    }
    vi.stubGlobal(
      'ClipboardItem',
      class {
        readonly types: string[]
        constructor(readonly items: Record<string, Blob>) {
          this.types = Object.keys(items)
        }
        async getType(type: string): Promise<Blob> {
          return this.items[type]
        }
      }
    )
    try {
      expect(await copyBrief(model(), clipboard)).toBe('html')
    } finally {
      vi.unstubAllGlobals()
    }
    expect(written).toHaveLength(1)
    expect(written[0].types).toEqual(['text/html', 'text/plain'])
    const html = await blobText(await written[0].getType('text/html'))
    expect(html).toContain('<h2>Follow-ups for CND67</h2>')
    const text = await blobText(await written[0].getType('text/plain'))
    expect(text).toBe(briefPlainText(model()))
    expect(clipboard.writeText).not.toHaveBeenCalled()
  })

  it('writes plain text where the browser has no ClipboardItem', async () => {
    const clipboard: BriefClipboard = { write: vi.fn(), writeText: vi.fn(async () => undefined) }
    vi.stubGlobal('ClipboardItem', undefined)
    try {
      expect(await copyBrief(model(), clipboard)).toBe('text')
    } finally {
      vi.unstubAllGlobals()
    }
    expect(clipboard.writeText).toHaveBeenCalledExactlyOnceWith(briefPlainText(model()))
  })
})
