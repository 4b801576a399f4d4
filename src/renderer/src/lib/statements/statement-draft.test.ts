/** A statement's draft read back defensively, and "Keep both" joining two versions. */
import { describe, expect, it } from 'vitest'
import { statementFields } from '@test-support/statements-fixtures'
import { keepBothStatements, parseStatementDraft, statementDraft } from './statement-draft'

describe('parseStatementDraft', () => {
  it('reads a draft back as a fresh object of the fields alone', () => {
    expect(parseStatementDraft({ ...statementFields(), extra: 1 })).toStrictEqual(statementFields())
    expect(parseStatementDraft(statementFields({ limitSeconds: 5 }))?.limitSeconds).toBe(5)
  })

  it('ignores what is not a statement draft', () => {
    expect(parseStatementDraft(null)).toBeNull()
    expect(parseStatementDraft('text')).toBeNull()
    expect(parseStatementDraft({ ...statementFields(), text: 3 })).toBeNull()
    expect(parseStatementDraft({ ...statementFields(), limitSeconds: '180' })).toBeNull()
    expect(parseStatementDraft({ ...statementFields(), agendaItemId: 6 })).toBeNull()
  })
})

describe('statementDraft', () => {
  it('takes a draft saying what the statement says for a leftover, and knows no earlier drafts', () => {
    expect(statementDraft.same(statementFields(), statementFields())).toBe(true)
    expect(statementDraft.same(statementFields(), statementFields({ text: 'x' }))).toBe(false)
    expect(statementDraft.fromEarlier({ text: '{}', details: null }, statementFields())).toBeNull()
  })
})

describe('keepBothStatements', () => {
  it('joins both titles and both texts, theirs first, and keeps the rest as picked here', () => {
    expect(
      keepBothStatements(
        statementFields({ title: 'Theirs', text: 'Their text.', limitSeconds: 300 }),
        statementFields({ title: 'Mine', text: 'My text.', limitSeconds: 120 })
      )
    ).toStrictEqual(
      statementFields({
        title: 'Theirs / Mine',
        text: 'Their text.\n\nMy text.',
        limitSeconds: 120
      })
    )
  })
})
