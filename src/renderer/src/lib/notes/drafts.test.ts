/** Keeping, restoring and clearing unsaved note text. */
import { describe, expect, it } from 'vitest'
import type { KeyValueStore } from '../storage/key-value-store'
import { memoryStore } from '@test-support/storage-fixtures'
import { annotationDraftKey, clearDraft, loadDraft, newNoteDraftKey, saveDraft } from './drafts'

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

describe('saveDraft and loadDraft', () => {
  it('keep text verbatim', () => {
    const store = memoryStore()
    const text = 'مراجعة 🙂 <b>x</b>\n'.repeat(3)
    expect(saveDraft(store, 'new:60', text)).toBe(true)
    expect(loadDraft(store, 'new:60')).toBe(text)
    expect(store.values.has('cnd67:draft:new:60')).toBe(true)
  })

  it('report a storage that refuses the draft', () => {
    const store: KeyValueStore = {
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
    expect(saveDraft(store, 'k', 'x')).toBe(false)
    expect(loadDraft(store, 'k')).toBeNull()
    expect(() => clearDraft(store, 'k')).not.toThrow()
  })
})

describe('clearDraft', () => {
  it('removes the draft', () => {
    const store = memoryStore()
    saveDraft(store, 'k', 'x')
    clearDraft(store, 'k')
    expect(loadDraft(store, 'k')).toBeNull()
  })
})
