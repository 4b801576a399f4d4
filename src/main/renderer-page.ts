/**
 * Which page the window shows and which origin is trusted: the app scheme in a build, the Vite dev
 * server under `electron-vite dev`. Navigation, permissions and IPC all decide trust from this.
 */
import { appOrigin, appUrl } from './app-scheme'

/** The renderer page the app loads, and what the app trusts because of it. */
export interface RendererPage {
  /** The address the main window loads. */
  url: string
  /** The one origin whose main frame may call the bridge, navigate the window and copy text. */
  origin: string
  /** Whether the page comes from the dev server, where hot reload moves within its origin. */
  fromDevServer: boolean
}

/**
 * The page to load: the dev server's URL when electron-vite provides one and the app is not
 * packaged (a packaged app never trusts an environment variable to pick its page), else the app
 * scheme.
 */
export function rendererPage(devServerUrl: string | undefined, isPackaged: boolean): RendererPage {
  const devOrigin = devServerUrl === undefined || isPackaged ? undefined : originOf(devServerUrl)
  if (devServerUrl !== undefined && devOrigin !== undefined) {
    return { url: devServerUrl, origin: devOrigin, fromDevServer: true }
  }
  return { url: appUrl, origin: appOrigin, fromDevServer: false }
}

/**
 * `scheme://host[:port]` of an address, or `undefined` when it has no host (`file:`, `about:`,
 * `data:`, garbage). Node's `URL.origin` is `"null"` for custom schemes such as `app:`, so the
 * origin is built by hand.
 */
export function originOf(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  return parsed.host === '' ? undefined : `${parsed.protocol}//${parsed.host}`
}
