/**
 * Tests of the brief's layouts: each layout's exact Markdown for the fixture data set, in golden
 * files compared byte for byte (golden/brief-<layout>.md; rewrite them after an intended change
 * with `UPDATE_GOLDEN=1 npx vitest run src/renderer/src/lib/brief/brief-templates.test.ts` and
 * read the diff), and what each layout leaves out when the delegate does.
 */
import { describe, expect, it } from 'vitest'
import { buildBrief, defaultBriefOptions, type BriefOptions } from './build-brief'
import { briefTemplateIds, briefTemplates, isBriefTemplateId } from './brief-templates'
import { briefFixture, briefInput, fixedClock, itemSix } from '@test-support/brief-fixtures'
import { fixtureStatement } from '@test-support/backup-fixtures'
import { expectGolden, readGolden } from '@test-support/golden-files'

function brief(changes: Partial<BriefOptions>, input = briefFixture()): string {
  return buildBrief(input, { ...defaultBriefOptions, ...changes }, fixedClock())
}

/** The `## ` headings of a Markdown brief. */
function partHeadings(markdown: string): string[] {
  return [...markdown.matchAll(/^## (.*)$/gmu)].map((match) => match[1])
}

describe('brief layouts', () => {
  it.each(briefTemplateIds.filter((id) => id !== 'full'))(
    'matches golden/brief-%s.md',
    (template) => {
      const built = brief({ template })
      const golden = new URL(`./golden/brief-${template}.md`, import.meta.url)
      expectGolden(built, golden)
    }
  )

  it('writes the full brief as the brief always was', () => {
    const golden = new URL('./golden/brief-by-section.md', import.meta.url)
    expect(brief({ template: 'full' })).toBe(readGolden(golden))
  })

  it.each(briefTemplateIds)('gives %s its parts in order', (template) => {
    expect(partHeadings(brief({ template, includeStatements: true }))).toEqual(
      briefTemplates[template].parts.map((part) => part.heading)
    )
  })

  it('leaves out the parts the delegate leaves out, and their counts', () => {
    const capital = brief({
      template: 'capital',
      includeAnnotations: false,
      includeFollowUps: false
    })
    expect(partHeadings(capital)).toEqual(['Background', 'Session notes'])
    expect(capital).not.toMatch(/^(?:annotations|follow_ups):/mu)
    expect(capital).toMatch(/^template: "capital"$/mu)
  })

  it('says when there is nothing to say', () => {
    const empty = briefInput({ annotations: [], sessionNotes: [] })
    expect(brief({ template: 'talking-points' }, empty)).toContain(
      '## Talking points\n\nNo annotations.\n'
    )
    expect(brief({ template: 'capital' }, empty)).toContain(
      '## Proposed lines\n\nNo annotations with a position.\n'
    )
  })
})

describe('isBriefTemplateId', () => {
  it('accepts the layouts only', () => {
    expect(briefTemplateIds.every(isBriefTemplateId)).toBe(true)
    expect(isBriefTemplateId('Full')).toBe(false)
    expect(isBriefTemplateId(undefined)).toBe(false)
  })
})

describe('the Statements part', () => {
  const statements = [
    fixtureStatement({
      id: 'statement-2',
      title: 'Closing remarks',
      agendaItemId: null,
      text: 'We thank the Chair.',
      createdAt: '2024-03-18T08:00:00.000Z'
    }),
    fixtureStatement({
      agendaItemId: itemSix.id,
      text: `Thank you, Chair. ${'Words '.repeat(400)}`
    })
  ]

  it('is left out unless the delegate asks for it', () => {
    const input = { ...briefFixture(), statements }
    expect(brief({}, input)).toBe(brief({}, briefFixture()))
    expect(brief({}, input)).not.toContain('Statements')
  })

  it('gives each statement, oldest first, with its agenda item, delegation, length and text', () => {
    const markdown = brief({ includeStatements: true }, { ...briefFixture(), statements })
    expect(markdown).toMatch(/^statements: 2$/mu)
    const part = markdown.slice(markdown.indexOf('## Statements'))
    expect(part.indexOf('### Statement under Item 6')).toBeLessThan(
      part.indexOf('### Closing remarks')
    )
    expect(part).toContain(
      'Agenda item: Item 6 · Speaking for: Canada · ' +
        'Length: 403 words · 3:22 at 120 words a minute; over the 3:00 limit by 0:22'
    )
    expect(part).toContain(
      '### Closing remarks\n\nSpeaking for: Canada · Length: 4 words · 0:02 at 120 words a minute\n'
    )
    expect(part).toContain('We thank the Chair.')
  })

  it('says when there is no statement', () => {
    expect(brief({ includeStatements: true })).toContain('## Statements\n\nNo statements.\n')
  })
})
