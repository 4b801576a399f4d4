/** Laying out annotations: document order, highlights by creation, orphans, and reuse on save. */
import { describe, expect, it } from 'vitest'
import { layOutAnnotations } from './annotation-layout'
import { meetingDocument } from '../document/meeting-text'
import { defaultAnnotation, fixtureId, passageAnnotation } from './test-fixtures'

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
