/**
 * The preload script: exposes the bridge contract to the page as `window.cnd67`, one method per
 * operation, each forwarding to its IPC channel. The page never sees `ipcRenderer` itself.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { bridgeChannels, bridgeGlobalName } from '../shared/bridge'
import type { Bridge } from '../shared/bridge'

/** A bridge method that forwards its arguments to the method's channel and returns the reply. */
function invoker<Method extends keyof Bridge>(method: Method): Bridge[Method] {
  const invoke = (...args: Parameters<Bridge[Method]>) =>
    ipcRenderer.invoke(bridgeChannels[method], ...args)
  // `invoke` replies with `any`; the main process's handlers are typed against the same contract.
  return invoke as Bridge[Method]
}

/**
 * The bridge the page receives. Typed as `Bridge`, so a method added to the contract fails the
 * typecheck here until it is wired.
 */
export const bridge: Bridge = {
  getAppInfo: invoker('getAppInfo'),
  openExternal: invoker('openExternal')
}

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge)
