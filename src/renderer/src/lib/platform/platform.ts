/**
 * The bridge the renderer uses: the one preload exposes inside Electron, else the browser
 * implementation. Components call `platform()` and never ask which one they have.
 */
import { bridgeGlobalName, type Bridge } from '@shared/bridge'
import { createBrowserBridge } from './browser-bridge'
import { downloadFile } from './download'

let chosen: Bridge | undefined

/**
 * The platform operations available to the renderer. Chosen on first use rather than on import,
 * so the reference pane can also be rendered ahead of time at build, where there is no window.
 */
export function platform(): Bridge {
  chosen ??=
    window[bridgeGlobalName] ??
    createBrowserBridge(
      {
        open: (url, target, features) => window.open(url, target, features),
        print: () => window.print(),
        download: (fileName, file) => downloadFile(fileName, file)
      },
      __APP_NAME__,
      __APP_VERSION__
    )
  return chosen
}
