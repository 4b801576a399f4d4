/**
 * The one contract between the renderer and the main process: every operation the renderer may
 * ask of the platform, its serializable arguments and its result. Main, preload and the browser
 * fallback are all typed from here.
 */

/** The outcome of a bridge call; errors cross the process boundary as values, never as throws. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string }

/** What the About entry and the status line show of the running app. */
export interface AppInfo {
  /** The product name, e.g. "CND67 Notes". */
  name: string
  /** The app's semantic version from package.json. */
  version: string
  /** Where the renderer runs: inside the Electron shell or in a plain browser tab. */
  platform: 'electron' | 'browser'
}

/** Every operation the renderer may ask of the platform. */
export interface Bridge {
  /** Name and version of the app. */
  getAppInfo(): Promise<Result<AppInfo>>
  /**
   * Opens an `https:` address in the system browser. Any other scheme is refused, so text in the
   * document or in a note can never launch a program or open a local file.
   */
  openExternal(url: string): Promise<Result<null>>
}

/** The IPC channel of each bridge method; main and preload both use this one table. */
export const bridgeChannels = {
  getAppInfo: 'cnd67:get-app-info',
  openExternal: 'cnd67:open-external'
} as const satisfies Record<keyof Bridge, string>

/** The global name under which preload exposes the bridge to the renderer. */
export const bridgeGlobalName = 'cnd67'

/** Longest address `openExternal` accepts; longer ones are refused rather than truncated. */
export const maxExternalUrlLength = 2048

/**
 * Whether an address may be opened in the system browser: an absolute `https:` URL with a host,
 * no credentials and no longer than `maxExternalUrlLength`. Shared so the renderer can decide
 * what to render as a link and the main process can check again before opening it.
 */
export function isOpenableExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > maxExternalUrlLength) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.hostname.length > 0 &&
    parsed.username === '' &&
    parsed.password === ''
  )
}
