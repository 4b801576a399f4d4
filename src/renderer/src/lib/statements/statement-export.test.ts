/** A statement as a Markdown file, and the names its exports are offered under. */
import { describe, expect, it } from 'vitest'
import { fixtureAgendaItem, fixtureStatement } from '@test-support/backup-fixtures'
import { xssPayloads } from '@test-support/xss-payloads'
import {
  statementFileName,
  statementHeading,
  statementMarkdown,
  statementSlug
} from './statement-export'

const itemSix = { label: 'Item 6', title: 'Follow-up to the implementation of the commitments' }

describe('statementHeading', () => {
  it('names the title, the notice, the delegation and the agenda item', () => {
    expect(statementHeading(fixtureStatement(), { agendaItem: itemSix })).toStrictEqual({
      title: 'Statement under Item 6',
      notice: 'Check against delivery',
      speakingFor: 'Canada',
      agendaItem: 'Item 6: Follow-up to the implementation of the commitments'
    })
  })

  it('leaves out what was not given, and names an untitled statement', () => {
    expect(
      statementHeading(fixtureStatement({ title: ' ', speakingFor: '' }), { agendaItem: null })
    ).toStrictEqual({
      title: 'Untitled statement',
      notice: 'Check against delivery',
      speakingFor: null,
      agendaItem: null
    })
    expect(
      statementHeading(fixtureStatement(), { agendaItem: fixtureAgendaItem({ title: '' }) })
        .agendaItem
    ).toBe('Item 5')
  })
})

describe('statementMarkdown', () => {
  it('writes the heading lines, then the text as written', () => {
    const statement = fixtureStatement({
      text: 'Thank you, Chair.\n\n- **early warning**\n- *precursors*\n\n“systems” (para. 60)'
    })
    expect(statementMarkdown(statement, { agendaItem: itemSix })).toBe(
      `# Statement under Item 6

*Check against delivery*

**Canada**

Item 6: Follow-up to the implementation of the commitments

Thank you, Chair.

- **early warning**
- *precursors*

“systems” (para. 60)
`
    )
  })

  it('keeps a hostile title and name as text, and the text’s HTML as typed', () => {
    const statement = fixtureStatement({
      title: '# <img src=x onerror=alert(1)>',
      speakingFor: '*Canada*',
      text: '## Heading\n<script>alert(1)</script>'
    })
    expect(statementMarkdown(statement, { agendaItem: null })).toBe(
      `# # &lt;img src=x onerror=alert(1)>

*Check against delivery*

**\\*Canada\\***

**Heading**

&lt;script>alert(1)&lt;/script>
`
    )
    for (const payload of xssPayloads) {
      const written = statementMarkdown(fixtureStatement({ title: payload.text }), {
        agendaItem: null
      })
      expect(written.split('\n')[0], payload.name).not.toMatch(/<[a-z]/iu)
    }
  })
})

describe('statementSlug', () => {
  it('keeps the title’s Latin letters and digits, lower case, hyphenated', () => {
    expect(statementSlug('Statement under Item 6')).toBe('statement-under-item-6')
    expect(statementSlug('  Türkiye: “Early warning” — 2024!  ')).toBe('turkiye-early-warning-2024')
    expect(statementSlug('')).toBe('statement')
    expect(statementSlug('مقترح')).toBe('statement')
    expect(statementSlug('x'.repeat(100))).toHaveLength(60)
  })
})

describe('statementFileName', () => {
  it('carries the slug and the local date', () => {
    const now = new Date(2024, 2, 18, 23, 30)
    expect(statementFileName(fixtureStatement(), 'docx', now)).toBe(
      'CND67-statement-statement-under-item-6-2024-03-18.docx'
    )
    expect(statementFileName({ title: '' }, 'md', now)).toBe(
      'CND67-statement-statement-2024-03-18.md'
    )
  })
})
