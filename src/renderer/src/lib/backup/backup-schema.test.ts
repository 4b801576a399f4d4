/**
 * Tests of the backup schema's own checks of text fields: that a time is accepted exactly when
 * it is one `Date.toISOString()` could have written.
 */
import { describe, expect, it } from 'vitest'
import { isIsoTimestamp } from './backup-schema'

/** Whether `text` is what `Date.toISOString()` writes for the time it names. */
function writtenByDate(text: string): boolean {
  const time = new Date(text)
  return !Number.isNaN(time.getTime()) && time.toISOString() === text
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0')

describe('isIsoTimestamp', () => {
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
            expect(isIsoTimestamp(text), text).toBe(writtenByDate(text))
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
      expect(isIsoTimestamp(text), text).toBe(false)
    }
    expect(isIsoTimestamp('2024-02-29T09:05:00.000Z')).toBe(true)
    expect(isIsoTimestamp('2023-02-29T09:05:00.000Z')).toBe(false)
  })
})
