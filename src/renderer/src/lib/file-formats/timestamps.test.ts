/**
 * The one check of dates and times in files: a backup's time is accepted exactly when it is one
 * `Date.toISOString()` could have written; a Web Annotation file's, in any ISO 8601 form with a
 * time zone, but only on a real day.
 */
import { describe, expect, it } from 'vitest'
import { isAppTimestamp, isZonedTimestamp } from './timestamps'

/** Whether `text` is what `Date.toISOString()` writes for the time it names. */
function writtenByDate(text: string): boolean {
  const time = new Date(text)
  return !Number.isNaN(time.getTime()) && time.toISOString() === text
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0')

describe('isAppTimestamp', () => {
  it('accepts exactly the times Date writes, on every day and edge of several years', () => {
    for (const year of [0, 1, 1900, 2000, 2023, 2024, 2100, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          for (const [hour, minute, second] of [
            [0, 0, 0],
            [23, 59, 59],
            [24, 0, 0],
            [12, 60, 0],
            [12, 0, 60]
          ]) {
            const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.123Z`
            expect(isAppTimestamp(text), text).toBe(writtenByDate(text))
          }
        }
      }
    }
  })

  it('refuses times written any other way', () => {
    for (const text of [
      '2024-03-14T09:05:00Z',
      '2024-03-14T09:05:00.000+00:00',
      '2024-03-14 09:05:00.000Z',
      '+002024-03-14T09:05:00.000Z',
      '2024-3-14T09:05:00.000Z',
      '２０２４-03-14T09:05:00.000Z',
      '2024-03-14T09:05:00.000Z\n',
      ''
    ]) {
      expect(isAppTimestamp(text), text).toBe(false)
    }
    expect(isAppTimestamp('2024-02-29T09:05:00.000Z')).toBe(true)
    expect(isAppTimestamp('2023-02-29T09:05:00.000Z')).toBe(false)
  })
})

describe('isZonedTimestamp', () => {
  it('accepts ISO 8601 dates and times with a time zone, as other annotation tools write them', () => {
    for (const text of [
      '2024-03-14T09:05:00.000Z',
      '2024-03-14T09:05:00Z',
      '2024-03-15T10:12:00.000000+00:00',
      '2024-03-15T11:30:00-05:00',
      '2024-02-29T23:59:59Z'
    ]) {
      expect(isZonedTimestamp(text), text).toBe(true)
    }
  })

  it('refuses a day the calendar does not have, where Date would roll it on to the next month', () => {
    expect(new Date('2024-02-30T09:00:00Z').toISOString()).toBe('2024-03-01T09:00:00.000Z')
    for (const text of [
      '2024-02-30T09:00:00Z',
      '2023-02-29T09:00:00Z',
      '2024-04-31T09:00:00+02:00',
      '2024-13-01T09:00:00Z',
      '2024-03-14T24:00:00Z',
      '2024-03-14T09:60:00Z'
    ]) {
      expect(isZonedTimestamp(text), text).toBe(false)
    }
  })

  it('refuses times without a time zone, or not written as ISO 8601', () => {
    for (const text of ['2024-03-14T09:05:00', '2024-03-14', '14 March 2024', '1710406800', '']) {
      expect(isZonedTimestamp(text), text).toBe(false)
    }
  })
})
