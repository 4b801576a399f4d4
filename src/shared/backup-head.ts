/**
 * What the start of a backup file says it holds. Backups are written with their `counts` block
 * before their data, so the desktop app can list its automatic backups with what each holds by
 * reading a few hundred bytes of each, rather than whole files.
 */

/** How many of each kind of record a backup says it holds. */
export interface BackupHeadCounts {
  annotations: number
  sessionNotes: number
  agendaItems: number
  /** How many statements: said by backups of format version 2 on, absent from older ones. */
  statements?: number
  /** How many imported documents: said by backups of format version 3 on, absent from older ones. */
  documents?: number
}

/** How much of a file to read to find its counts. */
export const backupHeadBytes = 4096

/**
 * The counts in the head of a backup file's text, or null when they are not there as the app
 * writes them (another file, or a damaged one: restoring it will say what is wrong).
 */
export function backupCountsFromHead(head: string): BackupHeadCounts | null {
  const block = /"counts"\s*:\s*(\{[^{}]*\})/u.exec(head)?.[1]
  if (!block) return null
  let counts: unknown
  try {
    counts = JSON.parse(block)
  } catch {
    return null
  }
  if (typeof counts !== 'object' || counts === null) return null
  const { annotations, sessionNotes, agendaItems, statements, documents } = counts as Record<
    string,
    unknown
  >
  const whole = (value: unknown): value is number =>
    Number.isSafeInteger(value) && Number(value) >= 0
  if (!whole(annotations) || !whole(sessionNotes) || !whole(agendaItems)) return null
  const read: BackupHeadCounts = { annotations, sessionNotes, agendaItems }
  // Counts added by later versions of the format: absent from older backups, whole if present.
  for (const [name, value] of [
    ['statements', statements],
    ['documents', documents]
  ] as const) {
    if (value === undefined) continue
    if (!whole(value)) return null
    read[name] = value
  }
  return read
}
