/**
 * The main-process side of the bridge: one `ipcMain.handle` per `Bridge` method. Every call is
 * refused unless it comes from the main frame of an app window showing the app's own page, and
 * every argument is checked again here, since anything a renderer sends is untrusted.
 */
import { app, ipcMain, shell } from 'electron'
import { bridgeChannels, isOpenableExternalUrl } from '../shared/bridge'
import type { Bridge, Result } from '../shared/bridge'
import { originOf } from './renderer-page'
import type { RendererPage } from './renderer-page'

/** What the handlers need to know to decide whether to answer. */
export interface IpcContext {
  /** The page whose origin may call the bridge. */
  page: RendererPage
  /** Whether web contents belong to a window this app created. */
  isAppWindow(webContents: { id: number }): boolean
}

/** The parts of an `IpcMainInvokeEvent` the sender check reads. */
export interface BridgeCallEvent {
  /** The web contents the call came from. */
  sender: { id: number }
  /** The frame the call came from; `null` once it has navigated away or been destroyed. */
  senderFrame: { url: string; parent: unknown } | null
}

/**
 * A method's parameters as they arrive from a renderer: in the contract's positions, but each of
 * any type or missing, so a handler has to check them before use.
 */
type Untrusted<Args extends unknown[]> = { [Index in keyof Args]?: unknown }

/** The handler of each bridge method, given the call's event and its untrusted arguments. */
export type BridgeHandlers = {
  [Method in keyof Bridge]: (
    event: BridgeCallEvent,
    ...args: Untrusted<Parameters<Bridge[Method]>>
  ) => ReturnType<Bridge[Method]>
}

/** The answer to a call from anywhere but the app's own window. */
export const refusedSender = {
  ok: false,
  error: 'Refused: request did not come from the app window.'
} as const satisfies Result<never>

/**
 * Whether a call comes from the top frame of one of the app's windows while it shows the app's
 * page. A frame that has navigated away or been destroyed has no `senderFrame` and is refused.
 */
export function isTrustedSender(event: BridgeCallEvent, context: IpcContext): boolean {
  const frame = event.senderFrame
  return (
    frame !== null &&
    frame.parent === null &&
    context.isAppWindow(event.sender) &&
    originOf(frame.url) === context.page.origin
  )
}

/** The bridge handlers, each refusing untrusted senders before doing anything. */
export function createBridgeHandlers(context: IpcContext): BridgeHandlers {
  return {
    async getAppInfo(event) {
      if (!isTrustedSender(event, context)) return refusedSender
      return {
        ok: true,
        value: { name: app.getName(), version: app.getVersion(), platform: 'electron' }
      }
    },

    async openExternal(event, url) {
      if (!isTrustedSender(event, context)) return refusedSender
      if (!isOpenableExternalUrl(url)) {
        return {
          ok: false,
          error: 'That address cannot be opened: only plain https:// web addresses are allowed.'
        }
      }
      try {
        await shell.openExternal(url)
        return { ok: true, value: null }
      } catch {
        return { ok: false, error: 'The system could not open the address in a browser.' }
      }
    }
  }
}

/** Registers a handler on each bridge channel; call once, after the app is ready. */
export function registerIpcHandlers(context: IpcContext): void {
  const handlers = createBridgeHandlers(context)
  for (const method of Object.keys(bridgeChannels) as (keyof Bridge)[]) {
    const handler: (event: BridgeCallEvent, ...args: unknown[]) => Promise<Result<unknown>> =
      handlers[method]
    ipcMain.handle(bridgeChannels[method], (event, ...args: unknown[]) => handler(event, ...args))
  }
}
