/** The glossary of acronyms: what the meeting summary defines, what it leaves undefined, and uses. */
import { describe, expect, it } from 'vitest'
import type { Section } from '../document/meeting-document'
import { meetingDocument } from '../document/meeting-text'
import {
  acronymUses,
  definitionsIn,
  extractGlossary,
  glossaryInOrder,
  type GlossarySource
} from './glossary'

/** A top-level section with the given roman-numeral label and no paragraphs. */
function romanSection(label: string): Section {
  return { id: label, label, title: 'Section', level: 1, session: null, range: null, children: [] }
}

/** A document of the given paragraph texts, numbered from 1, under sections I to IV. */
function fixtureSource(...texts: string[]): GlossarySource {
  return {
    paragraphs: texts.map((text, index) => ({ number: index + 1, text })),
    sections: ['I', 'II', 'III', 'IV'].map(romanSection)
  }
}

describe('definitionsIn', () => {
  it('takes the words whose initials spell the acronym, connectors and commas included', () => {
    expect(
      definitionsIn(
        'the Chief of the Drugs, Laboratory and Scientific Services Branch (DLSSB), UNODC; and'
      )
    ).toEqual([
      {
        acronym: 'DLSSB',
        expansion: 'Drugs, Laboratory and Scientific Services Branch',
        start: 17,
        end: 73
      }
    ])
  })

  it('lets capitalised words give no letter, or several', () => {
    expect(
      definitionsIn('the Division for Policy Analysis and Public Affairs (DPA)').map(
        (definition) => definition.expansion
      )
    ).toEqual(['Division for Policy Analysis and Public Affairs'])
    expect(
      definitionsIn(
        'the Container Control Programme (CCP) and Airport Communications Programme (AIRCOP)'
      )
    ).toEqual([
      { acronym: 'CCP', expansion: 'Container Control Programme', start: 4, end: 37 },
      { acronym: 'AIRCOP', expansion: 'Airport Communications Programme', start: 42, end: 83 }
    ])
  })

  it('reads hyphenated words part by part, in lower case too', () => {
    expect(
      definitionsIn('Private sector and non-governmental organization (NGO) partnerships')
    ).toEqual([{ acronym: 'NGO', expansion: 'non-governmental organization', start: 19, end: 54 }])
    expect(
      definitionsIn('the Global Programme against Money-Laundering, Proceeds of Crime (GPML)')
    ).toEqual([
      {
        acronym: 'GPML',
        expansion: 'Global Programme against Money-Laundering, Proceeds of Crime',
        start: 4,
        end: 71
      }
    ])
  })

  it('drops a possessive, and matches digits and lower-case letters given by connectors', () => {
    expect(definitionsIn("the Royal Canadian Mounted Police's (RCMP) strategies")).toEqual([
      { acronym: 'RCMP', expansion: 'Royal Canadian Mounted Police', start: 4, end: 42 }
    ])
    expect(definitionsIn('Sustainable Development Goal 3 (SDG3)')).toEqual([
      { acronym: 'SDG3', expansion: 'Sustainable Development Goal 3', start: 0, end: 37 }
    ])
    expect(definitionsIn('the Department of Defense (DoD)')).toEqual([
      { acronym: 'DoD', expansion: 'Department of Defense', start: 4, end: 31 }
    ])
  })

  it('finds no definition where the words before do not spell the acronym', () => {
    expect(
      definitionsIn(
        'Integrated services to amplify the resilience of children from birth to prevent the use of drugs and other psychoactive substances (CHAMPS);'
      )
    ).toEqual([])
    expect(definitionsIn('Key points included: (a) Setting standards; (b) Sharing')).toEqual([])
    expect(definitionsIn('the Synthetic Drug Strategy;(SDS)')).toEqual([])
  })

  it('does not reach back past the end of the previous clause', () => {
    expect(definitionsIn('Strategic partners. Early Warning (SPEW)')).toEqual([])
    expect(definitionsIn('the Programme (PCBT), Cargo Border Team (CBT)')).toEqual([
      { acronym: 'CBT', expansion: 'Cargo Border Team', start: 22, end: 45 }
    ])
  })
})

describe('extractGlossary', () => {
  it('finds every acronym the meeting summary defines, where it first defines it', () => {
    expect(extractGlossary(meetingDocument).defined).toEqual([
      { acronym: 'UNODC', expansion: 'United Nations Office on Drugs and Crime', paragraph: 1 },
      {
        acronym: 'DPA',
        expansion: 'Division for Policy Analysis and Public Affairs',
        paragraph: 7
      },
      {
        acronym: 'DLSSB',
        expansion: 'Drugs, Laboratory and Scientific Services Branch',
        paragraph: 7
      },
      { acronym: 'RAB', expansion: 'Research and Trends Analysis Branch', paragraph: 7 },
      {
        acronym: 'GPML',
        expansion:
          'Global Programme against Money-Laundering, Proceeds of Crime and Financing of Terrorism',
        paragraph: 9
      },
      { acronym: 'FATF', expansion: 'Financial Action Task Force', paragraph: 10 },
      { acronym: 'NGO', expansion: 'non-governmental organization', paragraph: 10 },
      { acronym: 'INCB', expansion: 'International Narcotics Control Board', paragraph: 18 },
      { acronym: 'PCBT', expansion: 'Passenger and Cargo Border Team', paragraph: 32 },
      { acronym: 'LSS', expansion: 'Laboratory and Scientific Services', paragraph: 32 },
      { acronym: 'CCP', expansion: 'Container Control Programme', paragraph: 33 },
      { acronym: 'AIRCOP', expansion: 'Airport Communications Programme', paragraph: 33 },
      { acronym: 'NPS', expansion: 'new psychoactive substances', paragraph: 33 },
      { acronym: 'RCMP', expansion: 'Royal Canadian Mounted Police', paragraph: 37 },
      { acronym: 'EWA', expansion: 'Early Warning Advisory', paragraph: 47 },
      { acronym: 'WHO', expansion: 'World Health Organization', paragraph: 47 },
      {
        acronym: 'SMART',
        expansion: 'Synthetics Monitoring, Analysis, Reporting and Trends',
        paragraph: 56
      },
      { acronym: 'ICE', expansion: 'International Collaborative Exercises', paragraph: 66 },
      {
        acronym: 'PTRS',
        expansion: 'Prevention, Treatment and Rehabilitation Section',
        paragraph: 68
      },
      { acronym: 'HAS', expansion: 'HIV and AIDS Section', paragraph: 68 }
    ])
  })

  it('lists the acronyms the meeting summary uses without defining, with their paragraphs', () => {
    expect(extractGlossary(meetingDocument).undefined).toEqual([
      { acronym: 'UN', paragraphs: [14] },
      { acronym: 'CND67', paragraphs: [22] },
      { acronym: 'HIV', paragraphs: [68, 70, 76] },
      { acronym: 'AIDS', paragraphs: [68, 76] },
      { acronym: 'CHAMPS', paragraphs: [69, 77] },
      { acronym: 'UNAIDS', paragraphs: [70] },
      { acronym: 'TV', paragraphs: [86] }
    ])
  })

  it('keeps the first definition, and reads a plural as the singular acronym', () => {
    const source = fixtureSource(
      'Non-governmental organizations (NGOs) and the World Health Organization (WHO) met.',
      'The World Hockey Organization (WHO) and NGOs met NGO staff of the UN.'
    )
    const glossary = extractGlossary(source)
    expect(glossary).toEqual({
      defined: [
        { acronym: 'NGO', expansion: 'Non-governmental organizations', paragraph: 1 },
        { acronym: 'WHO', expansion: 'World Health Organization', paragraph: 1 }
      ],
      undefined: [{ acronym: 'UN', paragraphs: [2] }]
    })
    expect(acronymUses(source.paragraphs[0].text, glossary)).toEqual([])
    expect(acronymUses(source.paragraphs[1].text, glossary)).toEqual([
      { start: 40, end: 44, acronym: 'NGO' },
      { start: 49, end: 52, acronym: 'NGO' }
    ])
  })

  it('leaves out section numbers and all-caps words that are not acronyms', () => {
    const glossary = extractGlossary(
      fixtureSource(
        'As noted in section II, Esmeralda PLUS integrates capacities.',
        'The VI Forum and the III meeting met; see IV.'
      )
    )
    expect(glossary.undefined).toEqual([{ acronym: 'VI', paragraphs: [2] }])
  })
})

describe('acronymUses', () => {
  const glossary = extractGlossary(meetingDocument)

  it('gives every later use in paragraph 47, but not its definitions of EWA and WHO', () => {
    const text = meetingDocument.paragraphs[46].text
    const uses = acronymUses(text, glossary)
    expect(uses).toEqual([
      { start: 59, end: 62, acronym: 'LSS' },
      { start: 80, end: 85, acronym: 'UNODC' },
      { start: 139, end: 142, acronym: 'LSS' },
      { start: 285, end: 290, acronym: 'UNODC' },
      { start: 291, end: 294, acronym: 'EWA' },
      { start: 296, end: 299, acronym: 'LSS' },
      { start: 423, end: 428, acronym: 'UNODC' },
      { start: 429, end: 432, acronym: 'EWA' },
      { start: 629, end: 634, acronym: 'UNODC' },
      { start: 635, end: 638, acronym: 'EWA' },
      { start: 640, end: 643, acronym: 'LSS' },
      { start: 766, end: 769, acronym: 'LSS' }
    ])
    expect(uses.map((use) => text.slice(use.start, use.end))).toEqual(
      uses.map((use) => use.acronym)
    )
    expect(text.slice(86, 115)).toBe('Early Warning Advisory (EWA),')
  })

  it('skips repeated definitions, and finds uses in possessives, plurals and compounds', () => {
    expect(
      acronymUses(
        'the United Nations Office on Drugs and Crime (UNODC); UNODC’s NGOs, UNODC-WHO-INCB',
        glossary
      )
    ).toEqual([
      { start: 54, end: 59, acronym: 'UNODC' },
      { start: 62, end: 66, acronym: 'NGO' },
      { start: 68, end: 73, acronym: 'UNODC' },
      { start: 74, end: 77, acronym: 'WHO' },
      { start: 78, end: 82, acronym: 'INCB' }
    ])
  })

  it('ignores other words: lower case, longer tokens and undefined acronyms', () => {
    expect(acronymUses('who has an ICEBERG of UNAIDS and HIV data (EWA)', glossary)).toEqual([
      { start: 43, end: 46, acronym: 'EWA' }
    ])
  })
})

describe('glossaryInOrder', () => {
  const defined = extractGlossary(meetingDocument).defined

  it('sorts A–Z, ignoring case, by default order of reading', () => {
    const sorted = glossaryInOrder(defined, 'alphabetical').map((entry) => entry.acronym)
    expect(sorted.slice(0, 4)).toEqual(['AIRCOP', 'CCP', 'DLSSB', 'DPA'])
    expect(sorted).toEqual(
      [...sorted].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
    )
    expect(sorted).toHaveLength(defined.length)
    expect(glossaryInOrder([{ acronym: 'b' }, { acronym: 'A' }], 'alphabetical')).toEqual([
      { acronym: 'A' },
      { acronym: 'b' }
    ])
  })

  it('keeps the order of definition when asked, and never changes the glossary', () => {
    const before = defined.map((entry) => entry.acronym)
    expect(glossaryInOrder(defined, 'document').map((entry) => entry.acronym)).toEqual(before)
    glossaryInOrder(defined, 'alphabetical')
    expect(defined.map((entry) => entry.acronym)).toEqual(before)
  })
})
