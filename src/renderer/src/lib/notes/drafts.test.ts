/** Keeping, restoring and clearing an editor's draft record, and reading drafts kept the old way. */
import { describe, expect, it } from 'vitest'
import type { KeyValueStore } from '../storage/key-value-store'
import { fullStore, memoryStore } from '@test-support/storage-fixtures'
import {
  annotationDraftKey,
  EditorDraft,
  newNoteDraftKey,
  parseJson,
  type DraftKind
} from './drafts'

/** A draft of one text field, kept the old way as the text itself. */
interface TextDraft {
  text: string
}
const textDraft: DraftKind<TextDraft> = {
  parse: (value) =>
    typeof value === 'object' && value !== null && 'text' in value && typeof value.text === 'string'
      ? { text: value.text }
      : null,
  same: (a, b) => a.text === b.text,
  fromEarlier: ({ text }) => (text === null ? null : { text })
}
const saved: TextDraft = { text: 'As saved' }

/** A storage that refuses everything, as a disabled or full local storage does. */
function refusingStore(): KeyValueStore {
  return {
    getItem: () => {
      throw new Error('disabled')
    },
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError')
    },
    removeItem: () => {
      throw new Error('disabled')
    }
  }
}

describe('annotationDraftKey', () => {
  it('keys drafts of existing annotations by id', () => {
    expect(annotationDraftKey('abc')).toBe('annotation:abc')
  })
})

describe('newNoteDraftKey', () => {
  it('keys new notes by paragraph and passage', () => {
    expect(newNoteDraftKey(60, null)).toBe('new:60')
    expect(newNoteDraftKey(47, { start: 3, end: 9 })).toBe('new:47:3-9')
  })
})

describe('parseJson', () => {
  it('parses JSON, and gives undefined for anything else', () => {
    expect(parseJson('{"text":"x"}')).toEqual({ text: 'x' })
    expect(parseJson('null')).toBeNull()
    expect(parseJson('{"text":')).toBeUndefined()
    expect(parseJson('')).toBeUndefined()
  })
})

describe('EditorDraft.keep', () => {
  it('keeps the record as JSON under the editor draft key, verbatim', () => {
    const store = memoryStore()
    const text = 'مراجعة 🙂 <b>x</b>\n'.repeat(3)
    expect(new EditorDraft(store, textDraft, 'new:60').keep({ text })).toBe(true)
    expect([...store.values]).toEqual([['cnd67:editor-draft:new:60', JSON.stringify({ text })]])
    expect(new EditorDraft(store, textDraft, 'new:60').load(saved)).toEqual({ text })
  })

  it('removes the entries an earlier version kept, once the record holds the draft', () => {
    const store = memoryStore({ 'cnd67:draft:new:60': 'Old', 'cnd67:draft:new:60:details': '{}' })
    expect(new EditorDraft(store, textDraft, 'new:60').keep({ text: 'New' })).toBe(true)
    expect([...store.values.keys()]).toEqual(['cnd67:editor-draft:new:60'])
  })

  it('reports a storage that refuses the draft, and leaves earlier entries alone', () => {
    const store = fullStore({ 'cnd67:draft:new:60': 'Old' })
    expect(new EditorDraft(store, textDraft, 'new:60').keep({ text: 'New' })).toBe(false)
    expect(store.values.get('cnd67:draft:new:60')).toBe('Old')
  })
})

describe('EditorDraft.load', () => {
  it('finds no draft in an empty or refusing storage', () => {
    expect(new EditorDraft(memoryStore(), textDraft, 'k').load(saved)).toBeNull()
    expect(new EditorDraft(refusingStore(), textDraft, 'k').load(saved)).toBeNull()
  })

  it('reads a draft kept by an earlier version', () => {
    const store = memoryStore({ 'cnd67:draft:k': 'Typed in version 1' })
    expect(new EditorDraft(store, textDraft, 'k').load(saved)).toEqual({
      text: 'Typed in version 1'
    })
  })

  it('prefers the record to an earlier version’s entry', () => {
    const store = memoryStore({
      'cnd67:editor-draft:k': '{"text":"Newer"}',
      'cnd67:draft:k': 'Older'
    })
    expect(new EditorDraft(store, textDraft, 'k').load(saved)).toEqual({ text: 'Newer' })
  })

  it('ignores a damaged record, falling back on an earlier version’s entry', () => {
    const damaged = memoryStore({ 'cnd67:editor-draft:k': '{"text":' })
    expect(new EditorDraft(damaged, textDraft, 'k').load(saved)).toBeNull()
    const wrongShape = memoryStore({ 'cnd67:editor-draft:k': '{"text":7}', 'cnd67:draft:k': 'x' })
    expect(new EditorDraft(wrongShape, textDraft, 'k').load(saved)).toEqual({ text: 'x' })
  })
})

describe('EditorDraft.open', () => {
  it('opens on the note when there is no draft', () => {
    expect(new EditorDraft(memoryStore(), textDraft, 'k').open(saved)).toEqual({
      fields: saved,
      restored: false
    })
  })

  it('opens on a draft that differs from the note, and keeps it', () => {
    const store = memoryStore({ 'cnd67:editor-draft:k': '{"text":"Draft"}' })
    expect(new EditorDraft(store, textDraft, 'k').open(saved)).toEqual({
      fields: { text: 'Draft' },
      restored: true
    })
    expect(store.values.size).toBe(1)
  })

  it('removes a draft that says what the note says', () => {
    const store = memoryStore({ 'cnd67:editor-draft:k': '{"text":"As saved"}' })
    expect(new EditorDraft(store, textDraft, 'k').open(saved)).toEqual({
      fields: saved,
      restored: false
    })
    expect(store.values.size).toBe(0)
  })
})

describe('EditorDraft.clear', () => {
  it('removes the record and every entry an earlier version kept', () => {
    const store = memoryStore({
      'cnd67:editor-draft:k': '{"text":"x"}',
      'cnd67:draft:k': 'x',
      'cnd67:draft:k:details': '{}',
      'cnd67:editor-draft:other': '{"text":"y"}'
    })
    new EditorDraft(store, textDraft, 'k').clear()
    expect([...store.values.keys()]).toEqual(['cnd67:editor-draft:other'])
  })

  it('does not throw when storage refuses', () => {
    expect(() => new EditorDraft(refusingStore(), textDraft, 'k').clear()).not.toThrow()
  })
})
