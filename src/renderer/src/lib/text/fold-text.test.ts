/** Tests of the one folding by which typed text is matched: words, case, accents, final sigma. */
import { describe, expect, it } from 'vitest'
import { foldingCases } from '@test-support/folding-cases'
import { foldText, foldedWords } from './fold-text'

describe('foldText', () => {
  it('lower-cases and strips accents, composed or not', () => {
    expect(foldText('Türkiye')).toBe('turkiye')
    expect(foldText('TU\u0308RKIYE')).toBe('turkiye')
    expect(foldText('ÉCHANGE')).toBe('echange')
    expect(foldText('Côte d’Ivoire')).toBe('cote d’ivoire')
  })

  it('makes a dotted capital I a plain i', () => {
    expect(foldText('İzmir')).toBe('izmir')
  })

  it('reads a Greek final sigma as sigma', () => {
    expect(foldText('ΤΗΣ')).toBe('τησ')
    expect(foldText('της')).toBe('τησ')
  })
})

describe('foldedWords', () => {
  it('splits at everything that is not a letter, digit or mark', () => {
    expect(foldedWords('UNODC’s “Early Warning” (EWA), para. 47; co-chair')).toEqual([
      'unodc',
      's',
      'early',
      'warning',
      'ewa',
      'para',
      '47',
      'co',
      'chair'
    ])
  })

  it('gives each word of a text as it gives the word alone', () => {
    // Lower-casing a whole text makes a capital sigma final or not by what follows it.
    const text = 'ΠΡΟΤΑΣΗ ΤΗΣ.ΕΠΙΤΡΟΠΗΣ, İzmir’S ÉCHANGE'
    expect(foldedWords(text)).toEqual(
      ['ΠΡΟΤΑΣΗ', 'ΤΗΣ', 'ΕΠΙΤΡΟΠΗΣ', 'İzmir', 'S', 'ÉCHANGE'].map(foldText)
    )
  })
})

describe('foldText and foldedWords together', () => {
  it('make what is typed for a name the words of the name', () => {
    for (const { typed, name } of foldingCases) {
      expect(foldedWords(name)).toContain(foldText(typed))
    }
  })
})
