/** The menus of the filter bar, in its order: each has a label and a command that goes to it. */

/** The filter bar's menus: the criterion of `ParagraphFilter` each sets, and its name. */
export const filterFields = [
  { id: 'sessions', label: 'Session' },
  { id: 'sections', label: 'Section' },
  { id: 'speakers', label: 'Speaker' },
  { id: 'kinds', label: 'Kind' },
  { id: 'annotation', label: 'Your annotations' }
] as const

/** One of the filter bar's menus. */
export type FilterField = (typeof filterFields)[number]['id']

/** The element id of a filter menu. */
export function filterFieldId(field: FilterField): string {
  return `filter-${field}`
}
