/**
 * The bridge's browser implementation, used when the renderer runs in a plain browser tab
 * (served from `out/renderer` by any static server) where there is no Electron main process.
 */
import { isOpenableExternalUrl, type Bridge } from '../../../../shared/bridge'

/** What the browser bridge needs from `window`, so tests can pass a fake. */
export interface BrowserHost {
  open(url: string, target: string, features: string): unknown
}

/** A bridge that does in the browser what the main process does in Electron. */
export function createBrowserBridge(
  host: BrowserHost,
  appName: string,
  appVersion: string
): Bridge {
  return {
    async getAppInfo() {
      return { ok: true, value: { name: appName, version: appVersion, platform: 'browser' } }
    },
    async openExternal(url) {
      if (!isOpenableExternalUrl(url))
        return { ok: false, error: 'Only https: addresses can be opened.' }
      host.open(url, '_blank', 'noopener,noreferrer')
      return { ok: true, value: null }
    }
  }
}
