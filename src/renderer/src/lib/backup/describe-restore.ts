/**
 * What a restore will do, in words a delegate reads before confirming it, and the names backup
 * and export files are offered under.
 */
import { countOf } from '../ui/wording'
import { backupTables, tableNouns } from './backup-records'
import type { RestoreCounts, RestorePlan } from './restore-plan'

/** The parts of one table's counts worth saying, e.g. "3 added", "2 kept (newer here)". */
function countParts(counts: RestoreCounts): string[] {
  const parts: [number, string][] = [
    [counts.added, 'added'],
    [counts.updated, 'updated'],
    [counts.unchanged, 'unchanged'],
    [counts.keptNewer, 'kept (newer on this computer)'],
    [counts.keptOnlyHere, 'kept (only on this computer)'],
    [counts.removed, 'removed']
  ]
  return parts.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}`)
}

/**
 * One line per table the restore touches or finds: "Annotations: 3 added, 10 unchanged, 2
 * removed.", "Documents: 3 added." Tables with nothing in either place are left out. Then, if
 * some annotations are on a document the library will not have, a line saying what happens to
 * them.
 */
export function describeRestorePlan(plan: RestorePlan): string[] {
  const lines: string[] = []
  for (const table of backupTables) {
    const parts = countParts(plan.tables[table].counts)
    if (parts.length === 0) continue
    const noun = tableNouns[table].many
    lines.push(`${noun[0].toUpperCase()}${noun.slice(1)}: ${parts.join(', ')}.`)
  }
  if (lines.length === 0) return ['Nothing to restore: the file holds no notes.']
  if (plan.withoutDocument > 0) lines.push(describeWithoutDocument(plan))
  return lines
}

/**
 * What happens to annotations on a document the library will not have: "2 annotations are on a
 * document that is neither in the file nor in your library: they are restored all the same and
 * kept in your backups, but no document shows them."
 */
function describeWithoutDocument(plan: RestorePlan): string {
  const one = plan.withoutDocument === 1
  const where =
    plan.mode === 'merge'
      ? 'neither in the file nor in your library'
      : 'not in the file (Replace removes the documents only in your library)'
  return `${countOf(plan.withoutDocument, 'annotation', 'annotations')} ${one ? 'is' : 'are'} on a document that is ${where}: ${one ? 'it is' : 'they are'} restored all the same and kept in your backups, but no document shows ${one ? 'it' : 'them'}.`
}

/**
 * What a Replace takes away, said before it is confirmed: "This removes 12 annotations and 3
 * session notes that are only on this computer, and replaces 2 annotations with the file's
 * versions."
 */
export function describeReplaceLoss(plan: RestorePlan): string {
  const said = (count: keyof RestoreCounts) =>
    backupTables
      .filter((table) => plan.tables[table].counts[count] > 0)
      .map((table) =>
        countOf(plan.tables[table].counts[count], tableNouns[table].one, tableNouns[table].many)
      )
  const removed = said('removed')
  const updated = said('updated')
  const removes =
    removed.length > 0
      ? `This removes ${inWords(removed)} that ${plan.totals.removed === 1 ? 'is' : 'are'} only on this computer`
      : 'This removes nothing that is only on this computer'
  return updated.length > 0
    ? `${removes}, and replaces ${inWords(updated)} with the file’s ${plan.totals.updated === 1 ? 'version' : 'versions'}.`
    : `${removes}.`
}

/** "a", "a and b", "a, b and c". */
function inWords(parts: readonly string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/** Whether carrying out the plan would write or remove anything. */
export function planChangesAnything(plan: RestorePlan): boolean {
  return plan.totals.added + plan.totals.updated + plan.totals.removed > 0
}

/**
 * How many records of each table a backup holds, in words: "12 annotations, 2 session notes, 1
 * agenda item, 2 statements, 3 documents". Statements and documents are named only when there are
 * some: backups made before there were any hold none, and saying so of every one of them says
 * nothing.
 */
export function describeBackupContents(
  counts: Record<(typeof backupTables)[number], number>
): string {
  const namedIfAny = new Set<string>(['statements', 'documents'])
  return backupTables
    .filter((table) => table !== 'settings' && (!namedIfAny.has(table) || counts[table] > 0))
    .map((table) => countOf(counts[table], tableNouns[table].one, tableNouns[table].many))
    .join(', ')
}

/** The local date as YYYY-MM-DD, as the names of files saved on that day carry it. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The name a backup is offered under: "CND67-notes-backup-2024-03-10.json". */
export function backupFileName(now: Date): string {
  return `CND67-notes-backup-${localDate(now)}.json`
}

/** The name a Web Annotation export is offered under: "CND67-annotations-2024-03-10.json". */
export function webAnnotationFileName(now: Date): string {
  return `CND67-annotations-${localDate(now)}.json`
}
