/** Structure of the shipped meeting summary, asserted exactly, and the parser's repairs and refusals. */
import { describe, expect, it } from 'vitest'
import source from '../../../../../resources/cnd67-crp-synthetic-drugs-egm-2024.txt?raw'
import type { MeetingDocument, Section } from './meeting-document'
import { MeetingTextError, parseMeetingText } from './parse-meeting-text'
import { paragraphNumbers, proceduralParagraphNumbers } from '@test-support/document-fixtures'

const meeting: MeetingDocument = parseMeetingText(source)

const paragraph = (number: number) => {
  const found = meeting.paragraphs.find((candidate) => candidate.number === number)
  if (!found) throw new Error(`paragraph ${number} missing`)
  return found
}

const outline = (sections: readonly Section[]): unknown[] =>
  sections.map((section) => ({
    id: section.id,
    title: section.title,
    session: section.session,
    range: section.range,
    ...(section.children.length > 0 ? { children: outline(section.children) } : {})
  }))

describe('parseMeetingText', () => {
  it('reads the header block', () => {
    expect(meeting.header).toEqual({
      dateText: '16 February 2024',
      date: '2024-02-16',
      original: 'Original: English',
      body: {
        name: 'Commission on Narcotic Drugs',
        session: 'Sixty-seventh session',
        placeAndDates: 'Vienna, 14–22 March 2024'
      },
      agendaItem: {
        label: 'Item 6 of the provisional agenda',
        number: 6,
        title:
          'Follow-up to the implementation at the national, regional and international levels of all commitments, as reflected in the Ministerial Declaration of 2019, to address and counter the world drug problem',
        footnote: 'E/CN.7/2024/1'
      }
    })
    expect(meeting.title).toBe(
      'Summary of the open-ended expert group meeting on enhancing and strengthening international and regional cooperation and domestic efforts to address the global synthetic drug problem'
    )
  })

  it('builds the section tree with each section’s paragraph range', () => {
    const sessionSection = (
      letter: string,
      title: string,
      first: number,
      presentations: [number, number],
      interventions: [number, number],
      last: number
    ) => ({
      id: `III.${letter}`,
      title,
      session: title,
      range: { first, last },
      children: [
        {
          id: `III.${letter}.1`,
          title: 'Presentations',
          session: title,
          range: { first: presentations[0], last: presentations[1] }
        },
        {
          id: `III.${letter}.2`,
          title: 'Interventions',
          session: title,
          range: { first: interventions[0], last: interventions[1] }
        }
      ]
    })
    expect(outline(meeting.sections)).toEqual([
      { id: 'I', title: 'Introduction', session: null, range: { first: 1, last: 3 } },
      {
        id: 'II',
        title: 'Organization of the meeting',
        session: null,
        range: { first: 4, last: 6 },
        children: [
          { id: 'II.A', title: 'Agenda', session: null, range: { first: 4, last: 5 } },
          { id: 'II.B', title: 'Attendance', session: null, range: { first: 6, last: 6 } }
        ]
      },
      {
        id: 'III',
        title: 'Summary of the proceedings',
        session: null,
        range: { first: 7, last: 83 },
        children: [
          { id: 'III.A', title: 'Opening', session: null, range: { first: 7, last: 7 } },
          sessionSection('B', 'Multilateralism', 8, [9, 12], [13, 30], 30),
          sessionSection('C', 'Counternarcotics interventions', 31, [32, 34], [35, 44], 44),
          sessionSection('D', 'Early warning', 45, [46, 50], [51, 66], 66),
          sessionSection('E', 'Health responses', 67, [68, 71], [72, 83], 83)
        ]
      },
      { id: 'IV', title: 'Closing of the meeting', session: null, range: { first: 84, last: 87 } }
    ])
  })

  it('finds paragraphs 1 to 87, each once and in order', () => {
    expect(meeting.paragraphs.map((candidate) => candidate.number)).toEqual(paragraphNumbers(1, 87))
  })

  it('places every paragraph in its section', () => {
    const expected = new Map<number, string>()
    const place = (numbers: number[], path: string) =>
      numbers.forEach((number) => expected.set(number, path))
    place(paragraphNumbers(1, 3), 'I')
    place(paragraphNumbers(4, 5), 'II/II.A')
    place([6], 'II/II.B')
    place([7], 'III/III.A')
    for (const [letter, opening, presentations, interventions] of [
      ['B', 8, paragraphNumbers(9, 12), paragraphNumbers(13, 30)],
      ['C', 31, paragraphNumbers(32, 34), paragraphNumbers(35, 44)],
      ['D', 45, paragraphNumbers(46, 50), paragraphNumbers(51, 66)],
      ['E', 67, paragraphNumbers(68, 71), paragraphNumbers(72, 83)]
    ] as const) {
      place([opening], `III/III.${letter}`)
      place([...presentations], `III/III.${letter}/III.${letter}.1`)
      place([...interventions], `III/III.${letter}/III.${letter}.2`)
    }
    place(paragraphNumbers(84, 87), 'IV')
    expect(
      new Map(
        meeting.paragraphs.map((candidate) => [candidate.number, candidate.sectionPath.join('/')])
      )
    ).toEqual(expected)
  })

  it('gives each paragraph its session', () => {
    const numbers = (key: string) =>
      meeting.paragraphs
        .filter((candidate) => (candidate.session ?? 'none') === key)
        .map((candidate) => candidate.number)
    expect(numbers('Multilateralism')).toEqual(paragraphNumbers(8, 30))
    expect(numbers('Counternarcotics interventions')).toEqual(paragraphNumbers(31, 44))
    expect(numbers('Early warning')).toEqual(paragraphNumbers(45, 66))
    expect(numbers('Health responses')).toEqual(paragraphNumbers(67, 83))
    expect(numbers('none')).toEqual([...paragraphNumbers(1, 7), ...paragraphNumbers(84, 87)])
  })

  it('classifies presentations, interventions and procedural paragraphs', () => {
    const numbers = (kind: string) =>
      meeting.paragraphs
        .filter((candidate) => candidate.kind === kind)
        .map((candidate) => candidate.number)
    expect(numbers('presentation')).toEqual([10, 11, 12, 33, 34, 47, 48, 49, 50, 69, 70, 71])
    expect(numbers('intervention')).toEqual([
      ...paragraphNumbers(14, 30),
      ...paragraphNumbers(36, 44),
      ...paragraphNumbers(52, 66),
      ...paragraphNumbers(73, 83)
    ])
    expect(numbers('procedural')).toEqual(proceduralParagraphNumbers)
  })

  it('names each presenter by title, carrying it over a presentation’s later paragraphs', () => {
    const presenters = meeting.paragraphs
      .filter((candidate) => candidate.kind === 'presentation')
      .map((candidate) => [candidate.number, candidate.speaker])
    const presenter = (name: string) => ({ name, kind: 'presenter' })
    expect(presenters).toEqual([
      [10, presenter('Programme Coordinator of GPML')],
      [11, presenter('Programme Coordinator of GPML')],
      [12, presenter('Programme Officer for Cybercrime')],
      [33, presenter('Senior Programme Coordinator of PCBT')],
      [34, presenter('Scientific Affairs Officer for LSS')],
      [47, presenter('International Coordinator on Technical Cooperation for LSS')],
      [48, presenter('Drug Policy Officer for LSS')],
      [49, presenter('Drug Policy Officer for LSS')],
      [50, presenter('UNODC Regional Representative for Central Asia')],
      [69, presenter('Chief of PTRS')],
      [70, presenter('Chief of HAS')],
      [71, presenter('UNODC Regional Representative for the Andean Region and the Southern Cone')]
    ])
  })

  it('gives each Member State exactly its interventions, under one canonical name', () => {
    const byState = new Map<string, number[]>()
    for (const candidate of meeting.paragraphs) {
      if (candidate.speaker?.kind !== 'member-state') continue
      byState.set(candidate.speaker.name, [
        ...(byState.get(candidate.speaker.name) ?? []),
        candidate.number
      ])
    }
    expect(Object.fromEntries(byState)).toEqual({
      Canada: [14, 37, 60, 74],
      Brazil: [15],
      Mexico: [16, 39, 61, 79],
      Ecuador: [17],
      'United Kingdom of Great Britain and Northern Ireland': [18, 44, 56, 73],
      'Iran (Islamic Republic of)': [19, 58, 76],
      France: [20, 41, 63],
      Jordan: [21, 81],
      'United States of America': [22],
      Egypt: [23, 36, 57, 77],
      'Venezuela (Bolivarian Republic of)': [24, 38, 62],
      Colombia: [25, 55],
      Singapore: [26, 82],
      Australia: [27, 42, 64, 75],
      Cuba: [28, 43],
      Italy: [29, 52, 80],
      Türkiye: [30],
      Thailand: [40, 54, 78],
      Belgium: [53],
      'North Macedonia': [59],
      Peru: [65],
      'Russian Federation': [66, 83]
    })
    expect(
      meeting.paragraphs.filter(
        (candidate) =>
          candidate.kind !== 'intervention' && candidate.speaker?.kind === 'member-state'
      )
    ).toEqual([])
  })

  it('recognises Canada in paragraph 14, which the source does not mark bold', () => {
    expect(paragraph(14).content[0]).toEqual({
      type: 'text',
      text: expect.stringMatching(/^Canada emphasized/)
    })
    expect(paragraph(14).speaker).toEqual({ name: 'Canada', kind: 'member-state' })
  })

  it('joins paragraphs split by page breaks into one paragraph', () => {
    expect(paragraph(33).text).toBe(
      'The Senior Programme Coordinator of PCBT provided an overview of the UNODC’s Container Control Programme (CCP) and Airport Communications Programme (AIRCOP), which recently combined to form PCBT. As an implementing partner of the UNODC Synthetic Drug Strategy, PCBT supports Member States in building capacity on synthetic drug detection among border security, enhancing drug detection capabilities among border security agencies and facilitating information sharing at regional and international levels. In 2022, PCBT assisted 179 units in achieving over 1,500 seizures, including substantial quantities of methamphetamines, new psychoactive substances (NPS), and precursor chemicals.'
    )
    expect(paragraph(42).text).toBe(
      "Australia emphasized the significance of the Fintel Alliance, a public-private partnership that collaborates between Australia's law enforcement, security agencies, and financial industry partners to identify money laundering syndicates and financial crime risks. The efforts of this alliance have contributed to the identification of numerous instances of drug trafficking. Additionally, Australia highlighted the contributions of the NGO, Crime Stoppers, which provides a platform for the public to anonymously share information regarding the manufacture and supply of illicit substances. In addressing diversion, Australia noted the enacting of legislation to enhance preventive measures against criminal groups importing dual-use substances."
    )
    // The repeated "Additionally," is in the document itself, so it is kept as written.
    expect(paragraph(59).text).toBe(
      'North Macedonia discussed its efforts to implement a new action plan for its national drug strategy, which focuses on NPS. Additionally, Additionally, North Macedonia underscored the importance of strengthening its forensic capacity and highlighted its collaboration within the Balkan region to gather data that will bolster its drug-related initiatives.'
    )
    expect(paragraph(75).text).toBe(
      'Australia expressed its commitment to harm minimization through its national drug strategy, focusing on improving access to evidence-based treatment and addressing specific priority population groups. Key initiatives include reducing stigma, increasing community awareness, and implementing harm reduction measures. Australia welcomed the new UNODC initiative. Regarding prioritizing access and availability of controlled medicines, Australia pledged its support for the collaborative UNODC-WHO-INCB global programme.'
    )
  })

  it('keeps lettered items inside their paragraph, without the stranded footnote', () => {
    const labels = meeting.paragraphs
      .filter((candidate) => candidate.items.length > 0)
      .map((candidate) => [candidate.number, candidate.items.map((item) => item.label).join('')])
    expect(labels).toEqual([
      [4, 'abcd'],
      [10, 'abc'],
      [15, 'abcde'],
      [48, 'abc'],
      [69, 'abcd']
    ])
    expect(paragraph(4).items.map((item) => item.content)).toEqual([
      [
        {
          type: 'text',
          text: 'Multilateralism: facilitating science-informed multilateral processes for the identification of strategic, effective and targeted policy directions and operational activities;'
        }
      ],
      [
        {
          type: 'text',
          text: 'Counternarcotics interventions: supporting international operations to disrupt trafficking in synthetic drugs;'
        }
      ],
      [
        {
          type: 'text',
          text: 'Early warning: providing a predictive model for emerging threats and increasing the preparedness of Member States to formulate effective responses to prevent crises before they happen;'
        }
      ],
      [
        {
          type: 'text',
          text: 'Health responses: promoting and facilitating access to scientific evidence-based quality drug prevention, treatment, and care services, and to ensure access and availability of controlled medicines while preventing their diversion.'
        }
      ]
    ])
    expect(meeting.paragraphs.some((candidate) => candidate.text.includes('E/CN.7/2024/1'))).toBe(
      false
    )
    expect(paragraph(48).items[2].content).toEqual([
      {
        type: 'text',
        text: 'Facilitating national, regional, and international cooperation, and information sharing at all levels to increase knowledge of synthetic drugs.'
      }
    ])
  })

  it('turns bold and italic marks into formatting and never shows the asterisks', () => {
    expect(paragraph(15).content.slice(0, 2)).toEqual([
      { type: 'strong', text: 'Brazil' },
      {
        type: 'text',
        text: ' acknowledged the interconnected nature of the synthetic drug threat and shared guidance on addressing the synthetic drug problem from its national experts, including:'
      }
    ])
    expect(paragraph(7).content).toContainEqual({
      type: 'emphasis',
      text: 'World Drug Report 2023'
    })
    expect(paragraph(69).content[0]).toEqual({
      type: 'strong',
      text: 'The Chief of PTRS highlighted UNODC’s evidence-based activities and responses to prevention, treatment, and rehabilitation, and access to controlled medicines while preventing their diversion.'
    })
    const everyText = [
      meeting.title,
      ...meeting.paragraphs.map((candidate) => candidate.text)
    ].join('\n')
    expect(everyText).not.toContain('*')
  })

  it('makes the https addresses of paragraph 86 links', () => {
    expect(paragraph(86).content.filter((part) => part.type === 'link')).toEqual([
      {
        type: 'link',
        text: 'https://syntheticdrugs.unodc.org/',
        href: 'https://syntheticdrugs.unodc.org/'
      },
      { type: 'link', text: 'https://webtv.un.org/', href: 'https://webtv.un.org/' }
    ])
    expect(paragraph(86).text).toContain('website (https://syntheticdrugs.unodc.org/) and')
  })

  it('lists the 44 States of the attendance list', () => {
    expect(meeting.attendance).toHaveLength(44)
    expect(meeting.attendance.slice(0, 3)).toEqual(['Algeria', 'Australia', 'Austria'])
    expect(meeting.attendance).toContain('Iran (Islamic Republic of)')
    expect(meeting.attendance).toContain('Türkiye')
    expect(meeting.attendance.at(-1)).toBe('Venezuela (Bolivarian Republic of)')
  })

  it('reads Windows line endings the same way', () => {
    expect(parseMeetingText(source.replace(/\n/g, '\r\n'))).toEqual(meeting)
  })

  it('refuses text that is not the meeting summary, saying what is missing', () => {
    expect(() => parseMeetingText('')).toThrow(MeetingTextError)
    expect(() => parseMeetingText(source.replace('16 February 2024', ''))).toThrow(
      'The header is missing the date.'
    )
    expect(() => parseMeetingText(source.replace('* [E/CN.7/2024/1](#).', ''))).toThrow(
      "the agenda item's footnote"
    )
    expect(() => parseMeetingText(source.replace('Algeria, ', ''))).toThrow(
      'The attendance list names 43 States but says 44.'
    )
  })
})
