/** Fixture factories for statement tests: a statement's fields and a whole stored statement. */
import type { Statement, StatementFields } from '@renderer/lib/statements/statement'

/** What a delegate types for Canada's statement under Item 6, with `changes` made to it. */
export function statementFields(changes: Partial<StatementFields> = {}): StatementFields {
  return {
    title: 'Statement under Item 6',
    agendaItemId: 'agenda-item-6',
    speakingFor: 'Canada',
    limitSeconds: 180,
    wordsPerMinute: 120,
    text: 'Thank you, Chair. Canada **welcomes** the work on early warning (para. 60).',
    ...changes
  }
}

/** Canada's statement as stored, with `changes` made to it. */
export function defaultStatement(changes: Partial<Statement> = {}): Statement {
  return {
    id: '5a6b7c8d-5555-4a0b-8c1d-2e3f4a5b6c01',
    ...statementFields(),
    createdAt: '2024-03-16T08:00:00.000Z',
    updatedAt: '2024-03-17T19:45:00.000Z',
    ...changes
  }
}
