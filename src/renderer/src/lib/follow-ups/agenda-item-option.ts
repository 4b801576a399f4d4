/**
 * How an agenda item is named in the agenda item menus (follow-ups and session notes): its label, then as much of its
 * title as tells the items apart, since agenda item titles are long.
 */
import type { AgendaItem } from './agenda-item'

/** How many characters of a title the menu shows, the ellipsis included. */
const agendaTitleLength = 48

/**
 * The item's label and title ("Item 6 — Follow-up to the implementation at the national…"), the
 * title cut to `agendaTitleLength` characters with an ellipsis marking the cut, or the label
 * alone when the title is empty.
 */
export function agendaItemOption(item: Pick<AgendaItem, 'label' | 'title'>): string {
  // By code points, so that a title is never cut inside a character.
  const characters = Array.from(item.title.trim())
  if (characters.length === 0) return item.label
  if (characters.length <= agendaTitleLength) return `${item.label} — ${characters.join('')}`
  const shortened = characters
    .slice(0, agendaTitleLength - 1)
    .join('')
    .trimEnd()
  return `${item.label} — ${shortened}…`
}
