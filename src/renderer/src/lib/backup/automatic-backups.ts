/**
 * The renderer's side of the desktop app's automatic backups. The main process asks for one
 * every 10 minutes and before the app quits; the renderer owns the data, so it answers by
 * writing a backup, but only when something changed since the last one it wrote.
 */
import type { AppInfo, BridgeRequests, BridgeSubscriptions } from '@shared/bridge'
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
      const info = await bridge.getAppInfo()
      const app: Pick<AppInfo, 'name' | 'version'> = info.ok
        ? { name: info.value.name, version: info.value.version }
        : { name: 'CND67 Notes', version: 'unknown' }
      const backup = writeBackup(await notebook.readAll(), { app }, now())
      if (!backup.ok) throw new Error(backup.error)
      const written = await bridge.writeAutomaticBackup(backup.text)
      if (!written.ok) throw new Error(written.error)
      backedUp = changes
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause)
      onproblem(`The automatic backup was not written. ${reason}`)
    }
  })
}
