/** What the Tags view says a rename, merge or delete of a tag will do, before it does it. */
import { describe, expect, it } from 'vitest'
import { tagKey, type TagUsage } from './tag-names'
import { previewDelete, previewRename } from './tag-preview'

/** A tag carried by `count` items, keyed as tagKey would key it. */
function usageOf(tag: string, count: number): TagUsage {
  return { tag, key: tagKey(tag), count }
}

const precursors = usageOf('precursors', 3)
const earlyWarning = usageOf('Early warning', 1)
const türkiye = usageOf('Türkiye', 2)
const tags = [earlyWarning, precursors, türkiye]

describe('previewRename', () => {
  it('renames to a new name, cleaned as it will be stored, on every item carrying the tag', () => {
    expect(previewRename(precursors, '  Precursor   chemicals ', tags)).toEqual({
      message: 'Renames “precursors” to “Precursor chemicals” on 3 items.',
      invalid: false,
      merges: false,
      ready: true
    })
  })

  it('renames to another spelling of the same tag', () => {
    expect(previewRename(precursors, 'Precursors', tags)).toEqual({
      message: 'Renames “precursors” to “Precursors” on 3 items.',
      invalid: false,
      merges: false,
      ready: true
    })
  })

  it('counts one item in the singular', () => {
    expect(previewRename(earlyWarning, 'EWA', tags).message).toBe(
      'Renames “Early warning” to “EWA” on 1 item.'
    )
  })

  it('merges into a tag already in use, named as that tag is spelt', () => {
    expect(previewRename(precursors, 'TÜRKIYE', tags)).toEqual({
      message: 'Merges “precursors” into “Türkiye”: 3 items change.',
      invalid: false,
      merges: true,
      ready: true
    })
    expect(previewRename(earlyWarning, 'precursors', tags)).toEqual({
      message: 'Merges “Early warning” into “precursors”: 1 item changes.',
      invalid: false,
      merges: true,
      ready: true
    })
  })

  it('keeps a name that differs from a tag in use by its accents apart from it', () => {
    expect(previewRename(precursors, 'TURKIYE', tags)).toEqual({
      message: 'Renames “precursors” to “TURKIYE” on 3 items.',
      invalid: false,
      merges: false,
      ready: true
    })
  })

  it('asks for a new name while the name is the tag’s own', () => {
    for (const typed of ['precursors', ' precursors ']) {
      expect(previewRename(precursors, typed, tags)).toEqual({
        message: 'Type a new name for “precursors”.',
        invalid: false,
        merges: false,
        ready: false
      })
    }
  })

  it('says why a name cannot be a tag', () => {
    expect(previewRename(precursors, '   ', tags)).toEqual({
      message: 'A tag cannot be blank.',
      invalid: true,
      merges: false,
      ready: false
    })
    expect(previewRename(precursors, 'precursors, chemicals', tags)).toEqual({
      message: 'A tag cannot contain a comma.',
      invalid: true,
      merges: false,
      ready: false
    })
    expect(previewRename(precursors, 'x'.repeat(65), tags)).toEqual({
      message: 'A tag cannot be longer than 64 characters.',
      invalid: true,
      merges: false,
      ready: false
    })
  })
})

describe('previewDelete', () => {
  it('asks whether to remove the tag from every item carrying it', () => {
    expect(previewDelete(precursors)).toEqual({
      before: 'Remove “',
      tag: 'precursors',
      after: '” from 3 items?'
    })
    expect(previewDelete(earlyWarning)).toEqual({
      before: 'Remove “',
      tag: 'Early warning',
      after: '” from 1 item?'
    })
  })

  it('counts thousands as a delegate reads them', () => {
    expect(previewDelete(usageOf('Precursors', 12_000)).after).toBe('” from 12,000 items?')
  })
})
