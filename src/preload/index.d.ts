/**
 * The bridge as the renderer sees it. Optional, because the same renderer also runs in a plain
 * browser tab where no preload exists. The property name is `bridgeGlobalName`.
 */
import type { Bridge } from '../shared/bridge'

declare global {
  interface Window {
    /** The platform bridge; present only inside the Electron shell. */
    cnd67?: Bridge
  }
}

export {}
