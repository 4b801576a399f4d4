/** Tests for how often the page may write automatic backups unasked. */
import { describe, expect, it } from 'vitest'
import { BackupWriteLimit, pageBackupIntervalMs } from './backup-write-limit'

const start = new Date('2024-03-14T09:00:00.000Z')

/** `start` plus `ms` milliseconds. */
function after(ms: number): Date {
  return new Date(start.getTime() + ms)
}

const unasked = { askedBy: 'platform', answersRequest: false } as const

describe('BackupWriteLimit', () => {
  describe('admit', () => {
    it('lets one unasked write through a minute, counted from the last one let through', () => {
      const limit = new BackupWriteLimit()
      expect(limit.admit(unasked, start)).toBe(true)
      expect(limit.admit(unasked, after(1))).toBe(false)
      expect(limit.admit(unasked, after(pageBackupIntervalMs - 1))).toBe(false)
      expect(limit.admit(unasked, after(pageBackupIntervalMs))).toBe(true)
      expect(limit.admit(unasked, after(pageBackupIntervalMs + 1000))).toBe(false)
    })

    it('always lets through a write answering the platform’s request, without counting it', () => {
      const limit = new BackupWriteLimit()
      const answer = { askedBy: 'platform', answersRequest: true } as const
      expect(limit.admit(answer, start)).toBe(true)
      expect(limit.admit(answer, after(1))).toBe(true)
      expect(limit.admit(unasked, after(2))).toBe(true)
      expect(limit.admit(answer, after(3))).toBe(true)
    })

    it('always lets through a write the delegate asked for, without counting it', () => {
      const limit = new BackupWriteLimit()
      const delegate = { askedBy: 'delegate', answersRequest: false } as const
      expect(limit.admit(delegate, start)).toBe(true)
      expect(limit.admit(delegate, after(1))).toBe(true)
      expect(limit.admit(unasked, after(2))).toBe(true)
      expect(limit.admit(unasked, after(3))).toBe(false)
      expect(limit.admit(delegate, after(4))).toBe(true)
    })
  })
})
