/**
 * The renderer's side of the desktop app's automatic backups. The main process asks for one
 * every 10 minutes and before the app quits; the renderer owns the data, so it answers by
 * writing a backup, but only when something changed since the last one it wrote. One is also
 * taken before a restore replaces the delegate's data, whatever changed.
 */
import type {
  AppInfo,
  AutomaticBackupWrite,
  BridgeRequests,
  BridgeSubscriptions,
  Result
} from '@shared/bridge'
import { writeBackup, type BackupData } from './backup-format'

/** What automatic backups need of the notebook: everything stored, and a count of changes. */
export interface BackedUpNotebook {
  readonly changes: number
  readAll(): Promise<BackupData>
}

/** What automatic backups need of the platform. */
export type AutomaticBackupPlatform = Pick<BridgeRequests, 'getAppInfo' | 'writeAutomaticBackup'> &
  BridgeSubscriptions

/**
 * Answers the platform's backup requests for `notebook` until the returned function is called.
 * A backup that fails (a full disk) is reported through `onproblem` and tried again next time.
 */
export function followBackupRequests(
  notebook: BackedUpNotebook,
  bridge: AutomaticBackupPlatform,
  onproblem: (message: string) => void,
  now: () => Date = () => new Date()
): () => void {
  // Nothing changed yet this session: the backup taken when the app last closed holds it all.
  let backedUp = notebook.changes
  return bridge.onBackupRequest(async () => {
    const changes = notebook.changes
    if (changes === backedUp) return
    try {
      const app = await appOf(bridge)
      const backup = writeBackup(await notebook.readAll(), { app }, now())
      if (!backup.ok) throw new Error(backup.error)
      const written = await bridge.writeAutomaticBackup(backup.text, 'platform')
      if (!written.ok) throw new Error(written.error)
      backedUp = changes
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause)
      onproblem(`The automatic backup was not written. ${reason}`)
    }
  })
}

/** The app's name and version, written into a backup. */
async function appOf(
  bridge: Pick<BridgeRequests, 'getAppInfo'>
): Promise<Pick<AppInfo, 'name' | 'version'>> {
  const info = await bridge.getAppInfo()
  return info.ok
    ? { name: info.value.name, version: info.value.version }
    : { name: 'CND67 Notes', version: 'unknown' }
}

/**
 * Before a restore replaces everything: an automatic backup of what is stored now, asked by the
 * delegate (so never refused as too frequent), listed in the Your data dialog like the others.
 * In a browser, which keeps none, resolves with `written: false`.
 */
export async function backUpBeforeRestore(
  notebook: Pick<BackedUpNotebook, 'readAll'>,
  bridge: Pick<BridgeRequests, 'getAppInfo' | 'writeAutomaticBackup'>,
  now: () => Date = () => new Date()
): Promise<Result<AutomaticBackupWrite>> {
  const backup = writeBackup(await notebook.readAll(), { app: await appOf(bridge) }, now())
  if (!backup.ok) return { ok: false, error: backup.error }
  return bridge.writeAutomaticBackup(backup.text, 'delegate')
}
