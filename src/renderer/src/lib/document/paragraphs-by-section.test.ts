/** Grouping paragraphs under their innermost section. */
import { describe, expect, it } from 'vitest'
import { meetingDocument } from './meeting-text'
import { paragraphsBySection } from './paragraphs-by-section'

describe('paragraphsBySection', () => {
  it('puts each paragraph under its innermost section, in order', () => {
    const grouped = paragraphsBySection(meetingDocument.paragraphs)
    const numbers = (id: string) => grouped.get(id)?.map((paragraph) => paragraph.number)
    expect([...grouped.keys()]).toEqual([
      'I',
      'II.A',
      'II.B',
      'III.A',
      'III.B',
      'III.B.1',
      'III.B.2',
      'III.C',
      'III.C.1',
      'III.C.2',
      'III.D',
      'III.D.1',
      'III.D.2',
      'III.E',
      'III.E.1',
      'III.E.2',
      'IV'
    ])
    expect(numbers('III.B')).toEqual([8])
    expect(numbers('III.D.1')).toEqual([46, 47, 48, 49, 50])
    expect(numbers('III')).toBeUndefined()
  })
})
