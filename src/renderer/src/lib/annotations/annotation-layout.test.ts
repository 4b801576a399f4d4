/** Laying out annotations: document order, highlights by creation, orphans, and reuse on save. */
import { describe, expect, it } from 'vitest'
import type { Annotation } from './annotation'
import { annotationsOfDocument, layOutAnnotations } from './annotation-layout'
import { meetingDocument } from '../document/meeting-text'
import { defaultAnnotation, fixtureId, passageAnnotation } from '@test-support/annotations-fixtures'

const paragraphs = meetingDocument.paragraphs

/** Annotations on paragraphs 47 (where “UNODC” precedes “Early Warning Advisory”) and 60, and an orphan. */
function notebook() {
  const at = (minute: number) => `2024-03-01T09:${String(minute).padStart(2, '0')}:00.000Z`
  return [
    passageAnnotation(47, 'UNODC', { id: fixtureId(1), createdAt: at(3), color: 'blue' }),
    defaultAnnotation({ id: fixtureId(2), paragraph: 60, createdAt: at(1) }),
    passageAnnotation(47, 'Early Warning Advisory', { id: fixtureId(3), createdAt: at(2) }),
    defaultAnnotation({ id: fixtureId(4), paragraph: 47, createdAt: at(4) }),
    passageAnnotation(60, 'Canada', { id: fixtureId(5), createdAt: at(0) }),
    defaultAnnotation({
      id: fixtureId(6),
      createdAt: at(5),
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact: 'words the document never had',
          prefix: '',
          suffix: ''
        },
        position: { type: 'TextPositionSelector', start: 0, end: 28 }
      }
    })
  ]
}

describe('layOutAnnotations', () => {
  it('lists by paragraph, whole-paragraph notes first, then by passage; orphans apart', () => {
    const layout = layOutAnnotations(notebook(), paragraphs)
    expect(layout.placed.map((entry) => entry.annotation.id)).toEqual(
      [4, 1, 3, 2, 5].map(fixtureId)
    )
    expect(layout.orphans.map((annotation) => annotation.id)).toEqual([fixtureId(6)])
    expect([...layout.annotatedParagraphs]).toEqual([47, 60])
  })

  it('gives each paragraph its highlights oldest first, so later ones paint on top', () => {
    const layout = layOutAnnotations(notebook(), paragraphs)
    expect([...layout.highlights.keys()]).toEqual([47, 60])
    expect(layout.highlights.get(47)?.map((span) => span.annotationId)).toEqual(
      [3, 1].map(fixtureId)
    )
  })

  it('after a change, lays out again only the changed paragraph, with the same result', () => {
    const before = notebook()
    const first = layOutAnnotations(before, paragraphs)
    const changed = before.map((annotation) =>
      annotation.id === fixtureId(5) ? { ...annotation, color: 'pink' as const } : annotation
    )
    const second = layOutAnnotations(changed, paragraphs)
    expect(second.highlights.get(47)).toBe(first.highlights.get(47))
    expect(second.highlights.get(60)).not.toBe(first.highlights.get(60))
    expect(second.highlights.get(60)?.[0].color).toBe('pink')
    // A fresh layout (another copy of the text) agrees with the one built from the previous.
    const fresh = layOutAnnotations(changed, [...paragraphs])
    expect(second.placed.map((entry) => entry.annotation)).toEqual(
      fresh.placed.map((entry) => entry.annotation)
    )
    expect(second.highlights).toEqual(fresh.highlights)
  })

  it('moves an annotation between paragraphs and drops a deleted one', () => {
    const before = notebook()
    layOutAnnotations(before, paragraphs)
    const after = before
      .filter((annotation) => annotation.id !== fixtureId(2))
      .map((annotation) =>
        annotation.id === fixtureId(4) ? { ...annotation, paragraph: 60 } : annotation
      )
    const layout = layOutAnnotations(after, paragraphs)
    expect(layout.placed.map((entry) => [entry.paragraph, entry.annotation.id])).toEqual([
      [47, fixtureId(1)],
      [47, fixtureId(3)],
      [60, fixtureId(4)],
      [60, fixtureId(5)]
    ])
  })
})

describe('layOutAnnotations, one change after another', () => {
  /** A small deterministic random source, so a failure can be replayed. */
  function random(seed: number) {
    let state = seed
    return (below: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31
      return state % below
    }
  }

  /** A note on a paragraph, a passage of it, or a passage no longer in the document. */
  function someAnnotation(pick: (below: number) => number, serial: number): Annotation {
    const at = `2024-03-01T09:${String(pick(60)).padStart(2, '0')}:00.000Z`
    const changes = { id: fixtureId(1000 + serial), createdAt: at, color: 'pink' as const }
    const kind = pick(6)
    if (kind === 0) return defaultAnnotation({ ...changes, paragraph: 1 + pick(87) })
    if (kind === 1) return { ...notebook()[5], ...changes }
    const [number, exact] = (
      [
        [47, 'UNODC'],
        [47, 'Early Warning Advisory'],
        [60, 'Canada'],
        [16, 'Mexico']
      ] as const
    )[pick(4)]
    return passageAnnotation(number, exact, changes)
  }

  it('agrees with a fresh layout after every save, deletion, undo and restore', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const pick = random(seed)
      let list: Annotation[] = notebook()
      let serial = 0
      for (let step = 0; step < 60; step++) {
        const operation = pick(6)
        if (operation === 0) list = [...list, someAnnotation(pick, serial++)]
        else if (operation === 1 && list.length > 0) {
          list = list.filter((_, index) => index !== pick(list.length))
        } else if (operation === 2 && list.length > 0) {
          const at = pick(list.length)
          list = list.with(at, { ...list[at], color: 'green' })
        } else if (operation === 3) {
          // A restore or a bulk change: many replaced at once.
          list = list.map((annotation) => ({ ...annotation }))
        } else if (operation === 4 && list.length > 1) {
          const at = pick(list.length)
          list = [...list.slice(0, at), someAnnotation(pick, serial++), ...list.slice(at)]
        } else {
          list = [...list]
        }
        const kept = layOutAnnotations(list, paragraphs)
        const fresh = layOutAnnotations(list, [...paragraphs])
        expect(kept.placed, `seed ${seed}, step ${step}`).toEqual(fresh.placed)
        expect(kept.highlights).toEqual(fresh.highlights)
        expect([...kept.annotatedParagraphs]).toEqual([...fresh.annotatedParagraphs])
        expect(kept.orphans).toEqual(fresh.orphans)
      }
    }
  })
})

describe('annotationsOfDocument', () => {
  const summaryNote = defaultAnnotation({ id: fixtureId(1), paragraph: 47 })
  const upgradedNote = defaultAnnotation({ id: fixtureId(2), paragraph: 60, documentId: 'summary' })
  const reportNote = defaultAnnotation({ id: fixtureId(3), paragraph: 2, documentId: 'report' })

  it('keeps the list itself while every annotation is on the document', () => {
    const annotations = [summaryNote, upgradedNote]
    expect(annotationsOfDocument(annotations, 'summary')).toBe(annotations)
  })

  it('keeps those of the document, in order, reading a record without a document as the summary’s', () => {
    const annotations = [summaryNote, reportNote, upgradedNote]
    expect(annotationsOfDocument(annotations, 'summary')).toEqual([summaryNote, upgradedNote])
    expect(annotationsOfDocument(annotations, 'report')).toEqual([reportNote])
    expect(annotationsOfDocument(annotations, 'another')).toEqual([])
  })

  it('leaves another document\u2019s annotations out of the layout, not among the orphans', () => {
    const layout = layOutAnnotations(
      annotationsOfDocument([summaryNote, reportNote], 'summary'),
      paragraphs
    )
    expect(layout.placed.map((entry) => entry.annotation)).toEqual([summaryNote])
    expect(layout.orphans).toEqual([])
  })
})
