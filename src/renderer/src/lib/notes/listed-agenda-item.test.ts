/** An agenda item removed from the list is none, in the editor and as saved. */
import { describe, expect, it } from 'vitest'
import type { AgendaItem } from '../follow-ups/agenda-item'
import { listedAgendaItemId } from './listed-agenda-item'

const agendaItems = {
  find: (id: string | null) =>
    id === 'agenda-item-6' ? ({ id } as Pick<AgendaItem, 'id'> as AgendaItem) : undefined
}

describe('listedAgendaItemId', () => {
  it('keeps an agenda item still listed, and makes one removed or unset none', () => {
    expect(listedAgendaItemId('agenda-item-6', agendaItems)).toBe('agenda-item-6')
    expect(listedAgendaItemId('agenda-item-gone', agendaItems)).toBeNull()
    expect(listedAgendaItemId(null, agendaItems)).toBeNull()
  })
})
