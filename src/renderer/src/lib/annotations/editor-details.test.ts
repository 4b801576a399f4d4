/** Drafts of the editor's details are read back only when they are what the editor wrote. */
import { describe, expect, it } from 'vitest'
import { newFollowUp } from '../follow-ups/follow-up'
import { parseEditorDetails, type EditorDetails } from './editor-details'

describe('parseEditorDetails', () => {
  it('reads back what the editor wrote', () => {
    const details: EditorDetails = {
      tags: ['Precursors', 'مراجعة'],
      followUp: { ...newFollowUp(), priority: 'high', due: '2024-03-18', counterparts: ['France'] },
      position: 'concern'
    }
    expect(parseEditorDetails(JSON.stringify(details))).toEqual(details)
  })

  it('ignores no draft, damaged JSON and anything of another shape', () => {
    for (const stored of [
      null,
      '{"tags":',
      '[]',
      '{"tags":"x","followUp":null,"position":null}',
      '{"tags":[],"followUp":{"action":1},"position":null}',
      '{"tags":[],"followUp":null,"position":"maybe"}',
      '{"tags":[],"followUp":{"action":"","status":"open","priority":"urgent","due":null,"agendaItemId":null,"counterparts":[]},"position":null}'
    ]) {
      expect(parseEditorDetails(stored)).toBeNull()
    }
  })

  it('drops fields it does not know', () => {
    expect(
      parseEditorDetails('{"tags":[],"followUp":null,"position":null,"__proto__":{"x":1},"y":2}')
    ).toEqual({ tags: [], followUp: null, position: null })
  })
})
