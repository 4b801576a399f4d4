/**
 * The annotation editor's draft record is read back only when it is what the editor wrote, and
 * the two entries earlier versions kept (the text, and `…:details`) still come back as one draft.
 */
import { describe, expect, it } from 'vitest'
import { memoryStore } from '@test-support/storage-fixtures'
import { newFollowUp } from '../follow-ups/follow-up'
import { draftRecordKey, EditorDraft, parseJson } from '../notes/drafts'
import { annotationDraft, type AnnotationDraft } from './annotation-draft'

/** What the delegate typed: a note with tags, a follow-up and a position. */
function typedDraft(changes: Partial<AnnotationDraft> = {}): AnnotationDraft {
  return {
    note: 'Türkiye: 23 countries, 60 seizures',
    tags: ['Precursors', 'مراجعة'],
    followUp: { ...newFollowUp(), priority: 'high', due: '2024-03-18', counterparts: ['France'] },
    position: 'concern',
    ...changes
  }
}

/** The annotation as stored before the delegate typed. */
function savedAnnotation(): AnnotationDraft {
  return { note: 'As saved', tags: ['Saved'], followUp: null, position: null }
}

describe('annotationDraft.parse', () => {
  it('reads back what the editor wrote', () => {
    expect(annotationDraft.parse(parseJson(JSON.stringify(typedDraft())))).toEqual(typedDraft())
  })

  it('ignores no draft, damaged JSON and anything of another shape', () => {
    for (const stored of [
      'null',
      '{"note":',
      '[]',
      '{"tags":[],"followUp":null,"position":null}',
      '{"note":7,"tags":[],"followUp":null,"position":null}',
      '{"note":"","tags":"x","followUp":null,"position":null}',
      '{"note":"","tags":[],"followUp":{"action":1},"position":null}',
      '{"note":"","tags":[],"followUp":null,"position":"maybe"}',
      '{"note":"","tags":[],"followUp":{"action":"","status":"open","priority":"urgent","due":null,"agendaItemId":null,"counterparts":[]},"position":null}'
    ]) {
      expect(annotationDraft.parse(parseJson(stored))).toBeNull()
    }
  })

  it('drops fields it does not know', () => {
    const parsed = annotationDraft.parse(
      parseJson('{"note":"","tags":[],"followUp":null,"position":null,"__proto__":{"x":1},"y":2}')
    )
    expect(parsed).toEqual({ note: '', tags: [], followUp: null, position: null })
    expect(Object.keys(parsed ?? {})).toEqual(['note', 'tags', 'followUp', 'position'])
  })
})

describe('annotationDraft.same', () => {
  it('finds drafts alike only when every field is', () => {
    expect(annotationDraft.same(typedDraft(), typedDraft())).toBe(true)
    expect(annotationDraft.same(typedDraft(), typedDraft({ note: 'Other' }))).toBe(false)
    expect(annotationDraft.same(typedDraft(), typedDraft({ tags: ['Precursors'] }))).toBe(false)
    expect(annotationDraft.same(typedDraft(), typedDraft({ position: null }))).toBe(false)
    expect(annotationDraft.same(typedDraft(), typedDraft({ followUp: null }))).toBe(false)
    expect(
      annotationDraft.same(
        typedDraft(),
        typedDraft({ followUp: { ...newFollowUp(), counterparts: ['France', 'Mexico'] } })
      )
    ).toBe(false)
  })

  it('compares follow-ups field by field, whatever the order of their keys', () => {
    const { counterparts, ...rest } = newFollowUp()
    expect(
      annotationDraft.same(
        typedDraft({ followUp: newFollowUp() }),
        typedDraft({ followUp: { counterparts, ...rest } })
      )
    ).toBe(true)
  })
})

describe('annotationDraft.fromEarlier', () => {
  it('joins the text and the details kept by an earlier version into one draft', () => {
    const { note, ...details } = typedDraft()
    expect(
      annotationDraft.fromEarlier(
        { text: note, details: JSON.stringify(details) },
        savedAnnotation()
      )
    ).toEqual(typedDraft())
  })

  it('completes a text alone with the saved details, and details alone with the saved text', () => {
    const { note, ...details } = typedDraft()
    expect(annotationDraft.fromEarlier({ text: note, details: null }, savedAnnotation())).toEqual({
      ...savedAnnotation(),
      note
    })
    expect(
      annotationDraft.fromEarlier(
        { text: null, details: JSON.stringify(details) },
        savedAnnotation()
      )
    ).toEqual({ note: 'As saved', ...details })
  })

  it('keeps the text even when its details are damaged', () => {
    expect(
      annotationDraft.fromEarlier({ text: 'Kept', details: '{"tags":' }, savedAnnotation())
    ).toEqual({ ...savedAnnotation(), note: 'Kept' })
    expect(
      annotationDraft.fromEarlier({ text: null, details: '{"tags":' }, savedAnnotation())
    ).toBeNull()
  })

  it('restores, through the editor’s draft, a draft left by an earlier version in local storage', () => {
    const { note, ...details } = typedDraft()
    const store = memoryStore({
      'cnd67:draft:annotation:a1': note,
      'cnd67:draft:annotation:a1:details': JSON.stringify(details)
    })
    const draft = new EditorDraft(store, annotationDraft, 'annotation:a1')
    expect(draft.open(savedAnnotation())).toEqual({ fields: typedDraft(), restored: true })
    draft.keep(typedDraft({ note: 'Typed on' }))
    expect([...store.values.keys()]).toEqual([draftRecordKey('annotation:a1')])
  })
})
