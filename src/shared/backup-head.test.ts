/** Reading what a backup holds from the first bytes of its file. */
import { describe, expect, it } from 'vitest'
import { backupCountsFromHead } from './backup-head'

describe('backupCountsFromHead', () => {
  it('reads the counts block the app writes near the start of a backup', () => {
    const head = `{
  "format": "cnd67-notes-backup",
  "version": 1,
  "createdAt": "2024-03-10T08:00:00.000Z",
  "app": { "name": "CND67 Notes", "version": "0.1.0" },
  "counts": {
    "annotations": 12,
    "sessionNotes": 2,
    "agendaItems": 1,
    "settings": 1
  },
  "data": {`
    expect(backupCountsFromHead(head)).toEqual({ annotations: 12, sessionNotes: 2, agendaItems: 1 })
  })

  it('reads the statements a version 2 backup counts', () => {
    const head =
      '{"version": 2, "counts": {"annotations": 1, "sessionNotes": 0, "agendaItems": 1, "statements": 2, "settings": 0}, "data": {'
    expect(backupCountsFromHead(head)).toEqual({
      annotations: 1,
      sessionNotes: 0,
      agendaItems: 1,
      statements: 2
    })
    expect(
      backupCountsFromHead(
        '{"counts": {"annotations": 1, "sessionNotes": 0, "agendaItems": 1, "statements": -2}}'
      )
    ).toBeNull()
  })

  it('reads the documents a version 3 backup counts', () => {
    const head =
      '{"version": 3, "counts": {"annotations": 1, "sessionNotes": 0, "agendaItems": 1, "statements": 2, "settings": 0, "documents": 3}, "data": {'
    expect(backupCountsFromHead(head)).toEqual({
      annotations: 1,
      sessionNotes: 0,
      agendaItems: 1,
      statements: 2,
      documents: 3
    })
    expect(
      backupCountsFromHead(
        '{"counts": {"annotations": 1, "sessionNotes": 0, "agendaItems": 1, "statements": 2, "documents": "3"}}'
      )
    ).toBeNull()
  })

  it('gives null for anything else', () => {
    for (const head of [
      '',
      '{"format": "other"}',
      '{"counts": {"annotations": -1, "sessionNotes": 0, "agendaItems": 0}}',
      '{"counts": {"annotations": "12", "sessionNotes": 0, "agendaItems": 0}}',
      '{"counts": {"annotations": 1.5, "sessionNotes": 0, "agendaItems": 0}}',
      '{"counts": {"annotations": 1, "sessionNotes": 0, '
    ]) {
      expect(backupCountsFromHead(head)).toBeNull()
    }
  })
})
