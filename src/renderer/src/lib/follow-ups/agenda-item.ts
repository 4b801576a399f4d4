/**
 * The agenda items of the sixty-seventh session that follow-ups and session notes fall under. The
 * delegate keeps the list; it starts with the one item the meeting summary itself names.
 */
import type { AgendaItem as DocumentAgendaItem } from '../document/meeting-document'

/** An agenda item as stored. */
export interface AgendaItem {
  /** Stable for the item's life; the seeded item's is fixed so that every copy of the app agrees. */
  id: string
  /** How the item is cited, e.g. "Item 6". */
  label: string
  /** The item's title. */
  title: string
  /** Where it sits in the delegate's list, ascending. */
  order: number
}

/**
 * The agenda item the summary itself names (item 6 of the provisional agenda, E/CN.7/2024/1),
 * which every delegate's list starts with. Its id is fixed so that every copy of the app agrees.
 */
export function agendaItemOfDocument(named: DocumentAgendaItem): AgendaItem {
  return {
    id: `agenda-item-${named.number}`,
    label: `Item ${named.number}`,
    title: named.title,
    order: 0
  }
}
