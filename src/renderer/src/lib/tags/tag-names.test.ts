/** Matching, typing, counting, suggesting and renaming tags. */
import { describe, expect, it } from 'vitest'
import {
  addTags,
  canonicalTag,
  cleanTag,
  deleteTagIn,
  hasTag,
  maxTagLength,
  removeTag,
  renameTagIn,
  splitTagInput,
  suggestTags,
  tagKey,
  tagProblem,
  tagUsage,
  type TagUsage
} from './tag-names'

/** "Türkiye" with the ü written as u followed by a combining diaeresis (NFD). */
const decomposedTurkiye = 'Tu\u0308rkiye'

/** A tag counted `count` times, keyed as tagKey would key it. */
function usageOf(tag: string, count: number): TagUsage {
  return { tag, key: tagKey(tag), count }
}

describe('tagKey', () => {
  it('ignores case', () => {
    expect(tagKey('Precursors')).toBe('precursors')
    expect(tagKey('PRECURSORS')).toBe(tagKey('precursors'))
  })

  it('ignores case outside ASCII', () => {
    expect(tagKey('TÜRKIYE')).toBe('türkiye')
    expect(tagKey('Türkiye')).toBe('türkiye')
    expect(tagKey('Прекурсоры')).toBe('прекурсоры')
  })

  it('ignores Unicode composition', () => {
    expect(decomposedTurkiye).not.toBe('Türkiye')
    expect(tagKey(decomposedTurkiye)).toBe('türkiye')
  })

  it('ignores leading, trailing and repeated whitespace of any kind', () => {
    expect(tagKey('  early \t warning\u00A0\u00A0systems \n')).toBe('early warning systems')
  })

  it('keys a blank tag as empty', () => {
    expect(tagKey(' \t\n')).toBe('')
  })
})

describe('cleanTag', () => {
  it('trims and collapses whitespace, keeping the spelling', () => {
    expect(cleanTag('  Early   Warning\tSystems ')).toBe('Early Warning Systems')
  })

  it('composes decomposed characters', () => {
    expect(cleanTag(decomposedTurkiye)).toBe('Türkiye')
  })

  it('returns an empty string for whitespace', () => {
    expect(cleanTag('   ')).toBe('')
    expect(cleanTag('')).toBe('')
  })

  it('never truncates', () => {
    const long = 'x'.repeat(maxTagLength + 10)
    expect(cleanTag(long)).toBe(long)
  })
})

describe('tagProblem', () => {
  it('accepts an ordinary tag', () => {
    expect(tagProblem('Precursors')).toBeNull()
    expect(tagProblem('مراقبة السلائف')).toBeNull()
  })

  it('refuses a blank tag', () => {
    expect(tagProblem('')).toBe('A tag cannot be blank.')
    expect(tagProblem('  \t ')).toBe('A tag cannot be blank.')
  })

  it('refuses a tag longer than 64 characters after cleaning', () => {
    expect(maxTagLength).toBe(64)
    expect(tagProblem('x'.repeat(64))).toBeNull()
    expect(tagProblem(`  ${'x'.repeat(64)}  `)).toBeNull()
    expect(tagProblem('x'.repeat(65))).toBe('A tag cannot be longer than 64 characters.')
  })

  it('counts characters, not UTF-16 code units', () => {
    expect(tagProblem('🙂'.repeat(64))).toBeNull()
    expect(tagProblem('🙂'.repeat(65))).toBe('A tag cannot be longer than 64 characters.')
  })

  it('refuses a comma in any of the session languages', () => {
    expect(tagProblem('precursors, fentanyl')).toBe('A tag cannot contain a comma.')
    expect(tagProblem('سلائف، فنتانيل')).toBe('A tag cannot contain a comma.')
    expect(tagProblem('前体，芬太尼')).toBe('A tag cannot contain a comma.')
  })
})

describe('splitTagInput', () => {
  it('splits on commas and cleans each tag', () => {
    expect(splitTagInput(' Precursors,  early   warning ,Türkiye')).toEqual([
      'Precursors',
      'early warning',
      'Türkiye'
    ])
  })

  it('drops blank parts', () => {
    expect(splitTagInput(',, Precursors , ,')).toEqual(['Precursors'])
    expect(splitTagInput('   ')).toEqual([])
    expect(splitTagInput('')).toEqual([])
  })

  it('splits on Arabic, full-width and ideographic commas', () => {
    expect(splitTagInput('سلائف، فنتانيل')).toEqual(['سلائف', 'فنتانيل'])
    expect(splitTagInput('前体，芬太尼、合成毒品')).toEqual(['前体', '芬太尼', '合成毒品'])
  })

  it('keeps repeats for addTags to merge', () => {
    expect(splitTagInput('a, A')).toEqual(['a', 'A'])
  })
})

describe('canonicalTag', () => {
  it('returns the known spelling of a tag typed in another case', () => {
    expect(canonicalTag('precursors', ['Fentanyl', 'Precursors'])).toBe('Precursors')
    expect(canonicalTag('TÜRKIYE', new Set(['Türkiye']))).toBe('Türkiye')
  })

  it('returns the known spelling of a tag typed with other spacing or composition', () => {
    expect(canonicalTag('  early   Warning ', ['Early warning'])).toBe('Early warning')
    expect(canonicalTag(decomposedTurkiye, ['TÜRKIYE'])).toBe('TÜRKIYE')
  })

  it('returns the first known spelling when several share a key', () => {
    expect(canonicalTag('nps', ['NPS', 'nps'])).toBe('NPS')
  })

  it('returns the typed tag, cleaned, when no known tag matches', () => {
    expect(canonicalTag('  new   tag ', ['Precursors'])).toBe('new tag')
    expect(canonicalTag('Precursor', ['Precursors'])).toBe('Precursor')
    expect(canonicalTag('Precursors', [])).toBe('Precursors')
  })
})

describe('addTags', () => {
  it('appends new tags after the current ones', () => {
    expect(addTags(['Precursors'], ['fentanyl', 'NPS'], [])).toEqual([
      'Precursors',
      'fentanyl',
      'NPS'
    ])
  })

  it('uses the known spelling', () => {
    expect(addTags([], ['precursors', 'türkiye'], ['Precursors', 'Türkiye'])).toEqual([
      'Precursors',
      'Türkiye'
    ])
  })

  it('skips tags already present in another spelling', () => {
    expect(addTags(['Precursors'], ['PRECURSORS', ' precursors '], ['Precursors'])).toEqual([
      'Precursors'
    ])
  })

  it('merges repeats among the added tags, keeping the first', () => {
    expect(addTags([], ['Fentanyl', 'fentanyl', 'FENTANYL'], [])).toEqual(['Fentanyl'])
  })

  it('keeps the current spelling over the known one', () => {
    expect(addTags(['precursors'], ['Precursors'], ['Precursors'])).toEqual(['precursors'])
  })

  it('cleans new tags and skips blank ones', () => {
    expect(addTags(['a'], ['  ', '  early   warning ', ''], [])).toEqual(['a', 'early warning'])
  })

  it('leaves its arguments unchanged', () => {
    const current = ['a']
    const added = ['b']
    addTags(current, added, [])
    expect(current).toEqual(['a'])
    expect(added).toEqual(['b'])
  })
})

describe('removeTag', () => {
  it('removes the tag in any spelling', () => {
    expect(removeTag(['Precursors', 'Türkiye', 'NPS'], 'TÜRKIYE')).toEqual(['Precursors', 'NPS'])
    expect(removeTag(['Precursors'], ' precursors ')).toEqual([])
  })

  it('returns the tags unchanged when the tag is absent', () => {
    expect(removeTag(['Precursors'], 'Precursor')).toEqual(['Precursors'])
  })
})

describe('hasTag', () => {
  it('finds the tag in any spelling', () => {
    expect(hasTag(['Precursors', 'Türkiye'], 'precursors')).toBe(true)
    expect(hasTag(['Türkiye'], 'TÜRKIYE')).toBe(true)
    expect(hasTag(['Türkiye'], decomposedTurkiye)).toBe(true)
  })

  it('does not match a part of a tag', () => {
    expect(hasTag(['Precursors'], 'Precursor')).toBe(false)
    expect(hasTag([], 'Precursors')).toBe(false)
  })
})

describe('tagUsage', () => {
  it('counts each distinct tag once per item, in the spelling first met', () => {
    expect(
      tagUsage([
        { tags: ['Precursors', 'Türkiye'] },
        { tags: ['precursors'] },
        { tags: ['TÜRKIYE', 'türkiye', 'NPS'] },
        { tags: [] }
      ])
    ).toEqual([
      { tag: 'NPS', key: 'nps', count: 1 },
      { tag: 'Precursors', key: 'precursors', count: 2 },
      { tag: 'Türkiye', key: 'türkiye', count: 2 }
    ])
  })

  it('sorts alphabetically ignoring case and accents', () => {
    expect(
      tagUsage([{ tags: ['zeta', 'Émergence', 'alpha', 'Beta', 'échelle'] }]).map((u) => u.tag)
    ).toEqual(['alpha', 'Beta', 'échelle', 'Émergence', 'zeta'])
  })

  it('orders tags the collator finds equal by key', () => {
    expect(tagUsage([{ tags: ['résumé', 'resume'] }]).map((u) => u.tag)).toEqual([
      'resume',
      'résumé'
    ])
  })

  it('skips blank tags', () => {
    expect(tagUsage([{ tags: ['  ', 'a'] }])).toEqual([{ tag: 'a', key: 'a', count: 1 }])
  })

  it('returns nothing for no items', () => {
    expect(tagUsage([])).toEqual([])
  })
})

describe('suggestTags', () => {
  const usage: TagUsage[] = [
    usageOf('Early warning', 3),
    usageOf('fentanyl', 5),
    usageOf('Nitazenes', 2),
    usageOf('Precursors', 4),
    usageOf('Pre-session', 1),
    usageOf('Synthetic precursors', 6),
    usageOf('Türkiye', 2)
  ]

  it('offers tags starting with the typed text before those containing it, more used first', () => {
    expect(suggestTags('pre', usage, [])).toEqual([
      'Precursors',
      'Pre-session',
      'Synthetic precursors'
    ])
  })

  it('matches in any case, spacing and composition', () => {
    expect(suggestTags('  PRE', usage, [])).toEqual([
      'Precursors',
      'Pre-session',
      'Synthetic precursors'
    ])
    expect(suggestTags('TÜR', usage, [])).toEqual(['Türkiye'])
    expect(suggestTags('tu\u0308r', usage, [])).toEqual(['Türkiye'])
    expect(suggestTags('early  w', usage, [])).toEqual(['Early warning'])
  })

  it('leaves out tags already on the item, in any spelling', () => {
    expect(suggestTags('pre', usage, ['PRECURSORS'])).toEqual([
      'Pre-session',
      'Synthetic precursors'
    ])
  })

  it('offers the known spelling of a tag typed in full', () => {
    expect(suggestTags('precursors', usage, [])).toEqual(['Precursors', 'Synthetic precursors'])
  })

  it('offers the most used tags for blank text', () => {
    expect(suggestTags('', usage, ['Synthetic precursors'], 3)).toEqual([
      'fentanyl',
      'Precursors',
      'Early warning'
    ])
  })

  it('orders equally used tags alphabetically', () => {
    expect(suggestTags('i', usage, ['Synthetic precursors'])).toEqual([
      'Early warning',
      'Nitazenes',
      'Türkiye',
      'Pre-session'
    ])
  })

  it('offers at most `limit` tags, eight by default', () => {
    const many = Array.from({ length: 12 }, (_, index) => usageOf(`tag ${index}`, index))
    expect(suggestTags('tag', many, [])).toEqual([
      'tag 11',
      'tag 10',
      'tag 9',
      'tag 8',
      'tag 7',
      'tag 6',
      'tag 5',
      'tag 4'
    ])
    expect(suggestTags('tag', many, [], 2)).toEqual(['tag 11', 'tag 10'])
    expect(suggestTags('tag', many, [], 0)).toEqual([])
  })

  it('offers nothing when no tag matches', () => {
    expect(suggestTags('cannabis', usage, [])).toEqual([])
  })
})

describe('renameTagIn', () => {
  it('renames the tag in place', () => {
    expect(
      renameTagIn(['NPS', 'Precursors', 'Türkiye'], 'precursors', 'Precursor chemicals')
    ).toEqual(['NPS', 'Precursor chemicals', 'Türkiye'])
  })

  it('changes only the spelling when the new name has the same key', () => {
    expect(renameTagIn(['türkiye', 'NPS'], 'TÜRKIYE', 'Türkiye')).toEqual(['Türkiye', 'NPS'])
  })

  it('renames a tag beginning with a dotted capital İ', () => {
    expect(renameTagIn(['İstanbul', 'Türkiye'], 'İstanbul', 'Istanbul process')).toEqual([
      'Istanbul process',
      'Türkiye'
    ])
  })

  it('cleans the new name', () => {
    expect(renameTagIn(['ew'], 'ew', '  Early   warning ')).toEqual(['Early warning'])
  })

  it('merges with the new name where the first of the two was', () => {
    expect(renameTagIn(['a', 'Precursors', 'b', 'Chemicals'], 'chemicals', 'precursors')).toEqual([
      'a',
      'precursors',
      'b'
    ])
    expect(renameTagIn(['a', 'Chemicals', 'b', 'Precursors'], 'chemicals', 'Precursors')).toEqual([
      'a',
      'Precursors',
      'b'
    ])
  })

  it('merges repeats of the old name', () => {
    expect(renameTagIn(['x', 'nps', 'NPS'], 'nps', 'New psychoactive substances')).toEqual([
      'x',
      'New psychoactive substances'
    ])
  })

  it('returns null when the item does not carry the tag', () => {
    expect(renameTagIn(['Precursors'], 'Precursor', 'Chemicals')).toBeNull()
    expect(renameTagIn(['Chemicals'], 'Precursors', 'Chemicals')).toBeNull()
    expect(renameTagIn([], 'Precursors', 'Chemicals')).toBeNull()
  })

  it('leaves its argument unchanged', () => {
    const tags = ['Precursors', 'NPS']
    renameTagIn(tags, 'Precursors', 'Chemicals')
    expect(tags).toEqual(['Precursors', 'NPS'])
  })

  it('refuses a blank new name', () => {
    expect(() => renameTagIn(['Precursors'], 'Precursors', '  ')).toThrow(RangeError)
  })
})

describe('deleteTagIn', () => {
  it('removes the tag in any spelling', () => {
    expect(deleteTagIn(['NPS', 'Türkiye', 'Precursors'], 'TÜRKIYE')).toEqual(['NPS', 'Precursors'])
  })

  it('removes a tag beginning with a dotted capital İ', () => {
    expect(deleteTagIn(['İstanbul', 'Türkiye'], 'İSTANBUL'.replace('I', 'İ'))).toEqual(['Türkiye'])
  })

  it('removes every repeat of the tag', () => {
    expect(deleteTagIn(['nps', 'x', 'NPS'], 'Nps')).toEqual(['x'])
  })

  it('returns null when the item does not carry the tag', () => {
    expect(deleteTagIn(['Precursors'], 'Precursor')).toBeNull()
    expect(deleteTagIn([], 'Precursors')).toBeNull()
  })
})
