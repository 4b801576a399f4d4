/** The outline shipped for start-up is the parsed document's own. */
import { describe, expect, it } from 'vitest'
import { meetingOutline } from './meeting-outline'
import { meetingDocument } from './meeting-text'

describe('meetingOutline', () => {
  it("is the document's section tree and its count of paragraphs", () => {
    expect(meetingOutline).toEqual({
      sections: meetingDocument.sections,
      paragraphCount: 87
    })
  })
})
