/**
 * The bridge the renderer uses: the one preload exposes inside Electron, else the browser
 * implementation. Components import `platform` and never ask which one they have.
 */
import { bridgeGlobalName, type Bridge } from '../../../../shared/bridge'
import { createBrowserBridge } from './browser-bridge'

/** The platform operations available to the renderer. */
export const platform: Bridge =
  (window as Window & Partial<Record<typeof bridgeGlobalName, Bridge>>)[bridgeGlobalName] ??
  createBrowserBridge(window, __APP_NAME__, __APP_VERSION__)
