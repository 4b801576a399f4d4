/**
 * The agenda item of a record being edited (a session note, a statement), as its editor shows it
 * and saves it: none once it has been removed from the list; picked again (the removal undone),
 * it shows again.
 */
import type { AgendaItem } from '../follow-ups/agenda-item'

/** What an editor needs of the delegate's agenda items (the notebook provides them). */
export interface AgendaItemList {
  /** The agenda item with this id, if the delegate still has it. */
  find(id: string | null): AgendaItem | undefined
}

/** `agendaItemId` if that agenda item is still in the list, else null (None). */
export function listedAgendaItemId(
  agendaItemId: string | null,
  agendaItems: AgendaItemList
): string | null {
  return agendaItems.find(agendaItemId) ? agendaItemId : null
}
