/** The speakers of the meeting and its attendance list, side by side. */
import { describe, expect, it } from 'vitest'
import { meetingDocument } from '../document/meeting-text'
import { memberStatesOverview, notAttendingExplanation } from './member-states'

describe('memberStatesOverview', () => {
  const overview = memberStatesOverview(meetingDocument)
  const speaker = (name: string) => overview.speakers.find((entry) => entry.name === name)
  const attending = (name: string) => overview.attendance.find((entry) => entry.name === name)

  it('lists the Member States by name, then the presenters in the order they speak', () => {
    expect(overview.speakers.map((entry) => `${entry.kind}: ${entry.name}`)).toEqual([
      'member-state: Australia',
      'member-state: Belgium',
      'member-state: Brazil',
      'member-state: Canada',
      'member-state: Colombia',
      'member-state: Cuba',
      'member-state: Ecuador',
      'member-state: Egypt',
      'member-state: France',
      'member-state: Iran (Islamic Republic of)',
      'member-state: Italy',
      'member-state: Jordan',
      'member-state: Mexico',
      'member-state: North Macedonia',
      'member-state: Peru',
      'member-state: Russian Federation',
      'member-state: Singapore',
      'member-state: Thailand',
      'member-state: Türkiye',
      'member-state: United Kingdom of Great Britain and Northern Ireland',
      'member-state: United States of America',
      'member-state: Venezuela (Bolivarian Republic of)',
      'presenter: Programme Coordinator of GPML',
      'presenter: Programme Officer for Cybercrime',
      'presenter: Senior Programme Coordinator of PCBT',
      'presenter: Scientific Affairs Officer for LSS',
      'presenter: International Coordinator on Technical Cooperation for LSS',
      'presenter: Drug Policy Officer for LSS',
      'presenter: UNODC Regional Representative for Central Asia',
      'presenter: Chief of PTRS',
      'presenter: Chief of HAS',
      'presenter: UNODC Regional Representative for the Andean Region and the Southern Cone'
    ])
  })

  it('gives each speaker the paragraphs where they speak', () => {
    expect(speaker('Canada')).toEqual({
      name: 'Canada',
      kind: 'member-state',
      paragraphs: [14, 37, 60, 74]
    })
    expect(speaker('Iran (Islamic Republic of)')).toEqual({
      name: 'Iran (Islamic Republic of)',
      kind: 'member-state',
      paragraphs: [19, 58, 76]
    })
    expect(speaker('Peru')).toEqual({ name: 'Peru', kind: 'member-state', paragraphs: [65] })
    expect(speaker('Drug Policy Officer for LSS')).toEqual({
      name: 'Drug Policy Officer for LSS',
      kind: 'presenter',
      paragraphs: [48, 49]
    })
  })

  it('follows the attendance list, marking who spoke and where', () => {
    expect(overview.attendance.map((entry) => entry.name)).toEqual(meetingDocument.attendance)
    expect(overview.attendance).toHaveLength(44)
    expect(attending('Canada')).toEqual({
      name: 'Canada',
      spoke: true,
      paragraphs: [14, 37, 60, 74]
    })
    expect(attending('Iran (Islamic Republic of)')).toEqual({
      name: 'Iran (Islamic Republic of)',
      spoke: true,
      paragraphs: [19, 58, 76]
    })
    expect(attending('Algeria')).toEqual({ name: 'Algeria', spoke: false, paragraphs: [] })
  })

  it('finds the States that spoke without being on the attendance list, and says why they are not on it', () => {
    expect(overview.attendanceParagraph).toBe(6)
    expect(overview.spokeWithoutAttending).toEqual([
      { name: 'Peru', kind: 'member-state', paragraphs: [65] }
    ])
    expect(notAttendingExplanation(overview.spokeWithoutAttending[0], 6)).toBe(
      'Peru spoke (para. 65) but is not in the attendance list of para. 6.'
    )
  })

  it('explains any State that spoke without being listed, not only Peru', () => {
    const fixture = memberStatesOverview({
      attendance: ['Canada'],
      attendanceParagraph: 6,
      paragraphs: [
        { number: 12, speaker: { name: 'Chile', kind: 'member-state' } },
        { number: 14, speaker: { name: 'Canada', kind: 'member-state' } },
        { number: 20, speaker: { name: 'Chile', kind: 'member-state' } },
        { number: 21, speaker: { name: 'Chief of PTRS', kind: 'presenter' } }
      ]
    })
    expect(fixture.spokeWithoutAttending.map((state) => notAttendingExplanation(state, 6))).toEqual(
      ['Chile spoke (paras. 12, 20) but is not in the attendance list of para. 6.']
    )
  })

  it('leaves Peru, which spoke without being listed, out of the attendance', () => {
    expect(attending('Peru')).toBeUndefined()
    expect(overview.attendance.filter((entry) => !entry.spoke).map((entry) => entry.name)).toEqual([
      'Algeria',
      'Austria',
      'Bahrain',
      'Cambodia',
      'Costa Rica',
      'Democratic Republic of the Congo',
      'Greece',
      'Honduras',
      'India',
      'Israel',
      'Lithuania',
      'Malta',
      'Morocco',
      'Myanmar',
      'Oman',
      'Poland',
      'Qatar',
      'Republic of Korea',
      'Spain',
      'Switzerland',
      'Tunisia',
      'Ukraine',
      'United Republic of Tanzania'
    ])
  })

  it('merges a speaker’s paragraphs and gives the attendance its own copy of them', () => {
    const overviewOfFixture = memberStatesOverview({
      attendance: ['Canada', 'Chile'],
      attendanceParagraph: 2,
      paragraphs: [
        { number: 1, speaker: { name: 'Canada', kind: 'member-state' } },
        { number: 2, speaker: null },
        { number: 3, speaker: { name: 'Canada', kind: 'member-state' } }
      ]
    })
    expect(overviewOfFixture).toEqual({
      speakers: [{ name: 'Canada', kind: 'member-state', paragraphs: [1, 3] }],
      attendance: [
        { name: 'Canada', spoke: true, paragraphs: [1, 3] },
        { name: 'Chile', spoke: false, paragraphs: [] }
      ],
      attendanceParagraph: 2,
      spokeWithoutAttending: []
    })
    overviewOfFixture.attendance[0].paragraphs.push(99)
    expect(overviewOfFixture.speakers[0].paragraphs).toEqual([1, 3])
  })
})
