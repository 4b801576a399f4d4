/** Keeping, restoring and clearing an editor's draft record, and reading drafts kept the old way. */
import { describe, expect, it } from 'vitest'
import type { KeyValueStore } from '../storage/key-value-store'
import { fullStore, memoryStore } from '@test-support/storage-fixtures'
import {
  annotationDraftKey,
  EditorDraft,
  newNoteDraftKey,
  parseJson,
  windowId,
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
  fromEarlier: ({ text }) => (text === null ? null : { text }),
  combine: (first, second) => ({ text: `${first.text} + ${second.text}` })
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

  it('keeps the summary’s keys and keys another document’s new notes by that document too', () => {
    expect(newNoteDraftKey(60, null, 'summary')).toBe('new:60')
    expect(newNoteDraftKey(2, null, 'report')).toBe('new:report:2')
    expect(newNoteDraftKey(2, { start: 3, end: 9 }, 'a/b')).toBe('new:a%2Fb:2:3-9')
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
    expect(new EditorDraft(store, textDraft, 'new:60', 'w1').keep({ text })).toBe(true)
    expect([...store.values]).toEqual([['cnd67:editor-draft:new:60@w1', JSON.stringify({ text })]])
    expect(new EditorDraft(store, textDraft, 'new:60', 'w1').load(saved)).toEqual({ text })
  })

  it('removes the entries an earlier version kept, once the record holds the draft', () => {
    const store = memoryStore({ 'cnd67:draft:new:60': 'Old', 'cnd67:draft:new:60:details': '{}' })
    expect(new EditorDraft(store, textDraft, 'new:60', 'w1').keep({ text: 'New' })).toBe(true)
    expect([...store.values.keys()]).toEqual(['cnd67:editor-draft:new:60@w1'])
  })

  it('reports a storage that refuses the draft, and leaves earlier entries alone', () => {
    const store = fullStore({ 'cnd67:draft:new:60': 'Old' })
    expect(new EditorDraft(store, textDraft, 'new:60', 'w1').keep({ text: 'New' })).toBe(false)
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
    expect(new EditorDraft(store, textDraft, 'k', 'w1').load(saved)).toEqual({
      text: 'Typed in version 1'
    })
  })

  it('prefers the record to an earlier version’s entry', () => {
    const store = memoryStore({
      'cnd67:editor-draft:k@w1': '{"text":"Newer"}',
      'cnd67:draft:k': 'Older'
    })
    expect(new EditorDraft(store, textDraft, 'k', 'w1').load(saved)).toEqual({ text: 'Newer' })
  })

  it('ignores a damaged record, falling back on an earlier version’s entry', () => {
    const damaged = memoryStore({ 'cnd67:editor-draft:k@w1': '{"text":' })
    expect(new EditorDraft(damaged, textDraft, 'k', 'w1').load(saved)).toBeNull()
    const wrongShape = memoryStore({
      'cnd67:editor-draft:k@w1': '{"text":7}',
      'cnd67:draft:k': 'x'
    })
    expect(new EditorDraft(wrongShape, textDraft, 'k', 'w1').load(saved)).toEqual({ text: 'x' })
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
    const store = memoryStore({ 'cnd67:editor-draft:k@w1': '{"text":"Draft"}' })
    expect(new EditorDraft(store, textDraft, 'k', 'w1').open(saved)).toEqual({
      fields: { text: 'Draft' },
      restored: true
    })
    expect(store.values.size).toBe(1)
  })

  it('removes a draft that says what the note says', () => {
    const store = memoryStore({ 'cnd67:editor-draft:k@w1': '{"text":"As saved"}' })
    expect(new EditorDraft(store, textDraft, 'k', 'w1').open(saved)).toEqual({
      fields: saved,
      restored: false
    })
    expect(store.values.size).toBe(0)
  })
})

describe('drafts of two windows', () => {
  it('keeps each window’s draft apart, and each window opens on its own', () => {
    const store = memoryStore()
    new EditorDraft(store, textDraft, 'k', 'w1').keep({ text: 'First window' })
    new EditorDraft(store, textDraft, 'k', 'w2').keep({ text: 'Second window' })
    expect(new EditorDraft(store, textDraft, 'k', 'w1').load(saved)).toEqual({
      text: 'First window'
    })
    expect(new EditorDraft(store, textDraft, 'k', 'w2').load(saved)).toEqual({
      text: 'Second window'
    })
  })

  it('restores in a new window the draft another window left', () => {
    const store = memoryStore({ 'cnd67:editor-draft:k@w1': '{"text":"Left open"}' })
    expect(new EditorDraft(store, textDraft, 'k', 'w3').open(saved)).toEqual({
      fields: { text: 'Left open' },
      restored: true
    })
  })

  it('offers both texts where two windows left drafts that differ', () => {
    const store = memoryStore({
      'cnd67:editor-draft:k@w1': '{"text":"One"}',
      'cnd67:editor-draft:k@w2': '{"text":"Two"}',
      'cnd67:editor-draft:k@w4': '{"text":"One"}'
    })
    expect(new EditorDraft(store, textDraft, 'k', 'w3').open(saved)).toEqual({
      fields: { text: 'One + Two' },
      restored: true
    })
  })

  it('restores a draft the previous version kept without a window', () => {
    const store = memoryStore({ 'cnd67:editor-draft:k': '{"text":"Before the update"}' })
    const draft = new EditorDraft(store, textDraft, 'k', 'w1')
    expect(draft.load(saved)).toEqual({ text: 'Before the update' })
    draft.keep({ text: 'Before the update, and more' })
    expect([...store.values.keys()]).toEqual(['cnd67:editor-draft:k@w1'])
  })

  it('removes the drafts it restored once saved, but not one written again since', () => {
    const store = memoryStore({
      'cnd67:editor-draft:k@w1': '{"text":"One"}',
      'cnd67:editor-draft:k@w2': '{"text":"Two"}',
      'cnd67:editor-draft:other@w1': '{"text":"Elsewhere"}'
    })
    const draft = new EditorDraft(store, textDraft, 'k', 'w3')
    draft.open(saved)
    store.setItem('cnd67:editor-draft:k@w2', '{"text":"Two, typed on"}')
    draft.keep({ text: 'One + Two' })
    draft.clear()
    expect([...store.values.keys()].sort()).toEqual([
      'cnd67:editor-draft:k@w2',
      'cnd67:editor-draft:other@w1'
    ])
  })

  it('leaves other windows’ drafts alone while typing', () => {
    const store = memoryStore({ 'cnd67:editor-draft:k@w1': '{"text":"One"}' })
    const draft = new EditorDraft(store, textDraft, 'k', 'w2')
    draft.open(saved)
    draft.keep({ text: 'Mine' })
    expect(store.values.get('cnd67:editor-draft:k@w1')).toBe('{"text":"One"}')
  })
})

describe('windowId', () => {
  it('is kept in the window’s session storage, the same on every call', () => {
    const session = memoryStore()
    const id = windowId(session)
    expect(session.values.get('cnd67:window-id')).toBe(id)
    expect(windowId(session)).toBe(id)
    expect(windowId(memoryStore())).not.toBe(id)
  })

  it('is one id for the page where there is no session storage', () => {
    expect(windowId(null)).toBe(windowId(refusingStore()))
  })
})

describe('EditorDraft.clear', () => {
  it('removes the record and every entry an earlier version kept', () => {
    const store = memoryStore({
      'cnd67:editor-draft:k@w1': '{"text":"x"}',
      'cnd67:editor-draft:k': '{"text":"x"}',
      'cnd67:draft:k': 'x',
      'cnd67:draft:k:details': '{}',
      'cnd67:editor-draft:other': '{"text":"y"}'
    })
    new EditorDraft(store, textDraft, 'k', 'w1').clear()
    expect([...store.values.keys()]).toEqual(['cnd67:editor-draft:other'])
  })

  it('does not throw when storage refuses', () => {
    expect(() => new EditorDraft(refusingStore(), textDraft, 'k').clear()).not.toThrow()
  })
})
