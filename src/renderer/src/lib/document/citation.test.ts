/** The citation of a paragraph, as the panels, search and the brief write it. */
import { describe, expect, it } from 'vitest'
import {
  citation,
  citationAbbreviation,
  citationIn,
  paragraphList,
  paragraphsCitation,
  rangeCitation
} from './citation'

describe('citation', () => {
  it('writes "para." and the number', () => {
    expect(citation(1)).toBe('para. 1')
    expect(citation(87)).toBe('para. 87')
  })
})

describe('paragraphsCitation', () => {
  it('writes "para." for one paragraph, never "paras."', () => {
    expect(paragraphsCitation([53])).toBe('para. 53')
  })

  it('lists several paragraphs after "paras.", separated by a comma and a space', () => {
    expect(paragraphsCitation([27, 42, 64, 75])).toBe('paras. 27, 42, 64, 75')
    expect(paragraphList([27, 42, 64, 75])).toBe('27, 42, 64, 75')
  })

  it('puts the abbreviation for the count', () => {
    expect(citationAbbreviation(1)).toBe('para.')
    expect(citationAbbreviation(2)).toBe('paras.')
  })
})

describe('rangeCitation', () => {
  it('cites a run of one paragraph as that paragraph, and a longer run with an en dash', () => {
    expect(rangeCitation(6, 6)).toBe('para. 6')
    expect(rangeCitation(45, 66)).toBe('paras. 45–66')
  })
})

describe('citationIn', () => {
  it('puts the symbol before the paragraph where the document has one', () => {
    expect(citationIn('E/CN.7/2024/99', 3)).toBe('E/CN.7/2024/99, para. 3')
  })
  it('cites the shipped summary, which has no symbol, as before', () => {
    expect(citationIn(null, 47)).toBe('para. 47')
  })
})
