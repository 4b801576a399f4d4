/**
 * The bridge as the renderer sees it, typed from the contract under the contract's own global
 * name. Optional, because the same renderer also runs in a plain browser tab where no preload
 * exists.
 */
import type { Bridge, bridgeGlobalName } from '@shared/bridge'

declare global {
  interface Window {
    /** The platform bridge; present only inside the Electron shell. */
    [bridgeGlobalName]?: Bridge
  }
}

export {}
