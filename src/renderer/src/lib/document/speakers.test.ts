/** Recognising speakers and giving each Member State one canonical name. */
import { describe, expect, it } from 'vitest'
import {
  canonicalMemberState,
  interventionSpeaker,
  leadingName,
  presenterNamedIn
} from './speakers'

const attendance = [
  'Canada',
  'Iran (Islamic Republic of)',
  'Republic of Korea',
  'Türkiye',
  'United Kingdom of Great Britain and Northern Ireland',
  'United Republic of Tanzania',
  'United States of America',
  'Venezuela (Bolivarian Republic of)'
]

describe('leadingName', () => {
  it('reads the capitalised words a paragraph opens with', () => {
    expect(leadingName('Canada emphasized the importance')).toEqual({
      name: 'Canada',
      hadArticle: false
    })
    expect(leadingName('The Islamic Republic of Iran affirmed')).toEqual({
      name: 'Islamic Republic of Iran',
      hadArticle: true
    })
    expect(leadingName('Türkiye outlined')).toEqual({ name: 'Türkiye', hadArticle: false })
    expect(leadingName('The Chief of PTRS highlighted')).toEqual({
      name: 'Chief of PTRS',
      hadArticle: true
    })
    expect(
      leadingName(
        'The UNODC Regional Representative for the Andean Region and the Southern Cone spoke'
      )
    ).toEqual({
      name: 'UNODC Regional Representative for the Andean Region and the Southern Cone',
      hadArticle: true
    })
  })

  it('drops trailing connectors and finds nothing in a lower-case opening', () => {
    expect(leadingName('Canada and the others')).toEqual({ name: 'Canada', hadArticle: false })
    expect(leadingName('looking forward, UNODC')).toBeNull()
    expect(leadingName('')).toBeNull()
  })
})

describe('canonicalMemberState', () => {
  it('uses the attendance list’s spelling, whatever the article or word order', () => {
    expect(canonicalMemberState('Canada', attendance)).toBe('Canada')
    expect(canonicalMemberState('the Islamic Republic of Iran', attendance)).toBe(
      'Iran (Islamic Republic of)'
    )
    expect(canonicalMemberState('The Bolivarian Republic of Venezuela', attendance)).toBe(
      'Venezuela (Bolivarian Republic of)'
    )
    expect(canonicalMemberState('The United Kingdom', attendance)).toBe(
      'United Kingdom of Great Britain and Northern Ireland'
    )
    expect(canonicalMemberState('the United Kingdom', attendance)).toBe(
      'United Kingdom of Great Britain and Northern Ireland'
    )
    expect(canonicalMemberState('The United States', attendance)).toBe('United States of America')
    expect(canonicalMemberState('Republic of Korea', attendance)).toBe('Republic of Korea')
  })

  it('keeps the name as written for a State not on the list, and never guesses between two', () => {
    expect(canonicalMemberState('Peru', attendance)).toBe('Peru')
    expect(canonicalMemberState('United', attendance)).toBe('United')
  })
})

describe('interventionSpeaker', () => {
  it('names the Member State an intervention opens with', () => {
    expect(interventionSpeaker('The United Kingdom noted that', attendance)).toEqual({
      name: 'United Kingdom of Great Britain and Northern Ireland',
      kind: 'member-state'
    })
    expect(interventionSpeaker('in lower case', attendance)).toBeNull()
  })
})

describe('presenterNamedIn', () => {
  it('names a presenter introduced with "The"', () => {
    expect(presenterNamedIn('The Chief of HAS presented')).toEqual({
      name: 'Chief of HAS',
      kind: 'presenter'
    })
  })

  it('finds none in a paragraph that continues a presentation', () => {
    expect(presenterNamedIn("GPML's upcoming plans encompass")).toBeNull()
    expect(presenterNamedIn('Looking forward, UNODC remains')).toBeNull()
  })
})
