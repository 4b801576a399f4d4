/** Counterparts offered from the meeting's speakers and attendance, and kept in known spelling. */
import { describe, expect, it } from 'vitest'
import { foldingCases } from '@test-support/folding-cases'
import { meetingDocument } from '../document/meeting-text'
import {
  addCounterparts,
  canonicalCounterpart,
  counterpartNames,
  suggestCounterparts
} from './counterparts'

const names = counterpartNames(meetingDocument)

describe('counterpartNames', () => {
  it('lists speaking States, then presenters, then the States that attended silently, once each', () => {
    expect(new Set(names).size).toBe(names.length)
    const iran = names.indexOf('Iran (Islamic Republic of)')
    const france = names.indexOf('France')
    expect(iran).toBeGreaterThanOrEqual(0)
    expect(france).toBeGreaterThanOrEqual(0)
    expect(names).toContain('Peru')
    const firstPresenter = names.findIndex((name) =>
      meetingDocument.paragraphs.some(
        (paragraph) => paragraph.speaker?.kind === 'presenter' && paragraph.speaker.name === name
      )
    )
    expect(firstPresenter).toBeGreaterThan(iran)
    for (const state of meetingDocument.attendance) expect(names).toContain(state)
  })
})

describe('suggestCounterparts', () => {
  it('matches typed words at the start of any word of a name, ignoring case and accents', () => {
    expect(suggestCounterparts('islamic iran', names, [])).toEqual(['Iran (Islamic Republic of)'])
    expect(suggestCounterparts('FRA', names, [])).toEqual(['France'])
  })

  it('folds case, accents and the Greek final sigma as search does', () => {
    for (const { typed, name } of foldingCases) {
      expect(suggestCounterparts(typed, [name, 'France'], [])).toEqual([name])
    }
  })

  it('leaves out names already chosen', () => {
    expect(suggestCounterparts('fra', names, ['france'])).toEqual([])
  })
})

describe('canonicalCounterpart', () => {
  it('gives the attendance list’s spelling for a State written as in running text', () => {
    expect(canonicalCounterpart('the Islamic Republic of Iran', names)).toBe(
      'Iran (Islamic Republic of)'
    )
    expect(canonicalCounterpart(' france ', names)).toBe('France')
  })

  it('keeps anything else as typed', () => {
    expect(canonicalCounterpart('INCB secretariat', names)).toBe('INCB secretariat')
  })
})

describe('addCounterparts', () => {
  it('adds each comma-separated name once, in known spelling', () => {
    expect(addCounterparts(['France'], 'FRANCE, the Islamic Republic of Iran', names)).toEqual([
      'France',
      'Iran (Islamic Republic of)'
    ])
  })

  it('refuses an overlong name with a message', () => {
    expect(addCounterparts([], 'x'.repeat(201), names)).toEqual({
      problem: 'A counterpart cannot be longer than 200 characters.'
    })
  })
})
