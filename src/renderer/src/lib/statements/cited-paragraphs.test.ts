/** The paragraphs a statement cites, and the quotation Insert quote adds. */
import { describe, expect, it } from 'vitest'
import { defaultAnnotation, passageAnnotation } from '@test-support/annotations-fixtures'
import { quoteForStatement, statementCitedParagraphs } from './cited-paragraphs'

describe('statementCitedParagraphs', () => {
  it('lists the paragraphs in the order cited, each once', () => {
    expect(
      statementCitedParagraphs('We agree (para. 58). As noted (para. 12), and again (para. 58).')
    ).toEqual([58, 12])
  })

  it('reads a range as every paragraph in it, and a list as each', () => {
    expect(statementCitedParagraphs('(paras. 45–47) and (paras. 12, 14 and 17)')).toEqual([
      45, 46, 47, 12, 14, 17
    ])
    expect(statementCitedParagraphs('paras. 3-4, paragraphs 9 to 10')).toEqual([3, 4, 9, 10])
  })

  it('leaves out numbers that are not paragraphs, and cuts a range to the last one', () => {
    expect(statementCitedParagraphs('(para. 0) (para. 88) (paras. 86–120)')).toEqual([86, 87])
    expect(statementCitedParagraphs('(paras. 1–3)', 2)).toEqual([1, 2])
  })

  it('finds nothing in a statement without citations', () => {
    expect(statementCitedParagraphs('Thank you, Chair. We met 3 delegations.')).toEqual([])
  })
})

describe('quoteForStatement', () => {
  it('quotes a highlighted passage and cites its paragraph', () => {
    expect(quoteForStatement(passageAnnotation(60, 'early warning systems'))).toBe(
      '“early warning systems” (para. 60)'
    )
  })

  it('quotes the whole paragraph for a note on all of it', () => {
    expect(
      quoteForStatement(defaultAnnotation({ paragraph: 58, target: null }), '  Canada agreed. ')
    ).toBe('“Canada agreed.” (para. 58)')
    expect(quoteForStatement(defaultAnnotation({ paragraph: 58, target: null }))).toBe('(para. 58)')
  })

  it('escapes what Markdown would read as syntax, so the quotation shows as written', () => {
    const annotation = defaultAnnotation({ paragraph: 5, target: null })
    expect(quoteForStatement(annotation, '*NPS* <b>and</b>\nmore')).toBe(
      '“\\*NPS\\* &lt;b>and&lt;/b> more” (para. 5)'
    )
  })
})
