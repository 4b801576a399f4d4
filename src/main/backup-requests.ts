/**
 * Asking the renderer, which owns the notes, to write an automatic backup: every 10 minutes, and
 * once as the app quits or its window closes. Leaving waits at most 5 seconds for the answer, so
 * it never hangs, and a second attempt to quit or close is never held up.
 */
import { backupRequestChannels } from '@shared/bridge'
import type { BackupRequest, BackupRequestDone, BackupRequestReason } from '@shared/bridge'

/** How often the renderer is asked for a backup; it writes one only if something changed. */
export const backupIntervalMs = 10 * 60 * 1000

/** How long quitting or closing waits for the renderer's backup before going ahead. */
export const leavingBackupTimeoutMs = 5000

/** How long an interval request may go unanswered before the next one may be sent. */
export const intervalBackupTimeoutMs = 60 * 1000

/** The web contents of the app window, as the requests use them. */
export interface BackupRequestTarget {
  /** Identifies the web contents, so only they can answer their request. */
  readonly id: number
  /** Whether the web contents are gone. */
  isDestroyed(): boolean
  /** Whether the renderer process has crashed. */
  isCrashed(): boolean
  /** Sends a message to the renderer. */
  send(channel: typeof backupRequestChannels.request, request: BackupRequest): void
}

/** How a request ended: answered, unanswered in time, or not sent because the page was gone. */
export type BackupRequestOutcome = 'answered' | 'timed-out' | 'unavailable'

/** Whether a message is a `BackupRequestDone`. */
function isBackupRequestDone(message: unknown): message is BackupRequestDone {
  return (
    typeof message === 'object' &&
    message !== null &&
    Number.isSafeInteger((message as Record<string, unknown>).id)
  )
}

/** The backup requests sent to renderers and not yet answered. */
export class BackupRequests {
  #nextId = 1
  readonly #pending = new Map<
    number,
    { targetId: number; written: boolean; settle(outcome: BackupRequestOutcome): void }
  >()

  /**
   * Asks `target` for a backup and resolves once it answers, or after `timeoutMs`, or at once
   * when there is no live page to ask. Never rejects.
   */
  ask(
    target: BackupRequestTarget,
    reason: BackupRequestReason,
    timeoutMs: number
  ): Promise<BackupRequestOutcome> {
    if (target.isDestroyed() || target.isCrashed()) return Promise.resolve('unavailable')
    const id = this.#nextId++
    return new Promise((resolve) => {
      const settle = (outcome: BackupRequestOutcome): void => {
        clearTimeout(timer)
        this.#pending.delete(id)
        resolve(outcome)
      }
      const timer = setTimeout(() => settle('timed-out'), timeoutMs)
      this.#pending.set(id, { targetId: target.id, written: false, settle })
      try {
        target.send(backupRequestChannels.request, { id, reason })
      } catch {
        settle('unavailable')
      }
    })
  }

  /**
   * Takes an answer from `sender`. It counts only if it names a request still waiting that was
   * sent to that same sender; returns whether it did.
   */
  answer(sender: { id: number }, message: unknown): boolean {
    if (!isBackupRequestDone(message)) return false
    const pending = this.#pending.get(message.id)
    if (pending === undefined || pending.targetId !== sender.id) return false
    pending.settle('answered')
    return true
  }

  /**
   * Takes a backup written by `sender` as the answer to a request still waiting on it, at most
   * one backup per request; returns whether there was such a request to take it as answering.
   */
  claimWrite(sender: { id: number }): boolean {
    for (const pending of this.#pending.values()) {
      if (pending.targetId === sender.id && !pending.written) {
        pending.written = true
        return true
      }
    }
    return false
  }

  /** Whether a request to `target` is still waiting for its answer. */
  isAsking(target: { id: number }): boolean {
    return [...this.#pending.values()].some((pending) => pending.targetId === target.id)
  }
}

/** An event whose default (quitting, closing) can be prevented. */
export interface PreventableEvent {
  preventDefault(): void
}

/** The app window, as the backup on leaving uses it. */
export interface BackupWindow {
  readonly webContents: BackupRequestTarget
  /** Listens for the window about to close. */
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown
  close(): void
  isDestroyed(): boolean
}

/** The app, as the backup on quitting uses it. */
export interface QuittingApp {
  /** Listens for the app about to quit. */
  on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown
  quit(): void
}

/** What `installBackupRequests` needs. */
export interface BackupRequestsSetup {
  app: QuittingApp
  requests: BackupRequests
  /** The app window to ask, if one is open. */
  mainWindow(): BackupWindow | undefined
}

/** Controls for the installed backup requests. */
export interface InstalledBackupRequests {
  /** Asks `window` for a backup before it closes; call for each app window as it opens. */
  watchWindow(window: BackupWindow): void
  /** Stops the 10-minute requests. */
  stop(): void
}

/**
 * Asks the app window for a backup every `backupIntervalMs`, and before the app quits or the
 * window closes. The first attempt to leave is deferred until the renderer answers (or
 * `leavingBackupTimeoutMs` passes), then carried out; any attempt while it waits goes ahead at once.
 *
 * The timer lives here rather than in the renderer so that one request, one channel and one
 * listener in the renderer serve both occasions; the renderer decides whether anything changed.
 */
export function installBackupRequests(setup: BackupRequestsSetup): InstalledBackupRequests {
  const { app, requests, mainWindow } = setup
  // Quitting and closing the window are one departure: on macOS, quitting closes the window, and
  // elsewhere closing the last window quits. The backup is asked for once, by whichever is first.
  let departure: 'none' | 'asking' | 'done' = 'none'

  const leaveAfterBackup = (
    event: PreventableEvent,
    window: BackupWindow | undefined,
    leave: () => void
  ): void => {
    if (departure !== 'none' || window === undefined || window.isDestroyed()) return
    event.preventDefault()
    departure = 'asking'
    void requests.ask(window.webContents, 'quit', leavingBackupTimeoutMs).then(() => {
      departure = 'done'
      leave()
    })
  }

  app.on('before-quit', (event) => leaveAfterBackup(event, mainWindow(), () => app.quit()))

  const timer = setInterval(() => {
    const window = mainWindow()
    if (departure !== 'none' || window === undefined || window.isDestroyed()) return
    if (requests.isAsking(window.webContents)) return
    void requests.ask(window.webContents, 'interval', intervalBackupTimeoutMs)
  }, backupIntervalMs)

  return {
    watchWindow(window) {
      // A window opened after the last one closed (macOS) has notes of its own to back up.
      departure = 'none'
      window.on('close', (event) =>
        leaveAfterBackup(event, window, () => {
          if (!window.isDestroyed()) window.close()
        })
      )
    },
    stop() {
      clearInterval(timer)
    }
  }
}
