import { describe, expect, it } from 'vitest'
import {
  cleanDocumentTitle,
  documentTitleProblem,
  importedTitle,
  maxDocumentTitleLength
} from './document-title'

describe('cleanDocumentTitle', () => {
  it('makes one trimmed line of well-formed text', () => {
    expect(cleanDocumentTitle('  Report\n on\tprecursors ')).toBe('Report on precursors')
    expect(cleanDocumentTitle('Half \uD83C pair')).toBe('Half \uFFFD pair')
  })
})

describe('documentTitleProblem', () => {
  it('allows up to the limit, counting an emoji as one character', () => {
    expect(documentTitleProblem('🌿'.repeat(maxDocumentTitleLength))).toBeNull()
    expect(documentTitleProblem('x'.repeat(maxDocumentTitleLength + 1))).toBe(
      'A document’s title cannot be longer than 300 characters.'
    )
    expect(documentTitleProblem(' \n ')).toBe('A document’s title cannot be blank.')
  })
})

describe('importedTitle', () => {
  it('takes the title read, else the file name', () => {
    expect(importedTitle(' Report on\nprecursors ', 'r.pdf')).toBe('Report on precursors')
    expect(importedTitle('', 'my notes.txt')).toBe('my notes.txt')
  })

  it('cuts a title longer than the rule allows, with an ellipsis', () => {
    const title = importedTitle('word '.repeat(100), 'r.pdf')
    expect(Array.from(title)).toHaveLength(maxDocumentTitleLength)
    expect(title.endsWith('word…')).toBe(true)
    expect(documentTitleProblem(title)).toBeNull()
  })
})
