/**
 * Tests of the brief builder.
 *
 * Golden files: golden/brief-by-<grouping>.md hold the exact brief of the fixture data set
 * (`briefFixture()` in test-fixtures.ts) for each grouping, compared byte for byte; nothing updates
 * them on its own. After an intended change to the brief, rewrite them with
 *
 *     UPDATE_GOLDEN=1 npx vitest run src/renderer/src/lib/brief/build-brief.test.ts
 *
 * and read the diff before committing it.
 *
 * Property tests (fast-check): whatever a delegate types into notes, tags, titles, actions and
 * labels, marked reads the same outline (headings, and how many follow-ups and annotations each
 * list has) as with plain text, and no raw HTML.
 */
import fc from 'fast-check'
import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { highlightColors, type Annotation, type HighlightColor } from '../annotations/annotation'
import { meetingDocument } from '../document/meeting-text'
import type { AgendaItem } from '../follow-ups/agenda-item'
import { tagKey } from '../tags/tag-names'
import {
  briefBody,
  briefFileName,
  briefGroupings,
  buildBrief,
  defaultBriefOptions,
  type BriefInput,
  type BriefOptions
} from './build-brief'
import { singleLine } from './markdown-escape'
import {
  briefFixture,
  briefInput,
  defaultSessionNote,
  draftOnlyTarget,
  fixedClock,
  fixtureFollowUp,
  fixtureId,
  hostileText,
  itemSix,
  paragraphNote,
  passageAnnotation,
  typedNote
} from '@test-support/brief-fixtures'
import { briefOutline, listsOf, plainText, type BriefOutline } from '@test-support/brief-outline'
import { expectGolden } from '@test-support/golden-files'

/** The brief of `input` with the default options and `changes`, exported by the fixed clock. */
function brief(input: BriefInput, changes: Partial<BriefOptions> = {}): string {
  return buildBrief(input, { ...defaultBriefOptions, ...changes }, fixedClock())
}

/** The text of the part of `markdown` under `## heading`, up to the next such heading. */
function part(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`)
  if (start < 0) return ''
  const end = markdown.indexOf('\n## ', start + 1)
  return markdown.slice(start + 1, end < 0 ? undefined : end + 1)
}

/**
 * The property tests run hundreds of generated briefs through marked: about a second here, but
 * several on a loaded two-core machine, so they get more than vitest's default 5 s.
 */
const propertyTimeoutMs = 30_000

describe('buildBrief', () => {
  describe('golden files', () => {
    it.each(briefGroupings)('matches golden/brief-by-%s.md', (groupBy) => {
      const built = brief(briefFixture(), { groupBy })
      const golden = new URL(`./golden/brief-by-${groupBy}.md`, import.meta.url)
      expectGolden(built, golden)
    })
  })

  describe('front matter', () => {
    it('describes the source, the session, the export and what the brief holds', () => {
      const lines = brief(briefFixture()).split('\n')
      const end = lines.indexOf('---', 1)
      expect(lines[0]).toBe('---')
      const fields = lines.slice(1, end).map((line) => {
        const colon = line.indexOf(': ')
        // Every value is written as JSON, which YAML reads the same.
        return [line.slice(0, colon), JSON.parse(line.slice(colon + 2)) as unknown]
      })
      expect(Object.fromEntries(fields)).toEqual({
        title: `Brief for CND67: ${meetingDocument.title}`,
        source: meetingDocument.title,
        source_date: '2024-02-16',
        agenda_symbol: 'E/CN.7/2024/1',
        agenda_item: `Item 6 of the provisional agenda: ${meetingDocument.header.agendaItem.title}`,
        session: 'Commission on Narcotic Drugs, sixty-seventh session, Vienna, 14–22 March 2024',
        exported: '2024-03-10T08:00:00.000Z',
        grouped_by: 'section',
        annotations: 6,
        follow_ups: 2,
        open_follow_ups: 1,
        session_notes: 2
      })
      expect(fields.map(([key]) => key)).toEqual([
        'title',
        'source',
        'source_date',
        'agenda_symbol',
        'agenda_item',
        'session',
        'exported',
        'grouped_by',
        'annotations',
        'follow_ups',
        'open_follow_ups',
        'session_notes'
      ])
    })

    it('leaves out the counts of the parts left out', () => {
      const built = brief(briefFixture(), {
        includeAnnotations: false,
        includeFollowUps: false,
        includeSessionNotes: false
      })
      expect(built).not.toMatch(/^(grouped_by|annotations|follow_ups|session_notes):/mu)
      expect(built).toContain('\nexported: "2024-03-10T08:00:00.000Z"\n---\n')
    })

    it('counts an in-progress follow-up as open', () => {
      const annotations = [
        paragraphNote(14, { followUp: fixtureFollowUp({ status: 'in-progress' }) }),
        paragraphNote(15, { id: fixtureId(2), followUp: fixtureFollowUp({ status: 'dropped' }) })
      ]
      expect(brief(briefInput({ annotations }))).toContain('\nfollow_ups: 2\nopen_follow_ups: 1\n')
    })

    it('takes the export time from the clock', () => {
      const built = buildBrief(
        briefInput(),
        defaultBriefOptions,
        () => new Date(Date.UTC(2024, 2, 22, 17, 5))
      )
      expect(built).toContain('\nexported: "2024-03-22T17:05:00.000Z"\n')
      expect(built).toContain('\nExported Friday 22 March 2024 at 17:05 UTC.\n')
    })

    it('refuses a clock that gives no date', () => {
      expect(() =>
        buildBrief(briefInput(), defaultBriefOptions, () => new Date(Number.NaN))
      ).toThrow(RangeError)
    })
  })

  describe('parts', () => {
    it('says briefly that a part is empty', () => {
      expect(briefBody(brief(briefInput()))).toBe(
        `# Brief for CND67: ${meetingDocument.title}\n\n` +
          `Source: _${meetingDocument.title}_ (16 February 2024), issued for the Commission on ` +
          'Narcotic Drugs, sixty-seventh session, Vienna, 14–22 March 2024, under item 6 of the ' +
          'provisional agenda (E/CN.7/2024/1).\n\n' +
          'Exported Sunday 10 March 2024 at 08:00 UTC.\n\n' +
          '## Follow-ups for CND67\n\nNo follow-ups.\n\n' +
          '## Annotations\n\nNo annotations.\n\n' +
          '## Session notes\n\nNo session notes.\n'
      )
    })

    it('leaves out the parts the delegate leaves out', () => {
      const built = brief(briefFixture(), { includeFollowUps: false, includeSessionNotes: false })
      expect(briefOutline(built).headings.filter(({ depth }) => depth <= 2)).toEqual([
        { depth: 1, text: `Brief for CND67: ${meetingDocument.title}` },
        { depth: 2, text: 'Annotations' }
      ])
    })
  })

  describe('follow-ups', () => {
    it('lists follow-ups most pressing first, ticking those done or dropped', () => {
      const annotations: Annotation[] = [
        paragraphNote(14, {
          id: fixtureId(1),
          followUp: fixtureFollowUp({ action: 'Low one', priority: 'low', status: 'dropped' })
        }),
        paragraphNote(20, {
          id: fixtureId(2),
          followUp: fixtureFollowUp({ action: 'Later', priority: 'high', due: '2024-03-20' })
        }),
        paragraphNote(30, {
          id: fixtureId(3),
          followUp: fixtureFollowUp({
            action: 'Sooner',
            priority: 'high',
            status: 'in-progress',
            due: '2024-03-15',
            agendaItemId: itemSix.id,
            counterparts: ['Canada', ' ', 'Mexico']
          })
        }),
        paragraphNote(40, {
          id: fixtureId(4),
          followUp: fixtureFollowUp({ action: ' ', agendaItemId: 'deleted-item' })
        })
      ]
      expect(part(brief(briefInput({ annotations })), 'Follow-ups for CND67')).toBe(
        '## Follow-ups for CND67\n\n' +
          'Most pressing first; ticked when done or dropped.\n\n' +
          '- [ ] Sooner — High priority; in progress; due Friday 15 March 2024; Item 6; ' +
          'with Canada, Mexico (para. 30)\n' +
          '- [ ] Later — High priority; due Wednesday 20 March 2024 (para. 20)\n' +
          '- [ ] No action written — Normal priority (para. 40)\n' +
          '- [x] Low one — Low priority; dropped (para. 14)\n\n'
      )
    })

    it('keeps a hostile action on its own line of the list', () => {
      const followUp = fixtureFollowUp({
        action: '# Call\n- [ ] <b>Canada</b> `now`',
        counterparts: ['*all*']
      })
      expect(
        part(
          brief(briefInput({ annotations: [paragraphNote(14, { followUp })] })),
          'Follow-ups for CND67'
        )
      ).toContain(
        '- [ ] \\# Call - \\[ \\] &lt;b>Canada&lt;/b> \\`now\\` — Normal priority; with \\*all\\* (para. 14)\n'
      )
    })
  })

  describe('annotations', () => {
    it('quotes the passage, or the whole paragraph for a note on all of it, by default', () => {
      expect(defaultBriefOptions.quotes).toBe('full')
      const annotations = [
        passageAnnotation(60, 'early warning systems', { id: fixtureId(1) }),
        paragraphNote(60, { id: fixtureId(2) }),
        paragraphNote(84, { id: fixtureId(3) })
      ]
      const paragraph60 = meetingDocument.paragraphs[59].text
      expect(paragraph60.length).toBeGreaterThan(500)
      expect(part(brief(briefInput({ annotations })), 'Annotations')).toBe(
        '## Annotations\n\nBy section, in document order.\n\n' +
          '### III. Summary of the proceedings\n\n#### D. Early warning\n\n##### 2. Interventions\n\n' +
          '- **para. 60** · Canada · Colour: Yellow\n\n' +
          `  > ${paragraph60}\n\n` +
          '- **para. 60** · Canada · Colour: Yellow\n\n' +
          '  > early warning systems\n\n' +
          '### IV. Closing of the meeting\n\n' +
          '- **para. 84** · Colour: Yellow\n\n' +
          '  > Participants, presenters, and chairs were thanked for their valuable contributions.\n\n'
      )
    })

    it('quotes the first sentence of the paragraph or passage, or nothing, when asked', () => {
      const annotations = [
        paragraphNote(60, { id: fixtureId(1), note: 'Whole.' }),
        passageAnnotation(60, 'Drug Analysis Service as a pivotal tool', { id: fixtureId(2) })
      ]
      const firstSentences = part(
        brief(briefInput({ annotations }), { quotes: 'first-sentence' }),
        'Annotations'
      )
      expect(firstSentences).toContain(
        '\n\n  > Canada emphasized the significance of early warning systems in mitigating risks.\n\n  Whole.'
      )
      expect(firstSentences).toContain('\n\n  > Drug Analysis Service as a pivotal tool\n\n')
      const none = part(brief(briefInput({ annotations }), { quotes: 'none' }), 'Annotations')
      expect(none).not.toContain('>')
      expect(none).toContain('- **para. 60** · Canada · Colour: Yellow\n\n  Whole.\n\n')
    })

    it('heads each section once, nested as in the document', () => {
      const annotations = [9, 14, 15, 33, 40, 2].map((number, index) =>
        paragraphNote(number, { id: fixtureId(index + 1) })
      )
      const headings = briefOutline(brief(briefInput({ annotations })))
        .headings.filter(({ depth }) => depth >= 3)
        .map(({ depth, text }) => `${'#'.repeat(depth)} ${text}`)
      expect(headings).toEqual([
        '### I. Introduction',
        '### III. Summary of the proceedings',
        '#### B. Multilateralism',
        '##### 1. Presentations',
        '##### 2. Interventions',
        '#### C. Counternarcotics interventions',
        '##### 1. Presentations',
        '##### 2. Interventions'
      ])
    })

    it('groups by the follow-up’s agenda item in the delegate’s order, then none', () => {
      const itemFive: AgendaItem = { id: 'item-5', label: 'Item 5', title: 'Strategic', order: 1 }
      const itemSeven: AgendaItem = { id: 'item-7', label: 'Item 7', title: '', order: 2 }
      const annotations = [
        paragraphNote(14, {
          id: fixtureId(1),
          followUp: fixtureFollowUp({ agendaItemId: 'item-7' })
        }),
        paragraphNote(15, { id: fixtureId(2) }),
        paragraphNote(16, {
          id: fixtureId(3),
          followUp: fixtureFollowUp({ agendaItemId: 'item-5' })
        }),
        paragraphNote(17, { id: fixtureId(4), followUp: fixtureFollowUp({ agendaItemId: 'gone' }) })
      ]
      const built = brief(
        briefInput({ annotations, agendaItems: [itemSeven, itemFive, itemSix] }),
        {
          groupBy: 'agenda-item'
        }
      )
      expect(groupSizes(built)).toEqual([
        ['Item 5: Strategic', 1],
        ['Item 7', 1],
        ['No agenda item', 2]
      ])
    })

    it('lists an annotation under each of its tags, in the spelling first met, then untagged', () => {
      const annotations = [
        paragraphNote(14, { id: fixtureId(1), tags: ['Precursors', 'ewa'] }),
        paragraphNote(15, { id: fixtureId(2), tags: ['EWA', 'PRECURSORS ', 'ewa'] }),
        paragraphNote(16, { id: fixtureId(3), tags: ['Ágora'] }),
        paragraphNote(17, { id: fixtureId(4), tags: [' '] })
      ]
      expect(groupSizes(brief(briefInput({ annotations }), { groupBy: 'tag' }))).toEqual([
        ['Ágora', 1],
        ['ewa', 2],
        ['Precursors', 2],
        ['Untagged', 1]
      ])
    })

    it('groups by Member State alphabetically, then presenters, then other paragraphs', () => {
      const annotations = [7, 58, 10, 11, 14, 87, 19].map((number, index) =>
        paragraphNote(number, { id: fixtureId(index + 1) })
      )
      const built = brief(briefInput({ annotations }), { groupBy: 'member-state' })
      expect(groupSizes(built)).toEqual([
        ['Canada', 1],
        ['Iran (Islamic Republic of)', 2],
        ['Presenters', 2],
        ['Other paragraphs', 2]
      ])
      // The heading names the Member State; a presenter is named in the entry.
      expect(built).toContain('\n- **para. 14** · Colour: Yellow\n')
      expect(built).toContain('\n- **para. 10** · Programme Coordinator of GPML · Colour: Yellow\n')
    })

    it('groups by colour in the order colours are offered, under the delegate’s labels', () => {
      const colors: HighlightColor[] = ['purple', 'yellow', 'purple']
      const annotations = colors.map((color, index) =>
        paragraphNote(14 + index, { id: fixtureId(index + 1), color })
      )
      const colorLabels = Object.fromEntries(
        highlightColors.map((color) => [color, color === 'yellow' ? 'Our line' : ' '])
      ) as Record<HighlightColor, string>
      expect(
        groupSizes(brief(briefInput({ annotations, colorLabels }), { groupBy: 'color' }))
      ).toEqual([
        ['Our line (yellow)', 1],
        ['Purple', 2]
      ])
    })

    it('names no colour for a note without one, and groups such notes last', () => {
      const annotations = [
        paragraphNote(14, { id: fixtureId(1), color: null }),
        paragraphNote(15, { id: fixtureId(2), color: 'green' })
      ]
      const bySection = brief(briefInput({ annotations }))
      expect(bySection).toContain('\n- **para. 14** · Canada\n')
      expect(bySection).not.toContain('Colour: No')
      expect(groupSizes(brief(briefInput({ annotations }), { groupBy: 'color' }))).toEqual([
        ['Green', 1],
        ['No colour', 1]
      ])
    })

    it('lists annotations whose passage is gone on their own, quoted as highlighted', () => {
      const annotations = [
        defaultAnnotation61(),
        paragraphNote(14, { id: fixtureId(2), note: 'Kept.' })
      ]
      expect(part(brief(briefInput({ annotations }), { groupBy: 'tag' }), 'Annotations')).toBe(
        '## Annotations\n\nBy tag; an annotation with several tags is listed under each.\n\n' +
          '### Untagged\n\n- **para. 14** · Canada · Colour: Yellow\n\n' +
          `  > ${meetingDocument.paragraphs[13].text}\n\n  Kept.\n\n` +
          '### Passages no longer in the document\n\n' +
          'Not found in the current text; quoted as they were highlighted.\n\n' +
          '- **para. 61** · Mexico · Colour: Yellow · Position: Concern · Tags: &lt;draft>\n\n' +
          '  > a regional \\*registry\\*\n\n  Check.\n\n'
      )
    })

    it('shows a heading typed in a note as bold text inside its item, never as escaped markup', () => {
      const annotations = [paragraphNote(53, { note: '## Plenary\nBelgium asked for data.' })]
      const sessionNotes = [defaultSessionNote({ title: 'Day 1', body: '## Plenary\n- Canada' })]
      const built = brief(briefInput({ annotations, sessionNotes }))
      expect(part(built, 'Annotations')).toContain('\n\n  **Plenary**\n\n  Belgium asked for data.')
      expect(part(built, 'Session notes')).toContain('### Day 1\n\n**Plenary**\n\n- Canada')
      expect(built).not.toContain('\\#')
      expect(listsOf(built, 'Annotations').map((list) => list.items.length)).toEqual([1])
    })

    it('keeps a hostile note inside its entry', () => {
      const note = '# Heading\n---\n<script>x</script>\n- [ ] item\n```\n</div>'
      const annotations = [paragraphNote(14, { note }), paragraphNote(15, { id: fixtureId(2) })]
      const built = brief(briefInput({ annotations }))
      expect(part(built, 'Annotations')).toContain(
        '- **para. 14** · Canada · Colour: Yellow\n\n' +
          `  > ${meetingDocument.paragraphs[13].text}\n\n` +
          '  **Heading**\n\n  \\---\n  &lt;script>x&lt;/script>\n  - [ ] item\n  ```\n  </div>\n  ```\n\n' +
          '- **para. 15** ·'
      )
      expect(listsOf(built, 'Annotations').map((list) => list.items.length)).toEqual([2])
    })
  })

  describe('session notes', () => {
    it('lists session notes by day, then oldest first, each with its day, agenda item and tags', () => {
      const sessionNotes = [
        defaultSessionNote({ id: fixtureId(1), title: 'No day', body: 'Body' }),
        defaultSessionNote({
          id: fixtureId(2),
          title: 'Later',
          sessionDay: '2024-03-15',
          createdAt: '2024-03-02T00:00:00.000Z'
        }),
        defaultSessionNote({
          id: fixtureId(3),
          title: ' ',
          sessionDay: '2024-03-15',
          agendaItemId: itemSix.id,
          tags: ['A', 'B'],
          createdAt: '2024-03-01T00:00:00.000Z'
        }),
        defaultSessionNote({ id: fixtureId(4), title: '# Not ##', agendaItemId: 'gone' })
      ]
      expect(part(brief(briefInput({ sessionNotes })), 'Session notes')).toBe(
        '## Session notes\n\n' +
          '### Untitled session note\n\n' +
          'Session day: Friday 15 March 2024 · Agenda item: Item 6 · Tags: A, B\n\n' +
          '### Later\n\nSession day: Friday 15 March 2024\n\n' +
          '### No day\n\nBody\n\n' +
          '### # Not \\#\\#\n'
      )
    })
  })

  describe('whatever the delegate types', () => {
    it(
      'keeps the outline: notes can add no heading, list item or raw HTML',
      () => {
        fc.assert(
          fc.property(typedData(), fc.constantFrom(...briefGroupings), (typed, groupBy) => {
            const hostile = brief(withTyped(briefFixture(), typed), { groupBy })
            const plain = brief(
              withTyped(briefFixture(), {
                ...typed,
                notes: typed.notes.map(() => 'Plain note.'),
                bodies: typed.bodies.map(() => 'Plain body.')
              }),
              { groupBy }
            )
            const outline = briefOutline(hostile)
            expect(outline).toEqual(briefOutline(plain))
            expect(outline.forbidden).toEqual([])
            expect(() => marked.parse(briefBody(hostile))).not.toThrow()
          }),
          { numRuns: 250 }
        )
      },
      propertyTimeoutMs
    )

    it(
      'keeps the outline: tags, titles, actions and labels show as typed, on one line',
      () => {
        fc.assert(
          fc.property(typedData(), fc.constantFrom(...briefGroupings), (typed, groupBy) => {
            const plainNotes = { notes: typed.notes.map(() => 'Note.'), bodies: ['Body.', 'Body.'] }
            const { placeholders, values } = placeheld(typed)
            const hostile = brief(withTyped(briefFixture(), { ...typed, ...plainNotes }), {
              groupBy
            })
            const baseline = brief(withTyped(briefFixture(), { ...placeholders, ...plainNotes }), {
              groupBy
            })
            const outline = briefOutline(hostile)
            const expected = briefOutline(baseline)
            expect(outline.forbidden).toEqual([])
            expect(outline.headings.map(({ depth }) => depth)).toEqual(
              expected.headings.map(({ depth }) => depth)
            )
            const unplaceheld = (text: string): string =>
              values.reduce(
                (result, [placeholder, value]) => result.split(placeholder).join(value),
                text
              )
            expect(outline.headings.map(({ text }) => text).sort()).toEqual(
              expected.headings.map(({ text }) => unplaceheld(text)).sort()
            )
            expect(sizesByPart(outline)).toEqual(sizesByPart(expected))
            const [followUps] = listsOf(hostile, 'Follow-ups for CND67')
            const items = followUps.items.map((item) => plainText(item.tokens).trim())
            expect(items[0]).toMatch(
              new RegExp(`^${escapeRegExp(singleLine(typed.actions[0]))} — `, 'u')
            )
            expect(items[1]).toMatch(
              new RegExp(`^${escapeRegExp(singleLine(typed.actions[1]))} — `, 'u')
            )
          }),
          { numRuns: 200 }
        )
      },
      propertyTimeoutMs
    )
  })

  describe('at scale', () => {
    it('builds a brief of 5,000 annotations, each listed once', () => {
      const input = briefInput({ annotations: manyAnnotations(5000) })
      for (const groupBy of ['section', 'member-state'] as const) {
        const built = brief(input, { groupBy })
        expect(built.match(/^- \*\*para\. \d+\*\*/gmu)).toHaveLength(5000)
      }
      const byTag = brief(input, { groupBy: 'tag' })
      expect(listsOf(byTag, 'Annotations').reduce((sum, list) => sum + list.items.length, 0)).toBe(
        5000 + 5000 / 2
      )
    })
  })
})

describe('briefFileName', () => {
  it('names the file after the local day', () => {
    expect(briefFileName(new Date(2024, 2, 10, 23, 59))).toBe('CND67-brief-2024-03-10.md')
    expect(briefFileName(new Date(2024, 0, 5, 0, 0))).toBe('CND67-brief-2024-01-05.md')
  })
})

describe('briefBody', () => {
  it('drops the front matter, for renderers that do not know it', () => {
    expect(briefBody('---\ntitle: "x"\n---\n\n# Brief\n')).toBe('# Brief\n')
  })

  it('leaves Markdown without front matter as it is', () => {
    expect(briefBody('# Brief\n\n---\n')).toBe('# Brief\n\n---\n')
    expect(briefBody('---\nno end')).toBe('---\nno end')
  })
})

/** What a delegate typed into the fixture's notes and fields, for the property tests. */
interface TypedData {
  /** The notes of the fixture's six annotations. */
  notes: string[]
  /** The bodies of its two session notes. */
  bodies: string[]
  /** Distinct tags (no two with the same key), which annotations and session notes pick from. */
  tags: string[]
  /** For each of the eight items, the indices of the tags it carries. */
  tagPicks: number[][]
  /** The titles of the two session notes. */
  titles: string[]
  /** The actions of the two follow-ups. */
  actions: string[]
  /** The counterparts of the two follow-ups. */
  counterparts: string[][]
  agendaItem: { label: string; title: string }
  /** A label for each colour, in `highlightColors` order. */
  colorLabels: string[]
}

/** A single-line field as typed: hostile, but not blank (blank fields are named by the brief). */
const typedField = fc
  .oneof(hostileText(), fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }))
  .filter((text) => singleLine(text) !== '')

function typedData(): fc.Arbitrary<TypedData> {
  return fc.record({
    notes: fc.array(typedNote(), { minLength: 6, maxLength: 6 }),
    bodies: fc.array(typedNote(), { minLength: 2, maxLength: 2 }),
    tags: fc.uniqueArray(typedField, { selector: tagKey, minLength: 1, maxLength: 4 }),
    tagPicks: fc.array(fc.uniqueArray(fc.nat({ max: 3 }), { maxLength: 3 }), {
      minLength: 8,
      maxLength: 8
    }),
    titles: fc.array(typedField, { minLength: 2, maxLength: 2 }),
    actions: fc.array(typedField, { minLength: 2, maxLength: 2 }),
    counterparts: fc.array(fc.array(typedField, { maxLength: 2 }), { minLength: 2, maxLength: 2 }),
    agendaItem: fc.record({ label: typedField, title: typedField }),
    colorLabels: fc.array(typedField, { minLength: 5, maxLength: 5 })
  })
}

/** `input` (the fixture) with what was typed put into its notes and fields. */
function withTyped(input: BriefInput, typed: TypedData): BriefInput {
  const tagsOf = (item: number): string[] => [
    ...new Set(typed.tagPicks[item].map((index) => typed.tags[index % typed.tags.length]))
  ]
  let followUp = 0
  const annotations = input.annotations.map((annotation, index) => {
    const changed: Annotation = { ...annotation, note: typed.notes[index], tags: tagsOf(index) }
    if (!annotation.followUp) return changed
    const typedIndex = followUp++
    return {
      ...changed,
      followUp: {
        ...annotation.followUp,
        action: typed.actions[typedIndex],
        counterparts: typed.counterparts[typedIndex]
      }
    }
  })
  const sessionNotes = input.sessionNotes.map((note, index) => ({
    ...note,
    title: typed.titles[index],
    body: typed.bodies[index],
    tags: tagsOf(6 + index)
  }))
  return {
    ...input,
    annotations,
    sessionNotes,
    agendaItems: input.agendaItems.map((item) => ({ ...item, ...typed.agendaItem })),
    colorLabels: Object.fromEntries(
      highlightColors.map((color, index) => [color, typed.colorLabels[index]])
    ) as Record<HighlightColor, string>
  }
}

/**
 * `typed` with each single-line field replaced by a plain placeholder ("zzz3x"), and each
 * placeholder paired with the one-line text the field should show as.
 */
function placeheld(typed: TypedData): { placeholders: TypedData; values: [string, string][] } {
  const values: [string, string][] = []
  const hold = (text: string): string => {
    const placeholder = `zzz${values.length}x`
    values.push([placeholder, singleLine(text)])
    return placeholder
  }
  const placeholders: TypedData = {
    ...typed,
    tags: typed.tags.map(hold),
    titles: typed.titles.map(hold),
    actions: typed.actions.map(hold),
    counterparts: typed.counterparts.map((names) => names.map(hold)),
    agendaItem: { label: hold(typed.agendaItem.label), title: hold(typed.agendaItem.title) },
    colorLabels: typed.colorLabels.map(hold)
  }
  return { placeholders, values }
}

/** The sizes of the counted lists of each part, in increasing order. */
function sizesByPart(outline: BriefOutline): Record<string, number[]> {
  const sizes: Record<string, number[]> = {}
  for (const { part: name, items } of outline.lists) (sizes[name] ??= []).push(items)
  for (const name of Object.keys(sizes)) sizes[name].sort((a, b) => a - b)
  return sizes
}

/** Each group heading under "Annotations" with the number of entries under it. */
function groupSizes(built: string): [string, number][] {
  const annotations = part(built, 'Annotations')
  return [...annotations.matchAll(/^### (.*)\n\n((?:(?!###).*\n)*)/gmu)].map(
    ([, heading, entries]) => [heading, (entries.match(/^- /gmu) ?? []).length]
  )
}

/** The fixture's highlight whose passage is gone, tagged and with a position. */
function defaultAnnotation61(): Annotation {
  return paragraphNote(61, {
    id: fixtureId(1),
    target: draftOnlyTarget('a regional *registry*'),
    tags: ['<draft>'],
    position: 'concern',
    note: 'Check.'
  })
}

/**
 * `count` annotations spread over the document, half highlights and half paragraph notes, half
 * tagged, one in ten a follow-up, each with a note of a few lines.
 */
function manyAnnotations(count: number): Annotation[] {
  const paragraphs = meetingDocument.paragraphs
  return Array.from({ length: count }, (_, index) => {
    const paragraph = paragraphs[index % paragraphs.length]
    const changes: Partial<Annotation> = {
      id: fixtureId(index + 1),
      tags: index % 2 === 0 ? [`Tag ${index % 20}`, 'Everything'] : [],
      note: `Note ${index}\n\n- one\n- two\n\n# not a heading`,
      followUp: index % 10 === 0 ? fixtureFollowUp({ action: `Action ${index}` }) : null,
      createdAt: new Date(Date.UTC(2024, 2, 1) + index * 1000).toISOString()
    }
    return index % 2 === 0
      ? paragraphNote(paragraph.number, changes)
      : passageAnnotation(paragraph.number, paragraph.text.slice(0, 30), changes)
  })
}

function escapeRegExp(text: string): string {
  return text.replace(/[$()*+.?[\\\]^{|}]/gu, '\\$&')
}
